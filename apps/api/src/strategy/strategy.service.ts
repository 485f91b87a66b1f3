import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan, MoreThan } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors/domain.exception';
import { MeasureEntity } from '../measures/measure.entity';
import { CreateGoalInput, CreatePriorityInput, CreateStrategicPlanInput, MoveGoalInput, MovePriorityInput, UpdateStrategicPlanInput, UpdateStrategyNodeInput } from './dto/strategy.inputs';
import { GoalEntity } from './goal.entity';
import { lockPlan, Siblings } from './ordering';
import { PriorityEntity } from './priority.entity';
import { StrategicPlanEntity } from './strategic-plan.entity';
import { PlanStatus } from './strategy.enums';

/** Medium-term plans and their priorities and goals; the area coordinator's. */
@Injectable()
export class StrategyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Plans of the area, the latest period first. */
  listPlans(areaId: string): Promise<StrategicPlanEntity[]> {
    return this.db.getRepository(StrategicPlanEntity).find({ where: { areaId }, order: { fromYear: 'DESC', createdAt: 'DESC' } });
  }

  findPlan(areaId: string, id: string): Promise<StrategicPlanEntity | null> {
    return this.db.getRepository(StrategicPlanEntity).findOneBy({ id, areaId });
  }

  createPlan(areaId: string, input: CreateStrategicPlanInput): Promise<StrategicPlanEntity> {
    if (input.toYear < input.fromYear) throw badInput('input.toYear', 'periodReversed');
    const plans = this.db.getRepository(StrategicPlanEntity);
    return plans.save(
      plans.create({ areaId, title: input.title, description: input.description ?? '', fromYear: input.fromYear, toYear: input.toYear, status: PlanStatus.DRAFT, adoptedAt: null }),
    );
  }

  /** Changes the plan; a shorter period must still hold every measure's timeline. */
  updatePlan(areaId: string, input: UpdateStrategicPlanInput): Promise<StrategicPlanEntity> {
    return this.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, areaId, input.id, 'input.id');
      const fromYear = input.fromYear ?? plan.fromYear;
      const toYear = input.toYear ?? plan.toYear;
      if (toYear < fromYear) throw badInput('input.toYear', 'periodReversed');
      const measures = tx.getRepository(MeasureEntity);
      if (fromYear > plan.fromYear && (await measures.existsBy({ planId: plan.id, fromYear: LessThan(fromYear) }))) {
        throw badInput('input.fromYear', 'periodExcludesMeasures');
      }
      if (toYear < plan.toYear && (await measures.existsBy({ planId: plan.id, toYear: MoreThan(toYear) }))) {
        throw badInput('input.toYear', 'periodExcludesMeasures');
      }
      const changes: Partial<StrategicPlanEntity> = { fromYear, toYear };
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description ?? '';
      await tx.getRepository(StrategicPlanEntity).update({ id: plan.id, areaId }, changes);
      return Object.assign(plan, changes);
    });
  }

  /** Records that the council adopted the plan: accepted measures may then be carried out. */
  adoptPlan(areaId: string, id: string): Promise<StrategicPlanEntity> {
    return this.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, areaId, id, 'id');
      if (plan.status === PlanStatus.ADOPTED) throw conflict('planAlreadyAdopted', 'id');
      const changes = { status: PlanStatus.ADOPTED, adoptedAt: new Date() };
      await tx.getRepository(StrategicPlanEntity).update({ id: plan.id, areaId }, changes);
      return Object.assign(plan, changes);
    });
  }

  /** Deletes a draft plan that has no priorities yet. */
  deletePlan(areaId: string, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, areaId, id, 'id');
      if (plan.status === PlanStatus.ADOPTED) throw conflict('planAdoptedNotDeletable', 'id');
      if (await tx.getRepository(PriorityEntity).existsBy({ planId: plan.id })) throw conflict('planNotEmpty', 'id');
      await tx.getRepository(StrategicPlanEntity).delete({ id: plan.id, areaId });
      return true;
    });
  }

  createPriority(areaId: string, input: CreatePriorityInput): Promise<PriorityEntity> {
    return this.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, areaId, input.planId, 'input.planId');
      const position = await new Siblings(tx, PriorityEntity, 'planId').openAt(plan.id, input.position, 'input.position');
      const priorities = tx.getRepository(PriorityEntity);
      return priorities.save(priorities.create({ areaId, planId: plan.id, position, title: input.title, description: input.description ?? '' }));
    });
  }

  updatePriority(areaId: string, input: UpdateStrategyNodeInput): Promise<PriorityEntity> {
    return this.updateNode(PriorityEntity, areaId, input, 'unknownPriority');
  }

  movePriority(areaId: string, input: MovePriorityInput): Promise<PriorityEntity> {
    return this.db.transaction(async (tx) => {
      const priority = await this.lockedNode(tx, PriorityEntity, areaId, input.id, 'unknownPriority');
      const position = await new Siblings(tx, PriorityEntity, 'planId').move(priority, priority.planId, input.position, 'input.position');
      return Object.assign(priority, { position });
    });
  }

  /** Deletes a priority without goals; those after it move up. */
  deletePriority(areaId: string, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const priority = await this.lockedNode(tx, PriorityEntity, areaId, id, 'unknownPriority', 'id');
      if (await tx.getRepository(GoalEntity).existsBy({ priorityId: priority.id })) throw conflict('priorityNotEmpty', 'id');
      await tx.getRepository(PriorityEntity).delete({ id: priority.id, areaId });
      await new Siblings(tx, PriorityEntity, 'planId').closeAt(priority.planId, priority.position);
      return true;
    });
  }

  createGoal(areaId: string, input: CreateGoalInput): Promise<GoalEntity> {
    return this.db.transaction(async (tx) => {
      const priority = await this.lockedNode(tx, PriorityEntity, areaId, input.priorityId, 'unknownPriority', 'input.priorityId');
      const position = await new Siblings(tx, GoalEntity, 'priorityId').openAt(priority.id, input.position, 'input.position');
      const goals = tx.getRepository(GoalEntity);
      return goals.save(
        goals.create({ areaId, planId: priority.planId, priorityId: priority.id, position, title: input.title, description: input.description ?? '' }),
      );
    });
  }

  updateGoal(areaId: string, input: UpdateStrategyNodeInput): Promise<GoalEntity> {
    return this.updateNode(GoalEntity, areaId, input, 'unknownGoal');
  }

  /** Moves a goal under a priority of the same plan; both priorities' goals are renumbered. */
  moveGoal(areaId: string, input: MoveGoalInput): Promise<GoalEntity> {
    return this.db.transaction(async (tx) => {
      const goal = await this.lockedNode(tx, GoalEntity, areaId, input.id, 'unknownGoal');
      const target = await tx.getRepository(PriorityEntity).findOneBy({ id: input.priorityId, areaId, planId: goal.planId });
      if (!target) throw badInput('input.priorityId', 'notInThisPlan');
      const position = await new Siblings(tx, GoalEntity, 'priorityId').move(goal, target.id, input.position, 'input.position');
      return Object.assign(goal, { priorityId: target.id, position });
    });
  }

  /** Deletes a goal without measures; those after it move up. */
  deleteGoal(areaId: string, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const goal = await this.lockedNode(tx, GoalEntity, areaId, id, 'unknownGoal', 'id');
      if (await tx.getRepository(MeasureEntity).existsBy({ goalId: goal.id })) throw conflict('goalNotEmpty', 'id');
      await tx.getRepository(GoalEntity).delete({ id: goal.id, areaId });
      await new Siblings(tx, GoalEntity, 'priorityId').closeAt(goal.priorityId, goal.position);
      return true;
    });
  }

  /** A priority or goal of the area, after its plan has been locked. */
  private async lockedNode<T extends PriorityEntity | GoalEntity>(
    tx: EntityManager,
    entity: new () => T,
    areaId: string,
    id: string,
    unknownKey: string,
    field = 'input.id',
  ): Promise<T> {
    const found = await tx.getRepository(entity).findOneBy({ id, areaId } as never);
    if (!found) throw badInput(field, unknownKey);
    await lockPlan(tx, areaId, found.planId);
    // Read again under the lock: a concurrent move may have renumbered it meanwhile.
    const node = await tx.getRepository(entity).findOneBy({ id, areaId } as never);
    if (!node) throw notFound(unknownKey);
    return node;
  }

  private async updateNode<T extends PriorityEntity | GoalEntity>(entity: new () => T, areaId: string, input: UpdateStrategyNodeInput, unknownKey: string): Promise<T> {
    const repo = this.db.getRepository(entity);
    const node = await repo.findOneBy({ id: input.id, areaId } as never);
    if (!node) throw badInput('input.id', unknownKey);
    const changes: Partial<PriorityEntity> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.description !== undefined) changes.description = input.description ?? '';
    if (Object.keys(changes).length > 0) await repo.update({ id: node.id, areaId } as never, changes as never);
    return Object.assign(node, changes);
  }
}
