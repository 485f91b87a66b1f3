import { randomBytes } from 'node:crypto';
import { MutationCase } from './world';

const unique = () => randomBytes(4).toString('hex');

export const peopleCases: MutationCase[] = [
  {
    mutation: 'createPerson',
    createsInArea: true,
    document: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    async arrange({ coordinator, member, provider, clerk }) {
      return {
        variables: { input: { fullName: 'Nová Osoba', email: `new-${unique()}@example.test`, roles: ['MEMBER'] } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
  {
    mutation: 'updatePerson',
    document: `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      const person = await t.fixtures.person(area);
      return { variables: { input: { id: person.id, fullName: 'Přejmenovaná Osoba' } }, allowed: coordinator.client, refused: [member, provider, clerk] };
    },
  },
  {
    mutation: 'invitePerson',
    document: `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { url } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      const person = await t.fixtures.person(area, { email: `invitee-${unique()}@example.test` });
      return { variables: { input: { personId: person.id } }, allowed: coordinator.client, refused: [member, provider, clerk] };
    },
  },
];
