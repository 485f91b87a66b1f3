import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { planVersionDocumentPath } from './paths';
import { withLocale } from '../i18n';

/** "Stáhnout DOCX" and "Stáhnout PDF" of one version of an action plan (a draft's document says it is a draft). */
export function PlanDownloads({ versionId }: { versionId: string }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  return (
    <>
      <Button component="a" href={withLocale(planVersionDocumentPath(area, versionId, 'docx'))} download variant="default">
        {t('download.docx')}
      </Button>
      <Button component="a" href={withLocale(planVersionDocumentPath(area, versionId, 'pdf'))} download variant="default">
        {t('download.pdf')}
      </Button>
    </>
  );
}
