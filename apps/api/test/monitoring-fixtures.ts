import { DataSource } from 'typeorm';
import { ActionPlanMeasureEntity } from '../src/action-plans/action-plan-measure.entity';
import { ActionPlanEntity } from '../src/action-plans/action-plan.entity';
import { ActionPlanState } from '../src/action-plans/action-plan.enums';
import { ApprovalResult } from '../src/approvals/approval.enums';
import { AreaEntity } from '../src/areas/area.entity';
import { toMinorUnits } from '../src/common/money';
import { MeasureCostEntity } from '../src/measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../src/measures/measure-indicator.entity';
import { FundingSource, MeasureState } from '../src/measures/measure.enums';
import { MeasureEntity } from '../src/measures/measure.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { CouncilResolutionEntity, ResolutionOutcome } from '../src/publication/council-resolution.entity';
import { StrategicPlanEntity } from '../src/strategy/strategic-plan.entity';
import { PlanStatus } from '../src/strategy/strategy.enums';
import { approvalFixtures } from './approval-fixtures';
import { strategy } from './strategy-fixtures';

/** This year: reports can be made for a year that has begun. */
export const THIS_YEAR = new Date().getUTCFullYear();

export interface MonitoredPlan {
  plan: ActionPlanEntity;
  strategic: StrategicPlanEntity;
  versionId: string;
}

/**
 * Approved action plans with measures to report on, straight into the database:
 * `const m = monitoring(t.db); const monitored = await m.approvedPlan(area); const measure = await m.measure(monitored, organisation)`.
 */
export function monitoring(db: DataSource) {
  const a = approvalFixtures(db);
  const s = strategy(db);
  return {
    /** An action plan for `year` approved by the participants and the council (its strategic plan adopted unless told otherwise). */
    async approvedPlan(area: AreaEntity, options: { year?: number; adopted?: boolean } = {}): Promise<MonitoredPlan> {
      const plan = await a.plan(area, { year: options.year ?? THIS_YEAR, state: ActionPlanState.AWAITING_COUNCIL });
      const adopted = options.adopted ?? true;
      await db.getRepository(StrategicPlanEntity).update({ id: plan.strategicPlanId }, { status: adopted ? PlanStatus.ADOPTED : PlanStatus.DRAFT, adoptedAt: adopted ? new Date() : null });
      const strategic = await db.getRepository(StrategicPlanEntity).findOneByOrFail({ id: plan.strategicPlanId });
      const version = await a.version(plan);
      await a.round(version, [], { closedAt: new Date(), result: ApprovalResult.APPROVED, closesAt: new Date() });
      await db.getRepository(CouncilResolutionEntity).save({
        areaId: area.id,
        actionPlanId: plan.id,
        versionId: version.id,
        body: 'Zastupitelstvo města',
        number: 'ZM 7/2026',
        decidedOn: '2026-01-15',
        outcome: ResolutionOutcome.APPROVED,
        note: '',
        recordedById: null,
      });
      await db.getRepository(ActionPlanEntity).update({ id: plan.id }, { state: ActionPlanState.APPROVED, approvedAt: new Date() });
      return { plan: { ...plan, state: ActionPlanState.APPROVED }, strategic, versionId: version.id };
    },

    /**
     * An accepted measure of the plan's strategy that `organisation` is responsible for, with its
     * indicators and costs for the plan's year, copied into the approved version.
     */
    async measure(
      monitored: MonitoredPlan,
      organisation: OrganisationEntity | null,
      options: {
        title?: string;
        indicators?: { name: string; unit: string; baseline: string | null; target: string }[];
        costs?: { source: FundingSource; amount: string }[];
      } = {},
    ): Promise<MeasureEntity> {
      const { plan, strategic, versionId } = monitored;
      const goal = await s.goal(await s.priority(strategic));
      const measure = await s.measure(goal, { title: options.title, state: MeasureState.ACCEPTED, fromYear: plan.year, toYear: plan.year });
      await db.getRepository(MeasureEntity).update({ id: measure.id }, { responsibleOrganisationId: organisation?.id ?? null });
      const indicators = options.indicators ?? [{ name: 'Počet klientů', unit: 'osoby', baseline: '120', target: '150' }];
      if (indicators.length) {
        await db.getRepository(MeasureIndicatorEntity).insert(indicators.map((indicator, index) => ({ measureId: measure.id, position: index + 1, ...indicator })));
      }
      const costs = options.costs ?? [{ source: FundingSource.MUNICIPALITY, amount: '1250000.10' }];
      if (costs.length) {
        await db.getRepository(MeasureCostEntity).insert(
          costs.map((cost) => ({ measureId: measure.id, year: plan.year, source: cost.source, amountMinor: toMinorUnits(cost.amount, 'amount') })),
        );
      }
      const position = (await db.getRepository(ActionPlanMeasureEntity).countBy({ versionId })) + 1;
      await db.getRepository(ActionPlanMeasureEntity).insert({
        areaId: plan.areaId,
        versionId,
        measureId: measure.id,
        position,
        number: `1.${position}.1`,
        priorityTitle: '1 Senioři doma',
        goalTitle: `1.${position} Cíl`,
        title: measure.title,
        description: '',
        rationale: '',
        targetGroups: ['senioři'],
        responsibleOrganisationName: organisation?.name ?? null,
        partnerNames: [],
        proposingGroupNames: [],
        fromYear: plan.year,
        toYear: plan.year,
        measureState: MeasureState.ACCEPTED,
        costs: costs.map((cost) => ({ year: plan.year, ...cost })),
        indicators,
        activities: [],
      });
      return measure;
    },
  };
}
