import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { OpenApprovalRoundForm } from './OpenApprovalRoundForm';

/** `/a/:area/approval-rounds/new?version=<id>`: the open-round form on its own page (the plan page links here). */
export function OpenApprovalRoundPage() {
  const { t } = useTranslation('approvals');
  const { area = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const versionId = params.get('version');
  return (
    <>
      <PageHeader title={t('open.pageTitle')} subtitle={t('open.pageSubtitle')} />
      {versionId ? (
        <OpenApprovalRoundForm versionId={versionId} onOpened={(id) => void navigate(`/a/${area}/approval-rounds/${id}`)} onCancel={() => void navigate(-1)} />
      ) : (
        <Alert color="yellow">{t('open.noVersion')}</Alert>
      )}
    </>
  );
}
