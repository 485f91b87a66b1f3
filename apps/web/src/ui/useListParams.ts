import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Search text, filters and page of a list, kept in the address (?q=…&page=2) so that "back" from
 * a detail page returns to the same list. The typed search reaches the address (and the server)
 * once typing pauses.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const settled = params.get('q') ?? '';
  useEffect(() => {
    if (settled !== debounced) {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (debounced) next.set('q', debounced);
          else next.delete('q');
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    }
  }, [debounced, settled, setParams]);

  return {
    params,
    page,
    /** What the user types, shown in the search box. */
    search,
    setSearch,
    /** What the list is filtered by (after the pause). */
    query: debounced,
    update,
    setPage: (next: number) => update({ page: next > 1 ? String(next) : null }),
  };
}

/** The value of a filter in the address when it is one of the allowed ones. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}
