import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PracticeFilters, usePracticeFilters } from './PracticeFilters';
import { PracticeHitCard } from './PracticeHitCard';
import { newPracticePath, practicePath, publicPracticesPath } from './paths';
import { PracticesDocument } from './practices.operations';

const PAGE_SIZE = 20;

/** `/a/:area/practices`: the library for the people of the area, with the drafts they write. */
export function PracticesPage() {
  const { t } = useTranslation('practices');
  const { area = '' } = useParams();
  const { me } = useMe();
  const roles = me?.person?.roles ?? [];
  const writes = roles.some((role) => role === 'COORDINATOR' || role === 'MEMBER' || role === 'PROVIDER');
  const filters = usePracticeFilters();
  const { data, previousData, loading, error } = useQuery(PracticesDocument, {
    variables: {
      search: filters.query || undefined,
      tag: filters.tag ?? undefined,
      targetGroup: filters.targetGroup ?? undefined,
      state: filters.state ?? undefined,
      sort: filters.sort,
      page: filters.page,
      pageSize: PAGE_SIZE,
    },
  });
  const current = data ?? previousData;
  const results = current?.practices;
  const filtered = !!filters.query || !!filters.tag || !!filters.targetGroup || !!filters.state;
  const create = writes ? (
    <Button component={Link} to={newPracticePath(area)}>
      {t('list.create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <>
            <Button component={Link} to={publicPracticesPath(area)} variant="default">
              {t('list.publicView')}
            </Button>
            {create}
          </>
        }
      />
      <PracticeFilters filters={filters} tags={current?.practiceTags ?? []} withState />
      <ErrorState error={error} />
      {loading && !results ? (
        <LoadingState />
      ) : !results || results.items.length === 0 ? (
        error ? null : (
          <EmptyState title={filtered ? t('list.noMatch') : t('list.empty')} action={filtered ? null : create}>
            {filtered ? t('list.noMatchHint') : t('list.emptyHint')}
          </EmptyState>
        )
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
            {t('list.found', { count: results.total })}
          </Text>
          <Stack gap="sm">
            {results.items.map((hit) => (
              <PracticeHitCard key={hit.practice.id} hit={hit} to={practicePath(area, hit.practice.id)} showState />
            ))}
          </Stack>
          <PaginationBar page={filters.page} pageSize={PAGE_SIZE} total={results.total} onChange={filters.setPage} />
        </>
      )}
    </>
  );
}
