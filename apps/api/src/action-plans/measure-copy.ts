import { EntityManager, In } from 'typeorm';
import { fromMinorUnits } from '../common/money';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { ActivityEntity } from '../measures/activity.entity';
import { MeasureCostEntity } from '../measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { MeasurePartnerEntity, MeasureProposerEntity } from '../measures/measure-links.entity';
import { MeasureState } from '../measures/measure.enums';
import { MeasureEntity } from '../measures/measure.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { PriorityEntity } from '../strategy/priority.entity';
import { ActionPlanMeasureEntity } from './action-plan-measure.entity';

/** States of a measure that belong in an action plan: accepted into the plan, or later in its life. */
export const PLAN_MEASURE_STATES: readonly MeasureState[] = [
  MeasureState.ACCEPTED,
  MeasureState.IN_PROGRESS,
  MeasureState.FULFILLED,
  MeasureState.PARTLY_FULFILLED,
  MeasureState.NOT_FULFILLED,
];

/** A measure as a version holds it, without the version and the row's own identity. */
export type MeasureCopy = Omit<ActionPlanMeasureEntity, 'id' | 'versionId' | 'version' | 'measure' | 'area' | 'createdAt'>;

/** The fields of a copy that a refresh compares and a diff shows. */
export const COPIED_FIELDS = [
  'position',
  'number',
  'priorityTitle',
  'goalTitle',
  'title',
  'description',
  'rationale',
  'targetGroups',
  'responsibleOrganisationName',
  'partnerNames',
  'proposingGroupNames',
  'fromYear',
  'toYear',
  'measureState',
  'costs',
  'indicators',
  'activities',
] as const satisfies readonly (keyof MeasureCopy)[];

const byName = (a: string, b: string) => a.localeCompare(b, 'cs');

/**
 * Copies of the measures an action plan for `year` carries: the measures of the medium-term plan
 * that are accepted (or later in their life) and whose timeline covers the year, in strategy order,
 * with their numbers, the titles of their priority and goal, the names of the organisations and
 * groups, and every cost of their timeline, indicator and activity. Eight statements, whatever the
 * number of measures.
 */
export async function copyMeasures(manager: EntityManager, areaId: string, strategicPlanId: string, year: number): Promise<MeasureCopy[]> {
  const rows = await manager
    .getRepository(MeasureEntity)
    .createQueryBuilder('m')
    .innerJoin(GoalEntity, 'g', 'g.id = m.goal_id')
    .innerJoin(PriorityEntity, 'p', 'p.id = g.priority_id')
    .select('m.id', 'id')
    .addSelect(['p.position AS "priorityPosition"', 'p.title AS "priorityTitle"', 'g.position AS "goalPosition"', 'g.title AS "goalTitle"'])
    .where('m.area_id = :areaId AND m.plan_id = :strategicPlanId', { areaId, strategicPlanId })
    .andWhere('m.state IN (:...states)', { states: PLAN_MEASURE_STATES })
    .andWhere('m.from_year <= :year AND m.to_year >= :year', { year })
    .orderBy('p.position')
    .addOrderBy('g.position')
    .addOrderBy('m.position')
    .getRawMany<{ id: string; priorityPosition: number; priorityTitle: string; goalPosition: number; goalTitle: string }>();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  // One after another: a transaction's queries share one connection.
  const measures = await manager.getRepository(MeasureEntity).findBy({ id: In(ids) });
  const costs = await manager.getRepository(MeasureCostEntity).find({ where: { measureId: In(ids) }, order: { year: 'ASC', source: 'ASC' } });
  const indicators = await manager.getRepository(MeasureIndicatorEntity).find({ where: { measureId: In(ids) }, order: { position: 'ASC' } });
  const activities = await manager.getRepository(ActivityEntity).find({ where: { measureId: In(ids) }, order: { position: 'ASC' } });
  const partners = await manager.getRepository(MeasurePartnerEntity).findBy({ measureId: In(ids) });
  const proposers = await manager.getRepository(MeasureProposerEntity).findBy({ measureId: In(ids) });
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const organisationIds = [...new Set([...measures.flatMap((m) => (m.responsibleOrganisationId ? [m.responsibleOrganisationId] : [])), ...partners.map((p) => p.organisationId)])];
  const organisations = organisationIds.length ? await manager.getRepository(OrganisationEntity).findBy({ id: In(organisationIds) }) : [];
  const groups = proposers.length ? await manager.getRepository(WorkingGroupEntity).findBy({ id: In([...new Set(proposers.map((p) => p.groupId))]) }) : [];
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const grouped = <T extends { measureId: string }>(items: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.measureId, [...(map.get(item.measureId) ?? []), item]);
    return (id: string) => map.get(id) ?? [];
  };
  const costsOf = grouped(costs);
  const indicatorsOf = grouped(indicators);
  const activitiesOf = grouped(activities);
  const partnersOf = grouped(partners);
  const proposersOf = grouped(proposers);

  return rows.map((row, index): MeasureCopy => {
    const measure = byId.get(row.id)!;
    const number = `${row.priorityPosition}.${row.goalPosition}.${measure.position}`;
    return {
      areaId,
      measureId: measure.id,
      position: index + 1,
      number,
      priorityTitle: `${row.priorityPosition} ${row.priorityTitle}`,
      goalTitle: `${row.priorityPosition}.${row.goalPosition} ${row.goalTitle}`,
      title: measure.title,
      description: measure.description,
      rationale: measure.rationale,
      targetGroups: measure.targetGroups,
      responsibleOrganisationName: measure.responsibleOrganisationId ? (organisationName.get(measure.responsibleOrganisationId) ?? null) : null,
      partnerNames: partnersOf(measure.id).flatMap((p) => organisationName.get(p.organisationId) ?? []).sort(byName),
      proposingGroupNames: proposersOf(measure.id).flatMap((p) => groupName.get(p.groupId) ?? []).sort(byName),
      fromYear: measure.fromYear,
      toYear: measure.toYear,
      measureState: measure.state,
      costs: costsOf(measure.id)
        .filter((cost) => cost.year >= measure.fromYear && cost.year <= measure.toYear)
        .map((cost) => ({ year: cost.year, source: cost.source, amount: fromMinorUnits(cost.amountMinor) })),
      indicators: indicatorsOf(measure.id).map((i) => ({ name: i.name, unit: i.unit, baseline: i.baseline, target: i.target })),
      activities: activitiesOf(measure.id).map((a) => ({ number: `${number}.${a.position}`, title: a.title, description: a.description })),
    };
  });
}

/** Whether a stored copy differs from a fresh one in any copied field. */
export function copyChanged(stored: MeasureCopy, fresh: MeasureCopy): boolean {
  return COPIED_FIELDS.some((field) => stableJson(stored[field]) !== stableJson(fresh[field]));
}

/** JSON with the keys of objects sorted: PostgreSQL's jsonb does not keep the order they were written in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Brings the copies of a draft version in line with the measures: new eligible measures are
 * added, changed ones updated in place (their ids stay), those no longer eligible removed.
 */
export async function refreshCopies(manager: EntityManager, areaId: string, versionId: string, fresh: MeasureCopy[]): Promise<{ added: number; updated: number; removed: number }> {
  const repository = manager.getRepository(ActionPlanMeasureEntity);
  const stored = await repository.findBy({ versionId });
  const storedByMeasure = new Map(stored.map((copy) => [copy.measureId, copy]));
  const freshIds = new Set(fresh.map((copy) => copy.measureId));
  const gone = stored.filter((copy) => !freshIds.has(copy.measureId));
  if (gone.length) await repository.delete({ id: In(gone.map((copy) => copy.id)) });
  // Positions are not unique in the table, so updating them in any order is safe.
  const toInsert = fresh.filter((copy) => !storedByMeasure.has(copy.measureId));
  const toUpdate = fresh.filter((copy) => {
    const old = storedByMeasure.get(copy.measureId);
    return old !== undefined && copyChanged(old, copy);
  });
  for (const copy of toUpdate) {
    const old = storedByMeasure.get(copy.measureId)!;
    await repository.update({ id: old.id, areaId }, copy as never);
  }
  if (toInsert.length) await insertCopies(manager, versionId, toInsert);
  return { added: toInsert.length, updated: toUpdate.length, removed: gone.length };
}

/** Inserts copies into a version, in batches well under PostgreSQL's parameter limit. */
export async function insertCopies(manager: EntityManager, versionId: string, copies: readonly MeasureCopy[]): Promise<void> {
  const repository = manager.getRepository(ActionPlanMeasureEntity);
  for (let start = 0; start < copies.length; start += 500) {
    await repository.insert(copies.slice(start, start + 500).map((copy) => ({ ...copy, versionId })) as never[]);
  }
}

/** The copied fields of a stored copy (for carrying a version's measures into the next one). */
export function asCopy(stored: ActionPlanMeasureEntity): MeasureCopy {
  const copy: Record<string, unknown> = { areaId: stored.areaId, measureId: stored.measureId };
  for (const field of COPIED_FIELDS) copy[field] = stored[field];
  return copy as MeasureCopy;
}
