import { useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { MeetingKind } from '../gql/graphql';
import { toLocalInput } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { parseMonth } from './calendar';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingCardList } from './MeetingCard';
import { MEETING_KINDS } from './kinds';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { MeetingGroupsDocument, MeetingsDocument } from './meetings.operations';
import { descendingWindow, takeDescending } from './paging';

const PAGE_SIZE = 20;

/** Meetings of the area: a filtered list (upcoming or past) or a month calendar. */
export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const { area = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { me, isAreaCoordinator } = useMe();
  const timezone = useAreaTimezone();
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const groups = useQuery(MeetingGroupsDocument);

  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const groupId = params.get('groupId') || null;
  const kindParam = params.get('kind');
  const kind = MEETING_KINDS.includes(kindParam as MeetingKind) ? (kindParam as MeetingKind) : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const month = parseMonth(params.get('month')) ? params.get('month')! : toLocalInput(now, timezone).slice(0, 7);

  const update = (changes: Record<string, string | null>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  const canSchedule = isAreaCoordinator || (me?.coordinatedGroupIds.length ?? 0) > 0;
  const linkTo = (id: string) => `/a/${area}/meetings/${id}`;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          canSchedule ? (
            <Button component={Link} to={`/a/${area}/meetings/new${groupId ? `?groupId=${groupId}` : ''}`}>
              {t('list.schedule')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('list.viewLabel')}
          value={view}
          onChange={(value) => update({ view: value === 'calendar' ? 'calendar' : null })}
          data={[
            { value: 'list', label: t('list.viewList') },
            { value: 'calendar', label: t('list.viewCalendar') },
          ]}
          w={{ base: '100%', xs: 'fit-content' }}
        />
        <Group align="flex-end" gap="sm" grow preventGrowOverflow={false}>
          <Select
            label={t('filter.group')}
            placeholder={t('filter.allGroups')}
            clearable
            searchable
            value={groupId}
            onChange={(value) => update({ groupId: value })}
            data={(groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
            miw={200}
          />
          <Select
            label={t('filter.kind')}
            placeholder={t('filter.allKinds')}
            clearable
            value={kind}
            onChange={(value) => update({ kind: value })}
            data={MEETING_KINDS.map((value) => ({ value, label: t(`common:enums.MeetingKind.${value}`) }))}
            miw={200}
          />
          {view === 'list' ? (
            <Select
              label={t('filter.when')}
              allowDeselect={false}
              value={when}
              onChange={(value) => update({ when: value === 'past' ? 'past' : null })}
              data={[
                { value: 'upcoming', label: t('filter.upcoming') },
                { value: 'past', label: t('filter.past') },
              ]}
              miw={160}
            />
          ) : null}
        </Group>

        {view === 'calendar' ? (
          <MeetingCalendar
            month={month}
            onMonthChange={(value) => update({ month: value }, true)}
            groupId={groupId}
            kind={kind}
            timezone={timezone}
            linkTo={linkTo}
          />
        ) : when === 'upcoming' ? (
          <UpcomingList filter={{ from: now, groupId, kind }} page={page} onPage={(value) => update({ page: String(value) }, true)} linkTo={linkTo} />
        ) : (
          <PastList filter={{ to: now, groupId, kind }} page={page} onPage={(value) => update({ page: String(value) }, true)} linkTo={linkTo} />
        )}
      </Stack>
    </>
  );
}

interface ListProps {
  filter: { from?: string; to?: string; groupId: string | null; kind: MeetingKind | null };
  page: number;
  onPage: (page: number) => void;
  linkTo: (id: string) => string;
}

function UpcomingList({ filter, page, onPage, linkTo }: ListProps) {
  const { t } = useTranslation('meetings');
  const { data, loading, error } = useQuery(MeetingsDocument, { variables: { filter, page, pageSize: PAGE_SIZE } });
  if (error) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const items = data?.meetings.items ?? [];
  if (!items.length) return <EmptyState title={t('list.emptyUpcoming')} />;
  return (
    <>
      <MeetingCardList meetings={items} linkTo={linkTo} />
      <PaginationBar page={page} pageSize={PAGE_SIZE} total={data?.meetings.total ?? 0} onChange={onPage} />
    </>
  );
}

/** Past meetings newest first, cut from the API's ascending pages. */
function PastList({ filter, page, onPage, linkTo }: ListProps) {
  const { t } = useTranslation('meetings');
  const count = useQuery(MeetingsDocument, { variables: { filter, page: 1, pageSize: 1 } });
  const total = count.data?.meetings.total ?? 0;
  const window = descendingWindow(total, page, PAGE_SIZE);
  const [firstPage, secondPage] = window.ascendingPages;
  const first = useQuery(MeetingsDocument, { variables: { filter, page: firstPage ?? 1, pageSize: PAGE_SIZE }, skip: firstPage === undefined });
  const second = useQuery(MeetingsDocument, { variables: { filter, page: secondPage ?? 1, pageSize: PAGE_SIZE }, skip: secondPage === undefined });
  const error = count.error ?? first.error ?? second.error;
  if (error) return <ErrorState error={error} />;
  const waiting = !count.data || (firstPage !== undefined && !first.data) || (secondPage !== undefined && !second.data);
  if (waiting) return <LoadingState />;
  const pages = [first.data?.meetings.items ?? [], ...(secondPage !== undefined ? [second.data?.meetings.items ?? []] : [])];
  const items = takeDescending(window, PAGE_SIZE, pages);
  if (!items.length) return <EmptyState title={t('list.emptyPast')} />;
  return (
    <>
      <MeetingCardList meetings={items} linkTo={linkTo} />
      <PaginationBar page={page} pageSize={PAGE_SIZE} total={total} onChange={onPage} />
    </>
  );
}
