import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ActionPlanVersionDocument } from '../action-plans/action-plans.operations';
import { PageHeader } from '../ui/PageHeader';
import { ErrorState, LoadingState } from '../ui/States';
import { CommentRoundsPanel } from './CommentRoundsPanel';

/**
 * /a/:area/plan-versions/:versionId/comment-rounds — the rounds of a version live on its plan's
 * page (tab "Rounds"); this address goes there, or shows the panel alone if the plan is not found.
 */
export function CommentRoundsPage() {
  const { t } = useTranslation('comments');
  const { area = '', versionId = '' } = useParams();
  const { data, loading, error } = useQuery(ActionPlanVersionDocument, { variables: { id: versionId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const version = data?.actionPlanVersion;
  if (version) return <Navigate replace to={`/a/${area}/action-plans/${version.actionPlan.id}?tab=rounds#version-${version.id}`} />;
  return (
    <>
      <PageHeader title={t('rounds.title')} />
      <CommentRoundsPanel versionId={versionId} />
    </>
  );
}
