import { ActionPlanMeasureEntity } from './action-plan-measure.entity';
import { ActionPlanSectionEntity } from './action-plan-section.entity';
import { DiffStatus, MEASURE_FIELDS, PlanField, SECTION_FIELDS } from './action-plan.enums';
import type { ChangeReason, FieldDiff, MeasureDiff, SectionDiff } from './dto/action-plan.types';
import { diffText, hasChanges } from './text-diff';

/** The reasons (settled comments) for changes, by target: `s:<lineageId>` or `m:<measureId>`. */
export type ReasonsByTarget = Map<string, ChangeReason[]>;

export const sectionKey = (lineageId: string) => `s:${lineageId}`;
export const measureKey = (measureId: string) => `m:${measureId}`;

/** A field of a section or measure as the text a diff compares (lists: one item a line). */
export function fieldText(item: ActionPlanSectionEntity | ActionPlanMeasureEntity | null, field: PlanField): string {
  if (!item) return '';
  if ('lineageId' in item) return field === PlanField.TITLE ? item.title : field === PlanField.BODY ? item.body : '';
  switch (field) {
    case PlanField.TITLE:
      return item.title;
    case PlanField.DESCRIPTION:
      return item.description;
    case PlanField.RATIONALE:
      return item.rationale;
    case PlanField.TARGET_GROUPS:
      return item.targetGroups.join('\n');
    case PlanField.RESPONSIBLE_ORGANISATION:
      return item.responsibleOrganisationName ?? '';
    case PlanField.PARTNERS:
      return item.partnerNames.join('\n');
    case PlanField.TIMELINE:
      return `${item.fromYear}–${item.toYear}`;
    case PlanField.COSTS:
      return item.costs.map((cost) => `${cost.year} ${cost.source} ${cost.amount}`).join('\n');
    case PlanField.INDICATORS:
      return item.indicators.map((i) => `${i.name}: ${i.baseline ?? '–'} → ${i.target} ${i.unit}`).join('\n');
    case PlanField.ACTIVITIES:
      return item.activities.map((a) => `${a.number} ${a.title}${a.description ? `: ${a.description}` : ''}`).join('\n');
    default:
      return '';
  }
}

function fieldDiffs(
  from: ActionPlanSectionEntity | ActionPlanMeasureEntity | null,
  to: ActionPlanSectionEntity | ActionPlanMeasureEntity | null,
  fields: readonly PlanField[],
  reasons: ChangeReason[],
): FieldDiff[] {
  return fields.map((field) => {
    const segments = diffText(fieldText(from, field), fieldText(to, field));
    const changed = hasChanges(segments);
    return { field, changed, segments, reasons: changed ? reasons.filter((r) => r.field === null || r.field === field) : [] };
  });
}

function status(from: unknown, to: unknown, fields: FieldDiff[]): DiffStatus {
  if (!from) return DiffStatus.ADDED;
  if (!to) return DiffStatus.REMOVED;
  return fields.some((f) => f.changed) ? DiffStatus.CHANGED : DiffStatus.UNCHANGED;
}

/**
 * Pairs the items of two versions by key, in the later version's order, each removed item placed
 * after the item that preceded it in the earlier version.
 */
export function pairInOrder<T extends object>(from: readonly T[], to: readonly T[], key: (item: T) => string): { key: string; from: T | null; to: T | null }[] {
  const fromByKey = new Map(from.map((item) => [key(item), item]));
  const toKeys = new Set(to.map(key));
  const pairs = to.map((item) => ({ key: key(item), from: fromByKey.get(key(item)) ?? null, to: item as T | null }));
  let previous: string | null = null;
  for (const item of from) {
    const k = key(item);
    if (!toKeys.has(k)) {
      const after: number = previous === null ? -1 : pairs.findIndex((pair) => pair.key === previous);
      pairs.splice(after + 1, 0, { key: k, from: item, to: null });
    }
    previous = k;
  }
  return pairs;
}

export function diffSections(from: ActionPlanSectionEntity[], to: ActionPlanSectionEntity[], reasons: ReasonsByTarget): SectionDiff[] {
  return pairInOrder(from, to, (s) => s.lineageId).map((pair) => {
    const all = reasons.get(sectionKey(pair.key)) ?? [];
    const fields = fieldDiffs(pair.from, pair.to, SECTION_FIELDS, all);
    return { lineageId: pair.key, status: status(pair.from, pair.to, fields), from: pair.from, to: pair.to, fields, reasons: all };
  });
}

export function diffMeasures(from: ActionPlanMeasureEntity[], to: ActionPlanMeasureEntity[], reasons: ReasonsByTarget): MeasureDiff[] {
  return pairInOrder(from, to, (m) => m.measureId).map((pair) => {
    const all = reasons.get(measureKey(pair.key)) ?? [];
    const fields = fieldDiffs(pair.from, pair.to, MEASURE_FIELDS, all);
    return { measureId: pair.key, status: status(pair.from, pair.to, fields), from: pair.from, to: pair.to, fields, reasons: all };
  });
}
