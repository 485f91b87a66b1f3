import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../../src/auth/tokens';
import { AccountInvitationEntity } from '../../src/people/account-invitation.entity';
import { PersonEntity } from '../../src/people/person.entity';
import { GqlClient } from '../harness';

/**
 * Invites a person through the real mutation and returns the token of the one-time link. On a
 * branch without the People capability (no `invitePerson` in the schema) and given `db`, the
 * invitation is arranged in the database instead, so that `acceptInvitation` can still be tested.
 */
export async function inviteLink(coordinator: GqlClient, personId: string, db?: DataSource): Promise<string> {
  const result = await coordinator.request<{ invitePerson: { url: string } }>(
    `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { url } }`,
    { input: { personId } },
  );
  const missing = result.errors?.some((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  if (missing && db) {
    const person = await db.getRepository(PersonEntity).findOneByOrFail({ id: personId });
    const token = newToken();
    await db.getRepository(AccountInvitationEntity).insert({
      areaId: person.areaId,
      personId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 14 * 24 * 3600 * 1000),
    });
    return token;
  }
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  const token = result.data.invitePerson.url.split('/invite/')[1];
  if (!token) throw new Error(`Unexpected invitation link ${result.data.invitePerson.url}`);
  return token;
}
