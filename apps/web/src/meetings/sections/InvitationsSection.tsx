import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationReply } from '../../gql/graphql';
import { serverError, type ServerError } from '../../ui/errors';
import { EmptyState } from '../../ui/States';
import type { MeetingData } from '../MeetingPage';
import { StatusBadge } from '../MeetingParts';
import { InviteToMeetingDocument, MeetingPeopleDocument, ReplyToInvitationDocument } from '../meetings.operations';

const REPLIES: InvitationReply[] = ['ATTEND', 'MAYBE', 'DECLINE'];
const REPLY_COLORS: Record<InvitationReply, string> = { ATTEND: 'green', MAYBE: 'yellow', DECLINE: 'red', PENDING: 'gray' };

/** Who is invited and what they replied; the viewer's own reply; inviting for organisers. */
export function InvitationsSection({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('meetings');
  const summary = meeting.attendanceSummary;
  const counts: [string, number][] = [
    [t('invitations.count.invited'), summary.invited],
    [t('invitations.count.attending'), summary.attending],
    [t('invitations.count.maybe'), summary.maybe],
    [t('invitations.count.declined'), summary.declined],
    [t('invitations.count.pending'), summary.pending],
  ];

  return (
    <Stack>
      {meeting.myInvitation && !meeting.cancelledAt ? <MyReply meeting={meeting} reload={reload} /> : null}
      <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs" component="dl" m={0}>
        {counts.map(([label, value]) => (
          <Paper key={label} withBorder p="xs">
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {meeting.canManage && !meeting.cancelledAt ? <InviteForm meeting={meeting} /> : null}
      {meeting.invitations.length ? (
        <Table.ScrollContainer minWidth={340}>
          <Table striped aria-label={t('invitations.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('invitations.person')}</Table.Th>
                <Table.Th scope="col">{t('invitations.organisation')}</Table.Th>
                <Table.Th scope="col">{t('invitations.reply')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.person.fullName}</Table.Td>
                  <Table.Td>{invitation.organisation?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={REPLY_COLORS[invitation.reply]}>{t(`common:enums.InvitationReply.${invitation.reply}`)}</StatusBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <EmptyState title={t('invitations.none')}>{meeting.canManage ? t('invitations.noneHint') : null}</EmptyState>
      )}
    </Stack>
  );
}

/** "Zúčastním se / Možná / Nezúčastním se": toggle buttons, the chosen one pressed. */
function MyReply({ meeting, reload }: { meeting: MeetingData; reload: () => Promise<unknown> }) {
  const { t } = useTranslation('meetings');
  const [reply, { loading }] = useMutation(ReplyToInvitationDocument);
  const [failure, setFailure] = useState<ServerError>();
  const current = meeting.myInvitation?.reply;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4" id="my-reply-title">
          {t('invitations.myReply')}
        </Title>
        <Group gap="xs" role="group" aria-labelledby="my-reply-title">
          {REPLIES.map((value) => (
            <Button
              key={value}
              size="md"
              variant={current === value ? 'filled' : 'default'}
              aria-pressed={current === value}
              loading={loading}
              onClick={async () => {
                setFailure(undefined);
                try {
                  await reply({ variables: { input: { meetingId: meeting.id, reply: value } } });
                  await reload();
                } catch (error) {
                  setFailure(serverError(error));
                }
              }}
            >
              {current === value ? '✓ ' : ''}
              {t(`common:enums.InvitationReply.${value}`)}
            </Button>
          ))}
        </Group>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Invite the whole group, or chosen people found by name or e-mail. */
function InviteForm({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation('meetings');
  const [invite, { loading }] = useMutation(InviteToMeetingDocument);
  const [failure, setFailure] = useState<ServerError>();
  const [done, setDone] = useState<string>();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [selected, setSelected] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const people = useQuery(MeetingPeopleDocument, { variables: { search: debounced || null, pageSize: 20 } });
  const invited = new Set(meeting.invitations.map((invitation) => invitation.person.id));
  const found = (people.data?.people.items ?? []).filter((person) => !invited.has(person.id));
  const data = [
    ...selected.map((id) => ({ value: id, label: labels[id] ?? id })),
    ...found.filter((person) => !selected.includes(person.id)).map((person) => ({ value: person.id, label: person.fullName })),
  ];

  const run = async (input: { groupId?: string; personIds?: string[] }, message: string) => {
    setFailure(undefined);
    setDone(undefined);
    try {
      await invite({ variables: { input: { meetingId: meeting.id, ...input } } });
      setDone(message);
      return true;
    } catch (error) {
      setFailure(serverError(error));
      return false;
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('invitations.inviteTitle')}
        </Title>
        {meeting.groupId ? (
          <Button
            variant="light"
            w="fit-content"
            loading={loading}
            onClick={() => void run({ groupId: meeting.groupId! }, t('invitations.groupInvited', { group: meeting.group?.name ?? '' }))}
          >
            {t('invitations.inviteGroup')}
          </Button>
        ) : null}
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label={t('invitations.addPeople')}
            placeholder={selected.length ? undefined : t('invitations.searchPeople')}
            searchable
            clearable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={people.loading ? t('common:loading') : t('invitations.nobodyFound')}
            data={data}
            value={selected}
            onChange={(ids) => {
              const names = { ...labels };
              for (const person of found) names[person.id] = person.fullName;
              setLabels(names);
              setSelected(ids);
            }}
            style={{ flex: '1 1 260px' }}
          />
          <Button
            disabled={!selected.length}
            loading={loading}
            onClick={async () => {
              if (await run({ personIds: selected }, t('invitations.peopleInvited', { count: selected.length }))) setSelected([]);
            }}
          >
            {t('invitations.inviteSelected')}
          </Button>
        </Group>
        {done ? (
          <Alert color="green" role="status">
            {done}
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
