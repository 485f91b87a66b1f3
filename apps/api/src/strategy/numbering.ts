import { required } from '../graphql/required';
import { Loaders } from '../graphql/loaders.service';
import { ActivityEntity } from '../measures/activity.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { GoalEntity } from './goal.entity';
import { PriorityEntity } from './priority.entity';

/**
 * Numbers of the plan's nodes ("2", "2.1", "2.1.3", "2.1.3.1"), read from the positions of the node
 * and its ancestors, which are kept dense (strategy/ordering.ts). Nothing is stored, so a move
 * renumbers everything under it at once. The ancestors come from per-request loaders (one query
 * per level, whatever the size of the plan); the tree's list fields prime them.
 */
export const priorityNumber = (priority: PriorityEntity): string => String(priority.position);

export async function goalNumber(loaders: Loaders, goal: GoalEntity): Promise<string> {
  const priority = await required(loaders.one(PriorityEntity).load(goal.priorityId), `priority ${goal.priorityId}`);
  return `${priorityNumber(priority)}.${goal.position}`;
}

export async function measureNumber(loaders: Loaders, measure: MeasureEntity): Promise<string> {
  const goal = await required(loaders.one(GoalEntity).load(measure.goalId), `goal ${measure.goalId}`);
  return `${await goalNumber(loaders, goal)}.${measure.position}`;
}

export async function activityNumber(loaders: Loaders, activity: ActivityEntity): Promise<string> {
  const measure = await required(loaders.one(MeasureEntity).load(activity.measureId), `measure ${activity.measureId}`);
  return `${await measureNumber(loaders, measure)}.${activity.position}`;
}

/** Children of many parents in one query each, ordered by position; the `one` loader learns them too. */
export async function childrenOf<T extends { id: string; position: number }>(
  loaders: Loaders,
  entity: new () => T,
  parentColumn: keyof T & string,
  parentId: string,
): Promise<T[]> {
  const rows = await loaders.many<T>(entity, parentColumn, { position: 'ASC' } as never).load(parentId);
  const one = loaders.one(entity as never) as ReturnType<Loaders['one']>;
  for (const row of rows) one.prime(row.id, row as never);
  return rows;
}
