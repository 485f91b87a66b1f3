import { AreaRole } from '../../src/people/area-role.enum';
import { monitoring, THIS_YEAR } from '../monitoring-fixtures';
import { MutationCase, World } from './world';

/** An approved plan of `area` for the year with one measure of a provider organisation that `world.provider` works for. */
async function aMonitoredMeasure(world: World, year: number) {
  const m = monitoring(world.t.db);
  const monitored = await m.approvedPlan(world.area, { year });
  const organisation = await world.t.fixtures.organisation(world.area);
  await world.t.fixtures.organisationMembership(organisation, world.provider.person);
  const measure = await m.measure(monitored, organisation, { indicators: [] });
  const otherProvider = await world.t.fixtures.user(world.area, [AreaRole.PROVIDER]);
  await world.t.fixtures.organisationMembership(await world.t.fixtures.organisation(world.area), otherProvider.person);
  return { monitored, organisation, measure, otherProvider };
}

export const monitoringCases: MutationCase[] = [
  {
    mutation: 'saveProgressReport',
    document: `mutation($input: SaveProgressReportInput!) { saveProgressReport(input: $input) { id } }`,
    async arrange(world) {
      const { measure, otherProvider } = await aMonitoredMeasure(world, THIS_YEAR);
      const input = { measureId: measure.id, year: THIS_YEAR, state: 'IN_PROGRESS', narrative: 'Probíhá.', spending: [], indicatorValues: [], submit: true };
      return { variables: { input }, allowed: world.provider.client, refused: [world.member, world.clerk, otherProvider] };
    },
  },
  {
    mutation: 'remindOrganisation',
    document: `mutation($input: RemindOrganisationInput!) { remindOrganisation(input: $input) { id } }`,
    async arrange(world) {
      const { monitored, organisation } = await aMonitoredMeasure(world, THIS_YEAR - 1);
      return {
        variables: { input: { actionPlanId: monitored.plan.id, organisationId: organisation.id } },
        allowed: world.coordinator.client,
        refused: [world.member, world.clerk, world.provider],
      };
    },
  },
];
