import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { InvitationReply } from '../gql/graphql';
import { formatRange } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { DashboardDocument } from './dashboard.operations';

const REPLY_COLORS: Record<InvitationReply, string> = { PENDING: 'yellow', ATTEND: 'green', DECLINE: 'gray', MAYBE: 'blue' };

/** The area's front page for a signed-in person: next meetings, own groups, coordinators' shortcuts. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { area = '' } = useParams();
  const { me, isAreaCoordinator } = useMe();
  const { data, loading, error } = useQuery(DashboardDocument);
  const person = me?.memberships.find((membership) => membership.area.slug === area)?.person ?? me?.person;
  const areaName = me?.memberships.find((membership) => membership.area.slug === area)?.area.name;
  const meetings = data?.myUpcomingMeetings ?? [];
  // Groups where I am a member (coordinators are members with that role); the area coordinator
  // may manage every group, but "my groups" are only the ones they belong to.
  const myGroups = (data?.groups ?? []).flatMap((group) => {
    const mine = group.members.find((member) => member.person.id === person?.id);
    return mine ? [{ ...group, myRole: mine.role }] : [];
  });

  return (
    <>
      <PageHeader
        title={person ? t('greeting', { name: person.fullName }) : t('title')}
        subtitle={areaName}
        actions={
          isAreaCoordinator ? (
            <>
              <Button component={Link} to={`/a/${area}/meetings/new`}>
                {t('quick.newMeeting')}
              </Button>
              <Button component={Link} to={`/a/${area}/people?add=1`} variant="light">
                {t('quick.invitePerson')}
              </Button>
            </>
          ) : null
        }
      />
      <ErrorState error={error} />
      {loading && !data ? (
        <LoadingState />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack component="section" gap="sm" aria-labelledby="dashboard-meetings">
            <Group justify="space-between">
              <Title order={2} size="h3" id="dashboard-meetings">
                {t('meetings.title')}
              </Title>
              <Anchor component={Link} to={`/a/${area}/meetings`} size="sm">
                {t('meetings.all')}
              </Anchor>
            </Group>
            {meetings.length === 0 ? (
              <EmptyState title={t('meetings.empty')}>{t('meetings.emptyHint')}</EmptyState>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {meetings.map((meeting) => {
                  const reply = meeting.myInvitation?.reply;
                  return (
                    <Card key={meeting.id} withBorder component="li" padding="sm">
                      <Stack gap={4}>
                        <Anchor component={Link} to={`/a/${area}/meetings/${meeting.id}`} fw={600}>
                          {meeting.title}
                        </Anchor>
                        <Text size="sm">{formatRange(meeting.startsAt, meeting.endsAt, meeting.timezone)}</Text>
                        <Text size="sm" c="dimmed">
                          {[t(`common:enums.MeetingKind.${meeting.kind}`), meeting.group?.name, meeting.place ?? (meeting.onlineUrl ? t('meetings.online') : null)]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        {reply ? (
                          <Group gap="xs">
                            <Text size="sm">{t('meetings.myReply')}:</Text>
                            <Badge variant="dot" color={REPLY_COLORS[reply]}>
                              {t(`common:enums.InvitationReply.${reply}`)}
                            </Badge>
                          </Group>
                        ) : null}
                      </Stack>
                    </Card>
                  );
                })}
              </Stack>
            )}
          </Stack>

          <Stack component="section" gap="sm" aria-labelledby="dashboard-groups">
            <Group justify="space-between">
              <Title order={2} size="h3" id="dashboard-groups">
                {t('groups.title')}
              </Title>
              <Anchor component={Link} to={`/a/${area}/groups`} size="sm">
                {t('groups.all')}
              </Anchor>
            </Group>
            {myGroups.length === 0 ? (
              <EmptyState title={t('groups.empty')}>{t('groups.emptyHint')}</EmptyState>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {myGroups.map((group) => (
                  <Card key={group.id} withBorder component="li" padding="sm">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Stack gap={2}>
                        <Anchor component={Link} to={`/a/${area}/groups/${group.id}`} fw={600}>
                          {group.name}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          {[group.targetGroup, t('groups:memberCount', { count: group.memberCount })].filter(Boolean).join(' · ')}
                        </Text>
                      </Stack>
                      {group.myRole === 'COORDINATOR' ? (
                        <Badge variant="light" color="grape">
                          {t('groups.coordinator')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Card>
                ))}
              </Stack>
            )}
          </Stack>
        </SimpleGrid>
      )}
    </>
  );
}
