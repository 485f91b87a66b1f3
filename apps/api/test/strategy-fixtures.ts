import { DataSource } from 'typeorm';
import { AreaEntity } from '../src/areas/area.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { ActivityEntity } from '../src/measures/activity.entity';
import { MeasureProposerEntity } from '../src/measures/measure-links.entity';
import { MeasureStateChangeEntity } from '../src/measures/measure-state-change.entity';
import { MeasureState } from '../src/measures/measure.enums';
import { MeasureEntity } from '../src/measures/measure.entity';
import { GoalEntity } from '../src/strategy/goal.entity';
import { PriorityEntity } from '../src/strategy/priority.entity';
import { StrategicPlanEntity } from '../src/strategy/strategic-plan.entity';
import { PlanStatus } from '../src/strategy/strategy.enums';

/**
 * Builders of a plan's tree, straight into the database, each node appended after its siblings:
 * `const s = strategy(t.db); const goal = await s.goal(await s.priority(await s.plan(area)))`.
 */
export function strategy(db: DataSource) {
  const next = async (entity: new () => { position: number }, where: Record<string, string>) =>
    (await db.getRepository(entity).countBy(where)) + 1;
  return {
    plan(area: AreaEntity, overrides: Partial<StrategicPlanEntity> = {}): Promise<StrategicPlanEntity> {
      return db.getRepository(StrategicPlanEntity).save({
        areaId: area.id,
        title: 'Střednědobý plán 2025–2027',
        description: '',
        fromYear: 2025,
        toYear: 2027,
        status: PlanStatus.DRAFT,
        adoptedAt: null,
        ...overrides,
      });
    },
    async priority(plan: StrategicPlanEntity, title = 'Priorita'): Promise<PriorityEntity> {
      const position = await next(PriorityEntity, { planId: plan.id });
      return db.getRepository(PriorityEntity).save({ areaId: plan.areaId, planId: plan.id, position, title, description: '' });
    },
    async goal(priority: PriorityEntity, title = 'Cíl'): Promise<GoalEntity> {
      const position = await next(GoalEntity, { priorityId: priority.id });
      return db.getRepository(GoalEntity).save({ areaId: priority.areaId, planId: priority.planId, priorityId: priority.id, position, title, description: '' });
    },
    /** A measure under the goal, proposed by the groups given, in the state given (with its proposal in the history). */
    async measure(
      goal: GoalEntity,
      options: { title?: string; state?: MeasureState; groups?: WorkingGroupEntity[]; fromYear?: number; toYear?: number } = {},
    ): Promise<MeasureEntity> {
      const position = await next(MeasureEntity, { goalId: goal.id });
      const measure = await db.getRepository(MeasureEntity).save({
        areaId: goal.areaId,
        planId: goal.planId,
        goalId: goal.id,
        position,
        title: options.title ?? `Opatření ${position}`,
        description: '',
        rationale: '',
        targetGroups: ['senioři'],
        responsibleOrganisationId: null,
        fromYear: options.fromYear ?? 2025,
        toYear: options.toYear ?? 2026,
        state: options.state ?? MeasureState.PROPOSED,
        mergedIntoId: null,
        proposedById: null,
      });
      if (options.groups?.length) {
        await db.getRepository(MeasureProposerEntity).insert(options.groups.map((group) => ({ measureId: measure.id, groupId: group.id })));
      }
      await db.getRepository(MeasureStateChangeEntity).insert({ measureId: measure.id, fromState: null, toState: measure.state, changedById: null, reason: '' });
      return measure;
    },
    async activity(measure: MeasureEntity, title = 'Aktivita'): Promise<ActivityEntity> {
      const position = await next(ActivityEntity, { measureId: measure.id });
      return db.getRepository(ActivityEntity).save({ areaId: measure.areaId, planId: measure.planId, measureId: measure.id, position, title, description: '' });
    },
  };
}
