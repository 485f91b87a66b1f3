import { recordAudit } from '../audit/audit-log';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { badInput, conflict, DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { lockPlan, Siblings } from '../strategy/ordering';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { ActivityEntity } from './activity.entity';
import { ChangeMeasureStateInput, MeasureCostInput, MeasureIndicatorInput, MoveMeasureInput, ProposeMeasureInput, UpdateMeasureInput } from './dto/measure.inputs';
import { MeasureCostEntity } from './measure-cost.entity';
import { MeasureIndicatorEntity } from './measure-indicator.entity';
import { checkTransition, isOpen, stateLabel } from './measure-lifecycle';
import { MeasurePartnerEntity, MeasureProposerEntity } from './measure-links.entity';
import { MeasureStateChangeEntity } from './measure-state-change.entity';
import { MeasureState } from './measure.enums';
import { MeasureEntity } from './measure.entity';
import { toMinorUnits } from '../common/money';

/** Who acts: the area and the person (the rules have made sure of both). */
export interface Actor {
  areaId: string;
  personId: string;
}

/**
 * Measures of a plan: proposing, editing, moving, deleting and the state changes of the lifecycle
 * table, each recorded in the history. Every change runs in one transaction holding the plan's lock
 * and checks everything before it writes, so refused input leaves nothing behind.
 */
@Injectable()
export class MeasuresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(areaId: string, id: string): Promise<MeasureEntity | null> {
    return this.db.getRepository(MeasureEntity).findOneBy({ id, areaId });
  }

  propose(actor: Actor, input: ProposeMeasureInput): Promise<MeasureEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const goal = await tx.getRepository(GoalEntity).findOneBy({ id: input.goalId, areaId });
      if (!goal) throw badInput('input.goalId', 'unknownGoal');
      const plan = await lockPlan(tx, areaId, goal.planId);
      checkTimeline(plan, input.fromYear, input.toYear);
      await this.checkGroups(tx, areaId, input.proposingGroupIds);
      await this.checkOrganisations(tx, areaId, input.responsibleOrganisationId, input.partnerOrganisationIds);
      const costs = costRows(input.costs ?? [], input.fromYear, input.toYear);
      const position = await new Siblings(tx, MeasureEntity, 'goalId').openAt(goal.id, input.position, 'input.position');
      const measures = tx.getRepository(MeasureEntity);
      const measure = await measures.save(
        measures.create({
          areaId,
          planId: plan.id,
          goalId: goal.id,
          position,
          title: input.title,
          description: input.description ?? '',
          rationale: input.rationale ?? '',
          targetGroups: input.targetGroups ?? [],
          responsibleOrganisationId: input.responsibleOrganisationId ?? null,
          fromYear: input.fromYear,
          toYear: input.toYear,
          state: MeasureState.PROPOSED,
          mergedIntoId: null,
          proposedById: actor.personId,
        }),
      );
      await this.replaceLinks(tx, measure.id, {
        proposingGroupIds: input.proposingGroupIds,
        partnerOrganisationIds: input.partnerOrganisationIds ?? [],
        costs,
        indicators: input.indicators ?? [],
      });
      await this.record(tx, measure, null, actor.personId, '');
      return measure;
    });
  }

  update(actor: Actor, input: UpdateMeasureInput): Promise<MeasureEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const { measure, plan } = await this.lockedMeasure(tx, areaId, input.id);
      assertOpen(measure);
      const fromYear = input.fromYear ?? measure.fromYear;
      const toYear = input.toYear ?? measure.toYear;
      checkTimeline(plan, fromYear, toYear);
      if (input.proposingGroupIds) {
        await this.checkGroups(tx, areaId, input.proposingGroupIds);
        // A measure a group proposed keeps a proposing group: its coordinators are who edit it.
        if (input.proposingGroupIds.length === 0 && (await tx.getRepository(MeasureProposerEntity).existsBy({ measureId: measure.id }))) {
          throw badInput('input.proposingGroupIds', 'proposingGroupRequired');
        }
      }
      await this.checkOrganisations(tx, areaId, input.responsibleOrganisationId, input.partnerOrganisationIds);
      let costs: Omit<MeasureCostEntity, 'id' | 'measureId'>[] | undefined;
      if (input.costs) {
        costs = costRows(input.costs, fromYear, toYear);
      } else if (fromYear !== measure.fromYear || toYear !== measure.toYear) {
        const kept = await tx.getRepository(MeasureCostEntity).findBy({ measureId: measure.id });
        if (kept.some((cost) => cost.year < fromYear || cost.year > toYear)) {
          throw badInput(input.fromYear !== undefined ? 'input.fromYear' : 'input.toYear', 'costYearOutsideTimeline', { from: fromYear, to: toYear });
        }
      }
      const changes: Partial<MeasureEntity> = { fromYear, toYear };
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description ?? '';
      if (input.rationale !== undefined) changes.rationale = input.rationale ?? '';
      if (input.targetGroups !== undefined) changes.targetGroups = input.targetGroups;
      if (input.responsibleOrganisationId !== undefined) changes.responsibleOrganisationId = input.responsibleOrganisationId;
      await tx.getRepository(MeasureEntity).update({ id: measure.id, areaId }, changes);
      await this.replaceLinks(tx, measure.id, {
        proposingGroupIds: input.proposingGroupIds,
        partnerOrganisationIds: input.partnerOrganisationIds,
        costs,
        indicators: input.indicators,
      });
      return Object.assign(measure, changes);
    });
  }

  /** Moves a measure under a goal of the same plan (its timeline stays valid); both goals' measures are renumbered. */
  move(actor: Actor, input: MoveMeasureInput): Promise<MeasureEntity> {
    return this.db.transaction(async (tx) => {
      const { measure } = await this.lockedMeasure(tx, actor.areaId, input.id);
      const goal = await tx.getRepository(GoalEntity).findOneBy({ id: input.goalId, areaId: actor.areaId, planId: measure.planId });
      if (!goal) throw badInput('input.goalId', 'notInThisPlan');
      const position = await new Siblings(tx, MeasureEntity, 'goalId').move(measure, goal.id, input.position, 'input.position');
      return Object.assign(measure, { goalId: goal.id, position });
    });
  }

  /** A change of state that the lifecycle table allows, recorded with who, when and why. */
  changeState(actor: Actor, input: ChangeMeasureStateInput): Promise<MeasureEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const { measure, plan } = await this.lockedMeasure(tx, areaId, input.id);
      const reason = input.reason ?? '';
      const transition = checkTransition({ from: measure.state, to: input.state, planStatus: plan.status, reason, mergedIntoId: input.mergedIntoId });
      let mergedIntoId: string | null = null;
      if (transition.mergedInto) {
        const target = await tx.getRepository(MeasureEntity).findOneBy({ id: input.mergedIntoId!, areaId, planId: plan.id });
        if (!target || target.id === measure.id || !isOpen(target.state)) throw badInput('input.mergedIntoId', 'invalidMergeTarget');
        mergedIntoId = target.id;
      }
      const from = measure.state;
      const changes = { state: input.state, mergedIntoId };
      await tx.getRepository(MeasureEntity).update({ id: measure.id, areaId }, changes);
      Object.assign(measure, changes);
      await this.record(tx, measure, from, actor.personId, reason);
      return measure;
    });
  }

  /**
   * Deletes a measure that is still only proposed and has no activities (a mistake, a duplicate
   * entered twice). A measure that has been discussed keeps its history: withdraw or reject it.
   */
  delete(actor: Actor, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { measure } = await this.lockedMeasure(tx, actor.areaId, id, 'id');
      if (measure.state !== MeasureState.PROPOSED || (await tx.getRepository(ActivityEntity).existsBy({ measureId: measure.id }))) {
        throw conflict('measureNotDeletable', 'id');
      }
      if (await tx.getRepository(MeasureEntity).existsBy({ mergedIntoId: measure.id })) throw conflict('measureMergedInto', 'id');
      await tx.getRepository(MeasureStateChangeEntity).update({ mergedIntoId: measure.id }, { mergedIntoId: null });
      await tx.getRepository(MeasureEntity).delete({ id: measure.id, areaId: actor.areaId });
      await new Siblings(tx, MeasureEntity, 'goalId').closeAt(measure.goalId, measure.position);
      return true;
    });
  }

  /** The measure and its plan, the plan locked; the measure read under the lock. */
  async lockedMeasure(tx: EntityManager, areaId: string, id: string, field = 'input.id'): Promise<{ measure: MeasureEntity; plan: StrategicPlanEntity }> {
    const measures = tx.getRepository(MeasureEntity);
    const found = await measures.findOneBy({ id, areaId });
    if (!found) throw badInput(field, 'unknownMeasure');
    const plan = await lockPlan(tx, areaId, found.planId);
    const measure = await measures.findOneByOrFail({ id, areaId });
    return { measure, plan };
  }

  private async record(tx: EntityManager, measure: MeasureEntity, from: MeasureState | null, personId: string, reason: string): Promise<void> {
    await tx.getRepository(MeasureStateChangeEntity).insert({
      measureId: measure.id,
      fromState: from,
      toState: measure.state,
      changedById: personId,
      reason,
      mergedIntoId: measure.mergedIntoId,
    });
    await recordAudit(tx, {
      areaId: measure.areaId,
      actorId: personId,
      action: from === null ? 'measure.proposed' : 'measure.stateChanged',
      subjectType: 'Measure',
      subjectId: measure.id,
      details: { from, to: measure.state },
    });
  }

  private async checkGroups(tx: EntityManager, areaId: string, groupIds: readonly string[]): Promise<void> {
    if (groupIds.length === 0) return;
    const found = await tx.getRepository(WorkingGroupEntity).countBy({ id: In([...groupIds]), areaId, archivedAt: IsNull() });
    if (found !== groupIds.length) throw badInput('input.proposingGroupIds', 'unknownGroup');
  }

  private async checkOrganisations(tx: EntityManager, areaId: string, responsibleId: string | null | undefined, partnerIds: readonly string[] | undefined): Promise<void> {
    const organisations = tx.getRepository(OrganisationEntity);
    if (responsibleId && !(await organisations.existsBy({ id: responsibleId, areaId }))) {
      throw badInput('input.responsibleOrganisationId', 'unknownOrganisation');
    }
    if (partnerIds?.length && (await organisations.countBy({ id: In([...partnerIds]), areaId })) !== partnerIds.length) {
      throw badInput('input.partnerOrganisationIds', 'unknownOrganisation');
    }
  }

  /** Replaces the lists that were given (undefined = unchanged). */
  private async replaceLinks(
    tx: EntityManager,
    measureId: string,
    lists: {
      proposingGroupIds?: readonly string[];
      partnerOrganisationIds?: readonly string[];
      costs?: Omit<MeasureCostEntity, 'id' | 'measureId'>[];
      indicators?: readonly MeasureIndicatorInput[];
    },
  ): Promise<void> {
    if (lists.proposingGroupIds) {
      await tx.getRepository(MeasureProposerEntity).delete({ measureId });
      if (lists.proposingGroupIds.length) await tx.getRepository(MeasureProposerEntity).insert(lists.proposingGroupIds.map((groupId) => ({ measureId, groupId })));
    }
    if (lists.partnerOrganisationIds) {
      await tx.getRepository(MeasurePartnerEntity).delete({ measureId });
      if (lists.partnerOrganisationIds.length) {
        await tx.getRepository(MeasurePartnerEntity).insert(lists.partnerOrganisationIds.map((organisationId) => ({ measureId, organisationId })));
      }
    }
    if (lists.costs) {
      await tx.getRepository(MeasureCostEntity).delete({ measureId });
      if (lists.costs.length) await tx.getRepository(MeasureCostEntity).insert(lists.costs.map((cost) => ({ ...cost, measureId })));
    }
    if (lists.indicators) await this.replaceIndicators(tx, measureId, lists.indicators);
  }

  /**
   * The measure's indicators become the given list: an entry naming one of the measure's indicators
   * updates it in place (so the values reported on it in monitoring stay), the others are added and
   * indicators left out are removed.
   */
  private async replaceIndicators(tx: EntityManager, measureId: string, indicators: readonly MeasureIndicatorInput[]): Promise<void> {
    const repository = tx.getRepository(MeasureIndicatorEntity);
    const existing = new Set((await repository.find({ where: { measureId }, select: { id: true } })).map((row) => row.id));
    indicators.forEach((indicator, index) => {
      if (indicator.id && !existing.has(indicator.id)) throw badInput(`input.indicators.${index}.id`, 'notFound');
    });
    const kept = new Set(indicators.map((indicator) => indicator.id).filter((id): id is string => !!id));
    const removed = [...existing].filter((id) => !kept.has(id));
    if (removed.length) await repository.delete({ id: In(removed) });
    for (const [index, indicator] of indicators.entries()) {
      const row = { measureId, position: index + 1, name: indicator.name, unit: indicator.unit, baseline: indicator.baseline ?? null, target: indicator.target };
      if (indicator.id) await repository.update({ id: indicator.id }, row);
      else await repository.insert(row);
    }
  }
}

/** The timeline must be ordered and lie within the plan's period; the error names the year at fault. */
function checkTimeline(plan: StrategicPlanEntity, fromYear: number, toYear: number): void {
  const period = { from: plan.fromYear, to: plan.toYear };
  if (fromYear < plan.fromYear || fromYear > plan.toYear) throw badInput('input.fromYear', 'timelineOutsidePlan', period);
  if (toYear < plan.fromYear || toYear > plan.toYear) throw badInput('input.toYear', 'timelineOutsidePlan', period);
  if (toYear < fromYear) throw badInput('input.toYear', 'periodReversed');
}

/** Cost lines in minor units; each year within the timeline and each year and source once. */
function costRows(costs: readonly MeasureCostInput[], fromYear: number, toYear: number): Omit<MeasureCostEntity, 'id' | 'measureId'>[] {
  const seen = new Set<string>();
  return costs.map((cost, index) => {
    if (cost.year < fromYear || cost.year > toYear) throw badInput(`input.costs.${index}.year`, 'costYearOutsideTimeline', { from: fromYear, to: toYear });
    const key = `${cost.year}:${cost.source}`;
    if (seen.has(key)) throw badInput(`input.costs.${index}.source`, 'duplicateCost');
    seen.add(key);
    return { year: cost.year, source: cost.source, amountMinor: toMinorUnits(cost.amount, `input.costs.${index}.amount`) };
  });
}

/** A closed measure (rejected, merged, withdrawn) no longer changes. */
export function assertOpen(measure: MeasureEntity): void {
  if (!isOpen(measure.state)) {
    throw new DomainException(ErrorCode.CONFLICT, 'measureClosed', { field: 'input.id', params: { state: stateLabel(measure.state) } });
  }
}
