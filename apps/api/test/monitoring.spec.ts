import JSZip from 'jszip';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { AreaEntity } from '../src/areas/area.entity';
import { MeasureStateChangeEntity } from '../src/measures/measure-state-change.entity';
import { FundingSource, MeasureState } from '../src/measures/measure.enums';
import { MeasureEntity } from '../src/measures/measure.entity';
import { ProgressReportEntity } from '../src/monitoring/progress-report.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { DEMO_AREA_SLUG, loadDemoData } from '../src/demo/demo-data';
import { MonitoringService } from '../src/monitoring/monitoring.service';
import { TestApp } from './harness';
import { monitoring, MonitoredPlan, THIS_YEAR } from './monitoring-fixtures';
import { inflatePdf, pdfPages, plain } from './pdf-text';

const SAVE = `mutation($input: SaveProgressReportInput!) {
  saveProgressReport(input: $input) { id revision state narrative submittedAt spending { source amount } indicatorValues { indicatorId value } }
}`;
const OVERVIEW = `query($actionPlanId: ID!) { monitoringOverview(actionPlanId: $actionPlanId) {
  year measures { measureId title status organisationName report { state narrative revision } }
  organisations { organisationId name measureCount submittedCount missingCount lastReminder { createdAt remindedByName measureIds } }
} }`;
const MINE = `query($actionPlanId: ID!) { myProgressReports(actionPlanId: $actionPlanId) {
  year measures { measureId title status indicators { id name target } plannedCosts { source amount } report { revision } }
  reminders { organisationName remindedByName measureIds createdAt }
} }`;
const EVALUATION = `query($actionPlanId: ID!) { monitoringEvaluation(actionPlanId: $actionPlanId) {
  year measureCount notReportedCount stateCounts { state count } measures { title state }
  indicators { name baseline target value percentOfTarget } money { source planned spent } plannedTotal spentTotal
} }`;
const REMIND = `mutation($input: RemindOrganisationInput!) { remindOrganisation(input: $input) { id year measureIds organisationName } }`;

interface Saved {
  saveProgressReport: { id: string; revision: number; state: string; submittedAt: string | null; spending: { source: string; amount: string }[] };
}

describe('monitoring: progress reports, missing reports, reminders and the yearly evaluation', () => {
  let t: TestApp;
  let m: ReturnType<typeof monitoring>;
  let area: AreaEntity;
  let coordinator: User;

  beforeAll(async () => {
    t = await TestApp.start();
    m = monitoring(t.db);
    area = await t.fixtures.area({ name: 'Statutární město Plzeň' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  /** An approved plan (one per year in the area) with one measure of `organisation`, and a person of it. */
  async function aReporter(options: { adopted?: boolean; year?: number } = {}) {
    const monitored = await m.approvedPlan(area, options);
    const organisation = await t.fixtures.organisation(area, { name: `Diakonie ${monitored.plan.year}-${Math.random().toString(36).slice(2, 6)}` });
    const measure = await m.measure(monitored, organisation, { title: 'Terénní pečovatelská služba' });
    const reporter = await t.fixtures.user(area, [AreaRole.PROVIDER]);
    await t.fixtures.organisationMembership(organisation, reporter.person);
    const indicatorId = (await t.db.query(`SELECT id FROM measure_indicators WHERE measure_id = $1`, [measure.id]))[0].id as string;
    return { monitored, organisation, measure, reporter, indicatorId };
  }

  const input = (measure: MeasureEntity, indicatorId: string, overrides: Record<string, unknown> = {}) => ({
    measureId: measure.id,
    year: THIS_YEAR,
    revision: null,
    state: 'FULFILLED',
    narrative: 'Služba rozšířena o dva pečovatele.',
    spending: [{ source: 'MUNICIPALITY', amount: '1000000.05' }, { source: 'EU_FUNDS', amount: '250000' }],
    indicatorValues: [{ indicatorId, value: '130' }],
    submit: true,
    ...overrides,
  });

  it('a person of the responsible organisation reports; the coordinator sees it and the evaluation adds it up exactly', async () => {
    const { monitored, measure, reporter, indicatorId, organisation } = await aReporter();
    await m.measure(monitored, organisation, { title: 'Odlehčovací služba', indicators: [], costs: [{ source: FundingSource.REGION, amount: '300000' }] });

    const mine = await reporter.client.ok<{ myProgressReports: { measures: { title: string; status: string; indicators: { target: string }[]; plannedCosts: { amount: string }[] }[] } }>(
      MINE,
      { actionPlanId: monitored.plan.id },
    );
    expect(mine.myProgressReports.measures.map((x) => [x.title, x.status])).toEqual([
      ['Terénní pečovatelská služba', 'MISSING'],
      ['Odlehčovací služba', 'MISSING'],
    ]);
    expect(mine.myProgressReports.measures[0]!.plannedCosts).toEqual([{ source: 'MUNICIPALITY', amount: '1250000.10' }]);

    const draft = await reporter.client.ok<Saved>(SAVE, { input: input(measure, indicatorId, { submit: false, narrative: '' }) });
    expect(draft.saveProgressReport).toMatchObject({ revision: 1, submittedAt: null });
    let overview = await coordinator.client.ok<{ monitoringOverview: { measures: { title: string; status: string }[]; organisations: { missingCount: number }[] } }>(OVERVIEW, {
      actionPlanId: monitored.plan.id,
    });
    expect(overview.monitoringOverview.measures.map((x) => x.status)).toEqual(['DRAFT', 'MISSING']);

    const submitted = await reporter.client.ok<Saved>(SAVE, { input: input(measure, indicatorId, { revision: 1 }) });
    expect(submitted.saveProgressReport.revision).toBe(2);
    expect(submitted.saveProgressReport.submittedAt).not.toBeNull();
    expect(submitted.saveProgressReport.spending).toEqual(
      expect.arrayContaining([{ source: 'MUNICIPALITY', amount: '1000000.05' }, { source: 'EU_FUNDS', amount: '250000.00' }]),
    );
    overview = await coordinator.client.ok(OVERVIEW, { actionPlanId: monitored.plan.id });
    expect(overview.monitoringOverview.measures.map((x) => x.status)).toEqual(['SUBMITTED', 'MISSING']);
    expect(overview.monitoringOverview.organisations).toEqual([expect.objectContaining({ measureCount: 2, submittedCount: 1, missingCount: 1, lastReminder: null })]);

    const evaluation = (await coordinator.client.ok<{ monitoringEvaluation: Record<string, unknown> }>(EVALUATION, { actionPlanId: monitored.plan.id })).monitoringEvaluation;
    expect(evaluation).toEqual({
      year: THIS_YEAR,
      measureCount: 2,
      notReportedCount: 1,
      stateCounts: [
        { state: 'IN_PROGRESS', count: 0 },
        { state: 'FULFILLED', count: 1 },
        { state: 'PARTLY_FULFILLED', count: 0 },
        { state: 'NOT_FULFILLED', count: 0 },
      ],
      measures: [
        { title: 'Terénní pečovatelská služba', state: 'FULFILLED' },
        { title: 'Odlehčovací služba', state: null },
      ],
      indicators: [{ name: 'Počet klientů', baseline: '120', target: '150', value: '130', percentOfTarget: '86.7' }],
      money: [
        { source: 'MUNICIPALITY', planned: '1250000.10', spent: '1000000.05' },
        { source: 'REGION', planned: '300000.00', spent: '0.00' },
        { source: 'EU_FUNDS', planned: '0.00', spent: '250000.00' },
      ],
      plannedTotal: '1550000.10',
      spentTotal: '1250000.05',
    });

    // Every save is in the audit log with what it said.
    const audit = await t.db.getRepository(AuditEntryEntity).find({ where: { subjectId: draft.saveProgressReport.id }, order: { createdAt: 'ASC' } });
    expect(audit.map((entry) => entry.action)).toEqual(['progressReport.saved', 'progressReport.submitted']);
    expect(audit[1]!.details).toMatchObject({ revision: 2, state: 'FULFILLED', spending: { MUNICIPALITY: '1000000.05' }, previous: { state: 'FULFILLED' } });
  });

  it('submitting moves the measure through its lifecycle once the strategic plan is adopted, and not before', async () => {
    const adopted = await aReporter({ year: THIS_YEAR - 8 });
    await adopted.reporter.client.ok(SAVE, { input: input(adopted.measure, adopted.indicatorId, { year: THIS_YEAR - 8 }) });
    expect((await t.db.getRepository(MeasureEntity).findOneByOrFail({ id: adopted.measure.id })).state).toBe(MeasureState.FULFILLED);
    const history = await t.db.getRepository(MeasureStateChangeEntity).find({ where: { measureId: adopted.measure.id }, order: { changedAt: 'ASC' } });
    expect(history.map((change) => change.toState)).toEqual([MeasureState.ACCEPTED, MeasureState.IN_PROGRESS, MeasureState.FULFILLED]);
    expect(history[2]!.changedById).toBe(adopted.reporter.person.id);

    const draft = await aReporter({ adopted: false, year: THIS_YEAR - 1 });
    await draft.reporter.client.ok(SAVE, { input: input(draft.measure, draft.indicatorId, { year: THIS_YEAR - 1 }) });
    expect((await t.db.getRepository(MeasureEntity).findOneByOrFail({ id: draft.measure.id })).state).toBe(MeasureState.ACCEPTED);
  });

  it('lets only the responsible organisation\'s current people and the coordinator report, in this area only', async () => {
    const { monitored, measure, indicatorId, organisation } = await aReporter({ year: THIS_YEAR - 2 });
    const variables = { input: input(measure, indicatorId, { year: THIS_YEAR - 2, submit: false }) };
    const otherOrganisation = await t.fixtures.user(area, [AreaRole.PROVIDER]);
    await t.fixtures.organisationMembership(await t.fixtures.organisation(area), otherOrganisation.person);
    const former = await t.fixtures.user(area, [AreaRole.PROVIDER]);
    await t.fixtures.organisationMembership(organisation, former.person, { since: '2020-01-01', until: '2024-12-31' });
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const elsewhere = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
    for (const client of [otherOrganisation.client, former.client, member.client, elsewhere.client, elsewhere.client.withArea(area.slug)]) {
      expect((await client.error(SAVE, variables)).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.db.getRepository(ProgressReportEntity).countBy({ measureId: measure.id })).toBe(0);
    const saved = await coordinator.client.ok<Saved>(SAVE, variables);
    expect(saved.saveProgressReport.revision).toBe(1);
    // The other organisation's person does not see the measure among theirs.
    const theirs = await otherOrganisation.client.ok<{ myProgressReports: { measures: unknown[] } }>(MINE, { actionPlanId: monitored.plan.id });
    expect(theirs.myProgressReports.measures).toEqual([]);
    // Only the coordinator sees the overview.
    expect((await member.client.error(OVERVIEW, { actionPlanId: monitored.plan.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await elsewhere.client.withArea(area.slug).error(EVALUATION, { actionPlanId: monitored.plan.id })).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a stale save with CONFLICT and keeps the first one', async () => {
    const { measure, reporter, indicatorId, organisation } = await aReporter({ year: THIS_YEAR - 3 });
    const colleague = await t.fixtures.user(area, [AreaRole.PROVIDER]);
    await t.fixtures.organisationMembership(organisation, colleague.person);
    const base = input(measure, indicatorId, { year: THIS_YEAR - 3, submit: false });
    await reporter.client.ok(SAVE, { input: base });
    await reporter.client.ok(SAVE, { input: { ...base, revision: 1, narrative: 'První oprava.' } });
    const stale = await colleague.client.error(SAVE, { input: { ...base, revision: 1, narrative: 'Zastaralá verze.' } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.revision', theirs: { revision: 2, updatedByName: reporter.person.fullName } });
    const second = await colleague.client.error(SAVE, { input: { ...base, narrative: 'Nové hlášení.' } });
    expect(second.extensions?.code).toBe('CONFLICT');
    expect((await t.db.getRepository(ProgressReportEntity).findOneByOrFail({ measureId: measure.id })).narrative).toBe('První oprava.');
  });

  it('names the field at fault and stores nothing for bad input', async () => {
    const { measure, reporter, indicatorId } = await aReporter({ year: THIS_YEAR - 4 });
    const base = input(measure, indicatorId, { year: THIS_YEAR - 4 });
    const cases: [Record<string, unknown>, string][] = [
      [{ narrative: '  ' }, 'input.narrative'],
      [{ indicatorValues: [] }, 'input.indicatorValues'],
      [{ spending: [{ source: 'STATE', amount: '12,50' }] }, 'input.spending.0.amount'],
      [{ spending: [{ source: 'STATE', amount: '1' }, { source: 'STATE', amount: '2' }] }, 'input.spending.1.source'],
      [{ indicatorValues: [{ indicatorId, value: 'hodně' }] }, 'input.indicatorValues.0.value'],
      [{ indicatorValues: [{ indicatorId: measure.id, value: '1' }] }, 'input.indicatorValues.0.indicatorId'],
      [{ year: THIS_YEAR + 1 }, 'input.year'],
      [{ year: THIS_YEAR - 5 }, 'input.year'],
    ];
    for (const [overrides, field] of cases) {
      const error = await reporter.client.withLocale('en').error(SAVE, { input: { ...base, ...overrides } });
      expect({ field, code: error.extensions?.code, message: typeof error.message }).toEqual({ field: error.extensions?.field, code: 'BAD_USER_INPUT', message: 'string' });
    }
    const narrative = await reporter.client.withLocale('en').error(SAVE, { input: { ...base, narrative: '' } });
    expect(narrative.message).toBe('Describe what was done in the year before submitting.');
    expect(await t.db.getRepository(ProgressReportEntity).countBy({ measureId: measure.id })).toBe(0);
  });

  it('lists what is missing per organisation, reminds it, and shows the reminder to its people', async () => {
    const { monitored, measure, reporter, indicatorId, organisation } = await aReporter({ year: THIS_YEAR - 6 });
    const second = await m.measure(monitored, organisation, { title: 'Sociální šatník' });
    await reporter.client.ok(SAVE, { input: input(measure, indicatorId, { year: THIS_YEAR - 6 }) });

    const reminded = await coordinator.client.ok<{ remindOrganisation: { year: number; measureIds: string[]; organisationName: string } }>(REMIND, {
      input: { actionPlanId: monitored.plan.id, organisationId: organisation.id },
    });
    expect(reminded.remindOrganisation).toMatchObject({ year: THIS_YEAR - 6, measureIds: [second.id], organisationName: organisation.name });

    const overview = await coordinator.client.ok<{ monitoringOverview: { organisations: { missingCount: number; lastReminder: { remindedByName: string } | null }[] } }>(
      OVERVIEW,
      { actionPlanId: monitored.plan.id },
    );
    expect(overview.monitoringOverview.organisations).toEqual([
      expect.objectContaining({ missingCount: 1, lastReminder: expect.objectContaining({ remindedByName: coordinator.person.fullName, measureIds: [second.id] }) }),
    ]);
    const mine = await reporter.client.ok<{ myProgressReports: { reminders: { organisationName: string; measureIds: string[] }[] } }>(MINE, { actionPlanId: monitored.plan.id });
    expect(mine.myProgressReports.reminders).toEqual([expect.objectContaining({ organisationName: organisation.name, measureIds: [second.id] })]);

    // Nothing missing any more: nothing to remind of.
    const secondIndicator = (await t.db.query(`SELECT id FROM measure_indicators WHERE measure_id = $1`, [second.id]))[0].id as string;
    await reporter.client.ok(SAVE, { input: input(second, secondIndicator, { year: THIS_YEAR - 6, state: 'PARTLY_FULFILLED' }) });
    const nothing = await coordinator.client.error(REMIND, { input: { actionPlanId: monitored.plan.id, organisationId: organisation.id } });
    expect(nothing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    expect(await t.db.getRepository(AuditEntryEntity).countBy({ action: 'monitoring.reminded', subjectId: organisation.id })).toBe(1);
  });

  describe('the yearly evaluation report (DOCX, PDF)', () => {
    let monitored: MonitoredPlan;
    let member: User;
    const url = (format: 'docx' | 'pdf', year = monitored.plan.year, slug = area.slug) => `/api/action-plans/${monitored.plan.id}/evaluation/${year}.${format}?area=${slug}`;

    beforeAll(async () => {
      const world = await aReporter({ year: THIS_YEAR - 7 });
      monitored = world.monitored;
      await world.reporter.client.ok(SAVE, { input: input(world.measure, world.indicatorId, { year: THIS_YEAR - 7, state: 'PARTLY_FULFILLED' }) });
      member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    });

    it('holds the figures in Word, in the requester\'s language', async () => {
      const response = await coordinator.client.get(url('docx'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="komplan-hodnoceni-${THIS_YEAR - 7}.docx"`);
      const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
      const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
      expect(body).toContain(`Hodnoticí zpráva za rok ${THIS_YEAR - 7}`);
      expect(body).toContain('částečně splněno');
      expect(body).toContain('86,7 %');
      expect(body).toContain('1\u00a0000\u00a0000,05');
      expect(body).toContain('1\u00a0250\u00a0000,05');
    });

    it('holds the same figures in PDF for a member, in English', async () => {
      const response = await member.client.withLocale('en').get(url('pdf'));
      expect(response.status).toBe(200);
      const text = pdfPages(inflatePdf(Buffer.from(await response.arrayBuffer()))).map(plain).join('\n').replace(/\s+/g, ' ');
      expect(text).toContain(`Evaluation report for ${THIS_YEAR - 7}`);
      expect(text).toContain('partly fulfilled');
      expect(text).toContain('1,000,000.05');
      expect(text).toContain('130');
    });

    it('is not there for another year, a provider or another area', async () => {
      expect((await coordinator.client.get(url('pdf', THIS_YEAR))).status).toBe(404);
      const provider = await t.fixtures.user(area, [AreaRole.PROVIDER]);
      expect((await provider.client.get(url('docx'))).status).toBe(403);
      const otherArea = await t.fixtures.area();
      const elsewhere = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR]);
      expect((await elsewhere.client.get(url('docx', monitored.plan.year, otherArea.slug))).status).toBe(403);
      expect((await elsewhere.client.get(url('docx'))).status).toBe(403);
      expect((await t.anonymous().get(url('docx'))).status).toBe(401);
    });
  });

  it('has no plans to monitor until the council approves one', async () => {
    const fresh = await t.fixtures.area();
    const boss = await t.fixtures.user(fresh, [AreaRole.COORDINATOR]);
    expect(await boss.client.ok(`{ monitoringPlans { id } }`)).toEqual({ monitoringPlans: [] });
    const approved = await m.approvedPlan(fresh);
    expect(await boss.client.ok(`{ monitoringPlans { id year } }`)).toEqual({ monitoringPlans: [{ id: approved.plan.id, year: THIS_YEAR }] });
  });

  it('gives the demo city last year\'s plan with reports on most of its measures', async () => {
    await loadDemoData(t.db);
    const [demo] = (await t.db.query(`SELECT a.id AS area_id, p.id AS plan_id FROM areas a JOIN action_plans p ON p.area_id = a.id AND p.state = 'APPROVED' WHERE a.slug = $1`, [
      DEMO_AREA_SLUG,
    ])) as { area_id: string; plan_id: string }[];
    const evaluation = await t.app.get(MonitoringService).evaluation(demo!.area_id, demo!.plan_id);
    expect(evaluation.year).toBe(new Date().getFullYear() - 1);
    expect(evaluation.measureCount).toBeGreaterThan(3);
    expect(evaluation.notReportedCount).toBeGreaterThan(0);
    expect(evaluation.notReportedCount).toBeLessThan(evaluation.measureCount / 2);
    expect(evaluation.indicators.some((indicator) => indicator.value !== null)).toBe(true);
    expect(evaluation.spentTotal).not.toBe('0.00');
  });
});
