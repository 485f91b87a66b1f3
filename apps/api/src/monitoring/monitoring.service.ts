import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanState } from '../action-plans/action-plan.enums';
import { AreaEntity } from '../areas/area.entity';
import { recordAudit } from '../audit/audit-log';
import { badInput, conflict } from '../common/errors/domain.exception';
import { todayIn } from '../common/dates';
import { fromMinorUnits, sumMinorUnits, toMinorUnits } from '../common/money';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { MeasureStateChangeEntity } from '../measures/measure-state-change.entity';
import { FundingSource } from '../measures/measure.enums';
import { MeasureEntity } from '../measures/measure.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { CouncilResolutionEntity, ResolutionOutcome } from '../publication/council-resolution.entity';
import { lockPlan } from '../strategy/ordering';
import { RemindOrganisationInput, SaveProgressReportInput } from './dto/monitoring.inputs';
import { MonitoringEvaluation, MonitoringOverview, MyProgressReports, OrganisationReporting, ReportableMeasure } from './dto/monitoring.types';
import { MonitoringReminderEntity } from './monitoring-reminder.entity';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { MEASURE_STATE_OF, ProgressState, ReportStatus } from './monitoring.enums';
import { ProgressIndicatorValueEntity, ProgressReportEntity, ProgressSpendingEntity } from './progress-report.entity';
import { lifecyclePath } from './report-lifecycle';

/** Who acts: the area (with its time zone) and the person; the rules have made sure of both. */
export interface Actor {
  area: AreaEntity;
  personId: string;
}

/** An approved action plan and the version the council approved (whose measures are reported on). */
export interface MonitoredPlan {
  plan: ActionPlanEntity;
  versionId: string;
}

interface MeasureRow {
  measure_id: string;
  number: string;
  title: string;
  organisation_id: string | null;
  organisation_name: string | null;
}

const SOURCES = Object.values(FundingSource);

/**
 * Monitoring of approved action plans: the responsible organisations report progress on each
 * measure for the plan's year (a draft until submitted; only submitted reports count), the
 * coordinator sees what is missing and reminds organisations, and the yearly evaluation is made
 * from the submitted reports.
 */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Approved action plans of the area, newest year first. */
  approvedPlans(areaId: string): Promise<ActionPlanEntity[]> {
    return this.db.getRepository(ActionPlanEntity).find({ where: { areaId, state: ActionPlanState.APPROVED }, order: { year: 'DESC' } });
  }

  /** The plan of this area if the council approved it, with the approved version; BAD_USER_INPUT on `field` otherwise. */
  async monitoredPlan(manager: EntityManager, areaId: string, where: { id: string } | { year: number }, field: string): Promise<MonitoredPlan> {
    const plan = await manager.getRepository(ActionPlanEntity).findOneBy({ ...where, areaId });
    const resolution =
      plan?.state === ActionPlanState.APPROVED
        ? await manager
            .getRepository(CouncilResolutionEntity)
            .findOne({ where: { actionPlanId: plan.id, outcome: ResolutionOutcome.APPROVED }, order: { createdAt: 'DESC' } })
        : null;
    if (!plan || !resolution) throw badInput(field, 'monitoring.planNotApproved');
    return { plan, versionId: resolution.versionId };
  }

  /** The measures of the approved version (of the given organisations only, when named), with their reports for the plan's year. */
  async reportableMeasures(manager: EntityManager, monitored: MonitoredPlan, organisationIds?: readonly string[]): Promise<ReportableMeasure[]> {
    const { plan, versionId } = monitored;
    const rows: MeasureRow[] = await manager.query(
      `SELECT apm.measure_id, apm.number, apm.title, m.responsible_organisation_id AS organisation_id, o.name AS organisation_name
         FROM action_plan_measures apm
         JOIN measures m ON m.id = apm.measure_id
         LEFT JOIN organisations o ON o.id = m.responsible_organisation_id
        WHERE apm.version_id = $1 AND apm.area_id = $2 AND ($3::uuid[] IS NULL OR m.responsible_organisation_id = ANY($3::uuid[]))
        ORDER BY apm.position`,
      [versionId, plan.areaId, organisationIds ? [...organisationIds] : null],
    );
    const reports = rows.length
      ? await manager.getRepository(ProgressReportEntity).findBy({ areaId: plan.areaId, year: plan.year, measureId: In(rows.map((row) => row.measure_id)) })
      : [];
    const byMeasure = new Map(reports.map((report) => [report.measureId, report]));
    return rows.map((row) => {
      const report = byMeasure.get(row.measure_id) ?? null;
      return {
        measureId: row.measure_id,
        year: plan.year,
        number: row.number,
        title: row.title,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        status: !report ? ReportStatus.MISSING : report.submittedAt ? ReportStatus.SUBMITTED : ReportStatus.DRAFT,
        report,
      };
    });
  }

  /** The coordinator's overview: every measure and, per responsible organisation, what is missing and the last reminder. */
  async overview(areaId: string, actionPlanId: string): Promise<MonitoringOverview> {
    const monitored = await this.monitoredPlan(this.db.manager, areaId, { id: actionPlanId }, 'actionPlanId');
    const measures = await this.reportableMeasures(this.db.manager, monitored);
    const organisationIds = [...new Set(measures.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))];
    const reminders = organisationIds.length
      ? await this.db
          .getRepository(MonitoringReminderEntity)
          .createQueryBuilder('r')
          .distinctOn(['r.organisationId'])
          .where('r.actionPlanId = :planId AND r.areaId = :areaId', { planId: actionPlanId, areaId })
          .orderBy('r.organisationId')
          .addOrderBy('r.createdAt', 'DESC')
          .getMany()
      : [];
    const organisations = new Map<string, OrganisationReporting>();
    for (const measure of measures) {
      if (!measure.organisationId) continue;
      const entry = organisations.get(measure.organisationId) ?? {
        organisationId: measure.organisationId,
        name: measure.organisationName ?? '',
        measureCount: 0,
        submittedCount: 0,
        missingCount: 0,
        lastReminder: reminders.find((r) => r.organisationId === measure.organisationId) ?? null,
      };
      entry.measureCount += 1;
      if (measure.status === ReportStatus.SUBMITTED) entry.submittedCount += 1;
      else entry.missingCount += 1;
      organisations.set(measure.organisationId, entry);
    }
    return {
      actionPlan: monitored.plan,
      year: monitored.plan.year,
      measures,
      organisations: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name, 'cs')),
    };
  }

  /** Organisations of the area the person currently represents (a membership covering today). */
  async representedOrganisations(manager: EntityManager, areaId: string, personId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await manager.query(
      `SELECT DISTINCT organisation_id FROM organisation_memberships
        WHERE person_id = $1 AND area_id = $2 AND since <= CURRENT_DATE AND (until IS NULL OR until >= CURRENT_DATE)`,
      [personId, areaId],
    );
    return rows.map((row) => row.organisation_id);
  }

  /** The viewer's own measures for the plan's year (those of the organisations they represent) and the reminders those got. */
  async mine(areaId: string, personId: string, actionPlanId: string): Promise<MyProgressReports> {
    const monitored = await this.monitoredPlan(this.db.manager, areaId, { id: actionPlanId }, 'actionPlanId');
    const organisationIds = await this.representedOrganisations(this.db.manager, areaId, personId);
    const measures = await this.reportableMeasures(this.db.manager, monitored, organisationIds);
    const reminders = organisationIds.length
      ? await this.db.getRepository(MonitoringReminderEntity).find({
          where: { areaId, actionPlanId, organisationId: In(organisationIds) },
          order: { createdAt: 'DESC' },
          take: 20,
        })
      : [];
    return { actionPlan: monitored.plan, year: monitored.plan.year, measures, reminders };
  }

  /**
   * Saves the report on a measure for a year. The measure must be in the approved version of the
   * year's action plan and the year must have begun. The save names the revision it started from
   * (a stale save is a CONFLICT naming who saved since). Submitting needs a narrative and a value
   * for every indicator; a submitted report stays submitted (corrections are saved and audited),
   * and moves the measure's state as far as the lifecycle table allows.
   */
  save(actor: Actor, input: SaveProgressReportInput): Promise<ProgressReportEntity> {
    const areaId = actor.area.id;
    return this.db.transaction(async (tx) => {
      const measure = await tx.getRepository(MeasureEntity).findOneBy({ id: input.measureId, areaId });
      if (!measure) throw badInput('input.measureId', 'unknownMeasure');
      if (String(input.year) > todayIn(actor.area.timezone).slice(0, 4)) throw badInput('input.year', 'monitoring.yearNotStarted', { year: input.year });
      const monitored = await this.monitoredPlan(tx, areaId, { year: input.year }, 'input.year').catch(() => {
        throw badInput('input.year', 'monitoring.measureNotInYear', { year: input.year });
      });
      const inVersion: unknown[] = await tx.query(`SELECT 1 FROM action_plan_measures WHERE version_id = $1 AND measure_id = $2`, [monitored.versionId, measure.id]);
      if (!inVersion.length) throw badInput('input.year', 'monitoring.measureNotInYear', { year: input.year });

      const spending = this.spendingRows(input);
      const indicators = await tx.getRepository(MeasureIndicatorEntity).find({ where: { measureId: measure.id }, order: { position: 'ASC' } });
      const values = this.indicatorRows(input, indicators);

      const reports = tx.getRepository(ProgressReportEntity);
      const existing = await reports.findOne({ where: { measureId: measure.id, year: input.year }, lock: { mode: 'pessimistic_write' } });
      if (existing ? existing.revision !== input.revision : input.revision != null) {
        throw await this.conflict(tx, existing);
      }
      const wasSubmitted = existing?.submittedAt != null;
      const submitting = input.submit || wasSubmitted;
      if (submitting) {
        if (input.narrative.trim() === '') throw badInput('input.narrative', 'monitoring.narrativeRequired');
        const missing = indicators.find((indicator) => !values.some((value) => value.indicatorId === indicator.id));
        if (missing) throw badInput('input.indicatorValues', 'monitoring.indicatorValueRequired', { name: missing.name });
      }

      const now = new Date();
      const fields = {
        state: input.state,
        narrative: input.narrative,
        updatedAt: now,
        updatedById: actor.personId,
        submittedAt: existing?.submittedAt ?? (submitting ? now : null),
        submittedById: existing?.submittedById ?? (submitting ? actor.personId : null),
      };
      let report: ProgressReportEntity;
      if (existing) {
        await reports.update({ id: existing.id }, { ...fields, revision: existing.revision + 1 });
        report = reports.create({ ...existing, ...fields, revision: existing.revision + 1 });
      } else {
        // Two first saves at once: the unique key lets one in; the other is told somebody saved first.
        const inserted = await tx
          .createQueryBuilder()
          .insert()
          .into(ProgressReportEntity)
          .values({ areaId, measureId: measure.id, year: input.year, revision: 1, ...fields })
          .orIgnore()
          .returning('id')
          .execute();
        if (!inserted.raw.length) throw await this.conflict(tx, await reports.findOneBy({ measureId: measure.id, year: input.year }));
        report = await reports.findOneByOrFail({ id: (inserted.raw as { id: string }[])[0]!.id });
      }
      const previous = existing
        ? {
            state: existing.state,
            spending: await tx.getRepository(ProgressSpendingEntity).findBy({ reportId: existing.id }),
            indicatorValues: await tx.getRepository(ProgressIndicatorValueEntity).findBy({ reportId: existing.id }),
          }
        : null;
      await tx.getRepository(ProgressSpendingEntity).delete({ reportId: report.id });
      await tx.getRepository(ProgressIndicatorValueEntity).delete({ reportId: report.id });
      if (spending.length) await tx.getRepository(ProgressSpendingEntity).insert(spending.map((row) => ({ ...row, reportId: report.id })));
      if (values.length) await tx.getRepository(ProgressIndicatorValueEntity).insert(values.map((row) => ({ ...row, reportId: report.id })));

      const newlySubmitted = submitting && !wasSubmitted;
      await recordAudit(tx, {
        areaId,
        actorId: actor.personId,
        action: newlySubmitted ? 'progressReport.submitted' : 'progressReport.saved',
        subjectType: 'progress_report',
        subjectId: report.id,
        details: {
          measureId: measure.id,
          year: input.year,
          revision: report.revision,
          submitted: submitting,
          state: input.state,
          narrative: input.narrative,
          spending: Object.fromEntries(spending.map((row) => [row.source, fromMinorUnits(row.amountMinor)])),
          indicatorValues: Object.fromEntries(values.map((row) => [row.indicatorId, row.value])),
          previous: previous && {
            state: previous.state,
            spending: Object.fromEntries(previous.spending.map((row) => [row.source, fromMinorUnits(row.amountMinor)])),
            indicatorValues: Object.fromEntries(previous.indicatorValues.map((row) => [row.indicatorId, row.value])),
          },
        },
      });
      if (submitting) await this.advanceMeasure(tx, measure, input.state, actor.personId);
      return report;
    });
  }

  /**
   * Reminds an organisation of the reports it still owes for the plan's year (measures it is
   * responsible for without a submitted report), and records who reminded it of which measures.
   * The notification to the organisation's people is sent from here too (notifications module).
   */
  remind(actor: Actor, input: RemindOrganisationInput): Promise<MonitoringReminderEntity> {
    const areaId = actor.area.id;
    return this.db.transaction(async (tx) => {
      const monitored = await this.monitoredPlan(tx, areaId, { id: input.actionPlanId }, 'input.actionPlanId');
      if (!(await tx.getRepository(OrganisationEntity).existsBy({ id: input.organisationId, areaId }))) {
        throw badInput('input.organisationId', 'unknownOrganisation');
      }
      const measures = await this.reportableMeasures(tx, monitored, [input.organisationId]);
      if (!measures.length) throw badInput('input.organisationId', 'monitoring.notResponsible');
      const missing = measures.filter((measure) => measure.status !== ReportStatus.SUBMITTED);
      if (!missing.length) throw badInput('input.organisationId', 'monitoring.nothingMissing');
      const reminders = tx.getRepository(MonitoringReminderEntity);
      const reminder = await reminders.save(
        reminders.create({
          areaId,
          actionPlanId: monitored.plan.id,
          year: monitored.plan.year,
          organisationId: input.organisationId,
          measureIds: missing.map((measure) => measure.measureId),
          remindedById: actor.personId,
        }),
      );
      await recordAudit(tx, {
        areaId,
        actorId: actor.personId,
        action: 'monitoring.reminded',
        subjectType: 'organisation',
        subjectId: input.organisationId,
        details: { actionPlanId: monitored.plan.id, year: monitored.plan.year, measureIds: reminder.measureIds },
      });
      await this.notifyOrganisation(tx, reminder);
      return reminder;
    });
  }

  /** Tells the organisation's current members about a reminder (each reminder is news of its own). */
  private async notifyOrganisation(tx: EntityManager, reminder: MonitoringReminderEntity): Promise<void> {
    const organisation = await tx.getRepository(OrganisationEntity).findOneByOrFail({ id: reminder.organisationId });
    const members: { person_id: string }[] = await tx.query(
      `SELECT DISTINCT person_id FROM organisation_memberships
        WHERE organisation_id = $1 AND since <= CURRENT_DATE AND (until IS NULL OR until >= CURRENT_DATE)`,
      [reminder.organisationId],
    );
    await this.notifications.notify(tx, {
      areaId: reminder.areaId,
      kind: NotificationKind.PROGRESS_REMINDER,
      recipientIds: members.map((member) => member.person_id),
      actorId: reminder.remindedById,
      subjectType: NotificationSubject.MONITORING_REMINDER,
      subjectId: reminder.id,
      key: `progress-reminder:${reminder.id}`,
      params: { organisation: organisation.name, count: String(reminder.measureIds.length), year: String(reminder.year) },
    });
  }

  /** The yearly evaluation of an approved plan from the submitted reports: states, indicators against targets, money planned vs spent. */
  async evaluation(areaId: string, actionPlanId: string, field = 'actionPlanId'): Promise<MonitoringEvaluation> {
    const manager = this.db.manager;
    const monitored = await this.monitoredPlan(manager, areaId, { id: actionPlanId }, field);
    const { plan, versionId } = monitored;
    const measures = await this.reportableMeasures(manager, monitored);
    const stateOf = (m: ReportableMeasure): ProgressState | null => (m.status === ReportStatus.SUBMITTED ? m.report!.state : null);
    const indicatorRows: {
      id: string;
      number: string;
      measure_title: string;
      name: string;
      unit: string;
      baseline: string | null;
      target: string;
      value: string | null;
      percent: string | null;
    }[] = await manager.query(
      `SELECT i.id, apm.number, apm.title AS measure_title, i.name, i.unit, i.baseline::text AS baseline, i.target::text AS target,
              v.value::text AS value,
              CASE WHEN v.value IS NOT NULL AND i.target <> 0 THEN round(v.value * 100 / i.target, 1)::text END AS percent
         FROM action_plan_measures apm
         JOIN measure_indicators i ON i.measure_id = apm.measure_id
         LEFT JOIN progress_reports r ON r.measure_id = apm.measure_id AND r.year = $3 AND r.submitted_at IS NOT NULL
         LEFT JOIN progress_indicator_values v ON v.report_id = r.id AND v.indicator_id = i.id
        WHERE apm.version_id = $1 AND apm.area_id = $2
        ORDER BY apm.position, i.position`,
      [versionId, areaId, plan.year],
    );
    const moneyRows: { source: FundingSource; planned: string; spent: string }[] = await manager.query(
      `WITH planned AS (
         SELECT c.source, sum(c.amount_minor) AS amount FROM action_plan_measures apm
           JOIN measure_costs c ON c.measure_id = apm.measure_id AND c.year = $3
          WHERE apm.version_id = $1 AND apm.area_id = $2 GROUP BY c.source),
       spent AS (
         SELECT s.source, sum(s.amount_minor) AS amount FROM action_plan_measures apm
           JOIN progress_reports r ON r.measure_id = apm.measure_id AND r.year = $3 AND r.submitted_at IS NOT NULL
           JOIN progress_report_spending s ON s.report_id = r.id
          WHERE apm.version_id = $1 AND apm.area_id = $2 GROUP BY s.source)
       SELECT coalesce(p.source, s.source) AS source, coalesce(p.amount, 0)::text AS planned, coalesce(s.amount, 0)::text AS spent
         FROM planned p FULL JOIN spent s ON s.source = p.source`,
      [versionId, areaId, plan.year],
    );
    const money = SOURCES.flatMap((source) => {
      const row = moneyRows.find((r) => r.source === source);
      return row ? [{ source, planned: fromMinorUnits(row.planned), spent: fromMinorUnits(row.spent) }] : [];
    });
    return {
      actionPlanId: plan.id,
      planTitle: plan.title,
      year: plan.year,
      measureCount: measures.length,
      notReportedCount: measures.filter((m) => stateOf(m) === null).length,
      stateCounts: Object.values(ProgressState).map((state) => ({ state, count: measures.filter((m) => stateOf(m) === state).length })),
      measures: measures.map((m) => ({ measureId: m.measureId, number: m.number, title: m.title, organisationName: m.organisationName, state: stateOf(m) })),
      indicators: indicatorRows.map((row) => ({
        indicatorId: row.id,
        measureNumber: row.number,
        measureTitle: row.measure_title,
        name: row.name,
        unit: row.unit,
        baseline: row.baseline,
        target: row.target,
        value: row.value,
        percentOfTarget: row.percent,
      })),
      money,
      plannedTotal: fromMinorUnits(sumMinorUnits(moneyRows.map((r) => r.planned))),
      spentTotal: fromMinorUnits(sumMinorUnits(moneyRows.map((r) => r.spent))),
    };
  }

  private spendingRows(input: SaveProgressReportInput): { source: FundingSource; amountMinor: string }[] {
    const seen = new Set<FundingSource>();
    return input.spending.map((line, index) => {
      if (seen.has(line.source)) throw badInput(`input.spending.${index}.source`, 'monitoring.duplicateSource');
      seen.add(line.source);
      return { source: line.source, amountMinor: toMinorUnits(line.amount, `input.spending.${index}.amount`) };
    });
  }

  private indicatorRows(input: SaveProgressReportInput, indicators: readonly MeasureIndicatorEntity[]): { indicatorId: string; value: string }[] {
    const seen = new Set<string>();
    return input.indicatorValues.map((line, index) => {
      if (!indicators.some((indicator) => indicator.id === line.indicatorId) || seen.has(line.indicatorId)) {
        throw badInput(`input.indicatorValues.${index}.indicatorId`, 'monitoring.unknownIndicator');
      }
      seen.add(line.indicatorId);
      return { indicatorId: line.indicatorId, value: line.value };
    });
  }

  /** A stale save: CONFLICT with the revision now stored, when and by whom. */
  private async conflict(tx: EntityManager, current: ProgressReportEntity | null) {
    const by = current?.updatedById ? await tx.getRepository(PersonEntity).findOneBy({ id: current.updatedById }) : null;
    return conflict('monitoring.reportConflict', 'input.revision', {
      theirs: current ? { revision: current.revision, updatedAt: current.updatedAt.toISOString(), updatedByName: by?.fullName ?? null } : null,
    });
  }

  /** Moves the measure towards the reported state as the lifecycle table allows, each step in its history. */
  private async advanceMeasure(tx: EntityManager, measure: MeasureEntity, state: ProgressState, personId: string): Promise<void> {
    const plan = await lockPlan(tx, measure.areaId, measure.planId);
    const current = await tx.getRepository(MeasureEntity).findOneByOrFail({ id: measure.id });
    let from = current.state;
    for (const to of lifecyclePath(from, MEASURE_STATE_OF[state], plan.status)) {
      await tx.getRepository(MeasureEntity).update({ id: measure.id }, { state: to });
      await tx.getRepository(MeasureStateChangeEntity).insert({ measureId: measure.id, fromState: from, toState: to, changedById: personId, reason: '', mergedIntoId: null });
      from = to;
    }
  }
}
