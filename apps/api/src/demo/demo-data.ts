import { DataSource } from 'typeorm';
import { AreaEntity, AreaKind } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { hashPassword } from '../auth/passwords';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';

export const DEMO_AREA_SLUG = 'plzen';

export const DEMO_LOGINS = {
  password: 'komplan-demo',
  accounts: [{ email: 'koordinator@plzen.example', who: 'process coordinator of Plzeň (area coordinator)' }],
};

/** Loads the demo planning area once; returns false when it is already there. */
export async function loadDemoData(db: DataSource): Promise<boolean> {
  if (await db.getRepository(AreaEntity).existsBy({ slug: DEMO_AREA_SLUG })) return false;
  await db.transaction(async (tx) => {
    const area = await tx.getRepository(AreaEntity).save({
      slug: DEMO_AREA_SLUG,
      name: 'Statutární město Plzeň',
      kind: AreaKind.CITY,
      timezone: 'Europe/Prague',
      defaultLocale: 'cs',
    });
    const passwordHash = await hashPassword(DEMO_LOGINS.password);
    const account = await tx.getRepository(AccountEntity).save({ email: DEMO_LOGINS.accounts[0]!.email, passwordHash, locale: 'cs' });
    await tx.getRepository(PersonEntity).save(
      tx.getRepository(PersonEntity).create({
        areaId: area.id,
        accountId: account.id,
        fullName: 'Jana Koordinátorová',
        email: account.email,
        roles: [AreaRole.COORDINATOR, AreaRole.MEMBER],
      }),
    );
  });
  return true;
}
