import { useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError } from '../ui/errors';
import { ACCEPTED_FILES, MAX_FILE_BYTES } from './practice-options';
import { DeletePracticeAttachmentDocument } from './practices.operations';
import { uploadPracticeFile } from './upload';

/** Upload a file to an article (its editors); the list refreshes when the file is stored. */
export function PracticeUpload({ area, practiceId, onUploaded }: { area: string; practiceId: string; onUploaded: () => unknown }) {
  const { t } = useTranslation('practices');
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (!file) return;
    setFailure(undefined);
    if (file.size > MAX_FILE_BYTES) {
      setFailure(t('upload.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      const result = await uploadPracticeFile(area, practiceId, file);
      if (result.ok) {
        setFile(null);
        await onUploaded();
      } else {
        setFailure(result.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('upload.label')}
          description={t('upload.hint')}
          placeholder={t('upload.placeholder')}
          accept={ACCEPTED_FILES}
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          error={failure}
          miw={240}
          style={{ flexGrow: 1 }}
        />
        <Button onClick={() => void send()} disabled={!file} loading={busy}>
          {t('upload.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Delete an attachment, after asking. */
export function DeleteAttachmentButton({ id, fileName, onDeleted }: { id: string; fileName: string; onDeleted: () => unknown }) {
  const { t } = useTranslation('practices');
  const [failure, setFailure] = useState<string>();
  const [remove, removing] = useMutation(DeletePracticeAttachmentDocument);
  return (
    <>
      <ConfirmButton
        size="compact-sm"
        variant="outline"
        color="red.9"
        loading={removing.loading}
        question={t('upload.deleteQuestion', { name: fileName })}
        confirmLabel={t('upload.delete')}
        onConfirm={async () => {
          try {
            await remove({ variables: { id } });
            await onDeleted();
          } catch (error) {
            setFailure(serverError(error)?.message);
          }
        }}
      >
        {t('upload.delete')}
      </ConfirmButton>
      {failure ? (
        <Alert color="red" role="alert" w="100%">
          <Text size="sm">{failure}</Text>
        </Alert>
      ) : null}
    </>
  );
}
