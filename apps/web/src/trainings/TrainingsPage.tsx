import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { withLocale } from '../i18n';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TrainingCardFieldsFragment } from '../gql/graphql';
import { formatDateTime, formatRange } from '../ui/format';
import { StatusBadge } from '../meetings/MeetingParts';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { RegistrationButton } from './RegistrationButton';
import { MyTrainingsDocument, TrainingsDocument } from './trainings.operations';

const PAGE_SIZE = 12;
const TABS = ['upcoming', 'mine', 'past'] as const;
type Tab = (typeof TABS)[number];

/** "Školení": upcoming trainings, seminars and workshops with free places and registration; the viewer's own with certificates. */
export function TrainingsPage() {
  const { t } = useTranslation('trainings');
  const [params, setParams] = useSearchParams();
  const wanted = params.get('tab') as Tab | null;
  const tab: Tab = wanted && TABS.includes(wanted) ? wanted : 'upcoming';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: { tab?: Tab; page?: number }) => {
    const search = new URLSearchParams();
    const nextTab = next.tab ?? tab;
    if (nextTab !== 'upcoming') search.set('tab', nextTab);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs value={tab} onChange={(value) => go({ tab: (value as Tab) ?? 'upcoming', page: 1 })} keepMounted={false}>
        <Tabs.List mb="md" aria-label={t('tabsLabel')}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="upcoming">
          <TrainingList past={false} page={page} onPage={(next) => go({ page: next })} />
        </Tabs.Panel>
        <Tabs.Panel value="mine">
          <MyTrainingList page={page} onPage={(next) => go({ page: next })} />
        </Tabs.Panel>
        <Tabs.Panel value="past">
          <TrainingList past page={page} onPage={(next) => go({ page: next })} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function TrainingList({ past, page, onPage }: { past: boolean; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('trainings');
  const { data, loading, error, refetch } = useQuery(TrainingsDocument, { variables: { past, page, pageSize: PAGE_SIZE } });
  if (error && !data) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const list = data?.trainings;
  if (!list?.items.length) return <EmptyState title={past ? t('empty.past') : t('empty.upcoming')}>{past ? null : t('empty.upcomingHint')}</EmptyState>;
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {list.items.map((item) => (
          <TrainingCard key={item.id} item={item} onChanged={() => refetch()} />
        ))}
      </SimpleGrid>
      <PaginationBar page={page} pageSize={PAGE_SIZE} total={list.total} onChange={onPage} />
    </>
  );
}

function MyTrainingList({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('trainings');
  const { data, loading, error, refetch } = useQuery(MyTrainingsDocument, { variables: { page, pageSize: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const list = data?.myTrainings;
  if (!list?.items.length) return <EmptyState title={t('empty.mine')}>{t('empty.mineHint')}</EmptyState>;
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {list.items.map((item) => (
          <TrainingCard key={item.id} item={item} onChanged={() => refetch()} showCertificate />
        ))}
      </SimpleGrid>
      <PaginationBar page={page} pageSize={PAGE_SIZE} total={list.total} onChange={onPage} />
    </>
  );
}

/** One training: what, when, where, how many places are left, and what the viewer can do. */
function TrainingCard({
  item,
  onChanged,
  showCertificate = false,
}: {
  item: TrainingCardFieldsFragment;
  onChanged: () => unknown;
  showCertificate?: boolean;
}) {
  const { t } = useTranslation('trainings');
  const { area = '' } = useParams();
  const training = item;
  const registered = training.myInvitation?.reply === 'ATTEND';
  const attended = training.myInvitation?.attendance === 'PRESENT';
  const headingId = `training-${training.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{t(`common:enums.MeetingKind.${training.kind}`)}</Badge>
          {registered && !attended ? <StatusBadge color="green">{t('card.registered')}</StatusBadge> : null}
          {attended ? <StatusBadge color="teal">{t('card.attended')}</StatusBadge> : null}
          {training.cancelledAt ? <StatusBadge color="red">{t('card.cancelled')}</StatusBadge> : null}
        </Group>
        <Title order={2} size="h4" id={headingId}>
          <Anchor component={Link} to={`/a/${area}/meetings/${training.id}`} inherit>
            {training.title}
          </Anchor>
        </Title>
        <Text size="sm">
          <time dateTime={training.startsAt}>{formatRange(training.startsAt, training.endsAt, training.timezone)}</time>
        </Text>
        <Text size="sm" c="dimmed">
          {[training.place, training.onlineUrl ? t('card.online') : null, training.group?.name].filter(Boolean).join(' · ') || t('card.noPlace')}
        </Text>
        <Text size="sm" fw={600} data-testid="free-places">
          {training.capacity == null
            ? t('card.unlimited', { count: training.registered })
            : t('card.freePlaces', { count: training.freePlaces ?? 0, capacity: training.capacity })}
        </Text>
        {!training.registrationAvailable && !registered && !training.cancelledAt && new Date(training.endsAt) > new Date() ? (
          <Text size="sm" c="dimmed">
            {training.registrationOpen ? t('card.registrationEnded') : t('card.registrationClosed')}
          </Text>
        ) : training.registrationDeadline && training.registrationAvailable ? (
          <Text size="sm" c="dimmed">
            {t('card.deadline', { date: formatDateTime(training.registrationDeadline, training.timezone) })}
          </Text>
        ) : null}
        <Group>
          {training.cancelledAt ? null : <RegistrationButton training={training} onChanged={onChanged} />}
          {showCertificate && attended ? (
            <Button
              component="a"
              variant="light"
              href={withLocale(`/api/meetings/${training.id}/certificate.pdf?area=${encodeURIComponent(area)}`)}
              download
              aria-label={t('card.certificateFor', { title: training.title })}
            >
              {t('card.certificate')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
