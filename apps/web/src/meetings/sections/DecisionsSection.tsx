import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { serverError, type ServerError } from '../../ui/errors';
import { EmptyState } from '../../ui/States';
import type { MeetingData } from '../MeetingPage';
import { DecisionList } from '../MeetingParts';
import { AddDecisionDocument, RemoveDecisionDocument } from '../meetings.operations';

/** The numbered decisions (usnesení); organisers add and remove them. */
export function DecisionsSection({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('meetings');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string>();
  const [failure, setFailure] = useState<ServerError>();
  const [add, { loading }] = useMutation(AddDecisionDocument);
  const [remove] = useMutation(RemoveDecisionDocument);

  if (!meeting.canManage) {
    return meeting.decisions.length ? <DecisionList items={meeting.decisions} label={t('tabs.decisions')} /> : <EmptyState title={t('decisions.none')} />;
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!text.trim()) {
      setTextError(t('decisions.textRequired'));
      return;
    }
    setTextError(undefined);
    try {
      await add({ variables: { input: { meetingId: meeting.id, text: text.trim() } } });
      setText('');
      await reload();
    } catch (error) {
      const found = serverError(error);
      if (found?.field === 'input.text') setTextError(found.message);
      else setFailure(found);
    }
  };

  return (
    <Stack>
      {meeting.decisions.length ? (
        <List type="ordered" spacing="sm" aria-label={t('tabs.decisions')}>
          {meeting.decisions.map((decision, index) => (
            <List.Item key={decision.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Text style={{ whiteSpace: 'pre-line' }}>{decision.text}</Text>
                <ConfirmButton
                  size="compact-md"
                  variant="subtle"
                  color="red"
                  confirmColor="red.9"
                  question={t('decisions.removeQuestion', { number: index + 1 })}
                  details={decision.text}
                  confirmLabel={t('decisions.removeConfirm')}
                  onConfirm={async () => {
                    try {
                      await remove({ variables: { input: { meetingId: meeting.id, decisionId: decision.id } } });
                      await reload();
                    } catch (error) {
                      setFailure(serverError(error));
                    }
                  }}
                >
                  {t('decisions.remove', { number: index + 1 })}
                </ConfirmButton>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <EmptyState title={t('decisions.none')} />
      )}
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      <Paper withBorder p="md" component="form" onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('decisions.newText')}
            description={t('decisions.newTextHint')}
            autosize
            minRows={2}
            maxRows={10}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={textError}
            required
          />
          <Button type="submit" loading={loading} w="fit-content">
            {t('decisions.add')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
