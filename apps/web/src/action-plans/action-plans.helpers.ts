import { CombinedGraphQLErrors } from '@apollo/client';

/** The stored and the sent text of a section whose save met a CONFLICT (from the error's extensions). */
export interface SectionConflict {
  theirs: { title: string; body: string; revision: number; updatedAt: string; updatedByName: string | null };
  yours: { title: string; body: string; revision: number };
}

/** The conflict a failed section save carries, or undefined for any other failure. */
export function sectionConflict(error: unknown): SectionConflict | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const extensions = error.errors[0]?.extensions as Partial<SectionConflict> & { code?: string } | undefined;
  if (extensions?.code !== 'CONFLICT' || !extensions.theirs || !extensions.yours) return undefined;
  return { theirs: extensions.theirs, yours: extensions.yours };
}

export interface MeasureLike {
  priorityTitle: string;
  goalTitle: string;
}

export interface PriorityGroup<M> {
  priorityTitle: string;
  goals: { goalTitle: string; measures: M[] }[];
}

/** Measures (in strategy order) grouped under their priority and goal, keeping the order. */
export function groupMeasures<M extends MeasureLike>(measures: readonly M[]): PriorityGroup<M>[] {
  const groups: PriorityGroup<M>[] = [];
  for (const measure of measures) {
    let priority = groups[groups.length - 1];
    if (priority?.priorityTitle !== measure.priorityTitle) {
      priority = { priorityTitle: measure.priorityTitle, goals: [] };
      groups.push(priority);
    }
    let goal = priority.goals[priority.goals.length - 1];
    if (goal?.goalTitle !== measure.goalTitle) {
      goal = { goalTitle: measure.goalTitle, measures: [] };
      priority.goals.push(goal);
    }
    goal.measures.push(measure);
  }
  return groups;
}

/** The pair of versions a diff page opens with: the one before the latest, and the latest. */
export function defaultDiffPair(versions: readonly { id: string; number: number }[]): { from: string; to: string } | undefined {
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  if (sorted.length < 2) return undefined;
  return { from: sorted[sorted.length - 2]!.id, to: sorted[sorted.length - 1]!.id };
}

/** Sum of exact decimal strings ("1250.50") as an exact decimal string with two places, without floats. */
export function sumAmounts(amounts: readonly string[]): string {
  let total = 0n;
  for (const amount of amounts) {
    const negative = amount.startsWith('-');
    const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
    const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
    total += negative ? -value : value;
  }
  const sign = total < 0n ? '-' : '';
  const abs = total < 0n ? -total : total;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A diff item is shown when it changed, or when the reader asked for unchanged ones too. */
export const visibleDiff = <T extends { status: string }>(items: readonly T[], showUnchanged: boolean): T[] =>
  items.filter((item) => showUnchanged || item.status !== 'UNCHANGED');
