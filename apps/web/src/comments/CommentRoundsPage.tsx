import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { CommentRoundsPanel } from './CommentRoundsPanel';

/** /a/:area/plan-versions/:versionId/comment-rounds — the rounds of one version (the plans' version page can mount the panel itself). */
export function CommentRoundsPage() {
  const { t } = useTranslation('comments');
  const { versionId = '' } = useParams();
  return (
    <>
      <PageHeader title={t('rounds.title')} />
      <CommentRoundsPanel versionId={versionId} />
    </>
  );
}
