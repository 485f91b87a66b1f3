import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { serverError, type ServerError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { LoadingState } from '../ui/States';
import { emptyAgendaItem } from './agenda';
import { kindForGroup, MeetingForm, WHOLE_AREA, type MeetingFormValues } from './MeetingForm';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { CreateMeetingDocument, InviteToMeetingDocument, MeetingGroupsDocument } from './meetings.operations';

/** Scheduling a meeting, then inviting the group's members in one step. */
export function NewMeetingPage() {
  const { t } = useTranslation('meetings');
  const { area = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const timezone = useAreaTimezone();
  const { me, loading, isAreaCoordinator, coordinates } = useMe();
  const groups = useQuery(MeetingGroupsDocument);
  const [create] = useMutation(CreateMeetingDocument);
  const [created, setCreated] = useState<{ id: string; groupId: string | null; groupName?: string }>();

  if (loading || (groups.loading && !groups.data)) return <LoadingState />;
  if (!isAreaCoordinator && !(me?.coordinatedGroupIds.length ?? 0)) {
    return (
      <>
        <PageHeader title={t('new.title')} />
        <Alert color="yellow">{t('new.notAllowed')}</Alert>
      </>
    );
  }

  if (created) {
    return (
      <>
        <PageHeader title={t('new.title')} />
        <InviteStep area={area} meeting={created} onDone={() => navigate(`/a/${area}/meetings/${created.id}`)} />
      </>
    );
  }

  const wanted = params.get('groupId');
  const preselected = wanted && coordinates(wanted) ? wanted : isAreaCoordinator ? WHOLE_AREA : (me?.coordinatedGroupIds[0] ?? '');
  const group = groups.data?.groups.find((candidate) => candidate.id === preselected);
  const initial: MeetingFormValues = {
    groupId: preselected,
    kind: kindForGroup(group?.kind),
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    place: '',
    onlineUrl: '',
    capacity: '',
    isPublic: false,
    projectId: '',
    agenda: [emptyAgendaItem()],
  };

  return (
    <>
      <PageHeader title={t('new.title')} />
      <MeetingForm
        initial={initial}
        timezone={timezone}
        submitLabel={t('new.submit')}
        onCancel={() => navigate(`/a/${area}/meetings`)}
        onSubmit={async (fields) => {
          const { data } = await create({
            variables: { input: { ...fields, timezone } },
            refetchQueries: ['Meetings'],
          });
          if (data) {
            const groupName = groups.data?.groups.find((candidate) => candidate.id === data.createMeeting.groupId)?.name;
            setCreated({ id: data.createMeeting.id, groupId: data.createMeeting.groupId ?? null, groupName });
          }
        }}
      />
    </>
  );
}

/** After scheduling: invite the whole group (checked by default), then open the meeting. */
function InviteStep({ meeting, onDone }: { area: string; meeting: { id: string; groupId: string | null; groupName?: string }; onDone: () => void }) {
  const { t } = useTranslation('meetings');
  const [inviteAll, setInviteAll] = useState(true);
  const [failure, setFailure] = useState<ServerError>();
  const [invite, { loading }] = useMutation(InviteToMeetingDocument);

  const next = async () => {
    setFailure(undefined);
    if (meeting.groupId && inviteAll) {
      try {
        await invite({ variables: { input: { meetingId: meeting.id, groupId: meeting.groupId } } });
      } catch (error) {
        setFailure(serverError(error));
        return;
      }
    }
    onDone();
  };

  return (
    <Paper withBorder p="lg" maw={560}>
      <Stack>
        <Alert color="green" role="status">
          <Text fw={700}>{t('new.createdTitle')}</Text>
          <Text>{t('new.createdText')}</Text>
        </Alert>
        <Title order={2} size="h4">
          {t('new.inviteTitle')}
        </Title>
        {meeting.groupId ? (
          <Checkbox
            label={t('new.inviteAll')}
            description={meeting.groupName ? t('new.inviteAllHint', { group: meeting.groupName }) : undefined}
            checked={inviteAll}
            onChange={(event) => setInviteAll(event.currentTarget.checked)}
          />
        ) : (
          <Text>{t('new.inviteLater')}</Text>
        )}
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <Button onClick={() => void next()} loading={loading} w="fit-content">
          {t('new.continue')}
        </Button>
      </Stack>
    </Paper>
  );
}
