import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingKind } from '../gql/graphql';
import { formatRange } from '../ui/format';
import { MeetingBadges } from './MeetingParts';

export interface MeetingSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  timezone: string;
  place?: string | null;
  onlineUrl?: string | null;
  isPublic?: boolean;
  cancelledAt?: string | null;
  group?: { id: string; name: string } | null;
}

/** One meeting in a list: when, what (a link to its page), which group, where. */
export function MeetingCard({ meeting, to }: { meeting: MeetingSummary; to: string }) {
  const { t } = useTranslation('meetings');
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          <time dateTime={meeting.startsAt}>{formatRange(meeting.startsAt, meeting.endsAt, meeting.timezone)}</time>
        </Text>
        <Anchor component={Link} to={to} fw={600} size="lg" td={meeting.cancelledAt ? 'line-through' : undefined}>
          {meeting.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {[t(`common:enums.MeetingKind.${meeting.kind}`), meeting.group?.name ?? t('wholeArea'), meeting.place ?? (meeting.onlineUrl ? t('online') : null)]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group gap="xs">
          <MeetingBadges isPublic={meeting.isPublic} cancelledAt={meeting.cancelledAt} />
        </Group>
      </Stack>
    </Paper>
  );
}

/** A list of meeting cards (an <ul> without bullets). */
export function MeetingCardList({ meetings, linkTo }: { meetings: readonly MeetingSummary[]; linkTo: (id: string) => string }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} to={linkTo(meeting.id)} />
      ))}
    </Stack>
  );
}
