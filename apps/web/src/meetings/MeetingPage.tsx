import { useQuery } from '@apollo/client/react';
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { MeetingQuery } from '../gql/graphql';
import { isTrainingKind } from '../trainings/kinds';
import { RegistrationSection } from '../trainings/RegistrationSection';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { AgendaSection } from './sections/AgendaSection';
import { AttendanceSection } from './sections/AttendanceSection';
import { DecisionsSection } from './sections/DecisionsSection';
import { InvitationsSection } from './sections/InvitationsSection';
import { MinutesSection } from './sections/MinutesSection';
import { OverviewSection } from './sections/OverviewSection';
import { MeetingDocument } from './meetings.operations';

export type MeetingData = NonNullable<MeetingQuery['meeting']>;

const TABS = ['overview', 'registration', 'agenda', 'invitations', 'attendance', 'minutes', 'decisions'] as const;
type Tab = (typeof TABS)[number];

/** One meeting: overview, agenda, invitations, attendance (organisers), minutes, decisions. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { area = '', meetingId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(MeetingDocument, { variables: { id: meetingId } });

  if (error && !data) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const meeting = data?.meeting;
  if (!meeting) {
    return (
      <>
        <PageHeader title={t('detail.notFound')} />
        <EmptyState title={t('detail.notFoundText')} />
      </>
    );
  }

  const tabs = TABS.filter((tab) => (tab !== 'attendance' || meeting.canManage) && (tab !== 'registration' || isTrainingKind(meeting.kind)));
  const wanted = params.get('tab') as Tab | null;
  const tab: Tab = wanted && tabs.includes(wanted) ? wanted : 'overview';
  const reload = async (): Promise<MeetingData | undefined> => (await refetch()).data?.meeting ?? undefined;

  return (
    <>
      <PageHeader title={meeting.title} subtitle={meeting.group?.name ?? t('wholeArea')} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value && value !== 'overview') next.set('tab', value);
          else next.delete('tab');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('detail.tabsLabel')}>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewSection meeting={meeting} area={area} />
        </Tabs.Panel>
        {isTrainingKind(meeting.kind) ? (
          <Tabs.Panel value="registration">
            <RegistrationSection meeting={meeting} reload={reload} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="agenda">
          <AgendaSection meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="invitations">
          <InvitationsSection meeting={meeting} reload={reload} />
        </Tabs.Panel>
        {meeting.canManage ? (
          <Tabs.Panel value="attendance">
            <AttendanceSection meeting={meeting} reload={reload} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="minutes">
          <MinutesSection meeting={meeting} reload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions">
          <DecisionsSection meeting={meeting} reload={reload} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
