import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { toLocalInput } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { MeetingForm, WHOLE_AREA } from './MeetingForm';
import { MeetingDocument, UpdateMeetingDocument } from './meetings.operations';

/** The schedule form again, filled in with the meeting (the agenda has its own tab). */
export function EditMeetingPage() {
  const { t } = useTranslation('meetings');
  const { area = '', meetingId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(MeetingDocument, { variables: { id: meetingId } });
  const [update] = useMutation(UpdateMeetingDocument);
  const back = () => navigate(`/a/${area}/meetings/${meetingId}`);

  if (error) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const meeting = data?.meeting;
  if (!meeting) return <EmptyState title={t('detail.notFound')} />;
  if (!meeting.canManage) {
    return (
      <>
        <PageHeader title={t('edit.title')} />
        <Alert color="yellow">{t('edit.notAllowed')}</Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('edit.title')} subtitle={meeting.title} />
      <MeetingForm
        editing
        timezone={meeting.timezone}
        submitLabel={t('edit.submit')}
        onCancel={back}
        initial={{
          groupId: meeting.groupId ?? WHOLE_AREA,
          kind: meeting.kind,
          title: meeting.title,
          description: meeting.description ?? '',
          startsAt: toLocalInput(meeting.startsAt, meeting.timezone),
          endsAt: toLocalInput(meeting.endsAt, meeting.timezone),
          place: meeting.place ?? '',
          onlineUrl: meeting.onlineUrl ?? '',
          capacity: meeting.capacity != null ? String(meeting.capacity) : '',
          isPublic: meeting.isPublic,
          projectId: meeting.projectId ?? '',
          agenda: [],
        }}
        onSubmit={async ({ groupId: _groupId, agenda: _agenda, ...fields }) => {
          await update({ variables: { input: { id: meeting.id, ...fields } } });
          back();
        }}
      />
    </>
  );
}
