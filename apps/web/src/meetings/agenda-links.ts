/** Options of the agenda item's pickers: measures of the area's plans and development intentions. */

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  group: string;
  items: Option[];
}

interface PlanTree {
  title: string;
  priorities: readonly { goals: readonly { measures: readonly { id: string; number: string; title: string }[] }[] }[];
}

/** "2.1.3 Title" */
export const measureLabel = (measure: { number: string; title: string }): string => `${measure.number} ${measure.title}`;

/** The measures of each plan in the order of its tree, grouped by plan (plans without measures left out). */
export function measureOptionGroups(plans: readonly PlanTree[]): OptionGroup[] {
  return plans
    .map((plan) => ({
      group: plan.title,
      items: plan.priorities.flatMap((priority) => priority.goals.flatMap((goal) => goal.measures.map((measure) => ({ value: measure.id, label: measureLabel(measure) })))),
    }))
    .filter((group) => group.items.length > 0);
}

interface IntentionSummary {
  organisation: { name: string };
  service?: { name: string } | null;
  newServiceName?: string | null;
  startYear?: number | null;
}

/** "Organisation – service (from 2027)": the provider first, then the registered or the new service. */
export function intentionLabel(intention: IntentionSummary, fromYear?: (year: number) => string): string {
  const service = intention.service?.name ?? intention.newServiceName ?? '';
  const head = service ? `${intention.organisation.name} – ${service}` : intention.organisation.name;
  return intention.startYear != null && fromYear ? `${head} (${fromYear(intention.startYear)})` : head;
}
