import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { CommentLocationDocument } from './comments.operations';
import { versionReaderPath } from './paths';

/** /a/:area/comments/:commentId — goes to the thread of the comment in the reader of its version. */
export function CommentRedirect() {
  const { t } = useTranslation('comments');
  const { area = '', commentId = '' } = useParams();
  const { data, loading, error } = useQuery(CommentLocationDocument, { variables: { id: commentId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const comment = data?.comment;
  if (!comment) return <EmptyState title={t('reader.commentNotFound')} />;
  return <Navigate replace to={versionReaderPath(area, comment.round.version.actionPlanId, comment.round.version.id, comment.threadId ?? comment.id)} />;
}
