import { GqlClient } from '../harness';

/** Invites a person through the real mutation and returns the token of the one-time link. */
export async function inviteLink(coordinator: GqlClient, personId: string): Promise<string> {
  const data = await coordinator.ok<{ invitePerson: { url: string } }>(
    `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { url } }`,
    { input: { personId } },
  );
  const token = data.invitePerson.url.split('/invite/')[1];
  if (!token) throw new Error(`Unexpected invitation link ${data.invitePerson.url}`);
  return token;
}
