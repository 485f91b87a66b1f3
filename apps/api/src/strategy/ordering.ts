import { EntityManager, EntityTarget, FindOptionsWhere, MoreThan, MoreThanOrEqual, Not, ObjectLiteral } from 'typeorm';
import { badInput, notFound } from '../common/errors/domain.exception';
import { StrategicPlanEntity } from './strategic-plan.entity';

type Ordered = ObjectLiteral & { id: string; position: number };

/**
 * The children of one parent (priorities of a plan, goals of a priority…) are numbered 1..n without
 * gaps, so a node's number in the plan ("2.1.3") is just its positions read from the root. Every
 * insert, move and removal keeps the sequence dense. Callers hold the plan's lock (`lockPlan`), so
 * concurrent changes of one plan queue behind each other.
 */
export class Siblings<T extends Ordered> {
  constructor(
    private readonly tx: EntityManager,
    private readonly entity: EntityTarget<T>,
    private readonly parent: keyof T & string,
  ) {}

  private where(parentId: string, extra: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    return { ...extra, [this.parent]: parentId } as FindOptionsWhere<T>;
  }

  count(parentId: string): Promise<number> {
    return this.tx.getRepository(this.entity).countBy(this.where(parentId));
  }

  /** Makes room at `position` (1..n+1; left out, at the end) and returns the position taken. */
  async openAt(parentId: string, position: number | null | undefined, field: string): Promise<number> {
    const count = await this.count(parentId);
    const at = this.checked(position, count, field);
    await this.shift(this.where(parentId, { position: MoreThanOrEqual(at) } as FindOptionsWhere<T>), '+ 1');
    return at;
  }

  /** Closes the gap a removed child left at `position`. */
  async closeAt(parentId: string, position: number): Promise<void> {
    await this.shift(this.where(parentId, { position: MoreThan(position) } as FindOptionsWhere<T>), '- 1');
  }

  /** Moves `row` under `parentId` at `position` (left out, at the end); both sequences stay dense. */
  async move(row: T, parentId: string, position: number | null | undefined, field: string): Promise<number> {
    const repo = this.tx.getRepository(this.entity);
    const others = { id: Not(row.id) } as FindOptionsWhere<T>;
    await this.shift(this.where(row[this.parent] as string, { ...others, position: MoreThan(row.position) } as FindOptionsWhere<T>), '- 1');
    const count = await repo.countBy(this.where(parentId, others));
    const at = this.checked(position, count, field);
    await this.shift(this.where(parentId, { ...others, position: MoreThanOrEqual(at) } as FindOptionsWhere<T>), '+ 1');
    await repo.update({ id: row.id } as FindOptionsWhere<T>, { [this.parent]: parentId, position: at } as never);
    return at;
  }

  private checked(position: number | null | undefined, count: number, field: string): number {
    const at = position ?? count + 1;
    if (at < 1 || at > count + 1) throw badInput(field, 'positionOutOfRange', { max: count + 1 });
    return at;
  }

  private async shift(where: FindOptionsWhere<T>, by: '+ 1' | '- 1'): Promise<void> {
    await this.tx.getRepository(this.entity).update(where, { position: () => `"position" ${by}` } as never);
  }
}

/** The plan, locked for the rest of the transaction: structural changes of one plan run one at a time. */
export async function lockPlan(tx: EntityManager, areaId: string, planId: string, field?: string): Promise<StrategicPlanEntity> {
  const plan = await tx.getRepository(StrategicPlanEntity).findOne({ where: { id: planId, areaId }, lock: { mode: 'pessimistic_write' } });
  if (!plan) throw field ? badInput(field, 'unknownPlan') : notFound('unknownPlan');
  return plan;
}
