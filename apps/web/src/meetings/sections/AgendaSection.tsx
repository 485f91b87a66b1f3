import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverError, type ServerError } from '../../ui/errors';
import { formatNumber } from '../../ui/format';
import { EmptyState } from '../../ui/States';
import { fromAgenda, toAgendaInput, totalMinutes, type AgendaDraftItem } from '../agenda';
import { AgendaEditor } from '../AgendaEditor';
import type { MeetingData } from '../MeetingPage';
import { AgendaList } from '../MeetingParts';
import { SetAgendaDocument } from '../meetings.operations';

/** The ordered agenda; organisers edit it as a whole (setAgenda replaces the list). */
export function AgendaSection({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation('meetings');
  const [draft, setDraft] = useState<AgendaDraftItem[]>();
  const [failure, setFailure] = useState<ServerError>();
  const [saved, setSaved] = useState(false);
  const [setAgenda, { loading }] = useMutation(SetAgendaDocument);
  const minutes = totalMinutes(meeting.agenda);

  if (draft) {
    return (
      <Stack>
        <AgendaEditor value={draft} onChange={setDraft} />
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <Group>
          <Button
            loading={loading}
            onClick={async () => {
              setFailure(undefined);
              try {
                await setAgenda({ variables: { input: { meetingId: meeting.id, items: toAgendaInput(draft) } } });
                setDraft(undefined);
                setSaved(true);
              } catch (error) {
                setFailure(serverError(error));
              }
            }}
          >
            {t('agenda.save')}
          </Button>
          <Button variant="default" onClick={() => setDraft(undefined)}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      {saved ? (
        <Alert color="green" role="status">
          {t('agenda.saved')}
        </Alert>
      ) : null}
      {meeting.agenda.length ? (
        <>
          <AgendaList items={meeting.agenda} label={t('tabs.agenda')} />
          {minutes ? (
            <Text size="sm" c="dimmed">
              {t('agenda.total', { count: minutes, formatted: formatNumber(minutes, 0) })}
            </Text>
          ) : null}
        </>
      ) : (
        <EmptyState title={t('agenda.none')} />
      )}
      {meeting.canManage && !meeting.cancelledAt ? (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => {
            setSaved(false);
            setDraft(fromAgenda(meeting.agenda));
          }}
        >
          {t('agenda.edit')}
        </Button>
      ) : null}
    </Stack>
  );
}
