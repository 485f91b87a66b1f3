import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { PracticeFilters, practiceSearchVariables, usePracticeFilters } from './PracticeFilters';
import { PracticeResults } from './PracticeResults';
import { publicPracticePath } from './paths';
import { PublicPracticesDocument } from './practices.operations';

const PAGE_SIZE = 10;

/** `/p/:area/practices`: the public good-practice library, searched with or without diacritics. */
export function PublicPracticesPage() {
  const { t } = useTranslation('practices');
  const { area = '' } = useParams();
  const filters = usePracticeFilters();
  const { data, previousData, loading, error } = useQuery(PublicPracticesDocument, {
    variables: { areaSlug: area, ...practiceSearchVariables(filters), pageSize: PAGE_SIZE },
  });
  const current = data ?? previousData;

  return (
    <>
      <PageHeader title={t('public.title')} subtitle={t('public.subtitle')} />
      <PracticeFilters filters={filters} tags={current?.publicPracticeTags ?? []} />
      <PracticeResults
        results={current?.publicPractices}
        loading={loading}
        error={error}
        filtered={filters.filtered}
        empty={{ title: t('public.empty'), hint: t('public.emptyHint') }}
        linkTo={(id) => publicPracticePath(area, id)}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPage={filters.setPage}
      />
    </>
  );
}
