import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeHitFieldsFragment } from '../gql/graphql';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PracticeHitCard } from './PracticeHitCard';

interface PracticeResultsProps {
  results: { total: number; items: PracticeHitFieldsFragment[] } | undefined;
  loading: boolean;
  error: unknown;
  /** Whether a search text or a filter narrows the list (the empty state then says "nothing found"). */
  filtered: boolean;
  empty: { title: string; hint: string; action?: ReactNode };
  linkTo: (practiceId: string) => string;
  showState?: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** The results of a library search: how many, the cards, the pages; or a loader, an error, an empty state. */
export function PracticeResults({ results, loading, error, filtered, empty, linkTo, showState = false, page, pageSize, onPage }: PracticeResultsProps) {
  const { t } = useTranslation('practices');
  if (loading && !results) return <LoadingState />;
  if (!results || results.items.length === 0) {
    if (error) return <ErrorState error={error} />;
    return (
      <EmptyState title={filtered ? t('list.noMatch') : empty.title} action={filtered ? null : empty.action}>
        {filtered ? t('list.noMatchHint') : empty.hint}
      </EmptyState>
    );
  }
  return (
    <>
      <ErrorState error={error} />
      <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
        {t('list.found', { count: results.total })}
      </Text>
      <Stack gap="sm">
        {results.items.map((hit) => (
          <PracticeHitCard key={hit.practice.id} hit={hit} to={linkTo(hit.practice.id)} showState={showState} />
        ))}
      </Stack>
      <PaginationBar page={page} pageSize={pageSize} total={results.total} onChange={onPage} />
    </>
  );
}
