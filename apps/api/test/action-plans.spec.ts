import { ActionPlanMeasureEntity } from '../src/action-plans/action-plan-measure.entity';
import { AreaEntity } from '../src/areas/area.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { SettlementOutcome } from '../src/comments/comment.enums';
import { CommentEntity } from '../src/comments/comment.entity';
import { MeasureCostEntity } from '../src/measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../src/measures/measure-indicator.entity';
import { MeasurePartnerEntity, MeasureProposerEntity } from '../src/measures/measure-links.entity';
import { FundingSource, MeasureState } from '../src/measures/measure.enums';
import { MeasureEntity } from '../src/measures/measure.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { GoalEntity } from '../src/strategy/goal.entity';
import { PlanStatus } from '../src/strategy/strategy.enums';
import { commentOn, createActionPlan, issueVersion, PLAN_FIELDS, PlanView } from './action-plan-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';
import { strategy } from './strategy-fixtures';

const SAVE = `mutation($input: UpdateActionPlanSectionInput!) { updateActionPlanSection(input: $input) { id title body revision updatedBy { fullName } } }`;
const PLAN = `query($id: ID!) { actionPlan(id: $id) { ${PLAN_FIELDS} latestIssued { id number } } }`;
const DIFF = `query($from: ID!, $to: ID!) { actionPlanDiff(fromVersionId: $from, toVersionId: $to) {
  sections { lineageId status from { title } to { title } fields { field changed segments { kind text } reasons { commentId excerpt outcome field versionNumber } } reasons { commentId } }
  measures { measureId status to { number title } fields { field changed segments { kind text } reasons { commentId excerpt outcome } } reasons { commentId } } } }`;

interface DiffView {
  actionPlanDiff: {
    sections: {
      lineageId: string;
      status: string;
      from: { title: string } | null;
      to: { title: string } | null;
      fields: { field: string; changed: boolean; segments: { kind: string; text: string }[]; reasons: { commentId: string; excerpt: string; outcome: string; field: string | null; versionNumber: number }[] }[];
      reasons: { commentId: string }[];
    }[];
    measures: {
      measureId: string;
      status: string;
      to: { number: string; title: string } | null;
      fields: { field: string; changed: boolean; segments: { kind: string; text: string }[]; reasons: { commentId: string; excerpt: string; outcome: string }[] }[];
      reasons: { commentId: string }[];
    }[];
  };
}

describe('action plans: versions, sections, measure copies and the diff', () => {
  let t: TestApp;
  let area: AreaEntity;
  let boss: User;
  let member: User;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  // One action plan per year and area: every test has an area of its own.
  beforeEach(async () => {
    area = await t.fixtures.area();
    boss = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  /** A medium-term plan 2025–2027 with measures in every relevant state and timeline. */
  async function strategicPlan(home = area) {
    const s = strategy(t.db);
    const plan = await s.plan(home, { status: PlanStatus.ADOPTED, adoptedAt: new Date() });
    const seniors = await s.priority(plan, 'Senioři doma');
    const care = await s.goal(seniors, 'Dostupná pečovatelská služba');
    const respite = await s.goal(seniors, 'Odlehčení pečujícím');
    const families = await s.priority(plan, 'Rodiny s dětmi');
    const counselling = await s.goal(families, 'Poradenství');
    const accepted = await s.measure(care, { title: 'Pečovatelská služba o víkendech', state: MeasureState.ACCEPTED, fromYear: 2025, toYear: 2027 });
    const proposed = await s.measure(care, { title: 'Jen navrženo', state: MeasureState.PROPOSED, fromYear: 2026, toYear: 2026 });
    const inProgress = await s.measure(respite, { title: 'Terénní odlehčovací služba', state: MeasureState.IN_PROGRESS, fromYear: 2026, toYear: 2026 });
    const rejected = await s.measure(respite, { title: 'Zamítnuto', state: MeasureState.REJECTED, fromYear: 2026, toYear: 2026 });
    const past = await s.measure(respite, { title: 'Skončilo loni', state: MeasureState.ACCEPTED, fromYear: 2025, toYear: 2025 });
    const fulfilled = await s.measure(counselling, { title: 'Rodinná poradna', state: MeasureState.FULFILLED, fromYear: 2025, toYear: 2026 });
    // The same names in every plan of the area (they are unique in an area).
    const organisation = (await t.db.getRepository(OrganisationEntity).findOneBy({ areaId: home.id, name: 'Diakonie Plzeň' })) ?? (await t.fixtures.organisation(home, { name: 'Diakonie Plzeň' }));
    const partner = (await t.db.getRepository(OrganisationEntity).findOneBy({ areaId: home.id, name: 'Charita Plzeň' })) ?? (await t.fixtures.organisation(home, { name: 'Charita Plzeň' }));
    const group = (await t.db.getRepository(WorkingGroupEntity).findOneBy({ areaId: home.id, name: 'Senioři' })) ?? (await t.fixtures.group(home, { name: 'Senioři' }));
    await t.db.getRepository(MeasureEntity).update({ id: accepted.id }, { responsibleOrganisationId: organisation.id, description: 'Péče i v sobotu a neděli.', rationale: 'Rodiny to potřebují.' });
    await t.db.getRepository(MeasurePartnerEntity).insert({ measureId: accepted.id, organisationId: partner.id });
    await t.db.getRepository(MeasureProposerEntity).insert({ measureId: accepted.id, groupId: group.id });
    await t.db.getRepository(MeasureCostEntity).insert([
      { measureId: accepted.id, year: 2025, source: FundingSource.MUNICIPALITY, amountMinor: '10000050' },
      { measureId: accepted.id, year: 2026, source: FundingSource.REGION, amountMinor: '25000000' },
    ]);
    await t.db.getRepository(MeasureIndicatorEntity).insert({ measureId: accepted.id, position: 1, name: 'klienti', unit: 'osoby', baseline: '10', target: '25.5' });
    await s.activity(accepted, 'Nábor pečovatelek');
    return { s, plan, care, respite, counselling, accepted, proposed, inProgress, rejected, past, fulfilled };
  }

  it('starts version 1 as a draft with the default sections in the requester\'s language and the eligible measures in strategy order', async () => {
    const { plan, accepted, inProgress, fulfilled } = await strategicPlan();
    const created = await createActionPlan(boss.client, plan.id, 2026, 'Akční plán 2026');
    expect(created.versions).toEqual([{ id: created.draft!.id, number: 1, state: 'DRAFT' }]);
    expect(created.draft!.sections.map((s) => [s.kind, s.position, s.title, s.body, s.revision])).toEqual([
      ['INTRODUCTION', 1, 'Úvod', '', 1],
      ['ANALYSIS', 2, 'Analýza potřeb a sítě služeb', '', 1],
      ['BUDGET_SUMMARY', 3, 'Souhrn rozpočtu', '', 1],
      ['IMPLEMENTATION', 4, 'Realizace a monitoring', '', 1],
    ]);
    // Accepted, in progress and fulfilled whose timeline covers 2026; not proposed, rejected, or over by 2025.
    expect(created.draft!.measures.map((m) => [m.measureId, m.number, m.title])).toEqual([
      [accepted.id, '1.1.1', 'Pečovatelská služba o víkendech'],
      [inProgress.id, '1.2.1', 'Terénní odlehčovací služba'],
      [fulfilled.id, '2.1.1', 'Rodinná poradna'],
    ]);

    const copy = await member.client.ok<{ actionPlan: { draft: { measures: Record<string, unknown>[] } } }>(
      `query($id: ID!) { actionPlan(id: $id) { draft { measures { number priorityTitle goalTitle responsibleOrganisationName partnerNames proposingGroupNames
        fromYear toYear measureState description rationale totalCost yearCost costs { year source amount } indicators { name unit baseline target } activities { number title } } } } }`,
      { id: created.id },
    );
    expect(copy.actionPlan.draft.measures[0]).toEqual({
      number: '1.1.1',
      priorityTitle: '1 Senioři doma',
      goalTitle: '1.1 Dostupná pečovatelská služba',
      responsibleOrganisationName: 'Diakonie Plzeň',
      partnerNames: ['Charita Plzeň'],
      proposingGroupNames: ['Senioři'],
      fromYear: 2025,
      toYear: 2027,
      measureState: 'ACCEPTED',
      description: 'Péče i v sobotu a neděli.',
      rationale: 'Rodiny to potřebují.',
      totalCost: '350000.50',
      yearCost: '250000.00',
      // Every cost of the timeline, not only the plan's year.
      costs: [
        { year: 2025, source: 'MUNICIPALITY', amount: '100000.50' },
        { year: 2026, source: 'REGION', amount: '250000.00' },
      ],
      indicators: [{ name: 'klienti', unit: 'osoby', baseline: '10', target: '25.5' }],
      activities: [{ number: '1.1.1.1', title: 'Nábor pečovatelek' }],
    });

    const list = await member.client.ok<{ actionPlans: { id: string; year: number }[] }>(`{ actionPlans { id year } }`);
    expect(list.actionPlans.map((p) => p.id)).toContain(created.id);
  });

  it('names the default sections in Polish for a Polish requester, and refuses a year outside the period or taken', async () => {
    const { plan } = await strategicPlan();
    const polish = await createActionPlan(boss.client.withLocale('pl'), plan.id, 2027);
    expect(polish.draft!.sections.map((s) => s.title)).toEqual(['Wprowadzenie', 'Analiza potrzeb i sieci usług', 'Podsumowanie budżetu', 'Realizacja i monitoring']);

    const outside = await boss.client.error(`mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`, {
      input: { strategicPlanId: plan.id, year: 2030, title: 'Mimo období' },
    });
    expect(outside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    expect(outside.message).toContain('2025–2027');
    const taken = await boss.client.error(`mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`, {
      input: { strategicPlanId: plan.id, year: 2027, title: 'Podruhé' },
    });
    expect(taken.extensions?.code).toBe('CONFLICT');
  });

  it('saves a section with its revision; of two saves from the same revision exactly one wins and the other gets both texts', async () => {
    const { plan } = await strategicPlan();
    const first = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER], { fullName: 'Petr První' });
    const second = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER], { fullName: 'Jana Druhá' });
    const created = await createActionPlan(first.client, plan.id, 2026);
    const intro = created.draft!.sections[0]!;

    const saved = await first.client.ok<{ updateActionPlanSection: { revision: number; body: string; updatedBy: { fullName: string } } }>(SAVE, {
      input: { id: intro.id, title: 'Úvod', body: 'První odstavec.', revision: 1 },
    });
    expect(saved.updateActionPlanSection).toMatchObject({ revision: 2, body: 'První odstavec.', updatedBy: { fullName: 'Petr První' } });

    // Both start from revision 2 and save at the same moment.
    const results = await Promise.all([
      first.client.request(SAVE, { input: { id: intro.id, title: 'Úvod', body: 'Znění Petra.', revision: 2 } }),
      second.client.request(SAVE, { input: { id: intro.id, title: 'Úvod', body: 'Znění Jany.', revision: 2 } }),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    const error = lost[0]!.errors![0]! as { message: string; extensions: Record<string, unknown> & { theirs: { body: string; revision: number; updatedByName: string }; yours: { body: string; revision: number } } };
    expect(error.extensions['code']).toBe('CONFLICT');
    expect(error.extensions['field']).toBe('input.revision');
    const stored = (won[0]!.data as { updateActionPlanSection: { body: string } }).updateActionPlanSection.body;
    expect(error.extensions.theirs).toMatchObject({ body: stored, revision: 3 });
    expect(['Petr První', 'Jana Druhá']).toContain(error.extensions.theirs.updatedByName);
    expect(error.extensions.yours.revision).toBe(2);
    expect(error.extensions.yours.body).not.toBe(stored);
    expect(error.message).toContain('někdo jiný');
    const [row] = await t.db.query(`SELECT body, revision FROM action_plan_sections WHERE id = $1`, [intro.id]);
    expect(row).toEqual({ body: stored, revision: 3 });
  });

  it('limits the heading and the text, naming the field in the user\'s language', async () => {
    const { plan } = await strategicPlan();
    const created = await createActionPlan(boss.client, plan.id, 2025);
    const intro = created.draft!.sections[0]!;
    const long = await boss.client.error(SAVE, { input: { id: intro.id, title: 'Úvod', body: 'x'.repeat(100_001), revision: 1 } });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(long.message).toBe('Pole „Text“ může mít nejvýše 100000 znaků.');
    const title = await boss.client.withLocale('en').error(SAVE, { input: { id: intro.id, title: 'T'.repeat(301), body: '', revision: 1 } });
    expect(title.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(title.message).toContain('Title');
    await boss.client.ok(SAVE, { input: { id: intro.id, title: 'Úvod', body: 'ž'.repeat(100_000), revision: 1 } });
  });

  it('adds, moves and removes sections of the draft, keeping positions dense', async () => {
    const { plan } = await strategicPlan();
    const created = await createActionPlan(boss.client, plan.id, 2026);
    const versionId = created.draft!.id;
    const added = await boss.client.ok<{ addActionPlanSection: { id: string; position: number; kind: string } }>(
      `mutation($input: AddActionPlanSectionInput!) { addActionPlanSection(input: $input) { id position kind } }`,
      { input: { versionId, title: 'Seznam zkratek', position: 2 } },
    );
    expect(added.addActionPlanSection).toMatchObject({ position: 2, kind: 'OTHER' });
    await boss.client.ok(`mutation($input: MoveActionPlanSectionInput!) { moveActionPlanSection(input: $input) { id } }`, {
      input: { id: added.addActionPlanSection.id, position: 5 },
    });
    const outline = async () =>
      (await boss.client.ok<{ actionPlan: PlanView }>(PLAN, { id: created.id })).actionPlan.draft!.sections.map((s) => `${s.position} ${s.title}`);
    expect(await outline()).toEqual(['1 Úvod', '2 Analýza potřeb a sítě služeb', '3 Souhrn rozpočtu', '4 Realizace a monitoring', '5 Seznam zkratek']);
    await boss.client.ok(`mutation($id: ID!) { removeActionPlanSection(id: $id) }`, { id: created.draft!.sections[1]!.id });
    expect(await outline()).toEqual(['1 Úvod', '2 Souhrn rozpočtu', '3 Realizace a monitoring', '4 Seznam zkratek']);
  });

  it('issues a version: immutable from then on, audited, and the next draft starts as its copy', async () => {
    const { plan } = await strategicPlan();
    const created = await createActionPlan(boss.client, plan.id, 2026);
    const v1 = created.draft!;
    await boss.client.ok(SAVE, { input: { id: v1.sections[0]!.id, title: 'Úvod', body: 'Text verze 1.', revision: 1 } });
    await issueVersion(boss.client, v1.id, 'První verze k připomínkám');

    const after = (await boss.client.ok<{ actionPlan: PlanView & { latestIssued: { id: string; number: number } } }>(PLAN, { id: created.id })).actionPlan;
    expect(after.versions.map((v) => [v.number, v.state])).toEqual([[1, 'ISSUED'], [2, 'DRAFT']]);
    expect(after.latestIssued).toEqual({ id: v1.id, number: 1 });
    const v2 = after.draft!;
    expect(v2.number).toBe(2);
    expect(v2.sections.map((s) => [s.lineageId, s.title, s.body, s.revision])).toEqual(
      v1.sections.map((s, i) => [s.lineageId, s.title, i === 0 ? 'Text verze 1.' : '', 1]),
    );
    expect(v2.measures.map((m) => m.measureId)).toEqual(v1.measures.map((m) => m.measureId));
    expect(v2.sections.map((s) => s.id)).not.toEqual(v1.sections.map((s) => s.id));

    const issued = await t.db.query(`SELECT state, issued_at IS NOT NULL AS issued, issued_by_id, change_note FROM action_plan_versions WHERE id = $1`, [v1.id]);
    expect(issued).toEqual([{ state: 'ISSUED', issued: true, issued_by_id: boss.person.id, change_note: 'První verze k připomínkám' }]);
    const audit = await t.db.getRepository(AuditEntryEntity).findBy({ subjectId: v1.id });
    expect(audit.map((a) => [a.action, a.subjectType, a.actorId, a.details['number']])).toEqual([['actionPlanVersion.issued', 'ActionPlanVersion', boss.person.id, 1]]);

    // Every edit of the issued version is refused with a clear CONFLICT.
    const edits = [
      boss.client.error(SAVE, { input: { id: v1.sections[0]!.id, title: 'Úvod', body: 'Pozdě.', revision: 2 } }),
      boss.client.error(`mutation($input: AddActionPlanSectionInput!) { addActionPlanSection(input: $input) { id } }`, { input: { versionId: v1.id, title: 'Nový' } }),
      boss.client.error(`mutation($input: MoveActionPlanSectionInput!) { moveActionPlanSection(input: $input) { id } }`, { input: { id: v1.sections[0]!.id, position: 2 } }),
      boss.client.error(`mutation($id: ID!) { removeActionPlanSection(id: $id) }`, { id: v1.sections[0]!.id }),
      boss.client.error(`mutation($id: ID!) { refreshActionPlanMeasures(versionId: $id) { id } }`, { id: v1.id }),
      boss.client.error(`mutation($input: IssueActionPlanVersionInput!) { issueActionPlanVersion(input: $input) { id } }`, { input: { versionId: v1.id, changeNote: '' } }),
    ];
    for (const error of await Promise.all(edits)) {
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toBe('Tato verze je vydaná a už ji nelze měnit. Upravujte rozpracovanou verzi.');
    }
    const [kept] = await t.db.query(`SELECT body FROM action_plan_sections WHERE id = $1`, [v1.sections[0]!.id]);
    expect(kept.body).toBe('Text verze 1.');
  });

  it('refreshes the draft\'s measures: adds newly accepted ones, updates changed ones, drops those no longer eligible', async () => {
    const { plan, care, s, accepted, inProgress, proposed, fulfilled } = await strategicPlan();
    const created = await createActionPlan(boss.client, plan.id, 2026);
    const draft = created.draft!;
    const idOfAccepted = draft.measures.find((m) => m.measureId === accepted.id)!.id;

    await t.db.getRepository(MeasureEntity).update({ id: proposed.id }, { state: MeasureState.ACCEPTED });
    await t.db.getRepository(MeasureEntity).update({ id: accepted.id }, { title: 'Pečovatelská služba i o svátcích' });
    await t.db.getRepository(MeasureEntity).update({ id: inProgress.id }, { state: MeasureState.WITHDRAWN });
    const late = await s.measure(care, { title: 'Nové přijaté', state: MeasureState.ACCEPTED, fromYear: 2026, toYear: 2027 });

    const refreshed = await boss.client.ok<{ refreshActionPlanMeasures: { measures: { id: string; measureId: string; number: string; title: string; position: number }[] } }>(
      `mutation($id: ID!) { refreshActionPlanMeasures(versionId: $id) { measures { id measureId number title position } } }`,
      { id: draft.id },
    );
    expect(refreshed.refreshActionPlanMeasures.measures.map((m) => [m.position, m.number, m.title])).toEqual([
      [1, '1.1.1', 'Pečovatelská služba i o svátcích'],
      [2, '1.1.2', 'Jen navrženo'],
      [3, '1.1.3', 'Nové přijaté'],
      [4, '2.1.1', 'Rodinná poradna'],
    ]);
    expect(refreshed.refreshActionPlanMeasures.measures[0]!.id).toBe(idOfAccepted);
    expect(refreshed.refreshActionPlanMeasures.measures.map((m) => m.measureId)).toEqual([accepted.id, proposed.id, late.id, fulfilled.id]);
  });

  it('diffs two versions per section and per measure field, word by word, and shows the settled comments behind the changes', async () => {
    const { plan, accepted } = await strategicPlan();
    const created = await createActionPlan(boss.client, plan.id, 2026);
    const v1 = created.draft!;
    const [intro, analysis] = v1.sections;
    await boss.client.ok(SAVE, { input: { id: intro!.id, title: 'Úvod', body: 'Plán navazuje na střednědobý plán. Kapacita je 20 lůžek.', revision: 1 } });
    await issueVersion(boss.client, v1.id);
    const v2 = (await boss.client.ok<{ actionPlan: PlanView }>(PLAN, { id: created.id })).actionPlan.draft!;

    // A comment on version 1, settled; another still unsettled; one on a round of another version.
    const settled = await commentOn(t.db, area, { id: v1.id }, { authorId: member.person.id, body: 'Kapacita neodpovídá skutečnosti, má být 25 lůžek.', sectionId: intro!.id });
    const unsettled = await commentOn(t.db, area, { id: v1.id }, { authorId: member.person.id, outcome: null });
    const onDraft = await commentOn(t.db, area, { id: v2.id }, { authorId: member.person.id });

    const v2Intro = v2.sections.find((s) => s.lineageId === intro!.lineageId)!;
    await boss.client.ok(SAVE, { input: { id: v2Intro.id, title: 'Úvod', body: 'Plán navazuje na střednědobý plán. Kapacita je 25 lůžek.', revision: 1 } });
    await boss.client.ok(`mutation($id: ID!) { removeActionPlanSection(id: $id) }`, { id: v2.sections.find((s) => s.lineageId === analysis!.lineageId)!.id });
    await boss.client.ok(`mutation($input: AddActionPlanSectionInput!) { addActionPlanSection(input: $input) { id } }`, { input: { versionId: v2.id, title: 'Přílohy' } });
    await t.db.getRepository(MeasureEntity).update({ id: accepted.id }, { title: 'Pečovatelská služba i o svátcích' });
    await boss.client.ok(`mutation($id: ID!) { refreshActionPlanMeasures(versionId: $id) { id } }`, { id: v2.id });

    const LINK = `mutation($input: LinkChangeInput!) { linkChange(input: $input) { id field commentOutcome commentExcerpt versionNumber } }`;
    const link = (input: Record<string, unknown>) => boss.client.request<{ linkChange: { id: string; field: string; commentOutcome: string; commentExcerpt: string; versionNumber: number } }>(LINK, { input: { versionId: v2.id, ...input } });
    expect((await link({ sectionLineageId: intro!.lineageId, field: 'BODY', commentId: unsettled.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commentId' });
    expect((await link({ sectionLineageId: intro!.lineageId, field: 'BODY', commentId: onDraft.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commentId' });
    expect((await link({ sectionLineageId: intro!.lineageId, measureId: accepted.id, commentId: settled.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sectionLineageId' });
    expect((await link({ sectionLineageId: intro!.lineageId, field: 'COSTS', commentId: settled.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.field' });
    expect((await link({ measureId: intro!.lineageId, commentId: settled.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.measureId' });
    // No previous issued version for version 1 (and it is issued anyway).
    expect((await boss.client.request(LINK, { input: { versionId: v1.id, sectionLineageId: intro!.lineageId, commentId: settled.id } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const made = await link({ sectionLineageId: intro!.lineageId, field: 'BODY', commentId: settled.id });
    expect(made.errors).toBeUndefined();
    expect(made.data?.linkChange).toMatchObject({ field: 'BODY', commentOutcome: 'ACCEPTED', versionNumber: 2, commentExcerpt: 'Kapacita neodpovídá skutečnosti, má být 25 lůžek.' });
    const measureLink = await link({ measureId: accepted.id, field: 'TITLE', commentId: settled.id });
    expect(measureLink.errors).toBeUndefined();

    const diff = (await member.client.ok<DiffView>(DIFF, { from: v1.id, to: v2.id })).actionPlanDiff;
    expect(diff.sections.map((s) => [s.from?.title ?? null, s.to?.title ?? null, s.status])).toEqual([
      ['Úvod', 'Úvod', 'CHANGED'],
      ['Analýza potřeb a sítě služeb', null, 'REMOVED'],
      ['Souhrn rozpočtu', 'Souhrn rozpočtu', 'UNCHANGED'],
      ['Realizace a monitoring', 'Realizace a monitoring', 'UNCHANGED'],
      [null, 'Přílohy', 'ADDED'],
    ]);
    const body = diff.sections[0]!.fields.find((f) => f.field === 'BODY')!;
    expect(body.changed).toBe(true);
    expect(body.segments).toEqual([
      { kind: 'EQUAL', text: 'Plán navazuje na střednědobý plán. Kapacita je ' },
      { kind: 'DELETE', text: '20' },
      { kind: 'INSERT', text: '25' },
      { kind: 'EQUAL', text: ' lůžek.' },
    ]);
    expect(body.reasons).toEqual([{ commentId: settled.id, excerpt: 'Kapacita neodpovídá skutečnosti, má být 25 lůžek.', outcome: 'ACCEPTED', field: 'BODY', versionNumber: 2 }]);
    expect(diff.sections[0]!.fields.find((f) => f.field === 'TITLE')).toMatchObject({ changed: false, reasons: [] });

    const measure = diff.measures.find((m) => m.measureId === accepted.id)!;
    expect(measure.status).toBe('CHANGED');
    const title = measure.fields.find((f) => f.field === 'TITLE')!;
    expect(title.segments).toEqual([
      { kind: 'EQUAL', text: 'Pečovatelská služba ' },
      { kind: 'INSERT', text: 'i ' },
      { kind: 'EQUAL', text: 'o ' },
      { kind: 'DELETE', text: 'víkendech' },
      { kind: 'INSERT', text: 'svátcích' },
    ]);
    expect(title.reasons.map((r) => r.commentId)).toEqual([settled.id]);
    expect(measure.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(['TITLE']);
    expect(diff.measures.filter((m) => m.measureId !== accepted.id).every((m) => m.status === 'UNCHANGED')).toBe(true);

    // The link goes away with unlinkChange; versions of different plans are not compared.
    await boss.client.ok(`mutation($id: ID!) { unlinkChange(id: $id) }`, { id: measureLink.data!.linkChange.id });
    const again = (await member.client.ok<DiffView>(DIFF, { from: v1.id, to: v2.id })).actionPlanDiff;
    expect(again.measures.find((m) => m.measureId === accepted.id)!.reasons).toEqual([]);
    const otherPlan = await createActionPlan(boss.client, plan.id, 2027);
    expect((await member.client.error(DIFF, { from: v1.id, to: otherPlan.draft!.id })).extensions?.code).toBe('BAD_USER_INPUT');
    // The comment body is loaded from the comments table: a hidden comment shows no excerpt.
    await t.db.getRepository(CommentEntity).update({ id: settled.id }, { hiddenAt: new Date() });
    const hidden = (await member.client.ok<DiffView>(DIFF, { from: v1.id, to: v2.id })).actionPlanDiff;
    expect(hidden.sections[0]!.reasons).toEqual([{ commentId: settled.id }]);
    expect(hidden.sections[0]!.fields.find((f) => f.field === 'BODY')!.reasons[0]!.excerpt).toBe('');
    expect(SettlementOutcome.ACCEPTED).toBe('ACCEPTED');
  });

  it('costs the same number of SQL statements for a draft with 20 and with 200 measures', async () => {
    const FULL = `query($id: ID!) { actionPlan(id: $id) { id title year strategicPlan { title } latestIssued { number }
      versions { id number state issuedAt issuedBy { fullName } changeLinks { id commentExcerpt commentOutcome versionNumber } }
      draft { id number state isDraft issuedBy { fullName } actionPlan { title }
        sections { id lineageId kind position title body revision updatedAt updatedBy { fullName } }
        changeLinks { id field commentExcerpt commentOutcome }
        measures { id measureId position number priorityTitle goalTitle title description rationale targetGroups responsibleOrganisationName
          partnerNames proposingGroupNames fromYear toYear measureState totalCost yearCost
          costs { year source amount } indicators { name unit baseline target } activities { number title description } } } } }`;

    const planWith = async (count: number) => {
      const home = await t.fixtures.area();
      const coordinator = await t.fixtures.user(home, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
      const organisation = await t.fixtures.organisation(home);
      const group = await t.fixtures.group(home);
      const s = strategy(t.db);
      const plan = await s.plan(home, { status: PlanStatus.ADOPTED });
      const goals: GoalEntity[] = [];
      for (let p = 0; p < 4; p += 1) {
        const priority = await s.priority(plan);
        for (let g = 0; g < 5; g += 1) goals.push(await s.goal(priority));
      }
      const inserted = await t.db.getRepository(MeasureEntity).insert(
        Array.from({ length: count }, (_, i) => ({
          areaId: home.id, planId: plan.id, goalId: goals[i % goals.length]!.id, position: Math.floor(i / goals.length) + 1, title: `Opatření ${i}`,
          description: 'Popis', rationale: 'Zdůvodnění', targetGroups: ['senioři'], responsibleOrganisationId: organisation.id,
          fromYear: 2025, toYear: 2027, state: MeasureState.ACCEPTED, proposedById: null,
        })),
      );
      const ids = inserted.identifiers.map((row) => row['id'] as string);
      await t.db.getRepository(MeasurePartnerEntity).insert(ids.map((measureId) => ({ measureId, organisationId: organisation.id })));
      await t.db.getRepository(MeasureProposerEntity).insert(ids.map((measureId) => ({ measureId, groupId: group.id })));
      await t.db.getRepository(MeasureCostEntity).insert(ids.map((measureId) => ({ measureId, year: 2026, source: FundingSource.MUNICIPALITY, amountMinor: '100000' })));
      await t.db.getRepository(MeasureIndicatorEntity).insert(ids.map((measureId) => ({ measureId, position: 1, name: 'klienti', unit: 'osoby', baseline: '10', target: '20' })));
      const created = await createActionPlan(coordinator.client, plan.id, 2026);
      await issueVersion(coordinator.client, created.draft!.id);
      return { id: created.id, coordinator };
    };

    const countFor = async ({ id, coordinator }: Awaited<ReturnType<typeof planWith>>) => {
      await coordinator.client.ok(`{ me { account { id } } }`); // warm the session so both runs start alike
      const before = t.queryCount;
      const data = await coordinator.client.ok<{ actionPlan: { draft: { measures: { yearCost: string; number: string }[] } } }>(FULL, { id });
      const statements = t.queryCount - before;
      expect(data.actionPlan.draft.measures.every((m) => m.yearCost === '1000.00')).toBe(true);
      return { statements, measures: data.actionPlan.draft.measures.length, last: data.actionPlan.draft.measures.at(-1)!.number };
    };

    const twenty = await countFor(await planWith(20));
    const twoHundred = await countFor(await planWith(200));
    console.log('SQL statements for the action plan with its draft, sections and measures: 20 measures →', twenty.statements, '; 200 measures →', twoHundred.statements);
    expect([twenty.measures, twoHundred.measures]).toEqual([20, 200]);
    expect(twoHundred.last).toBe('4.5.10');
    expect(twoHundred.statements).toBe(twenty.statements);
    expect(await t.db.getRepository(ActionPlanMeasureEntity).countBy({ areaId: (await t.db.getRepository(AreaEntity).find({ order: { createdAt: 'DESC' }, take: 1 }))[0]!.id })).toBe(400);
  });
});
