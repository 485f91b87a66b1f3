/** One agenda item as edited in the form (strings, as inputs give them). */
export interface AgendaDraftItem {
  /** Stable key for React while items move. */
  key: string;
  title: string;
  presenterId: string | null;
  durationMinutes: string;
  notes: string;
  /** The measure discussed under the item, if any. */
  measureId: string | null;
  /** The development intention discussed under the item, if any. */
  intentionId: string | null;
}

let counter = 0;
export const newAgendaKey = (): string => `agenda-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export const emptyAgendaItem = (): AgendaDraftItem => ({ key: newAgendaKey(), title: '', presenterId: null, durationMinutes: '', notes: '', measureId: null, intentionId: null });

/** The list with the item at `from` moved to `to` (both clamped); the input is not changed. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= items.length) return result;
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = result.splice(from, 1) as [T];
  result.splice(target, 0, moved);
  return result;
}

export const removeItem = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

export const replaceItem = <T>(items: readonly T[], index: number, item: T): T[] => items.map((current, i) => (i === index ? item : current));

/** What setAgenda / createMeeting receive: trimmed, items without a title left out, numbers parsed. */
export function toAgendaInput(items: readonly AgendaDraftItem[]): {
  title: string;
  presenterId?: string | null;
  notes?: string | null;
  durationMinutes?: number | null;
  measureId?: string | null;
  intentionId?: string | null;
}[] {
  return items
    .filter((item) => item.title.trim() !== '')
    .map((item) => {
      const minutes = Number.parseInt(item.durationMinutes, 10);
      return {
        title: item.title.trim(),
        presenterId: item.presenterId || null,
        notes: item.notes.trim() || null,
        durationMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : null,
        measureId: item.measureId || null,
        intentionId: item.intentionId || null,
      };
    });
}

/** The editable form of a saved agenda. */
export function fromAgenda(
  items: readonly {
    title: string;
    presenter?: { id: string } | null;
    notes?: string | null;
    durationMinutes?: number | null;
    measure?: { id: string } | null;
    intention?: { id: string } | null;
    /** Kept even when the viewer may not see the intention itself. */
    intentionId?: string | null;
  }[],
): AgendaDraftItem[] {
  return items.map((item) => ({
    key: newAgendaKey(),
    title: item.title,
    presenterId: item.presenter?.id ?? null,
    durationMinutes: item.durationMinutes != null ? String(item.durationMinutes) : '',
    notes: item.notes ?? '',
    measureId: item.measure?.id ?? null,
    intentionId: item.intentionId ?? item.intention?.id ?? null,
  }));
}

/** Total planned minutes of the items that have a duration. */
export const totalMinutes = (items: readonly { durationMinutes?: number | null }[]): number =>
  items.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0);
