import { EntityManager, In } from 'typeorm';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanState, ActionPlanVersionState } from '../action-plans/action-plan.enums';
import { copyMeasures, insertCopies } from '../action-plans/measure-copy';
import { ApprovalRoundEntity } from '../approvals/approval-round.entity';
import { ApprovalResult } from '../approvals/approval.enums';
import { MeasureCostEntity } from '../measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { MonitoringReminderEntity } from '../monitoring/monitoring-reminder.entity';
import { ProgressState } from '../monitoring/monitoring.enums';
import { ProgressIndicatorValueEntity, ProgressReportEntity, ProgressSpendingEntity } from '../monitoring/progress-report.entity';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { CouncilResolutionEntity, ResolutionOutcome } from '../publication/council-resolution.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';

const DAY = 86_400_000;
/** States of the reports in turn; every fifth measure is left without a report (so "missing" has rows). */
const STATES = [ProgressState.FULFILLED, ProgressState.PARTLY_FULFILLED, ProgressState.FULFILLED, ProgressState.IN_PROGRESS, ProgressState.NOT_FULFILLED];
const NARRATIVES: Record<ProgressState, string> = {
  [ProgressState.FULFILLED]: 'Opatření bylo v roce splněno v plném rozsahu; služba pracuje v plánované kapacitě.',
  [ProgressState.PARTLY_FULFILLED]: 'Opatření bylo splněno částečně: personál se podařilo doplnit až ve druhém pololetí.',
  [ProgressState.IN_PROGRESS]: 'Opatření pokračuje podle harmonogramu; dokončení je plánováno na příští rok.',
  [ProgressState.NOT_FULFILLED]: 'Opatření se nepodařilo splnit: dotace kraje nebyla přiznána, hledáme jiný zdroj.',
};

/** Exact decimal text scaled to ten-thousandths (indicator values have at most four places). */
const scaled = (text: string): bigint => {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 10_000n + BigInt((fraction + '0000').slice(0, 4));
  return negative ? -value : value;
};
const unscaled = (value: bigint): string => {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const fraction = (abs % 10_000n).toString().padStart(4, '0').replace(/0+$/, '');
  return `${sign}${abs / 10_000n}${fraction ? `.${fraction}` : ''}`;
};

/**
 * The demo city's action plan for the first year of its medium-term plan (last year), approved by
 * the participants and the council, with progress reports of the responsible organisations on most
 * of its measures, so that monitoring and the yearly evaluation have something to show. Written in
 * the demo's transaction; nothing when the plan's period starts this year.
 */
export async function loadDemoMonitoring(
  tx: EntityManager,
  options: { areaId: string; strategicPlan: Pick<StrategicPlanEntity, 'id' | 'fromYear'>; coordinatorId: string; now: Date },
): Promise<void> {
  const { areaId, strategicPlan, coordinatorId, now } = options;
  const year = strategicPlan.fromYear;
  if (year >= now.getFullYear()) return;
  const approvedAt = new Date(Date.UTC(year, 0, 20, 10));
  const plan = await tx.getRepository(ActionPlanEntity).save({
    areaId,
    strategicPlanId: strategicPlan.id,
    year,
    title: `Akční plán sociálních služeb města Plzně na rok ${year}`,
    state: ActionPlanState.APPROVED,
    approvedAt,
    publishedAt: null,
  });
  const version = await tx.getRepository(ActionPlanVersionEntity).save({
    areaId,
    actionPlanId: plan.id,
    number: 1,
    state: ActionPlanVersionState.ISSUED,
    issuedAt: new Date(approvedAt.getTime() - 40 * DAY),
    issuedById: coordinatorId,
    changeNote: 'Verze ke schválení.',
  });
  const copies = await copyMeasures(tx, areaId, strategicPlan.id, year);
  await insertCopies(tx, version.id, copies);
  await tx.getRepository(ApprovalRoundEntity).insert({
    areaId,
    versionId: version.id,
    title: 'Schválení akčního plánu',
    opensAt: new Date(approvedAt.getTime() - 30 * DAY),
    closesAt: new Date(approvedAt.getTime() - 20 * DAY),
    quorumPercent: 50,
    approvalPercent: 50,
    closedAt: new Date(approvedAt.getTime() - 20 * DAY),
    closedById: coordinatorId,
    result: ApprovalResult.APPROVED,
    eligibleCount: 0,
    createdById: coordinatorId,
  });
  await tx.getRepository(CouncilResolutionEntity).insert({
    areaId,
    actionPlanId: plan.id,
    versionId: version.id,
    body: 'Zastupitelstvo města Plzně',
    number: `ZMP 12/${year}`,
    decidedOn: approvedAt.toISOString().slice(0, 10),
    outcome: ResolutionOutcome.APPROVED,
    note: '',
    recordedById: coordinatorId,
  });

  const measureIds = copies.map((copy) => copy.measureId);
  if (!measureIds.length) return;
  const responsible = new Map(copies.map((copy) => [copy.measureId, copy.responsibleOrganisationName]));
  const costs = await tx.getRepository(MeasureCostEntity).findBy({ measureId: In(measureIds), year });
  const indicators = await tx.getRepository(MeasureIndicatorEntity).findBy({ measureId: In(measureIds) });
  const memberships = await tx.getRepository(OrganisationMembershipEntity).findBy({ areaId });
  const organisationOf: { measure_id: string; organisation_id: string | null }[] = await tx.query(
    `SELECT id AS measure_id, responsible_organisation_id AS organisation_id FROM measures WHERE id = ANY($1::uuid[])`,
    [measureIds],
  );
  // The organisations of the demo's log-ins (other than the coordinator's) have not reported yet: who
  // logs in as them finds reports to make on "my reports", and the coordinator finds them missing.
  const loginOrganisations: { organisation_id: string }[] = await tx.query(
    `SELECT DISTINCT om.organisation_id FROM organisation_memberships om JOIN people p ON p.id = om.person_id
      WHERE p.area_id = $1 AND p.account_id IS NOT NULL
        AND om.organisation_id NOT IN (SELECT organisation_id FROM organisation_memberships WHERE person_id = $2)`,
    [areaId, coordinatorId],
  );
  const waiting = new Set(loginOrganisations.map((row) => row.organisation_id));
  const reports = measureIds.flatMap((measureId, index) => {
    const organisationId = organisationOf.find((row) => row.measure_id === measureId)?.organisation_id;
    if (index % 5 === 4 || !responsible.get(measureId) || (organisationId && waiting.has(organisationId))) return [];
    const state = STATES[index % STATES.length]!;
    const reporter = memberships.find((membership) => membership.organisationId === organisationId)?.personId ?? coordinatorId;
    const submittedAt = new Date(Date.UTC(year + 1, 0, 10 + (index % 15), 9));
    return [{ areaId, measureId, year, state, narrative: NARRATIVES[state], revision: 1, submittedAt, submittedById: reporter, updatedAt: submittedAt, updatedById: reporter }];
  });
  // The coordinator has reminded one of them already.
  const reminded = organisationOf.find((row) => row.organisation_id && waiting.has(row.organisation_id))?.organisation_id;
  if (reminded) {
    await tx.getRepository(MonitoringReminderEntity).insert({
      areaId,
      actionPlanId: plan.id,
      year,
      organisationId: reminded,
      measureIds: organisationOf.filter((row) => row.organisation_id === reminded).map((row) => row.measure_id),
      remindedById: coordinatorId,
      createdAt: new Date(now.getTime() - 3 * DAY),
    });
  }
  if (!reports.length) return;
  const saved = await tx.getRepository(ProgressReportEntity).insert(reports);
  const ids = saved.identifiers.map((identifier) => identifier['id'] as string);
  // Spent: 80–100 % of what was planned from each source; indicators: part of the way from the baseline to the target.
  const spending = reports.flatMap((report, index) =>
    costs
      .filter((cost) => cost.measureId === report.measureId)
      .map((cost) => ({ reportId: ids[index]!, source: cost.source, amountMinor: ((BigInt(cost.amountMinor) * BigInt(80 + ((index * 7) % 21))) / 100n).toString() })),
  );
  const share: Record<ProgressState, bigint> = {
    [ProgressState.FULFILLED]: 10n,
    [ProgressState.PARTLY_FULFILLED]: 6n,
    [ProgressState.IN_PROGRESS]: 4n,
    [ProgressState.NOT_FULFILLED]: 1n,
  };
  const values = reports.flatMap((report, index) =>
    indicators
      .filter((indicator) => indicator.measureId === report.measureId)
      .map((indicator) => {
        const baseline = scaled(indicator.baseline ?? '0');
        const value = baseline + ((scaled(indicator.target) - baseline) * share[report.state]) / 10n;
        return { reportId: ids[index]!, indicatorId: indicator.id, value: unscaled(value) };
      }),
  );
  if (spending.length) await tx.getRepository(ProgressSpendingEntity).insert(spending);
  if (values.length) await tx.getRepository(ProgressIndicatorValueEntity).insert(values);
}
