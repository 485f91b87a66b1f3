import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { MeetingCardList } from '../meetings/MeetingCard';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PublicMeetingsDocument } from './public.operations';
import { withLocale } from '../i18n';

const PAGE_SIZE = 20;

/** The public portal's meeting calendar: upcoming and past public meetings. */
export function PublicMeetingsPage() {
  const { t } = useTranslation('public');
  const { area = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const past = params.get('tab') === 'past';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const setTab = (value: string | null) => setParams(value === 'past' ? { tab: 'past' } : {}, { replace: true });
  const setPage = (value: number) => setParams({ ...(past ? { tab: 'past' } : {}), page: String(value) }, { replace: true });

  return (
    <>
      <PageHeader title={t('meetings.title')} subtitle={t('meetings.subtitle')} />
      <Stack>
        <Group gap="xs">
          <Anchor href={withLocale(`/calendar/areas/${encodeURIComponent(area)}.ics`)}>{t('meetings.subscribe')}</Anchor>
          <Text size="sm" c="dimmed">
            {t('meetings.subscribeHint')}
          </Text>
        </Group>
        <Tabs value={past ? 'past' : 'upcoming'} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md" aria-label={t('meetings.tabsLabel')}>
            <Tabs.Tab value="upcoming">{t('meetings.upcoming')}</Tabs.Tab>
            <Tabs.Tab value="past">{t('meetings.past')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="upcoming">
            <PublicList area={area} past={false} page={page} onPage={setPage} />
          </Tabs.Panel>
          <Tabs.Panel value="past">
            <PublicList area={area} past page={page} onPage={setPage} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}

function PublicList({ area, past, page, onPage }: { area: string; past: boolean; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('public');
  const { data, loading, error } = useQuery(PublicMeetingsDocument, { variables: { areaSlug: area, past, page, pageSize: PAGE_SIZE } });
  if (error) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const items = data?.publicMeetings.items ?? [];
  if (!items.length) return <EmptyState title={past ? t('meetings.nonePast') : t('meetings.noneUpcoming')} />;
  return (
    <>
      <MeetingCardList meetings={items} linkTo={(id) => `/p/${area}/meetings/${id}`} />
      <PaginationBar page={page} pageSize={PAGE_SIZE} total={data?.publicMeetings.total ?? 0} onChange={onPage} />
    </>
  );
}
