import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { PageHeader } from '../ui/PageHeader';
import { PracticeFilters, practiceSearchVariables, usePracticeFilters } from './PracticeFilters';
import { PracticeResults } from './PracticeResults';
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
    variables: { ...practiceSearchVariables(filters), state: filters.state ?? undefined, pageSize: PAGE_SIZE },
  });
  const current = data ?? previousData;
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
      <PracticeResults
        results={current?.practices}
        loading={loading}
        error={error}
        filtered={filters.filtered || !!filters.state}
        empty={{ title: t('list.empty'), hint: t('list.emptyHint'), action: create }}
        linkTo={(id) => practicePath(area, id)}
        showState
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPage={filters.setPage}
      />
    </>
  );
}
