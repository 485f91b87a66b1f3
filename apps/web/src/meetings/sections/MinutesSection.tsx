import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { serverError, type ServerError } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { EmptyState } from '../../ui/States';
import type { MeetingData } from '../MeetingPage';
import { Paragraphs, StatusBadge } from '../MeetingParts';
import { PublishMinutesDocument, SaveMinutesDocument } from '../meetings.operations';

/** Published minutes for everyone; the draft editor (with conflict detection) for organisers. */
export function MinutesSection({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<MeetingData | undefined> }) {
  const { t } = useTranslation('meetings');
  const minutes = meeting.minutes;
  if (minutes?.status === 'PUBLISHED' || !meeting.canManage) {
    if (!minutes || minutes.status !== 'PUBLISHED') return <EmptyState title={t('minutes.notPublished')} />;
    return (
      <Stack>
        <Group gap="xs">
          <StatusBadge color="teal">{t('common:enums.MinutesStatus.PUBLISHED')}</StatusBadge>
          {minutes.publishedAt ? (
            <Text size="sm" c="dimmed">
              {t('minutes.publishedAt', { date: formatDateTime(minutes.publishedAt, meeting.timezone) })}
            </Text>
          ) : null}
        </Group>
        <Paper withBorder p="md">
          <Paragraphs text={minutes.body} />
        </Paper>
      </Stack>
    );
  }
  return <MinutesEditor meeting={meeting} reload={reload} />;
}

function MinutesEditor({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<MeetingData | undefined> }) {
  const { t } = useTranslation('meetings');
  const minutes = meeting.minutes;
  const version = minutes?.version ?? 0;
  const [body, setBody] = useState(minutes?.body ?? '');
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<{ message: string; mine: string }>();
  const [failure, setFailure] = useState<ServerError>();
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SaveMinutesDocument);
  const [publish, publishing] = useMutation(PublishMinutesDocument);
  const dirty = body !== (minutes?.body ?? '') || baseVersion !== version;

  const submit = async () => {
    setFailure(undefined);
    setSaved(false);
    try {
      const { data } = await save({ variables: { input: { meetingId: meeting.id, body, expectedVersion: baseVersion } } });
      if (data) {
        if (!minutes) await reload();
        setBaseVersion(data.saveMinutes.version);
        setConflict(undefined);
        setSaved(true);
      }
    } catch (error) {
      const found = serverError(error);
      if (found?.code === 'CONFLICT') setConflict({ message: found.message, mine: body });
      else setFailure(found);
    }
  };

  const loadOther = async () => {
    const fresh = await reload();
    setBody(fresh?.minutes?.body ?? '');
    setBaseVersion(fresh?.minutes?.version ?? 0);
  };

  return (
    <Stack>
      <Group gap="xs">
        <StatusBadge color="gray">{t('common:enums.MinutesStatus.DRAFT')}</StatusBadge>
        <Text size="sm">{t('minutes.version', { version: baseVersion })}</Text>
        {minutes?.updatedAt ? (
          <Text size="sm" c="dimmed">
            {t('minutes.updated', { date: formatDateTime(minutes.updatedAt, meeting.timezone), name: minutes.updatedBy?.fullName ?? '—' })}
          </Text>
        ) : null}
      </Group>
      {conflict ? (
        <Alert color="orange" role="alert">
          <Stack gap="xs">
            <Text fw={700}>{t('minutes.conflictTitle')}</Text>
            <Text size="sm">{conflict.message}</Text>
            <Button
              variant="white"
              color="orange"
              w="fit-content"
              onClick={() => void loadOther()}
            >
              {t('minutes.loadOther')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <Textarea
        label={t('minutes.body')}
        description={t('minutes.bodyHint')}
        autosize
        minRows={8}
        maxRows={30}
        value={body}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          setSaved(false);
        }}
      />
      {conflict ? (
        <Textarea label={t('minutes.yourText')} description={t('minutes.yourTextHint')} autosize minRows={4} maxRows={20} readOnly value={conflict.mine} />
      ) : null}
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      {saved ? (
        <Alert color="green" role="status">
          {t('minutes.saved', { version: baseVersion })}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={() => void submit()} loading={saving.loading}>
          {t('minutes.save')}
        </Button>
        <ConfirmButton
          color="komplan"
          variant="outline"
          disabled={!minutes || dirty || !body.trim()}
          loading={publishing.loading}
          question={t('minutes.publishQuestion')}
          details={t('minutes.publishDetails')}
          confirmLabel={t('minutes.publishConfirm')}
          onConfirm={async () => {
            setFailure(undefined);
            try {
              await publish({ variables: { input: { meetingId: meeting.id, expectedVersion: baseVersion } } });
              await reload();
            } catch (error) {
              const found = serverError(error);
              if (found?.code === 'CONFLICT') setConflict({ message: found.message, mine: body });
              else setFailure(found);
            }
          }}
        >
          {t('minutes.publish')}
        </ConfirmButton>
        {dirty && minutes ? (
          <Text size="sm" c="dimmed">
            {t('minutes.saveBeforePublish')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
