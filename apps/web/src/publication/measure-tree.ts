/** A measure as the plan reader needs it for grouping. */
export interface GroupableMeasure {
  position: number;
  priorityTitle: string;
  goalTitle: string;
}

export interface GoalGroup<M> {
  title: string;
  measures: M[];
}

export interface PriorityGroup<M> {
  title: string;
  goals: GoalGroup<M>[];
}

/**
 * Measures of a version (in strategy order) grouped by priority, then goal, keeping the order in
 * which each priority and goal first appears.
 */
export function groupMeasures<M extends GroupableMeasure>(measures: readonly M[]): PriorityGroup<M>[] {
  const priorities: PriorityGroup<M>[] = [];
  for (const measure of [...measures].sort((a, b) => a.position - b.position)) {
    let priority = priorities.find((p) => p.title === measure.priorityTitle);
    if (!priority) {
      priority = { title: measure.priorityTitle, goals: [] };
      priorities.push(priority);
    }
    let goal = priority.goals.find((g) => g.title === measure.goalTitle);
    if (!goal) {
      goal = { title: measure.goalTitle, measures: [] };
      priority.goals.push(goal);
    }
    goal.measures.push(measure);
  }
  return priorities;
}

/** The exact sum of decimal amounts as the API writes them ("1250000.10"), on whole hundredths, never through a float. */
export function sumAmounts(amounts: readonly string[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    const negative = amount.startsWith('-');
    const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
    const value = BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
    cents += negative ? -value : value;
  }
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
