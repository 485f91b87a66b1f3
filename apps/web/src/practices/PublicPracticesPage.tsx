import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PracticeFilters, usePracticeFilters } from './PracticeFilters';
import { PracticeHitCard } from './PracticeHitCard';
import { publicPracticePath } from './paths';
import { PublicPracticesDocument } from './practices.operations';

const PAGE_SIZE = 10;

/** `/p/:area/practices`: the public good-practice library, searched with or without diacritics. */
export function PublicPracticesPage() {
  const { t } = useTranslation('practices');
  const { area = '' } = useParams();
  const filters = usePracticeFilters();
  const { data, previousData, loading, error } = useQuery(PublicPracticesDocument, {
    variables: {
      areaSlug: area,
      search: filters.query || undefined,
      tag: filters.tag ?? undefined,
      targetGroup: filters.targetGroup ?? undefined,
      sort: filters.sort,
      page: filters.page,
      pageSize: PAGE_SIZE,
    },
  });
  const current = data ?? previousData;
  const results = current?.publicPractices;
  const filtered = !!filters.query || !!filters.tag || !!filters.targetGroup;

  return (
    <>
      <PageHeader title={t('public.title')} subtitle={t('public.subtitle')} />
      <PracticeFilters filters={filters} tags={current?.publicPracticeTags ?? []} />
      <ErrorState error={error} />
      {loading && !results ? (
        <LoadingState />
      ) : !results || results.items.length === 0 ? (
        error ? null : (
          <EmptyState title={filtered ? t('list.noMatch') : t('public.empty')}>{filtered ? t('list.noMatchHint') : t('public.emptyHint')}</EmptyState>
        )
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
            {t('list.found', { count: results.total })}
          </Text>
          <Stack gap="sm">
            {results.items.map((hit) => (
              <PracticeHitCard key={hit.practice.id} hit={hit} to={publicPracticePath(area, hit.practice.id)} />
            ))}
          </Stack>
          <PaginationBar page={filters.page} pageSize={PAGE_SIZE} total={results.total} onChange={filters.setPage} />
        </>
      )}
    </>
  );
}
