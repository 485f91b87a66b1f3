import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Autocomplete, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { serverError, type ServerError } from '../../ui/errors';
import { EmptyState } from '../../ui/States';
import type { MeetingData } from '../MeetingPage';
import { AddMeetingGuestDocument, MeetingOrganisationsDocument, RecordAttendanceDocument, RemoveMeetingGuestDocument } from '../meetings.operations';

const ATTENDANCE: Attendance[] = ['PRESENT', 'EXCUSED', 'ABSENT'];
const NOT_MARKED = '';

/** The attendance sheet for the meeting room: one big three-way switch per invitee, then guests. */
export function AttendanceSection({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('meetings');
  const initial = () => Object.fromEntries(meeting.invitations.map((invitation) => [invitation.person.id, invitation.attendance ?? NOT_MARKED]));
  const [marks, setMarks] = useState<Record<string, string>>(initial);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ServerError>();
  const [record, { loading }] = useMutation(RecordAttendanceDocument);
  const summary = meeting.attendanceSummary;
  const mark = (changes: Record<string, string>) => {
    setMarks((current) => ({ ...current, ...changes }));
    setDirty(true);
    setSaved(false);
  };

  const save = async () => {
    setFailure(undefined);
    const entries = meeting.invitations
      .filter((invitation) => marks[invitation.person.id])
      .map((invitation) => ({ personId: invitation.person.id, attendance: marks[invitation.person.id] as Attendance }));
    try {
      await record({ variables: { input: { meetingId: meeting.id, entries } } });
      setDirty(false);
      setSaved(true);
    } catch (error) {
      setFailure(serverError(error));
    }
  };

  return (
    <Stack>
      <Text aria-live="polite">
        {t('attendance.summary', { present: summary.present, excused: summary.excused, absent: summary.absent, guests: summary.guests })}
      </Text>
      {meeting.invitations.length ? (
        <>
          <Group>
            <Button
              variant="light"
              onClick={() => mark(Object.fromEntries(meeting.invitations.map((invitation) => [invitation.person.id, 'PRESENT'])))}
            >
              {t('attendance.allPresent')}
            </Button>
          </Group>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('attendance.listLabel')}>
            {meeting.invitations.map((invitation) => (
              <Paper component="li" key={invitation.id} withBorder p="sm">
                <Group justify="space-between" gap="xs">
                  <div>
                    <Text fw={600}>{invitation.person.fullName}</Text>
                    <Text size="sm" c="dimmed">
                      {[invitation.organisation?.name, t(`common:enums.InvitationReply.${invitation.reply}`)].filter(Boolean).join(' · ')}
                    </Text>
                  </div>
                  <SegmentedControl
                    size="sm"
                    fullWidth
                    w={{ base: '100%', sm: 'auto' }}
                    styles={{ label: { paddingInline: 6, paddingBlock: 10, fontSize: 'var(--mantine-font-size-sm)' } }}
                    aria-label={t('attendance.of', { name: invitation.person.fullName })}
                    value={marks[invitation.person.id] ?? NOT_MARKED}
                    onChange={(value) => mark({ [invitation.person.id]: value })}
                    data={ATTENDANCE.map((value) => ({ value, label: t(`common:enums.Attendance.${value}`) }))}
                    color="komplan"
                  />
                </Group>
              </Paper>
            ))}
          </Stack>
          {failure ? (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          ) : null}
          {saved ? (
            <Alert color="green" role="status">
              {t('attendance.saved')}
            </Alert>
          ) : null}
          <Group>
            <Button size="md" loading={loading} onClick={() => void save()}>
              {t('attendance.save')}
            </Button>
            {dirty ? (
              <Text size="sm" c="dimmed">
                {t('attendance.unsaved')}
              </Text>
            ) : null}
          </Group>
        </>
      ) : (
        <EmptyState title={t('attendance.noInvitees')}>{t('attendance.noInviteesHint')}</EmptyState>
      )}
      <Guests meeting={meeting} reload={reload} />
    </Stack>
  );
}

/** Walk-in guests: name and organisation (one of the area's, or written in). */
function Guests({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('meetings');
  const [fullName, setFullName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [failure, setFailure] = useState<ServerError>();
  const [debounced] = useDebouncedValue(organisation, 250);
  const organisations = useQuery(MeetingOrganisationsDocument, { variables: { search: debounced || null } });
  const [add, { loading }] = useMutation(AddMeetingGuestDocument);
  const [remove] = useMutation(RemoveMeetingGuestDocument);
  const options = organisations.data?.organisations.items ?? [];

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!fullName.trim()) {
      setNameError(t('attendance.guestNameRequired'));
      return;
    }
    setNameError(undefined);
    const name = organisation.trim();
    const known = options.find((candidate) => candidate.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    try {
      await add({
        variables: {
          input: { meetingId: meeting.id, fullName: fullName.trim(), organisationId: known?.id ?? null, organisationName: known ? null : name || null },
        },
      });
      setFullName('');
      setOrganisation('');
      await reload();
    } catch (error) {
      const found = serverError(error);
      if (found?.field === 'input.fullName') setNameError(found.message);
      else setFailure(found);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('attendance.guests')}
        </Title>
        {meeting.guests.length ? (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
            {meeting.guests.map((guest) => (
              <Group component="li" key={guest.id} justify="space-between" wrap="nowrap">
                <Text>
                  {guest.fullName}
                  {guest.organisation?.name || guest.organisationName ? (
                    <Text span c="dimmed">
                      {' · '}
                      {guest.organisation?.name ?? guest.organisationName}
                    </Text>
                  ) : null}
                </Text>
                <ConfirmButton
                  size="compact-md"
                  variant="subtle"
                  color="red"
                  confirmColor="red.9"
                  aria-label={t('attendance.removeGuestNamed', { name: guest.fullName })}
                  question={t('attendance.removeGuestQuestion', { name: guest.fullName })}
                  confirmLabel={t('attendance.removeGuest')}
                  onConfirm={async () => {
                    try {
                      await remove({ variables: { input: { meetingId: meeting.id, guestId: guest.id } } });
                      await reload();
                    } catch (error) {
                      setFailure(serverError(error));
                    }
                  }}
                >
                  {t('attendance.removeGuest')}
                </ConfirmButton>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">{t('attendance.noGuests')}</Text>
        )}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('attendance.guestName')}
              value={fullName}
              onChange={(event) => setFullName(event.currentTarget.value)}
              error={nameError}
              required
              maxLength={200}
              style={{ flex: '1 1 200px' }}
            />
            <Autocomplete
              label={t('attendance.guestOrganisation')}
              description={t('attendance.guestOrganisationHint')}
              value={organisation}
              onChange={setOrganisation}
              data={options.map((candidate) => candidate.name)}
              filter={({ options: all }) => all}
              maxLength={300}
              style={{ flex: '1 1 200px' }}
            />
          </Group>
          <Button type="submit" mt="sm" variant="light" loading={loading}>
            {t('attendance.addGuest')}
          </Button>
        </form>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
