import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Box, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingKind } from '../gql/graphql';
import { fromLocalInput, formatTime, localeTag, toLocalInput } from '../ui/format';
import { ErrorState, LoadingState } from '../ui/States';
import { groupByDate, monthGrid, parseMonth, shiftMonth, type MonthKey } from './calendar';
import { MeetingCardList } from './MeetingCard';
import { MeetingsDocument } from './meetings.operations';

const WEEKDAY_BASE = Date.UTC(2024, 0, 1); // a Monday

/** Meetings of one month as a grid of weeks (a list of the month's days on phones). */
export function MeetingCalendar({
  month,
  onMonthChange,
  groupId,
  kind,
  timezone,
  linkTo,
}: {
  month: MonthKey;
  onMonthChange: (month: MonthKey) => void;
  groupId: string | null;
  kind: MeetingKind | null;
  timezone: string;
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation('meetings');
  const parsed = parseMonth(month) ?? { year: 2026, month: 1 };
  const from = fromLocalInput(`${month}-01T00:00`, timezone);
  const to = fromLocalInput(`${shiftMonth(month, 1)}-01T00:00`, timezone);
  const { data, loading, error } = useQuery(MeetingsDocument, {
    variables: { filter: { from, to, groupId, kind }, page: 1, pageSize: 200 },
  });
  const meetings = useMemo(() => data?.meetings.items ?? [], [data]);
  const byDate = useMemo(() => groupByDate(meetings, (meeting) => toLocalInput(meeting.startsAt, timezone).slice(0, 10)), [meetings, timezone]);
  const weeks = monthGrid(parsed.year, parsed.month);
  const today = toLocalInput(new Date().toISOString(), timezone).slice(0, 10);
  const tag = localeTag();
  const monthTitle = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(parsed.year, parsed.month - 1, 15)));
  const weekday = (index: number, style: 'short' | 'long') =>
    new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' }).format(new Date(WEEKDAY_BASE + index * 86_400_000));
  const dayLabel = (date: string) =>
    new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <ActionIcon variant="default" size="lg" onClick={() => onMonthChange(shiftMonth(month, -1))} aria-label={t('calendar.previous')}>
          ‹
        </ActionIcon>
        <Title order={2} size="h3" aria-live="polite" style={{ textTransform: 'capitalize' }}>
          {monthTitle}
        </Title>
        <ActionIcon variant="default" size="lg" onClick={() => onMonthChange(shiftMonth(month, 1))} aria-label={t('calendar.next')}>
          ›
        </ActionIcon>
      </Group>
      <ErrorState error={error} />
      {loading && !data ? <LoadingState /> : null}

      <Box visibleFrom="sm">
        <Table withTableBorder withColumnBorders layout="fixed" aria-label={t('calendar.tableLabel', { month: monthTitle })}>
          <Table.Thead>
            <Table.Tr>
              {Array.from({ length: 7 }, (_, index) => (
                <Table.Th key={index} scope="col" abbr={weekday(index, 'long')} ta="center">
                  {weekday(index, 'short')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weeks.map((week) => (
              <Table.Tr key={week[0]?.date}>
                {week.map((day) => {
                  const dayMeetings = byDate.get(day.date) ?? [];
                  const isToday = day.date === today;
                  return (
                    <Table.Td
                      key={day.date}
                      valign="top"
                      h={96}
                      bg={day.inMonth ? undefined : 'gray.0'}
                      aria-current={isToday ? 'date' : undefined}
                      style={isToday ? { outline: '2px solid var(--mantine-color-komplan-7)', outlineOffset: -2 } : undefined}
                    >
                      <Text size="sm" fw={isToday ? 700 : 400} c={day.inMonth ? undefined : 'dimmed'}>
                        <span aria-hidden="true">{day.day}</span>
                        <VisuallyHidden>{dayLabel(day.date)}</VisuallyHidden>
                      </Text>
                      <Stack gap={2} mt={4}>
                        {dayMeetings.map((meeting) => (
                          <Anchor
                            key={meeting.id}
                            component={Link}
                            to={linkTo(meeting.id)}
                            size="xs"
                            lineClamp={2}
                            td={meeting.cancelledAt ? 'line-through' : undefined}
                          >
                            {formatTime(meeting.startsAt, meeting.timezone)} {meeting.title}
                            {meeting.cancelledAt ? ` (${t('badge.cancelled')})` : ''}
                          </Anchor>
                        ))}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>

      <Box hiddenFrom="sm">
        {byDate.size === 0 && !loading ? (
          <Paper withBorder p="md">
            <Text>{t('calendar.emptyMonth')}</Text>
          </Paper>
        ) : (
          <Stack gap="md">
            {[...byDate.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([date, dayMeetings]) => (
                <section key={date} aria-label={dayLabel(date)}>
                  <Title order={3} size="h5" mb={6} aria-current={date === today ? 'date' : undefined}>
                    {dayLabel(date)}
                  </Title>
                  <MeetingCardList meetings={dayMeetings} linkTo={linkTo} />
                </section>
              ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
