import { IntentionState } from '../../src/intentions/intention.enums';
import { aCall, anIntention, aProvider, aService } from '../intention-fixtures';
import { strategy } from '../strategy-fixtures';
import { MutationCase, World } from './world';

const SERVICE_FIELDS = { type: 'HOME_CARE', name: 'Pečovatelská služba', targetGroups: ['SENIORS'], form: 'FIELD', capacity: 10, capacityUnit: 'HOURS' };
let registration = 9100000;

/** A provider organisation of the area with `world.provider` on its staff, and a provider of another organisation. */
async function providers({ t, area, provider }: World) {
  const organisation = await t.fixtures.organisation(area);
  await t.fixtures.organisationMembership(organisation, provider.person);
  const otherProvider = await aProvider(t, area, await t.fixtures.organisation(area));
  return { organisation, otherProvider };
}

async function anIntentionIn(world: World, state: IntentionState) {
  const { organisation, otherProvider } = await providers(world);
  const group = await world.t.fixtures.group(world.area);
  const groupCoordinator = await world.t.fixtures.groupCoordinator(world.area, group);
  const intention = await anIntention(world.t, await aService(world.t, organisation), group.id, { state });
  return { organisation, otherProvider, group, groupCoordinator, intention };
}

const INTENTION = (id: string, groupId: string, serviceId: string) => ({
  kind: 'CAPACITY_INCREASE',
  serviceId,
  proposedCapacity: 30,
  capacityUnit: 'CLIENTS_AT_ONCE',
  fteChange: '1',
  annualCost: '100000',
  startYear: 2027,
  justification: 'Potřeba.',
  reviewingGroupId: groupId,
  ...(id ? { id } : {}),
});

export const intentionsCases: MutationCase[] = [
  {
    mutation: 'createService',
    document: `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`,
    async arrange(world) {
      const { organisation, otherProvider } = await providers(world);
      registration += 1;
      return {
        variables: { input: { ...SERVICE_FIELDS, organisationId: organisation.id, registrationId: String(registration) } },
        allowed: world.provider.client,
        refused: [world.member, world.clerk, otherProvider],
      };
    },
  },
  {
    mutation: 'updateService',
    document: `mutation($input: UpdateServiceInput!) { updateService(input: $input) { id } }`,
    async arrange(world) {
      const { organisation, otherProvider } = await providers(world);
      const service = await aService(world.t, organisation);
      return { variables: { input: { id: service.id, capacity: 25 } }, allowed: world.provider.client, refused: [world.member, world.clerk, otherProvider] };
    },
  },
  {
    mutation: 'importServices',
    document: `mutation($input: ImportServicesInput!) { importServices(input: $input) { imported errors { row } } }`,
    async arrange(world) {
      const { organisation, otherProvider } = await providers(world);
      registration += 1;
      const csv = `type;registrationId;name;targetGroups;form;capacity;capacityUnit;areaServed;contact\n40;${registration};PS;SENIORS;FIELD;5;HOURS;;`;
      return { variables: { input: { organisationId: organisation.id, csv } }, allowed: world.coordinator.client, refused: [world.member, world.clerk, otherProvider] };
    },
  },
  {
    mutation: 'setIntentionCall',
    createsInArea: true,
    document: `mutation($input: IntentionCallInput!) { setIntentionCall(input: $input) { id } }`,
    async arrange({ coordinator, member, provider, clerk }) {
      return { variables: { input: { year: 2030, deadline: '2029-09-30' } }, allowed: coordinator.client, refused: [member, provider, clerk] };
    },
  },
  {
    mutation: 'createIntention',
    document: `mutation($input: CreateIntentionInput!) { createIntention(input: $input) { id } }`,
    async arrange(world) {
      const { organisation, otherProvider } = await providers(world);
      const group = await world.t.fixtures.group(world.area);
      const service = await aService(world.t, organisation);
      const plan = strategy(world.t.db);
      const measure = await plan.measure(await plan.goal(await plan.priority(await plan.plan(world.area))));
      return {
        variables: { input: { ...INTENTION('', group.id, service.id), organisationId: organisation.id, linkedMeasureIds: [measure.id] } },
        allowed: world.provider.client,
        // The coordinator does not write providers' intentions.
        refused: [world.coordinator, world.member, world.clerk, otherProvider],
      };
    },
  },
  {
    mutation: 'updateIntention',
    document: `mutation($input: UpdateIntentionInput!) { updateIntention(input: $input) { id } }`,
    async arrange(world) {
      const { otherProvider, intention, group } = await anIntentionIn(world, IntentionState.DRAFT);
      return {
        variables: { input: INTENTION(intention.id, group.id, intention.serviceId!) },
        allowed: world.provider.client,
        refused: [world.coordinator, world.member, world.clerk, otherProvider],
      };
    },
  },
  {
    mutation: 'submitIntention',
    document: `mutation($input: IntentionStepInput!) { submitIntention(input: $input) { id } }`,
    async arrange(world) {
      const { otherProvider, intention } = await anIntentionIn(world, IntentionState.DRAFT);
      await world.t.db.query(`DELETE FROM intention_calls WHERE area_id = $1 AND year = 2027`, [world.area.id]);
      await aCall(world.t, world.area, 2027, '2099-12-31');
      return { variables: { input: { id: intention.id } }, allowed: world.provider.client, refused: [world.coordinator, world.member, world.clerk, otherProvider] };
    },
  },
  {
    mutation: 'withdrawIntention',
    document: `mutation($input: IntentionStepInput!) { withdrawIntention(input: $input) { id } }`,
    async arrange(world) {
      const { otherProvider, intention } = await anIntentionIn(world, IntentionState.DRAFT);
      return { variables: { input: { id: intention.id } }, allowed: world.provider.client, refused: [world.coordinator, world.member, world.clerk, otherProvider] };
    },
  },
  {
    mutation: 'recordIntentionOpinion',
    document: `mutation($input: IntentionOpinionInput!) { recordIntentionOpinion(input: $input) { id } }`,
    async arrange(world) {
      const { intention, groupCoordinator } = await anIntentionIn(world, IntentionState.SUBMITTED);
      const otherGroupCoordinator = await world.t.fixtures.groupCoordinator(world.area, await world.t.fixtures.group(world.area));
      return {
        variables: { input: { id: intention.id, recommended: true, reasons: 'Potřebné.' } },
        allowed: groupCoordinator.client,
        refused: [world.provider, world.member, world.clerk, otherGroupCoordinator],
      };
    },
  },
  {
    mutation: 'forwardIntention',
    document: `mutation($input: IntentionStepInput!) { forwardIntention(input: $input) { id } }`,
    async arrange(world) {
      const { intention, groupCoordinator } = await anIntentionIn(world, IntentionState.RECOMMENDED);
      return { variables: { input: { id: intention.id } }, allowed: world.coordinator.client, refused: [world.provider, world.member, world.clerk, groupCoordinator] };
    },
  },
  {
    mutation: 'recordIntentionOutcome',
    document: `mutation($input: IntentionOutcomeInput!) { recordIntentionOutcome(input: $input) { id } }`,
    async arrange(world) {
      const { intention, groupCoordinator } = await anIntentionIn(world, IntentionState.FORWARDED);
      return {
        variables: { input: { id: intention.id, included: true } },
        allowed: world.coordinator.client,
        refused: [world.provider, world.member, world.clerk, groupCoordinator],
      };
    },
  },
];
