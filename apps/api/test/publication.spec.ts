import { ActionPlanEntity } from '../src/action-plans/action-plan.entity';
import { ActionPlanState } from '../src/action-plans/action-plan.enums';
import { AreaEntity } from '../src/areas/area.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { CouncilResolutionEntity } from '../src/publication/council-resolution.entity';
import { approvalFixtures } from './approval-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';

const RECORD = `mutation($input: RecordCouncilResolutionInput!) { recordCouncilResolution(input: $input) { id body number decidedOn outcome note versionId } }`;
const PUBLISH = `mutation($actionPlanId: ID!) { publishActionPlan(actionPlanId: $actionPlanId) { id state publishedAt } }`;
const COUNCIL = `query($actionPlanId: ID!) { actionPlanCouncil(actionPlanId: $actionPlanId) {
  actionPlan { id state approvedAt publishedAt } approvedVersion { id number } resolutions { number outcome } canRecord canPublish } }`;
const PUBLISHED_LIST = `query($areaSlug: String!) { publishedActionPlans(areaSlug: $areaSlug) { id title year publishedAt resolution { number } } }`;
const PUBLISHED = `query($areaSlug: String!, $id: ID!) { publishedActionPlan(areaSlug: $areaSlug, id: $id) {
  id title year approvedAt publishedAt versionNumber
  resolution { body number decidedOn outcome note }
  sections { kind position title body }
  measures { number priorityTitle goalTitle title description responsibleOrganisationName fromYear toYear costs { year source amount } indicators { name unit baseline target } }
} }`;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).format(new Date());

describe('council resolution and publication', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let clerk: User;
  let member: User;
  let a: ReturnType<typeof approvalFixtures>;

  beforeAll(async () => {
    t = await TestApp.start();
    a = approvalFixtures(t.db);
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    clerk = await t.fixtures.user(area, [AreaRole.COUNCIL_CLERK]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  const input = (actionPlanId: string, versionId: string, overrides: Record<string, unknown> = {}) => ({
    actionPlanId,
    versionId,
    body: 'Zastupitelstvo města Plzně',
    number: 'ZMP 123/2026',
    decidedOn: today(),
    outcome: 'APPROVED',
    note: 'Schváleno bez připomínek.',
    ...overrides,
  });
  const planState = async (id: string) => t.db.getRepository(ActionPlanEntity).findOneByOrFail({ id });

  it('records the approving resolution on the approved version: the plan is approved, with an audit line', async () => {
    const { plan, version } = await a.awaitingCouncil(area);
    expect((await clerk.client.ok<{ actionPlanCouncil: unknown }>(COUNCIL, { actionPlanId: plan.id })).actionPlanCouncil).toMatchObject({
      actionPlan: { state: 'AWAITING_COUNCIL' },
      approvedVersion: { id: version.id, number: 1 },
      resolutions: [],
      canRecord: true,
      canPublish: false,
    });
    expect((await member.client.ok<{ actionPlanCouncil: { canRecord: boolean } }>(COUNCIL, { actionPlanId: plan.id })).actionPlanCouncil.canRecord).toBe(false);

    const recorded = (await clerk.client.ok<{ recordCouncilResolution: Record<string, unknown> }>(RECORD, { input: input(plan.id, version.id) })).recordCouncilResolution;
    expect(recorded).toMatchObject({ number: 'ZMP 123/2026', outcome: 'APPROVED', versionId: version.id, decidedOn: today() });
    const after = await planState(plan.id);
    expect(after.state).toBe(ActionPlanState.APPROVED);
    expect(after.approvedAt).not.toBeNull();
    const lines = await t.db.getRepository(AuditEntryEntity).findBy({ subjectId: plan.id, action: 'councilResolution.recorded' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ actorId: clerk.person.id, details: { outcome: 'APPROVED', from: 'AWAITING_COUNCIL', to: 'APPROVED', number: 'ZMP 123/2026' } });

    // Decided: no second resolution.
    expect((await clerk.client.error(RECORD, { input: input(plan.id, version.id) })).extensions?.code).toBe('CONFLICT');
  });

  it('moves the plan as the outcome says: not approved, or returned to drafting', async () => {
    const rejected = await a.awaitingCouncil(area);
    await coordinator.client.ok(RECORD, { input: input(rejected.plan.id, rejected.version.id, { outcome: 'NOT_APPROVED', note: '' }) });
    expect((await planState(rejected.plan.id)).state).toBe(ActionPlanState.NOT_APPROVED);
    expect((await planState(rejected.plan.id)).approvedAt).toBeNull();

    const returned = await a.awaitingCouncil(area);
    await clerk.client.ok(RECORD, { input: input(returned.plan.id, returned.version.id, { outcome: 'RETURNED' }) });
    expect((await planState(returned.plan.id)).state).toBe(ActionPlanState.DRAFT);
    expect(await t.db.getRepository(CouncilResolutionEntity).countBy({ actionPlanId: returned.plan.id })).toBe(1);
  });

  it('refuses a plan not waiting for the council, another version than the approved one, and a date in the future', async () => {
    const drafting = await a.issuedPlan(area);
    expect((await clerk.client.error(RECORD, { input: input(drafting.plan.id, drafting.version.id) })).extensions?.code).toBe('CONFLICT');

    const { plan, version } = await a.awaitingCouncil(area);
    const other = await a.version(plan);
    const wrong = await clerk.client.error(RECORD, { input: input(plan.id, other.id) });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.versionId' });

    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    const future = await clerk.client.error(RECORD, { input: input(plan.id, version.id, { decidedOn: tomorrow }) });
    expect(future.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
    expect(future.message).toContain('budoucnosti');

    const blank = await clerk.client.error(RECORD, { input: input(plan.id, version.id, { number: '  ' }) });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
    expect((await planState(plan.id)).state).toBe(ActionPlanState.AWAITING_COUNCIL);
    expect(await t.db.getRepository(CouncilResolutionEntity).countBy({ actionPlanId: plan.id })).toBe(0);
  });

  it('publishes only an approved plan; the public reads it without logging in, with sections, measures and the resolution', async () => {
    const town = await t.fixtures.area({ slug: `mesto-${Date.now()}` });
    const boss = await t.fixtures.user(town, [AreaRole.COORDINATOR]);
    const waiting = await a.awaitingCouncil(town);
    expect((await boss.client.error(PUBLISH, { actionPlanId: waiting.plan.id })).extensions?.code).toBe('CONFLICT');

    const older = await a.approved(town, 'ZM 5/2025');
    const newer = await a.approved(town, 'ZM 7/2026');
    expect((await boss.client.ok<{ actionPlanCouncil: { canPublish: boolean } }>(COUNCIL, { actionPlanId: older.plan.id })).actionPlanCouncil.canPublish).toBe(true);
    const anonymous = t.anonymous();
    expect((await anonymous.ok<{ publishedActionPlans: unknown[] }>(PUBLISHED_LIST, { areaSlug: town.slug })).publishedActionPlans).toEqual([]);

    const first = (await boss.client.ok<{ publishActionPlan: { publishedAt: string } }>(PUBLISH, { actionPlanId: older.plan.id })).publishActionPlan;
    const again = (await boss.client.ok<{ publishActionPlan: { publishedAt: string } }>(PUBLISH, { actionPlanId: older.plan.id })).publishActionPlan;
    expect(again.publishedAt).toBe(first.publishedAt);
    await boss.client.ok(PUBLISH, { actionPlanId: newer.plan.id });
    expect(await t.db.getRepository(AuditEntryEntity).countBy({ subjectId: older.plan.id, action: 'actionPlan.published' })).toBe(1);

    const list = (await anonymous.ok<{ publishedActionPlans: { id: string; resolution: { number: string } }[] }>(PUBLISHED_LIST, { areaSlug: town.slug })).publishedActionPlans;
    expect(list.map((p) => [p.id, p.resolution.number])).toEqual([
      [newer.plan.id, 'ZM 7/2026'],
      [older.plan.id, 'ZM 5/2025'],
    ]);

    const plan = (await anonymous.ok<{ publishedActionPlan: Record<string, unknown> }>(PUBLISHED, { areaSlug: town.slug, id: older.plan.id })).publishedActionPlan;
    expect(plan).toMatchObject({
      id: older.plan.id,
      versionNumber: 1,
      resolution: { number: 'ZM 5/2025', outcome: 'APPROVED', decidedOn: '2026-01-15' },
      sections: [
        { kind: 'INTRODUCTION', position: 1, title: 'Úvod' },
        { kind: 'BUDGET_SUMMARY', position: 2, title: 'Rozpočet' },
      ],
      measures: [
        { number: '1.1.1', title: 'Opatření 1', costs: [{ year: 2026, source: 'MUNICIPALITY', amount: '1250000.10' }], indicators: [{ name: 'Počet klientů', baseline: '120', target: '150' }] },
        { number: '1.1.2', title: 'Odlehčovací služba' },
      ],
    });

    // Another area's slug, an unpublished plan, and the unknown: nothing.
    expect((await anonymous.ok<{ publishedActionPlan: unknown }>(PUBLISHED, { areaSlug: area.slug, id: older.plan.id })).publishedActionPlan).toBeNull();
    expect((await anonymous.ok<{ publishedActionPlan: unknown }>(PUBLISHED, { areaSlug: town.slug, id: waiting.plan.id })).publishedActionPlan).toBeNull();
    expect((await anonymous.ok<{ publishedActionPlans: unknown[] }>(PUBLISHED_LIST, { areaSlug: 'nikde' })).publishedActionPlans).toEqual([]);
  });

  it('reads many published plans with a fixed number of queries', async () => {
    const town = await t.fixtures.area();
    const boss = await t.fixtures.user(town, [AreaRole.COORDINATOR]);
    const LIST = `query($areaSlug: String!) { publishedActionPlans(areaSlug: $areaSlug) { id versionNumber resolution { number } sections { title } measures { title costs { amount } } } }`;
    const count = async () => {
      const before = t.queryCount;
      await t.anonymous().ok(LIST, { areaSlug: town.slug });
      return t.queryCount - before;
    };
    const publishOne = async () => boss.client.ok(PUBLISH, { actionPlanId: (await a.approved(town)).plan.id });
    await publishOne();
    const one = await count();
    for (let i = 0; i < 4; i += 1) await publishOne();
    expect(await count()).toBe(one);
  });
});
