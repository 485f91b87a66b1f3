import { AreaEntity } from '../src/areas/area.entity';
import { GroupRole } from '../src/groups/group.enums';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { GoalEntity } from '../src/strategy/goal.entity';
import { StrategicPlanEntity } from '../src/strategy/strategic-plan.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';
import { strategy } from './strategy-fixtures';

const PROPOSE = `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) {
  id number state title rationale targetGroups fromYear toYear totalCost canEdit
  responsibleOrganisation { name } partners { name } proposingGroups { name } proposedBy { fullName }
  costs { year source amount } indicators { name unit baseline target }
  history { fromState toState reason changedBy { fullName } } } }`;
const UPDATE = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id fromYear toYear totalCost costs { year source amount } } }`;
const CHANGE = `mutation($input: ChangeMeasureStateInput!) { changeMeasureState(input: $input) { state mergedInto { id } } }`;
const MEASURE = `query($id: ID!) { measure(id: $id) { state canEdit mergedInto { title }
  history { fromState toState reason changedBy { fullName } mergedInto { title } } } }`;

describe('measures', () => {
  let t: TestApp;
  let area: AreaEntity;
  let boss: User;
  let plan: StrategicPlanEntity;
  let goal: GoalEntity;
  let seniors: WorkingGroupEntity;
  let families: WorkingGroupEntity;
  let member: User;
  let lead: User;
  let provider: OrganisationEntity;

  const measureCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM measures WHERE plan_id = $1`, [plan.id]))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    boss = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const s = strategy(t.db);
    plan = await s.plan(area, { fromYear: 2025, toYear: 2027 });
    goal = await s.goal(await s.priority(plan));
    seniors = await t.fixtures.group(area, { name: 'Senioři' });
    families = await t.fixtures.group(area, { name: 'Rodiny' });
    member = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Marie Členová' });
    await t.fixtures.membership(seniors, member.person);
    lead = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Karel Koordinátor' });
    await t.fixtures.membership(seniors, lead.person, GroupRole.COORDINATOR);
    provider = await t.fixtures.organisation(area, { name: 'Charita' });
  });
  afterAll(() => t.stop());

  const proposal = (overrides: Record<string, unknown> = {}) => ({
    goalId: goal.id,
    title: 'Odlehčovací služba',
    rationale: 'Pečující nemají kdy odpočívat.',
    targetGroups: ['senioři', ' pečující '],
    responsibleOrganisationId: provider.id,
    partnerOrganisationIds: [provider.id],
    proposingGroupIds: [seniors.id],
    fromYear: 2025,
    toYear: 2026,
    costs: [
      { year: 2025, source: 'MUNICIPALITY', amount: '12345678.90' },
      { year: 2026, source: 'EU_FUNDS', amount: '0.1' },
    ],
    indicators: [{ name: 'podpořené rodiny', unit: 'rodiny', baseline: '0', target: '2.5' }],
    ...overrides,
  });

  it('lets a member propose for their own group, with exact money and the proposal in the history', async () => {
    const { proposeMeasure: measure } = await member.client.ok<{ proposeMeasure: Record<string, unknown> }>(PROPOSE, { input: proposal() });
    expect(measure).toMatchObject({
      number: '1.1.1',
      state: 'PROPOSED',
      targetGroups: ['senioři', 'pečující'],
      totalCost: '12345679.00',
      canEdit: false,
      responsibleOrganisation: { name: 'Charita' },
      partners: [{ name: 'Charita' }],
      proposingGroups: [{ name: 'Senioři' }],
      proposedBy: { fullName: 'Marie Členová' },
      costs: [
        { year: 2025, source: 'MUNICIPALITY', amount: '12345678.90' },
        { year: 2026, source: 'EU_FUNDS', amount: '0.10' },
      ],
      indicators: [{ name: 'podpořené rodiny', unit: 'rodiny', baseline: '0', target: '2.5' }],
      history: [{ fromState: null, toState: 'PROPOSED', reason: '', changedBy: { fullName: 'Marie Členová' } }],
    });
    const stored = await t.db.query(`SELECT amount_minor FROM measure_costs WHERE measure_id = $1 ORDER BY year`, [measure['id']]);
    expect(stored).toEqual([{ amount_minor: '1234567890' }, { amount_minor: '10' }]);
    // The group's coordinator may edit it; the plain member may not.
    expect((await lead.client.ok<{ measure: { canEdit: boolean } }>(MEASURE, { id: measure['id'] })).measure.canEdit).toBe(true);
    const edit = await member.client.error(UPDATE, { input: { id: measure['id'], title: 'Jinak' } });
    expect(edit.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a proposal for a group the member is not in, for no group, or from another area — storing nothing', async () => {
    const before = await measureCount();
    for (const groups of [[families.id], [seniors.id, families.id], []]) {
      const error = await member.client.error(PROPOSE, { input: proposal({ proposingGroupIds: groups }) });
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const otherArea = await t.fixtures.area();
    const stranger = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    expect((await stranger.client.error(PROPOSE, { input: proposal({ proposingGroupIds: [] }) })).extensions?.code).toBe('FORBIDDEN');
    expect((await stranger.client.withArea(area.slug).error(PROPOSE, { input: proposal() })).extensions?.code).toBe('FORBIDDEN');
    expect(await measureCount()).toBe(before);
  });

  it('refuses a timeline outside the plan, costs outside the timeline and inexact money, naming the field and storing nothing', async () => {
    const before = await measureCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ fromYear: 2024 }, 'input.fromYear'],
      [{ toYear: 2028 }, 'input.toYear'],
      [{ fromYear: 2026, toYear: 2025, costs: [] }, 'input.toYear'],
      [{ costs: [{ year: 2027, source: 'STATE', amount: '1' }] }, 'input.costs.0.year'],
      [{ costs: [{ year: 2025, source: 'STATE', amount: '1' }, { year: 2025, source: 'STATE', amount: '2' }] }, 'input.costs.1.source'],
      [{ costs: [{ year: 2025, source: 'STATE', amount: '12.345' }] }, 'input.costs.0.amount'],
      [{ costs: [{ year: 2025, source: 'STATE', amount: '-5' }] }, 'input.costs.0.amount'],
      [{ indicators: [{ name: 'x', unit: 'y', target: 'hodně' }] }, 'input.indicators.0.target'],
      [{ goalId: '00000000-0000-4000-8000-000000000000', proposingGroupIds: [seniors.id] }, 'input.goalId'],
    ];
    for (const [overrides, field] of cases) {
      const error = await member.client.error(PROPOSE, { input: proposal(overrides) });
      expect({ field: error.extensions?.field, code: error.extensions?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
    }
    const czech = await member.client.error(PROPOSE, { input: proposal({ toYear: 2030 }) });
    expect(czech.message).toBe('„Do roku“ musí ležet v období plánu 2025–2027.');
    const english = await member.client.withLocale('en').error(PROPOSE, { input: proposal({ fromYear: 2020 }) });
    expect(english.message).toBe("“From year” must lie within the plan's period 2025–2027.");
    expect(await measureCount()).toBe(before);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM measure_costs c JOIN measures m ON m.id = c.measure_id WHERE m.plan_id = $1`, [plan.id])).toEqual([
      { n: 2 },
    ]);
  });

  it('keeps costs inside the timeline when the timeline changes, and replaces them exactly', async () => {
    const { proposeMeasure: measure } = await member.client.ok<{ proposeMeasure: { id: string } }>(PROPOSE, { input: proposal() });
    const shrink = await lead.client.error(UPDATE, { input: { id: measure.id, toYear: 2025 } });
    expect(shrink.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.toYear' });
    const updated = await lead.client.ok<{ updateMeasure: unknown }>(UPDATE, {
      input: { id: measure.id, toYear: 2025, costs: [{ year: 2025, source: 'REGION', amount: '999999999999.99' }] },
    });
    expect(updated.updateMeasure).toEqual({
      id: measure.id,
      fromYear: 2025,
      toYear: 2025,
      totalCost: '999999999999.99',
      costs: [{ year: 2025, source: 'REGION', amount: '999999999999.99' }],
    });
  });

  it('keeps at least one proposing group on a measure a group proposed', async () => {
    const { proposeMeasure: measure } = await member.client.ok<{ proposeMeasure: { id: string } }>(PROPOSE, { input: proposal() });
    const error = await lead.client.error(UPDATE, { input: { id: measure.id, proposingGroupIds: [] } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.proposingGroupIds' });
    const kept = await t.db.query(`SELECT group_id FROM measure_proposers WHERE measure_id = $1`, [measure.id]);
    expect(kept).toHaveLength(1);
  });

  it('moves through the lifecycle table with who, when and why, and refuses what the table does not allow', async () => {
    const { proposeMeasure: measure } = await member.client.ok<{ proposeMeasure: { id: string } }>(PROPOSE, { input: proposal({ title: 'Denní stacionář' }) });
    const change = (client: User, state: string, extra: Record<string, unknown> = {}) => client.client.request(CHANGE, { input: { id: measure.id, state, ...extra } });

    const skip = await lead.client.error(CHANGE, { input: { id: measure.id, state: 'ACCEPTED' } });
    expect(skip.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.state' });
    expect(skip.message).toBe('Opatření nemůže přejít ze stavu „navrženo“ do stavu „přijato“.');
    expect((await lead.client.withLocale('pl').error(CHANGE, { input: { id: measure.id, state: 'FULFILLED' } })).message).toBe(
      'Działanie nie może przejść ze stanu „zaproponowane” do stanu „zrealizowane”.',
    );

    expect((await change(lead, 'UNDER_DISCUSSION')).errors).toBeUndefined();
    expect((await change(lead, 'ACCEPTED')).errors).toBeUndefined();
    const early = await lead.client.withLocale('en').error(CHANGE, { input: { id: measure.id, state: 'IN_PROGRESS' } });
    expect(early.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.state' });
    expect(early.message).toBe('A measure can go from “accepted” to “in progress” only once the plan is adopted.');

    await boss.client.ok(`mutation($id: ID!) { adoptStrategicPlan(id: $id) { status } }`, { id: plan.id });
    expect((await change(lead, 'IN_PROGRESS')).errors).toBeUndefined();
    expect((await change(boss, 'PARTLY_FULFILLED', { reason: 'Kapacita jen 6 míst z 10.' })).errors).toBeUndefined();
    const after = await lead.client.error(CHANGE, { input: { id: measure.id, state: 'FULFILLED' } });
    expect(after.extensions?.field).toBe('input.state');

    const { measure: read } = await member.client.ok<{ measure: { state: string; history: unknown[] } }>(MEASURE, { id: measure.id });
    expect(read.state).toBe('PARTLY_FULFILLED');
    expect(read.history).toEqual([
      { fromState: null, toState: 'PROPOSED', reason: '', changedBy: { fullName: 'Marie Členová' }, mergedInto: null },
      { fromState: 'PROPOSED', toState: 'UNDER_DISCUSSION', reason: '', changedBy: { fullName: 'Karel Koordinátor' }, mergedInto: null },
      { fromState: 'UNDER_DISCUSSION', toState: 'ACCEPTED', reason: '', changedBy: { fullName: 'Karel Koordinátor' }, mergedInto: null },
      { fromState: 'ACCEPTED', toState: 'IN_PROGRESS', reason: '', changedBy: { fullName: 'Karel Koordinátor' }, mergedInto: null },
      { fromState: 'IN_PROGRESS', toState: 'PARTLY_FULFILLED', reason: 'Kapacita jen 6 míst z 10.', changedBy: { fullName: boss.person.fullName }, mergedInto: null },
    ]);
    const times = await t.db.query(`SELECT changed_at FROM measure_state_changes WHERE measure_id = $1`, [measure.id]);
    expect(times.every((row: { changed_at: Date }) => row.changed_at instanceof Date)).toBe(true);
  });

  it('merges into another open measure of the same plan only, with a reason; closed measures no longer change', async () => {
    const s = strategy(t.db);
    const draft = await s.plan(area);
    const draftGoal = await s.goal(await s.priority(draft));
    const [a, b, closed] = [
      await s.measure(draftGoal, { title: 'A', groups: [seniors] }),
      await s.measure(draftGoal, { title: 'B', groups: [seniors] }),
      await s.measure(draftGoal, { title: 'C', groups: [seniors] }),
    ];
    const elsewhere = await s.measure(goal, { title: 'Jinde' });
    for (const m of [a, closed]) await lead.client.ok(CHANGE, { input: { id: m.id, state: 'UNDER_DISCUSSION' } });
    await lead.client.ok(CHANGE, { input: { id: closed.id, state: 'REJECTED', reason: 'Nepotřebné.' } });

    const attempts: [Record<string, unknown>, string][] = [
      [{ state: 'MERGED', mergedIntoId: b.id }, 'input.reason'],
      [{ state: 'MERGED', reason: 'Duplicita.' }, 'input.mergedIntoId'],
      [{ state: 'MERGED', reason: 'Duplicita.', mergedIntoId: elsewhere.id }, 'input.mergedIntoId'],
      [{ state: 'MERGED', reason: 'Duplicita.', mergedIntoId: closed.id }, 'input.mergedIntoId'],
      [{ state: 'MERGED', reason: 'Duplicita.', mergedIntoId: a.id }, 'input.mergedIntoId'],
      [{ state: 'REJECTED', reason: '   ' }, 'input.reason'],
      [{ state: 'ACCEPTED', mergedIntoId: b.id }, 'input.mergedIntoId'],
    ];
    for (const [input, field] of attempts) {
      const error = await lead.client.error(CHANGE, { input: { id: a.id, ...input } });
      expect({ input, field: error.extensions?.field, code: error.extensions?.code }).toEqual({ input, field, code: 'BAD_USER_INPUT' });
    }
    expect((await member.client.ok<{ measure: { state: string; history: unknown[] } }>(MEASURE, { id: a.id })).measure.history).toHaveLength(2);

    const merged = await lead.client.ok<{ changeMeasureState: unknown }>(CHANGE, { input: { id: a.id, state: 'MERGED', reason: 'Duplicita s B.', mergedIntoId: b.id } });
    expect(merged.changeMeasureState).toEqual({ state: 'MERGED', mergedInto: { id: b.id } });
    const { measure: read } = await member.client.ok<{ measure: { mergedInto: unknown; history: { mergedInto: unknown; reason: string }[] } }>(MEASURE, { id: a.id });
    expect(read.mergedInto).toEqual({ title: 'B' });
    expect(read.history[2]).toMatchObject({ reason: 'Duplicita s B.', mergedInto: { title: 'B' } });

    const edit = await lead.client.error(UPDATE, { input: { id: a.id, title: 'Znovu' } });
    expect(edit.extensions).toEqual({ code: 'CONFLICT', field: 'input.id' });
    expect(edit.message).toBe('Opatření je uzavřené („sloučeno“) a už se nemění.');
    const deleteMerged = await boss.client.error(`mutation($id: ID!) { deleteMeasure(id: $id) }`, { id: b.id });
    expect(deleteMerged.extensions?.code).toBe('CONFLICT');
  });

  it('deletes only a measure that is still proposed and has no activities; the rest move up', async () => {
    const s = strategy(t.db);
    const draft = await s.plan(area);
    const draftGoal = await s.goal(await s.priority(draft));
    const first = await s.measure(draftGoal, { groups: [seniors] });
    const second = await s.measure(draftGoal, { groups: [seniors] });
    const third = await s.measure(draftGoal, { groups: [seniors] });
    await s.activity(second);
    await lead.client.ok(CHANGE, { input: { id: third.id, state: 'UNDER_DISCUSSION' } });
    const DELETE = `mutation($id: ID!) { deleteMeasure(id: $id) }`;
    expect((await lead.client.error(DELETE, { id: second.id })).extensions).toEqual({ code: 'CONFLICT', field: 'id' });
    expect((await lead.client.error(DELETE, { id: third.id })).extensions).toEqual({ code: 'CONFLICT', field: 'id' });
    expect(await lead.client.ok(DELETE, { id: first.id })).toEqual({ deleteMeasure: true });
    const numbers = await member.client.ok<{ a: { number: string }; b: { number: string } }>(
      `query($a: ID!, $b: ID!) { a: measure(id: $a) { number } b: measure(id: $b) { number } }`,
      { a: second.id, b: third.id },
    );
    expect([numbers.a.number, numbers.b.number]).toEqual(['1.1.1', '1.1.2']);
  });
});
