import { useQuery } from '@apollo/client/react';
import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../ui/States';
import { PracticeArticle } from './PracticeArticle';
import { publicPracticesPath } from './paths';
import { PublicPracticeDocument } from './practices.operations';

/** `/p/:area/practices/:practiceId`: a published article of the library, with its files. */
export function PublicPracticePage() {
  const { t } = useTranslation('practices');
  const { area = '', practiceId = '' } = useParams();
  const { data, loading, error } = useQuery(PublicPracticeDocument, { variables: { areaSlug: area, id: practiceId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const back = (
    <Anchor component={Link} to={publicPracticesPath(area)} size="sm">
      {t('article.back')}
    </Anchor>
  );
  const practice = data?.publicPractice;
  if (!practice) {
    return (
      <Alert color="yellow" title={t('article.notFound')}>
        {back}
      </Alert>
    );
  }
  return <PracticeArticle practice={practice} back={back} tagLink={(tag) => `${publicPracticesPath(area)}?tag=${encodeURIComponent(tag)}`} />;
}
