import { randomBytes } from 'node:crypto';
import { MutationCase } from './world';

const unique = () => randomBytes(4).toString('hex');

export const organisationsCases: MutationCase[] = [
  {
    mutation: 'createOrganisation',
    createsInArea: true,
    document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    async arrange({ coordinator, member, provider, clerk }) {
      return {
        variables: { input: { name: `Diakonie ${unique()}`, side: 'PROVIDER' } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
  {
    mutation: 'updateOrganisation',
    document: `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      const organisation = await t.fixtures.organisation(area);
      return {
        variables: { input: { id: organisation.id, website: 'https://example.test' } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
  {
    mutation: 'addOrganisationMember',
    document: `mutation($input: AddOrganisationMemberInput!) { addOrganisationMember(input: $input) { id } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      const organisation = await t.fixtures.organisation(area);
      const person = await t.fixtures.person(area);
      return {
        variables: { input: { organisationId: organisation.id, personId: person.id, since: '2025-01-01' } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
  {
    mutation: 'endOrganisationMembership',
    document: `mutation($input: EndOrganisationMembershipInput!) { endOrganisationMembership(input: $input) { id } }`,
    async arrange({ t, area, coordinator, member, provider, clerk }) {
      const organisation = await t.fixtures.organisation(area);
      const membership = await t.fixtures.organisationMembership(organisation, await t.fixtures.person(area));
      return {
        variables: { input: { membershipId: membership.id, until: '2025-06-30' } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
];
