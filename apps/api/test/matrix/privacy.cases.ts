import { AreaRole } from '../../src/people/area-role.enum';
import { MutationCase } from './world';

export const privacyCases: MutationCase[] = [
  {
    mutation: 'erasePersonalData',
    ownAccount: true,
    document: `mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) }`,
    async arrange({ t, area }) {
      // A user of its own: the erasure deletes the account that makes the call.
      const user = await t.fixtures.user(area, [AreaRole.MEMBER]);
      return { variables: { input: { confirmEmail: user.account.email } }, allowed: user.client, refused: [] };
    },
  },
  {
    mutation: 'erasePerson',
    document: `mutation($input: ErasePersonInput!) { erasePerson(input: $input) { id fullName } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      const person = await t.fixtures.person(area);
      return { variables: { input: { personId: person.id } }, allowed: coordinator.client, refused: [member, provider, clerk] };
    },
  },
];
