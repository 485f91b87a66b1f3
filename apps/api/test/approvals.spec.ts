import { ActionPlanEntity } from '../src/action-plans/action-plan.entity';
import { ActionPlanState, ActionPlanVersionState } from '../src/action-plans/action-plan.enums';
import { ApprovalRoundEntity, ApprovalRoundVoterEntity } from '../src/approvals/approval-round.entity';
import { VoteChoice } from '../src/approvals/approval.enums';
import { ApprovalsService } from '../src/approvals/approvals.service';
import { VoteEntity } from '../src/approvals/vote.entity';
import { AreaEntity } from '../src/areas/area.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { GroupKind } from '../src/groups/group.enums';
import { GroupMembershipEntity } from '../src/groups/group-membership.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { approvalFixtures } from './approval-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';

const HOUR = 3600 * 1000;
const OPEN = `mutation($input: OpenApprovalRoundInput!) { openApprovalRound(input: $input) { id eligibleCount phase } }`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { id choice reservation } }`;
const CLOSE = `mutation($roundId: ID!) { closeApprovalRound(roundId: $roundId) { id result closedAt approveCount reservationsCount rejectCount abstainCount eligibleCount } }`;
const ROUND = `query($id: ID!) { approvalRound(id: $id) {
  id title phase eligibleCount isVoter canManage result
  myVote { choice reservation }
  tally { eligible approve approveWithReservations reject abstain votesCast turnoutPercent quorumVotes quorumMet approvalMet result }
  voters { voted person { fullName } }
  groups { name } version { number } actionPlan { title state }
} }`;

interface RoundView {
  id: string;
  phase: string;
  eligibleCount: number;
  isVoter: boolean;
  canManage: boolean;
  result: string | null;
  myVote: { choice: string; reservation: string | null } | null;
  tally: { eligible: number; approve: number; approveWithReservations: number; reject: number; abstain: number; votesCast: number; turnoutPercent: number; quorumVotes: number; quorumMet: boolean; approvalMet: boolean; result: string } | null;
  voters: { voted: boolean; person: { fullName: string } }[] | null;
  groups: { name: string }[];
  version: { number: number };
  actionPlan: { title: string; state: string };
}

describe('approval rounds', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let a: ReturnType<typeof approvalFixtures>;

  beforeAll(async () => {
    t = await TestApp.start();
    a = approvalFixtures(t.db);
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  const roundInput = (versionId: string, groupIds: string[], overrides: Record<string, unknown> = {}) => ({
    versionId,
    groupIds,
    title: 'Schválení akčního plánu řídící skupinou',
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + 48 * HOUR).toISOString(),
    quorumPercent: 50,
    approvalPercent: 60,
    ...overrides,
  });
  const round = async (client: User, id: string) => (await client.client.ok<{ approvalRound: RoundView }>(ROUND, { id })).approvalRound;
  const audit = (subjectId: string) => t.db.getRepository(AuditEntryEntity).find({ where: { subjectId }, order: { createdAt: 'ASC', id: 'ASC' } });

  /** Two groups: the management team (Alena, Boris, and Cyril who has left) and seniors (Boris again, Dana). */
  async function electorate() {
    const team = await t.fixtures.group(area, { kind: GroupKind.MANAGEMENT_TEAM, name: `Řídící skupina ${Math.random()}` });
    const seniors = await t.fixtures.group(area);
    const alena = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Alena Antošová' });
    const boris = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Boris Bureš' });
    const cyril = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Cyril Císař' });
    const dana = await t.fixtures.user(area, [AreaRole.PROVIDER], { fullName: 'Dana Dušková' });
    const outsider = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Ema Erbenová' });
    await t.fixtures.membership(team, alena.person);
    await t.fixtures.membership(team, boris.person);
    const left = await t.fixtures.membership(team, cyril.person);
    await t.db.getRepository(GroupMembershipEntity).update({ id: left.id }, { leftAt: new Date() });
    await t.fixtures.membership(seniors, boris.person);
    await t.fixtures.membership(seniors, dana.person);
    return { team, seniors, alena, boris, cyril, dana, outsider };
  }

  it('shows the tally live: a voter watching the round sees every vote counted and the close, without a reload', async () => {
    const { team, seniors, alena, boris, outsider } = await electorate();
    const { version } = await a.issuedPlan(area);
    const opened = (await coordinator.client.ok<{ openApprovalRound: { id: string } }>(OPEN, { input: roundInput(version.id, [team.id, seniors.id]) })).openApprovalRound;
    const EVENTS = `subscription($roundId: ID!) { approvalRoundEvents(roundId: $roundId) { kind round { phase result tally { votesCast approve reject quorumMet } } } }`;
    type Event = { approvalRoundEvents: { kind: string; round: { phase: string; result: string | null; tally: { votesCast: number; approve: number; reject: number; quorumMet: boolean } | null } } };
    const watching = await alena.client.subscribe<Event>(EVENTS, { roundId: opened.id });
    const kindIs = (kind: string, votes?: number) => (event: { data?: Event | null }) =>
      event.data?.approvalRoundEvents.kind === kind && (votes === undefined || event.data.approvalRoundEvents.round.tally?.votesCast === votes);
    expect((await watching.next(kindIs('SUBSCRIBED'))).data?.approvalRoundEvents.round.tally).toMatchObject({ votesCast: 0 });

    await boris.client.ok(VOTE, { input: { roundId: opened.id, choice: 'REJECT' } });
    expect((await watching.next(kindIs('VOTED', 1))).data?.approvalRoundEvents.round.tally).toMatchObject({ votesCast: 1, reject: 1, quorumMet: false });
    await alena.client.ok(VOTE, { input: { roundId: opened.id, choice: 'APPROVE' } });
    expect((await watching.next(kindIs('VOTED', 2))).data?.approvalRoundEvents.round.tally).toMatchObject({ votesCast: 2, approve: 1, quorumMet: true });

    await t.db.getRepository(ApprovalRoundEntity).update(opened.id, { closesAt: new Date(Date.now() - 1000) });
    await coordinator.client.ok(CLOSE, { roundId: opened.id });
    expect((await watching.next(kindIs('CLOSED'))).data?.approvalRoundEvents.round).toMatchObject({ phase: 'CLOSED', result: 'REJECTED' });
    await watching.close();

    // Somebody of the area who is not a voter may watch the phase, but gets no tally.
    const other = await outsider.client.subscribe<Event>(EVENTS, { roundId: opened.id });
    expect((await other.next(kindIs('SUBSCRIBED'))).data?.approvalRoundEvents.round).toMatchObject({ phase: 'CLOSED', tally: null });
    await other.close();
  });

  it('opens a round on an issued version with the current members of the chosen groups as voters, fixed at that moment', async () => {
    const { team, seniors, alena, outsider } = await electorate();
    const { plan, version } = await a.issuedPlan(area);
    const opened = (await coordinator.client.ok<{ openApprovalRound: { id: string; eligibleCount: number; phase: string } }>(OPEN, {
      input: roundInput(version.id, [team.id, seniors.id]),
    })).openApprovalRound;
    expect(opened).toMatchObject({ eligibleCount: 3, phase: 'OPEN' });

    // Somebody joining the group later does not become a voter.
    await t.fixtures.membership(team, outsider.person);
    const view = await round(coordinator, opened.id);
    expect(view.voters?.map((v) => v.person.fullName)).toEqual(['Alena Antošová', 'Boris Bureš', 'Dana Dušková']);
    expect(view).toMatchObject({ canManage: true, isVoter: false, version: { number: 1 }, actionPlan: { title: plan.title, state: 'DRAFT' } });
    expect(view.groups.map((g) => g.name).sort()).toEqual([team.name, seniors.name].sort());
    expect(view.tally).toMatchObject({ eligible: 3, votesCast: 0, quorumVotes: 2, quorumMet: false, result: 'NO_QUORUM' });

    // Voters see the tally and their own vote, not the list of voters; others of the area see neither.
    expect(await round(alena, opened.id)).toMatchObject({ isVoter: true, canManage: false, voters: null, myVote: null, tally: { eligible: 3 } });
    expect(await round(outsider, opened.id)).toMatchObject({ isVoter: false, tally: null, voters: null });
    expect((await outsider.client.error(VOTE, { input: { roundId: opened.id, choice: 'APPROVE' } })).extensions?.code).toBe('FORBIDDEN');

    const lines = await audit(opened.id);
    expect(lines.map((line) => [line.action, line.actorId])).toEqual([['approvalRound.opened', coordinator.person.id]]);
    expect(await t.db.getRepository(ApprovalRoundVoterEntity).countBy({ roundId: opened.id })).toBe(3);
  });

  it('refuses a draft version, a closing time in the past, groups without members and a second unclosed round of the plan', async () => {
    const { team } = await electorate();
    const { plan, version } = await a.issuedPlan(area);
    const draft = await a.version(plan, { state: ActionPlanVersionState.DRAFT, issuedAt: null });
    const onDraft = await coordinator.client.error(OPEN, { input: roundInput(draft.id, [team.id]) });
    expect(onDraft.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.versionId' });

    const past = await coordinator.client.error(OPEN, { input: roundInput(version.id, [team.id], { closesAt: new Date(Date.now() - 1000).toISOString(), opensAt: new Date(Date.now() - 2 * HOUR).toISOString() }) });
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesAt' });

    const backwards = await coordinator.client.error(OPEN, { input: roundInput(version.id, [team.id], { opensAt: new Date(Date.now() + 72 * HOUR).toISOString() }) });
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closesAt' });

    const empty = await t.fixtures.group(area);
    const nobody = await coordinator.client.error(OPEN, { input: roundInput(version.id, [empty.id]) });
    expect(nobody.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.groupIds' });

    const quorum = await coordinator.client.error(OPEN, { input: roundInput(version.id, [team.id], { quorumPercent: 101 }) });
    expect(quorum.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quorumPercent' });

    await coordinator.client.ok(OPEN, { input: roundInput(version.id, [team.id]) });
    const second = await a.version(plan);
    const again = await coordinator.client.error(OPEN, { input: roundInput(second.id, [team.id]) });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(await t.db.getRepository(ApprovalRoundEntity).countBy({ versionId: version.id })).toBe(1);
  });

  it('takes votes only while open, asks for the reservation, and replaces a changed vote', async () => {
    const { team, alena, boris } = await electorate();
    const { version } = await a.issuedPlan(area);
    const upcoming = await a.round(version, [alena.person], { opensAt: new Date(Date.now() + HOUR), closesAt: new Date(Date.now() + 2 * HOUR) }, [team]);
    const early = await alena.client.error(VOTE, { input: { roundId: upcoming.id, choice: 'APPROVE' } });
    expect(early.extensions?.code).toBe('CONFLICT');
    expect(await round(alena, upcoming.id)).toMatchObject({ phase: 'UPCOMING' });

    const late = await a.round(version, [alena.person], { opensAt: new Date(Date.now() - 2 * HOUR), closesAt: new Date(Date.now() - HOUR) });
    expect((await alena.client.error(VOTE, { input: { roundId: late.id, choice: 'APPROVE' } })).extensions?.code).toBe('CONFLICT');
    expect(await round(alena, late.id)).toMatchObject({ phase: 'CLOSED', result: null });

    const open = await a.round(version, [alena.person, boris.person]);
    const missing = await alena.client.error(VOTE, { input: { roundId: open.id, choice: 'APPROVE_WITH_RESERVATIONS', reservation: '   ' } });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reservation' });
    expect(missing.message).toContain('výhrad');
    const tooLong = await alena.client.error(VOTE, { input: { roundId: open.id, choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'x'.repeat(2001) } });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reservation' });
    expect(await t.db.getRepository(VoteEntity).countBy({ roundId: open.id })).toBe(0);

    const first = (await alena.client.ok<{ castVote: { id: string } }>(VOTE, { input: { roundId: open.id, choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'Doplnit financování.' } })).castVote;
    expect(await round(alena, open.id)).toMatchObject({ myVote: { choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'Doplnit financování.' }, tally: { approveWithReservations: 1, votesCast: 1 } });
    const changed = (await alena.client.ok<{ castVote: { id: string; reservation: string | null } }>(VOTE, { input: { roundId: open.id, choice: 'REJECT', reservation: 'ignored' } })).castVote;
    expect(changed).toMatchObject({ id: first.id, reservation: null });
    const rows = await t.db.getRepository(VoteEntity).findBy({ roundId: open.id });
    expect(rows.map((row) => [row.personId, row.choice])).toEqual([[alena.person.id, VoteChoice.REJECT]]);
    expect((await round(boris, open.id)).tally).toMatchObject({ approve: 0, approveWithReservations: 0, reject: 1, votesCast: 1, turnoutPercent: 50 });

    const lines = await audit(open.id);
    expect(lines.map((line) => [line.action, line.actorId, line.details['choice']])).toEqual([
      ['vote.cast', alena.person.id, 'APPROVE_WITH_RESERVATIONS'],
      ['vote.changed', alena.person.id, 'REJECT'],
    ]);
  });

  it('stores exactly one vote per person when 150 voters vote at once, and again when they all change their vote', async () => {
    const { version } = await a.issuedPlan(area);
    const people = await Promise.all(Array.from({ length: 150 }, (_, i) => t.fixtures.person(area, { fullName: `Hlasující ${i}` })));
    const open = await a.round(version, people);
    const service = t.app.get(ApprovalsService);
    const vote = (choice: VoteChoice) => Promise.all(people.map((person) => service.vote({ areaId: area.id, personId: person.id }, { roundId: open.id, choice })));
    await vote(VoteChoice.APPROVE);
    expect(await t.db.getRepository(VoteEntity).countBy({ roundId: open.id })).toBe(150);
    // Everybody at once again, twice per person: still one row each, the last choice kept.
    await Promise.all([vote(VoteChoice.ABSTAIN), vote(VoteChoice.ABSTAIN)]);
    const votes = await t.db.getRepository(VoteEntity).findBy({ roundId: open.id });
    expect(votes).toHaveLength(150);
    expect(new Set(votes.map((v) => v.personId)).size).toBe(150);
    expect(votes.every((v) => v.choice === VoteChoice.ABSTAIN)).toBe(true);
    expect(await service.tally(open.id)).toMatchObject({ eligible: 150, votesCast: 150, abstain: 150, approve: 0, turnoutPercent: 100 });
    expect(await t.db.getRepository(AuditEntryEntity).countBy({ subjectId: open.id })).toBe(450);
  });

  it('closes after the closing time or once everybody voted, stores the result and sends an approved plan to the council', async () => {
    const { team, seniors, alena, boris, dana } = await electorate();
    const { plan, version } = await a.issuedPlan(area);
    const opened = (await coordinator.client.ok<{ openApprovalRound: { id: string } }>(OPEN, { input: roundInput(version.id, [team.id, seniors.id]) })).openApprovalRound;
    await alena.client.ok(VOTE, { input: { roundId: opened.id, choice: 'APPROVE' } });
    await boris.client.ok(VOTE, { input: { roundId: opened.id, choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'Chybí bydlení.' } });
    const tooEarly = await coordinator.client.error(CLOSE, { roundId: opened.id });
    expect(tooEarly.extensions?.code).toBe('CONFLICT');
    expect((await round(coordinator, opened.id)).tally).toMatchObject({ quorumMet: true, approvalMet: true, result: 'APPROVED' });

    await dana.client.ok(VOTE, { input: { roundId: opened.id, choice: 'REJECT' } });
    const closed = (await coordinator.client.ok<{ closeApprovalRound: Record<string, unknown> }>(CLOSE, { roundId: opened.id })).closeApprovalRound;
    expect(closed).toMatchObject({ result: 'APPROVED', approveCount: 1, reservationsCount: 1, rejectCount: 1, abstainCount: 0, eligibleCount: 3 });
    expect(closed['closedAt']).not.toBeNull();
    expect((await t.db.getRepository(ActionPlanEntity).findOneByOrFail({ id: plan.id })).state).toBe(ActionPlanState.AWAITING_COUNCIL);
    expect(await round(alena, opened.id)).toMatchObject({ phase: 'CLOSED', result: 'APPROVED', tally: { votesCast: 3, result: 'APPROVED' } });

    expect((await alena.client.error(VOTE, { input: { roundId: opened.id, choice: 'REJECT' } })).extensions?.code).toBe('CONFLICT');
    expect((await coordinator.client.error(CLOSE, { roundId: opened.id })).extensions?.code).toBe('CONFLICT');
    // The plan is with the council now: no new round.
    expect((await coordinator.client.error(OPEN, { input: roundInput(version.id, [team.id]) })).extensions?.code).toBe('CONFLICT');

    const closeLine = (await audit(opened.id)).find((line) => line.action === 'approvalRound.closed');
    expect(closeLine).toMatchObject({ actorId: coordinator.person.id, details: { result: 'APPROVED', eligible: 3, APPROVE: 1, APPROVE_WITH_RESERVATIONS: 1, REJECT: 1, ABSTAIN: 0 } });
    expect((await audit(plan.id)).map((line) => [line.action, line.details['to']])).toEqual([['actionPlan.stateChanged', 'AWAITING_COUNCIL']]);
  });

  it('closes a round without quorum after its time and leaves the plan in drafting', async () => {
    const { alena, boris, dana } = await electorate();
    const { plan, version } = await a.issuedPlan(area);
    const late = await a.round(version, [alena.person, boris.person, dana.person], { opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() + HOUR), quorumPercent: 67 });
    await alena.client.ok(VOTE, { input: { roundId: late.id, choice: 'APPROVE' } });
    await t.db.getRepository(ApprovalRoundEntity).update({ id: late.id }, { closesAt: new Date(Date.now() - 1000) });
    const closed = (await coordinator.client.ok<{ closeApprovalRound: { result: string } }>(CLOSE, { roundId: late.id })).closeApprovalRound;
    expect(closed.result).toBe('NO_QUORUM');
    expect((await t.db.getRepository(ActionPlanEntity).findOneByOrFail({ id: plan.id })).state).toBe(ActionPlanState.DRAFT);
  });

  it('lists the rounds of a plan and of a version, newest first', async () => {
    const { alena } = await electorate();
    const { plan, version } = await a.issuedPlan(area);
    const older = await a.round(version, [alena.person], { closedAt: new Date(), result: null });
    const v2 = await a.version(plan);
    const newer = await a.round(v2, [alena.person]);
    const LIST = `query($actionPlanId: ID, $versionId: ID) { approvalRounds(actionPlanId: $actionPlanId, versionId: $versionId) { id } }`;
    const byPlan = await alena.client.ok<{ approvalRounds: { id: string }[] }>(LIST, { actionPlanId: plan.id });
    expect(byPlan.approvalRounds.map((r) => r.id)).toEqual([newer.id, older.id]);
    const byVersion = await alena.client.ok<{ approvalRounds: { id: string }[] }>(LIST, { versionId: version.id });
    expect(byVersion.approvalRounds.map((r) => r.id)).toEqual([older.id]);
    // Another area's member sees nothing of it.
    const stranger = await t.fixtures.user(await t.fixtures.area());
    expect((await stranger.client.ok<{ approvalRounds: unknown[] }>(LIST, { actionPlanId: plan.id })).approvalRounds).toEqual([]);
    expect((await stranger.client.ok<{ approvalRound: unknown }>(`query($id: ID!) { approvalRound(id: $id) { id } }`, { id: newer.id })).approvalRound).toBeNull();
  });

  it('loads the tallies, votes and voters of many rounds with a fixed number of queries', async () => {
    const { alena, boris } = await electorate();
    const { plan, version } = await a.issuedPlan(area);
    const LIST = `query($actionPlanId: ID) { approvalRounds(actionPlanId: $actionPlanId) { id phase isVoter myVote { choice } tally { votesCast } voters { voted person { fullName } } groups { name } version { number } } }`;
    const count = async () => {
      const before = t.queryCount;
      await coordinator.client.ok(LIST, { actionPlanId: plan.id });
      return t.queryCount - before;
    };
    await a.round(version, [alena.person, boris.person], { closedAt: new Date() });
    const one = await count();
    for (let i = 0; i < 5; i += 1) await a.round(version, [alena.person, boris.person], { closedAt: new Date() });
    expect(await count()).toBe(one);
  });
});
