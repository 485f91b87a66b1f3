import DataLoader from 'dataloader';
import { Loaders } from '../graphql/loaders.service';
import { OrganisationMembershipEntity } from './organisation-membership.entity';

/** A membership is current until the end of its last day (`until`); open-ended ones always are. */
export const CURRENT_MEMBERSHIP_SQL = '(m.until IS NULL OR m.until >= CURRENT_DATE)';

/**
 * Current organisation memberships per person (sorted by organisation name) or per organisation
 * (sorted by the person's name): one query for all the keys of a request.
 */
export function currentMemberships(loaders: Loaders, by: 'personId' | 'organisationId'): DataLoader<string, OrganisationMembershipEntity[]> {
  return loaders.custom(`currentOrganisationMemberships:${by}`, (db) =>
    new DataLoader<string, OrganisationMembershipEntity[]>(async (keys) => {
      const rows = await db
        .getRepository(OrganisationMembershipEntity)
        .createQueryBuilder('m')
        .innerJoin('m.person', 'p')
        .innerJoin('m.organisation', 'o')
        .where(`m.${by} IN (:...keys)`, { keys })
        .andWhere(CURRENT_MEMBERSHIP_SQL)
        .orderBy(by === 'personId' ? 'o.name' : 'p.fullName')
        .addOrderBy('m.since')
        .addOrderBy('m.id')
        .getMany();
      const grouped = new Map<string, OrganisationMembershipEntity[]>(keys.map((key) => [key, []]));
      for (const row of rows) grouped.get(row[by])?.push(row);
      return keys.map((key) => grouped.get(key) ?? []);
    }),
  );
}
