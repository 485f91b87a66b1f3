import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingQuery } from '../gql/graphql';
import { serverError, type ServerError } from '../ui/errors';
import { formatDateTime, fromLocalInput, toLocalInput } from '../ui/format';
import { EmptyState } from '../ui/States';
import { RegistrationButton } from './RegistrationButton';
import { SetMeetingRegistrationDocument } from './trainings.operations';

type Meeting = NonNullable<MeetingQuery['meeting']>;

/**
 * Registration of a training, seminar or workshop on its page: places and the viewer's own
 * registration for everyone; for organisers the settings (open, deadline) and who registered.
 */
export function RegistrationSection({ meeting, reload }: { meeting: Meeting; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('trainings');
  const registrations = meeting.invitations.filter((invitation) => invitation.reply === 'ATTEND');
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600} data-testid="free-places">
            {meeting.capacity == null
              ? t('card.unlimited', { count: meeting.registered })
              : t('card.freePlaces', { count: meeting.freePlaces ?? 0, capacity: meeting.capacity })}
          </Text>
          <Text size="sm" c="dimmed">
            {meeting.registrationAvailable
              ? meeting.registrationDeadline
                ? t('card.deadline', { date: formatDateTime(meeting.registrationDeadline, meeting.timezone) })
                : t('section.openUntilStart')
              : meeting.registrationOpen
                ? t('card.registrationEnded')
                : t('card.registrationClosed')}
          </Text>
          {meeting.cancelledAt ? null : <RegistrationButton training={meeting} onChanged={reload} />}
        </Stack>
      </Paper>
      {meeting.canManage ? (
        <>
          {meeting.cancelledAt ? null : <RegistrationSettings meeting={meeting} reload={reload} />}
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('section.registrations', { count: registrations.length })}
            </Title>
            {registrations.length ? (
              <Table striped aria-label={t('section.registrationsLabel')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('section.person')}</Table.Th>
                      <Table.Th scope="col">{t('section.organisation')}</Table.Th>
                      <Table.Th scope="col">{t('section.registeredAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {registrations.map((registration) => (
                      <Table.Tr key={registration.id}>
                        <Table.Td>{registration.person.fullName}</Table.Td>
                        <Table.Td>{registration.organisation?.name ?? '—'}</Table.Td>
                        <Table.Td>{registration.repliedAt ? formatDateTime(registration.repliedAt, meeting.timezone) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
              </Table>
            ) : (
              <EmptyState title={t('section.noRegistrations')} />
            )}
            <Text size="sm" c="dimmed" mt="sm">
              {t('section.attendanceHint')}
            </Text>
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}

function RegistrationSettings({ meeting, reload }: { meeting: Meeting; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('trainings');
  const [open, setOpen] = useState(meeting.registrationOpen);
  const [deadline, setDeadline] = useState(meeting.registrationDeadline ? toLocalInput(meeting.registrationDeadline, meeting.timezone) : '');
  const [failure, setFailure] = useState<ServerError>();
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetMeetingRegistrationDocument);
  const deadlineError = failure?.field === 'input.deadline' ? failure.message : undefined;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby="registration-settings"
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(undefined);
        setSaved(false);
        try {
          await save({ variables: { input: { meetingId: meeting.id, open, deadline: deadline ? fromLocalInput(deadline, meeting.timezone) : null } } });
          setSaved(true);
          await reload();
        } catch (error) {
          setFailure(serverError(error));
        }
      }}
    >
      <Stack>
        <Title order={2} size="h4" id="registration-settings">
          {t('section.settings')}
        </Title>
        {failure && !deadlineError ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        {saved ? (
          <Alert color="green" role="status">
            {t('section.saved')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch mt={{ base: 0, sm: 'xl' }} label={t('section.open')} description={t('section.openHint')} checked={open} onChange={(event) => setOpen(event.currentTarget.checked)} />
          <TextInput
            label={t('section.deadline')}
            description={t('section.deadlineHint')}
            type="datetime-local"
            value={deadline}
            onChange={(event) => setDeadline(event.currentTarget.value)}
            error={deadlineError}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading}>
            {t('section.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
