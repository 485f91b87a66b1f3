import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { ActionPlanVersionDocument } from './action-plans.operations';
import { CommentingReader } from '../comments/CommentingReader';
import { PlanDownloads } from './PlanDownloads';

/** One version of an action plan as a read-only document. */
export function VersionPage() {
  const { t } = useTranslation('actionPlans');
  const { area = '', planId = '', versionId = '' } = useParams();
  const { data, loading, error } = useQuery(ActionPlanVersionDocument, { variables: { id: versionId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const version = data?.actionPlanVersion;
  if (!version) return <EmptyState title={t('plan.notFound')} />;
  return (
    <>
      <PageHeader
        title={t('reader.title', { plan: version.actionPlan.title, number: version.number })}
        subtitle={
          <Group gap="xs" component="span">
            <span>{version.issuedAt ? t('versions.issued', { when: formatDateTime(version.issuedAt) }) : t('versions.draft')}</span>
            <Anchor component={Link} to={`/a/${area}/action-plans/${planId}`} size="sm">
              {t('reader.back')}
            </Anchor>
          </Group>
        }
        actions={<PlanDownloads versionId={version.id} />}
      />
      {version.isDraft ? (
        <Alert color="yellow" mb="md">
          {t('reader.draftNote')}
        </Alert>
      ) : null}
      <CommentingReader version={version} />
    </>
  );
}
