import { approvalFixtures } from '../approval-fixtures';
import { MutationCase, World } from './world';

const HOUR = 3600 * 1000;

/** An issued version of a draft plan and a group with one member (the only voter), besides the world's cast. */
async function votingWorld(world: World) {
  const a = approvalFixtures(world.t.db);
  const { plan, version } = await a.issuedPlan(world.area);
  const group = await world.t.fixtures.group(world.area);
  const voter = await world.t.fixtures.user(world.area);
  await world.t.fixtures.membership(group, voter.person);
  return { a, plan, version, group, voter };
}

export const approvalsCases: MutationCase[] = [
  {
    mutation: 'openApprovalRound',
    document: `mutation($input: OpenApprovalRoundInput!) { openApprovalRound(input: $input) { id } }`,
    async arrange(world) {
      const { version, group, voter } = await votingWorld(world);
      const input = {
        versionId: version.id,
        groupIds: [group.id],
        title: 'Schválení',
        opensAt: new Date(Date.now() - HOUR).toISOString(),
        closesAt: new Date(Date.now() + HOUR).toISOString(),
        quorumPercent: 50,
        approvalPercent: 50,
      };
      return { variables: { input }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk, voter] };
    },
  },
  {
    mutation: 'castVote',
    document: `mutation($input: CastVoteInput!) { castVote(input: $input) { id } }`,
    async arrange(world) {
      // Only the round's voters: the coordinator and every role not among them are refused.
      const { a, version, voter } = await votingWorld(world);
      const round = await a.round(version, [voter.person]);
      return {
        variables: { input: { roundId: round.id, choice: 'APPROVE' } },
        allowed: voter.client,
        refused: [world.coordinator, world.member, world.provider, world.clerk],
        crossArea: world.other.member,
      };
    },
  },
  {
    mutation: 'closeApprovalRound',
    document: `mutation($roundId: ID!) { closeApprovalRound(roundId: $roundId) { id result } }`,
    async arrange(world) {
      const { a, version, voter } = await votingWorld(world);
      const round = await a.round(version, [voter.person], { opensAt: new Date(Date.now() - 2 * HOUR), closesAt: new Date(Date.now() - HOUR) });
      return { variables: { roundId: round.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk, voter] };
    },
  },
  {
    mutation: 'recordCouncilResolution',
    document: `mutation($input: RecordCouncilResolutionInput!) { recordCouncilResolution(input: $input) { id } }`,
    async arrange(world) {
      const { plan, version } = await approvalFixtures(world.t.db).awaitingCouncil(world.area);
      const input = { actionPlanId: plan.id, versionId: version.id, body: 'Zastupitelstvo', number: 'Z 1/2026', decidedOn: '2026-01-10', outcome: 'APPROVED' };
      return { variables: { input }, allowed: world.clerk.client, refused: [world.member, world.provider] };
    },
  },
  {
    mutation: 'publishActionPlan',
    document: `mutation($actionPlanId: ID!) { publishActionPlan(actionPlanId: $actionPlanId) { id } }`,
    async arrange(world) {
      const { plan } = await approvalFixtures(world.t.db).approved(world.area);
      return { variables: { actionPlanId: plan.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
];
