import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError, type ServerError } from '../ui/errors';
import { ErrorState, LoadingState } from '../ui/States';
import { DeleteAttachmentButton, PracticeUpload } from './PracticeAttachmentsEditor';
import { PracticeArticle } from './PracticeArticle';
import { editPracticePath, practicesPath, publicPracticePath } from './paths';
import { DeletePracticeDocument, PracticeDocument, PublishPracticeDocument, UnpublishPracticeDocument } from './practices.operations';

/** `/a/:area/practices/:practiceId`: an article for the people of the area, with what they may do to it. */
export function PracticePage() {
  const { t } = useTranslation('practices');
  const { area = '', practiceId = '' } = useParams();
  const navigate = useNavigate();
  const { isAreaCoordinator } = useMe();
  const [failure, setFailure] = useState<ServerError>();
  const { data, loading, error, refetch } = useQuery(PracticeDocument, { variables: { id: practiceId } });
  const [publish, publishing] = useMutation(PublishPracticeDocument);
  const [unpublish, unpublishing] = useMutation(UnpublishPracticeDocument);
  const [remove, removing] = useMutation(DeletePracticeDocument, { refetchQueries: ['Practices'] });

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const back = (
    <Anchor component={Link} to={practicesPath(area)} size="sm">
      {t('article.backToList')}
    </Anchor>
  );
  const practice = data?.practice;
  if (!practice) {
    return (
      <Alert color="yellow" title={t('article.notFound')}>
        {back}
      </Alert>
    );
  }
  const attempt = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (caught) {
      setFailure(serverError(caught));
    }
  };
  const published = practice.state === 'PUBLISHED';

  const actions = (
    <>
      {practice.mayEdit ? (
        <Button component={Link} to={editPracticePath(area, practice.id)} variant="default">
          {t('article.edit')}
        </Button>
      ) : null}
      {published ? (
        <Button component={Link} to={publicPracticePath(area, practice.id)} variant="default">
          {t('article.publicView')}
        </Button>
      ) : null}
      {isAreaCoordinator && !published ? (
        <ConfirmButton
          color="komplan"
          loading={publishing.loading}
          question={t('article.publishQuestion', { title: practice.title })}
          details={t('article.publishDetails')}
          confirmLabel={t('article.publish')}
          onConfirm={() => attempt(() => publish({ variables: { id: practice.id } }))}
        >
          {t('article.publish')}
        </ConfirmButton>
      ) : null}
      {isAreaCoordinator && published ? (
        <ConfirmButton
          variant="default"
          confirmColor="orange.9"
          loading={unpublishing.loading}
          question={t('article.unpublishQuestion', { title: practice.title })}
          details={t('article.unpublishDetails')}
          confirmLabel={t('article.unpublish')}
          onConfirm={() => attempt(() => unpublish({ variables: { id: practice.id } }))}
        >
          {t('article.unpublish')}
        </ConfirmButton>
      ) : null}
      {isAreaCoordinator ? (
        <ConfirmButton
          variant="outline"
          color="red.9"
          loading={removing.loading}
          question={t('article.deleteQuestion', { title: practice.title })}
          details={t('article.deleteDetails', { count: practice.attachments.length })}
          confirmLabel={t('article.delete')}
          onConfirm={() =>
            attempt(async () => {
              await remove({ variables: { id: practice.id } });
              navigate(practicesPath(area));
            })
          }
        >
          {t('article.delete')}
        </ConfirmButton>
      ) : null}
    </>
  );

  return (
    <Stack gap="lg">
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      <PracticeArticle
        practice={practice}
        back={back}
        actions={actions}
        tagLink={(tag) => `${practicesPath(area)}?tag=${encodeURIComponent(tag)}`}
        attachmentActions={
          practice.mayEdit ? (attachment) => <DeleteAttachmentButton id={attachment.id} fileName={attachment.fileName} onDeleted={() => refetch()} /> : undefined
        }
      />
      {practice.mayEdit ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="upload-heading">
          <Title order={2} size="h4" id="upload-heading" mb="xs">
            {t('upload.title')}
          </Title>
          <PracticeUpload area={area} practiceId={practice.id} onUploaded={() => refetch()} />
        </Paper>
      ) : null}
    </Stack>
  );
}
