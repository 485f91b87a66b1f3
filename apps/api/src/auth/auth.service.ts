import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Viewer, hasAreaRole } from '../access/viewer';
import { AreaEntity } from '../areas/area.entity';
import { badInput, DomainException, unauthenticated } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { GroupRole } from '../groups/group.enums';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AreaRole } from '../people/area-role.enum';
import { AccountInvitationEntity } from '../people/account-invitation.entity';
import { PersonEntity } from '../people/person.entity';
import { AccountEntity } from './account.entity';
import { Me } from './me.types';
import { hashPassword, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_DAYS = 30;

@Injectable()
export class AuthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Checks the password and opens a session; returns the cookie's secret. */
  async login(email: string, password: string): Promise<{ token: string; account: AccountEntity }> {
    const account = await this.db.getRepository(AccountEntity).findOneBy({ email });
    // Verify against a dummy hash too, so a wrong e-mail costs as long as a wrong password.
    const ok = await verifyPassword(account?.passwordHash ?? DUMMY_HASH, password);
    if (!account || !ok) throw new DomainException(ErrorCode.UNAUTHENTICATED, 'invalidCredentials', { field: 'input.password' });
    return { token: await this.openSession(account.id), account };
  }

  async openSession(accountId: string): Promise<string> {
    const token = newToken();
    await this.db.getRepository(SessionEntity).insert({
      accountId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000),
    });
    return token;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.db.getRepository(SessionEntity).delete({ tokenHash: hashToken(token) });
  }

  /** Changes the password and ends every other session of the account. */
  async changePassword(account: AccountEntity, currentPassword: string, newPassword: string, keepToken?: string) {
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw badInput('input.currentPassword', 'wrongPassword');
    }
    await this.db.transaction(async (tx) => {
      await tx.getRepository(AccountEntity).update(account.id, { passwordHash: await hashPassword(newPassword) });
      const sessions = tx.getRepository(SessionEntity).createQueryBuilder().delete().where('account_id = :id', { id: account.id });
      if (keepToken) sessions.andWhere('token_hash <> :keep', { keep: hashToken(keepToken) });
      await sessions.execute();
    });
  }

  async setLocale(account: AccountEntity, locale: string): Promise<AccountEntity> {
    await this.db.getRepository(AccountEntity).update(account.id, { locale });
    return { ...account, locale };
  }

  /**
   * Redeems a one-time invitation: creates the account (or, for an e-mail that already has one,
   * checks its password) and links it to the invited person. Returns a session token.
   */
  async acceptInvitation(token: string, password: string): Promise<{ token: string; area: AreaEntity }> {
    return this.db.transaction(async (tx) => {
      const invitation = await tx.getRepository(AccountInvitationEntity).findOne({
        where: { tokenHash: hashToken(token), acceptedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.expiresAt.getTime() < Date.now()) throw badInput('input.token', 'invitationInvalid');
      const person = await tx.getRepository(PersonEntity).findOneByOrFail({ id: invitation.personId });
      const area = await tx.getRepository(AreaEntity).findOneByOrFail({ id: invitation.areaId });
      // invitePerson refuses these; the person may have changed since the link was made.
      if (person.accountId) throw badInput('input.token', 'alreadyHasAccount');
      if (!person.email) throw badInput('input.token', 'invitationNeedsEmail');
      const email = person.email;
      let account = await tx.getRepository(AccountEntity).findOneBy({ email });
      if (account) {
        if (!(await verifyPassword(account.passwordHash, password))) throw badInput('input.password', 'accountExists');
      } else {
        account = await tx
          .getRepository(AccountEntity)
          .save({ email, passwordHash: await hashPassword(password), locale: area.defaultLocale });
      }
      await tx.getRepository(PersonEntity).update(person.id, { accountId: account.id });
      await tx.getRepository(AccountInvitationEntity).update(invitation.id, { acceptedAt: new Date() });
      const session = newToken();
      await tx.getRepository(SessionEntity).insert({
        accountId: account.id,
        tokenHash: hashToken(session),
        expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000),
      });
      return { token: session, area };
    });
  }

  async me(viewer: Viewer): Promise<Me> {
    if (!viewer.account) throw unauthenticated();
    const people = await this.db.getRepository(PersonEntity).find({
      where: { accountId: viewer.account.id },
      relations: { area: true },
      order: { createdAt: 'ASC' },
    });
    let coordinatedGroupIds: string[] = [];
    if (viewer.person && viewer.area) {
      if (hasAreaRole(viewer, AreaRole.COORDINATOR)) {
        const groups = await this.db.getRepository(WorkingGroupEntity).find({ where: { areaId: viewer.area.id }, select: { id: true } });
        coordinatedGroupIds = groups.map((group) => group.id);
      } else {
        const seats = await this.db.getRepository(GroupMembershipEntity).find({
          where: { personId: viewer.person.id, role: In([GroupRole.COORDINATOR]), leftAt: IsNull() },
          select: { groupId: true },
        });
        coordinatedGroupIds = seats.map((seat) => seat.groupId);
      }
    }
    return {
      account: viewer.account,
      memberships: people.map((person) => ({ area: person.area!, person })),
      person: viewer.person,
      coordinatedGroupIds,
    };
  }
}

// argon2id hash of a random string: makes failed logins for unknown e-mails take equally long.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3JxZgJ0oV5Jw4tqkS2Kf2v3bW8mQk7H1m9c0YwYQm3E';
