import { AreaEntity } from '../src/areas/area.entity';
import { GroupRole } from '../src/groups/group.enums';
import { MeasureCostEntity } from '../src/measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../src/measures/measure-indicator.entity';
import { MeasurePartnerEntity, MeasureProposerEntity } from '../src/measures/measure-links.entity';
import { MeasureStateChangeEntity } from '../src/measures/measure-state-change.entity';
import { FundingSource, MeasureState } from '../src/measures/measure.enums';
import { MeasureEntity } from '../src/measures/measure.entity';
import { GoalEntity } from '../src/strategy/goal.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';
import { strategy } from './strategy-fixtures';

const TREE = `query($id: ID!) { strategicPlan(id: $id) { title fromYear toYear status
  priorities { number title goals { number title measures { number title activities { number title } } } } } }`;

interface Tree {
  strategicPlan: {
    priorities: { number: string; title: string; goals: { number: string; title: string; measures: { number: string; title: string; activities: { number: string; title: string }[] }[] }[] }[];
  } | null;
}

/** "1 Senioři / 1.1 Cíl A / 1.1.1 Opatření" lines of the tree, as a reader of the plan sees them. */
function outline(tree: Tree): string[] {
  return (tree.strategicPlan?.priorities ?? []).flatMap((p) => [
    `${p.number} ${p.title}`,
    ...p.goals.flatMap((g) => [
      `${g.number} ${g.title}`,
      ...g.measures.flatMap((m) => [`${m.number} ${m.title}`, ...m.activities.map((a) => `${a.number} ${a.title}`)]),
    ]),
  ]);
}

describe('strategic plans: the numbered tree', () => {
  let t: TestApp;
  let area: AreaEntity;
  let boss: User;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    boss = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  const create = async <T>(mutation: string, type: string, input: Record<string, unknown>, fields = 'id'): Promise<T> => {
    const data = await boss.client.ok<Record<string, T>>(`mutation($input: ${type}!) { ${mutation}(input: $input) { ${fields} } }`, { input });
    return data[mutation]!;
  };

  it('numbers priorities, goals, measures and activities from their order, and renumbers on insert, move and delete', async () => {
    const plan = await create<{ id: string; status: string }>('createStrategicPlan', 'CreateStrategicPlanInput', { title: 'SPRSS 2025–2027', fromYear: 2025, toYear: 2027 }, 'id status');
    expect(plan.status).toBe('DRAFT');
    const seniors = await create<{ id: string }>('createPriority', 'CreatePriorityInput', { planId: plan.id, title: 'Senioři' });
    const families = await create<{ id: string }>('createPriority', 'CreatePriorityInput', { planId: plan.id, title: 'Rodiny' });
    const home = await create<{ id: string }>('createGoal', 'CreateGoalInput', { priorityId: seniors.id, title: 'Péče doma' });
    const beds = await create<{ id: string }>('createGoal', 'CreateGoalInput', { priorityId: seniors.id, title: 'Pobytové služby' });
    const propose = (goalId: string, title: string) =>
      create<{ id: string; number: string }>('proposeMeasure', 'ProposeMeasureInput', { goalId, title, fromYear: 2025, toYear: 2026 }, 'id number');
    const assistance = await propose(home.id, 'Osobní asistence');
    const respite = await propose(home.id, 'Odlehčovací služba');
    expect([assistance.number, respite.number]).toEqual(['1.1.1', '1.1.2']);
    await propose(beds.id, 'Domov se zvláštním režimem');
    const first = await create<{ number: string }>('createActivity', 'CreateActivityInput', { measureId: respite.id, title: 'Výběr poskytovatele' }, 'number');
    await create('createActivity', 'CreateActivityInput', { measureId: respite.id, title: 'Zahájení provozu' });
    expect(first.number).toBe('1.1.2.1');

    const tree = async () => outline(await boss.client.ok<Tree>(TREE, { id: plan.id }));
    expect(await tree()).toEqual([
      '1 Senioři',
      '1.1 Péče doma',
      '1.1.1 Osobní asistence',
      '1.1.2 Odlehčovací služba',
      '1.1.2.1 Výběr poskytovatele',
      '1.1.2.2 Zahájení provozu',
      '1.2 Pobytové služby',
      '1.2.1 Domov se zvláštním režimem',
      '2 Rodiny',
    ]);

    // A new first priority pushes everything one down.
    await create('createPriority', 'CreatePriorityInput', { planId: plan.id, title: 'Průřezová', position: 1 });
    // Respite care moves to the residential goal, first; a goal moves under families; families go first.
    await create('moveMeasure', 'MoveMeasureInput', { id: respite.id, goalId: beds.id, position: 1 });
    await create('moveGoal', 'MoveGoalInput', { id: home.id, priorityId: families.id });
    await create('movePriority', 'MovePriorityInput', { id: families.id, position: 1 });
    expect(await tree()).toEqual([
      '1 Rodiny',
      '1.1 Péče doma',
      '1.1.1 Osobní asistence',
      '2 Průřezová',
      '3 Senioři',
      '3.1 Pobytové služby',
      '3.1.1 Odlehčovací služba',
      '3.1.1.1 Výběr poskytovatele',
      '3.1.1.2 Zahájení provozu',
      '3.1.2 Domov se zvláštním režimem',
    ]);

    // The one measure asked for alone carries the same number.
    const alone = await boss.client.ok<{ measure: { number: string } }>(`query($id: ID!) { measure(id: $id) { number } }`, { id: respite.id });
    expect(alone.measure.number).toBe('3.1.1');

    // A non-empty priority is not deleted; an empty one is, and those after it move up.
    const notEmpty = await boss.client.error(`mutation($id: ID!) { deletePriority(id: $id) }`, { id: families.id });
    expect(notEmpty.extensions).toEqual({ code: 'CONFLICT', field: 'id' });
    const crossCutting = (await boss.client.ok<Tree>(TREE, { id: plan.id })).strategicPlan!.priorities[1]!;
    expect(crossCutting.title).toBe('Průřezová');
    const priorityIds = await t.db.query(`SELECT id FROM strategy_priorities WHERE plan_id = $1 AND title = 'Průřezová'`, [plan.id]);
    await boss.client.ok(`mutation($id: ID!) { deletePriority(id: $id) }`, { id: priorityIds[0].id });
    expect((await tree()).filter((line) => !line.includes('.'))).toEqual(['1 Rodiny', '2 Senioři']);

    // Activities reorder within their measure and renumber after a deletion.
    const activities = await t.db.query(`SELECT id, title FROM measure_activities WHERE measure_id = $1 ORDER BY position`, [respite.id]);
    await boss.client.ok(`mutation($input: MoveActivityInput!) { moveActivity(input: $input) { number } }`, {
      input: { id: activities[1].id, measureId: respite.id, position: 1 },
    });
    const third = await create<{ number: string }>('createActivity', 'CreateActivityInput', { measureId: respite.id, title: 'Vyhodnocení' }, 'number');
    expect(third.number).toBe('2.1.1.3');
    await boss.client.ok(`mutation($id: ID!) { deleteActivity(id: $id) }`, { id: activities[1].id });
    expect((await tree()).filter((line) => line.startsWith('2.1.1.'))).toEqual(['2.1.1.1 Výběr poskytovatele', '2.1.1.2 Vyhodnocení']);

    // A goal goes only under a priority of its own plan.
    const otherPlan = await create<{ id: string }>('createStrategicPlan', 'CreateStrategicPlanInput', { title: 'Jiný', fromYear: 2028, toYear: 2030 });
    const foreign = await create<{ id: string }>('createPriority', 'CreatePriorityInput', { planId: otherPlan.id, title: 'Cizí' });
    const across = await boss.client.error(`mutation($input: MoveGoalInput!) { moveGoal(input: $input) { id } }`, { input: { id: beds.id, priorityId: foreign.id } });
    expect(across.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.priorityId' });

    // Positions beyond the end are refused, naming the field; nothing moves.
    const tooFar = await boss.client.error(`mutation($input: MovePriorityInput!) { movePriority(input: $input) { id } }`, {
      input: { id: families.id, position: 3 },
    });
    expect(tooFar.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.position' });
    expect(tooFar.message).toContain('2');
    expect((await tree())[0]).toBe('1 Rodiny');
  });

  it('keeps a plan\'s period around its measures\' timelines', async () => {
    const s = strategy(t.db);
    const plan = await s.plan(area, { fromYear: 2025, toYear: 2027 });
    await s.measure(await s.goal(await s.priority(plan)), { fromYear: 2026, toYear: 2027 });
    const UPDATE = `mutation($input: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $input) { fromYear toYear } }`;
    const shorter = await boss.client.error(UPDATE, { input: { id: plan.id, toYear: 2026 } });
    expect(shorter.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.toYear' });
    const reversed = await boss.client.withLocale('en').error(UPDATE, { input: { id: plan.id, fromYear: 2028 } });
    expect(reversed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.toYear' });
    expect((await boss.client.ok<{ updateStrategicPlan: unknown }>(UPDATE, { input: { id: plan.id, fromYear: 2026, toYear: 2028 } })).updateStrategicPlan).toEqual({
      fromYear: 2026,
      toYear: 2028,
    });
  });

  it('shows the plan to everyone of the area, to no one else', async () => {
    const s = strategy(t.db);
    const plan = await s.plan(area);
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    expect((await member.client.ok<{ strategicPlans: { id: string }[] }>(`{ strategicPlans { id } }`)).strategicPlans.map((p) => p.id)).toContain(plan.id);
    const anonymous = await t.anonymous(area.slug).error(TREE, { id: plan.id });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    const otherArea = await t.fixtures.area();
    const stranger = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    expect((await stranger.client.ok<Tree>(TREE, { id: plan.id })).strategicPlan).toBeNull();
    expect((await stranger.client.withArea(area.slug).error(TREE, { id: plan.id })).extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same number of SQL statements for 20 and for 500 measures', async () => {
    const FULL = `query($id: ID!) { strategicPlan(id: $id) { priorities { number goals { number measures {
      number title state targetGroups fromYear toYear canEdit totalCost
      responsibleOrganisation { name } partners { name } proposingGroups { name } proposedBy { fullName }
      costs { year source amount } indicators { name unit baseline target }
      history { fromState toState reason changedAt changedBy { fullName } }
      activities { number title } } } } } }`;

    /** An area with a plan of 4 priorities × 5 goals and `count` measures spread over them, each fully filled in. */
    const planWith = async (count: number) => {
      const home = await t.fixtures.area();
      const group = await t.fixtures.group(home);
      const viewer = await t.fixtures.groupCoordinator(home, group);
      const organisation = await t.fixtures.organisation(home);
      const s = strategy(t.db);
      const plan = await s.plan(home);
      const goals: GoalEntity[] = [];
      for (let p = 0; p < 4; p += 1) {
        const priority = await s.priority(plan);
        for (let g = 0; g < 5; g += 1) goals.push(await s.goal(priority));
      }
      const rows = Array.from({ length: count }, (_, i) => ({
        areaId: home.id,
        planId: plan.id,
        goalId: goals[i % goals.length]!.id,
        position: Math.floor(i / goals.length) + 1,
        title: `Opatření ${i}`,
        targetGroups: ['senioři'],
        responsibleOrganisationId: organisation.id,
        fromYear: 2025,
        toYear: 2026,
        state: MeasureState.PROPOSED,
        proposedById: viewer.person.id,
      }));
      const inserted = await t.db.getRepository(MeasureEntity).insert(rows);
      const ids = inserted.identifiers.map((row) => row['id'] as string);
      await t.db.getRepository(MeasurePartnerEntity).insert(ids.map((measureId) => ({ measureId, organisationId: organisation.id })));
      await t.db.getRepository(MeasureProposerEntity).insert(ids.map((measureId) => ({ measureId, groupId: group.id })));
      await t.db.getRepository(MeasureCostEntity).insert(ids.map((measureId) => ({ measureId, year: 2025, source: FundingSource.MUNICIPALITY, amountMinor: '100000' })));
      await t.db.getRepository(MeasureIndicatorEntity).insert(ids.map((measureId) => ({ measureId, position: 1, name: 'klienti', unit: 'osoby', baseline: '10', target: '20' })));
      await t.db.getRepository(MeasureStateChangeEntity).insert(ids.map((measureId) => ({ measureId, fromState: null, toState: MeasureState.PROPOSED, changedById: viewer.person.id, reason: '' })));
      for (const id of ids.slice(0, Math.min(ids.length, 40))) {
        await s.activity({ id, areaId: home.id, planId: plan.id } as MeasureEntity);
      }
      return { plan, viewer };
    };

    const countFor = async ({ plan, viewer }: Awaited<ReturnType<typeof planWith>>) => {
      await viewer.client.ok(`{ me { account { id } } }`); // warm the session so both runs start alike
      const before = t.queryCount;
      const data = await viewer.client.ok<{ strategicPlan: { priorities: { goals: { measures: { canEdit: boolean; number: string; totalCost: string }[] }[] }[] } }>(FULL, { id: plan.id });
      const statements = t.queryCount - before;
      const measures = data.strategicPlan.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures));
      expect(measures.every((m) => m.canEdit && m.totalCost === '1000.00')).toBe(true);
      return { statements, measures: measures.length, last: measures[measures.length - 1]!.number };
    };

    const twenty = await countFor(await planWith(20));
    const fiveHundred = await countFor(await planWith(500));
    console.log('SQL statements for the whole strategy tree: 20 measures →', twenty.statements, '; 500 measures →', fiveHundred.statements);
    expect([twenty.measures, fiveHundred.measures]).toEqual([20, 500]);
    expect(fiveHundred.last).toBe('4.5.25');
    expect(fiveHundred.statements).toBe(twenty.statements);
  });

  it('lets a group coordinator see but not reshape the plan', async () => {
    const s = strategy(t.db);
    const plan = await s.plan(area);
    const group = await t.fixtures.group(area);
    const lead = await t.fixtures.user(area);
    await t.fixtures.membership(group, lead.person, GroupRole.COORDINATOR);
    const refused = await lead.client.error(`mutation($input: CreatePriorityInput!) { createPriority(input: $input) { id } }`, { input: { planId: plan.id, title: 'X' } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM strategy_priorities WHERE plan_id = $1`, [plan.id])).toEqual([{ n: 0 }]);
  });
});
