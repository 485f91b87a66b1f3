import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { RoundReader } from './CommentingReader';
import { PublicConsultationDocument } from './comments.operations';
import { publicConsultationsPath } from './paths';

/**
 * `/p/:area/consultations/:roundId`: a public comment round for visitors — the version's text with
 * its comments, commenting on the draft, a part or a selected passage as a guest (name, e-mail,
 * consent), replies, and new comments arriving live.
 */
export function PublicConsultationPage() {
  const { t } = useTranslation('comments');
  const { area = '', roundId = '' } = useParams();
  const { data, loading, error } = useQuery(PublicConsultationDocument, { variables: { id: roundId } });
  const round = data?.commentRound;
  const back = (
    <Anchor component={Link} to={publicConsultationsPath(area)} size="sm">
      {t('public.back')}
    </Anchor>
  );
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!round) return <EmptyState title={t('public.notFound')} action={back} />;
  return (
    <>
      <PageHeader title={round.version.actionPlan.title} subtitle={t('public.versionSubtitle', { number: round.version.number })} actions={back} />
      <RoundReader version={round.version} round={round} />
    </>
  );
}
