import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, List, Paper, Radio, Select, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { IntentionQuery } from '../gql/graphql';
import { useMyProviderOrganisations, useServiceTypes } from '../services/useServiceTypes';
import { typeLabel } from '../services/services.schema';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError } from '../ui/errors';
import { formatDate, formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import {
  ForwardIntentionDocument,
  GroupMeetingsDocument,
  IntentionDocument,
  RecordIntentionOpinionDocument,
  RecordIntentionOutcomeDocument,
  WithdrawIntentionDocument,
} from './intentions.operations';
import { FUNDING_SOURCES } from './intentions.schema';
import { formatFte, formatMoney } from './money';
import { StateBadge } from './StateBadge';

type Intention = NonNullable<IntentionQuery['intention']>;

/** One intention: what it asks for, its money, its history, and the next step for whoever may take it. */
export function IntentionPage() {
  const { t } = useTranslation('intentions');
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(IntentionDocument, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const intention = data?.intention;
  if (!intention) return <EmptyState title={t('detail.notFound')} />;
  return <IntentionDetail intention={intention} />;
}

function IntentionDetail({ intention }: { intention: Intention }) {
  const { t } = useTranslation('intentions');
  const { area = '' } = useParams();
  const { isAreaCoordinator, coordinates } = useMe();
  const { organisations } = useMyProviderOrganisations();
  const { byType } = useServiceTypes();
  const [failure, setFailure] = useState<string>();
  const refetch = { refetchQueries: ['Intention', 'Intentions'] };
  const [withdraw] = useMutation(WithdrawIntentionDocument, refetch);
  const [forward] = useMutation(ForwardIntentionDocument, refetch);
  const isOwn = organisations.some((organisation) => organisation.id === intention.organisation.id);
  const reviews = isAreaCoordinator || coordinates(intention.reviewingGroup.id);
  const typeInfo = byType.get(intention.serviceType);
  const name = intention.service?.name ?? intention.newServiceName ?? '—';
  const run = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };

  const rows: [string, string][] = [
    [t('fields.organisation'), intention.organisation.name],
    [t('fields.serviceType'), typeInfo ? typeLabel(typeInfo) : intention.serviceType],
    [t('fields.kind'), t(`enums.IntentionKind.${intention.kind}`)],
    [
      t('fields.capacity'),
      `${intention.currentCapacity} → ${intention.proposedCapacity} ${t(`services:enums.CapacityUnitShort.${intention.capacityUnit}`)}`,
    ],
    [t('fields.fteChange'), formatFte(intention.fteChange)],
    [t('fields.annualCost'), formatMoney(intention.annualCost)],
    ...FUNDING_SOURCES.map((source): [string, string] => [t(`funding.${source}`), formatMoney(intention.funding[source])]),
    [t('fields.startYear'), String(intention.startYear)],
    [t('fields.reviewingGroup'), intention.reviewingGroup.name],
    [t('fields.justification'), intention.justification],
  ];
  if (intention.opinionReasons) rows.push([t('fields.opinionReasons'), intention.opinionReasons]);

  return (
    <>
      <PageHeader
        title={name}
        subtitle={<StateBadge state={intention.state} />}
        actions={
          <>
            <Button component={Link} to={`/a/${area}/intentions`} variant="default">
              {t('detail.back')}
            </Button>
            {isOwn && intention.state === 'DRAFT' ? (
              <>
                <Button component={Link} to={`/a/${area}/intentions/${intention.id}/edit`}>
                  {t('detail.edit')}
                </Button>
                <ConfirmButton
                  variant="outline"
                  color="red.9"
                  question={t('detail.withdrawQuestion')}
                  details={t('detail.withdrawDetails')}
                  confirmLabel={t('detail.withdraw')}
                  onConfirm={() => run(() => withdraw({ variables: { input: { id: intention.id } } }))}
                >
                  {t('detail.withdraw')}
                </ConfirmButton>
              </>
            ) : null}
            {isAreaCoordinator && intention.state === 'RECOMMENDED' ? (
              <ConfirmButton
                question={t('detail.forwardQuestion')}
                details={t('detail.forwardDetails')}
                confirmLabel={t('detail.forward')}
                confirmColor="blue"
                onConfirm={() => run(() => forward({ variables: { input: { id: intention.id } } }))}
              >
                {t('detail.forward')}
              </ConfirmButton>
            ) : null}
          </>
        }
      />
      {failure ? (
        <Alert color="red" role="alert" mb="md">
          {failure}
        </Alert>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <Table variant="vertical" layout="fixed" aria-label={t('detail.contents')}>
                <Table.Tbody>
                  {rows.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th w={{ base: 130, sm: 200 }}>{label}</Table.Th>
                      <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="measures-title">
              <Title order={2} size="h4" mb="sm" id="measures-title">
                {t('detail.measures')}
              </Title>
              {intention.measures.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('detail.noMeasures')}
                </Text>
              ) : (
                <List spacing={4}>
                  {intention.measures.map((measure) => (
                    <List.Item key={measure.id}>
                      <Anchor component={Link} to={`/a/${area}/measures/${measure.id}`}>
                        {measure.number} {measure.title}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Paper>
            {intention.opinionMeetingId ? (
              <Anchor component={Link} to={`/a/${area}/meetings/${intention.opinionMeetingId}`}>
                {t('detail.opinionMeeting')}
              </Anchor>
            ) : null}
            {reviews && intention.state === 'SUBMITTED' ? <OpinionForm intention={intention} /> : null}
            {isAreaCoordinator && intention.state === 'FORWARDED' ? <OutcomeForm intention={intention} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="md">
              {t('detail.history')}
            </Title>
            <Timeline active={intention.history.length - 1} bulletSize={14} lineWidth={2}>
              {intention.history.map((entry) => (
                <Timeline.Item
                  key={entry.id}
                  title={
                    entry.fromState === entry.toState
                      ? t('detail.edited')
                      : entry.fromState
                        ? t(`enums.IntentionState.${entry.toState}`)
                        : t('detail.created')
                  }
                >
                  <Text size="sm">{entry.person.fullName}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.createdAt)}
                  </Text>
                  {entry.reason ? (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.reason}
                    </Text>
                  ) : null}
                </Timeline.Item>
              ))}
            </Timeline>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The reviewing group's coordinator records its opinion, optionally naming the meeting. */
function OpinionForm({ intention }: { intention: Intention }) {
  const { t } = useTranslation('intentions');
  const [verdict, setVerdict] = useState<string>('');
  const [reasons, setReasons] = useState('');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const meetings = useQuery(GroupMeetingsDocument, { variables: { groupId: intention.reviewingGroup.id } });
  const [record, recording] = useMutation(RecordIntentionOpinionDocument, { refetchQueries: ['Intention', 'Intentions'] });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(undefined);
    if (!verdict || !reasons.trim()) return;
    try {
      await record({ variables: { input: { id: intention.id, recommended: verdict === 'RECOMMENDED', reasons: reasons.trim(), meetingId } } });
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="opinion-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="opinion-title">
            {t('opinion.title', { group: intention.reviewingGroup.name })}
          </Title>
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Radio.Group label={t('opinion.verdict')} required value={verdict} onChange={setVerdict} error={tried && !verdict ? t('common:form.choose') : undefined}>
            <Group mt="xs">
              <Radio value="RECOMMENDED" label={t('enums.IntentionState.RECOMMENDED')} />
              <Radio value="NOT_RECOMMENDED" label={t('enums.IntentionState.NOT_RECOMMENDED')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('opinion.reasons')}
            required
            autosize
            minRows={3}
            value={reasons}
            onChange={(event) => setReasons(event.currentTarget.value)}
            error={tried && !reasons.trim() ? t('common:form.required') : undefined}
          />
          <Select
            label={t('opinion.meeting')}
            placeholder={t('opinion.noMeeting')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:clear') }}
            data={(meetings.data?.meetings.items ?? []).map((meeting) => ({ value: meeting.id, label: `${formatDate(meeting.startsAt)} – ${meeting.title}` }))}
            value={meetingId}
            onChange={setMeetingId}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={recording.loading}>
              {t('opinion.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The area coordinator records whether the region included the forwarded intention. */
function OutcomeForm({ intention }: { intention: Intention }) {
  const { t } = useTranslation('intentions');
  const [included, setIncluded] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [record, recording] = useMutation(RecordIntentionOutcomeDocument, { refetchQueries: ['Intention', 'Intentions'] });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(undefined);
    if (!included) return;
    try {
      await record({ variables: { input: { id: intention.id, included: included === 'INCLUDED', reason: reason.trim() || null } } });
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcome-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="outcome-title">
            {t('outcome.title')}
          </Title>
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Radio.Group label={t('outcome.verdict')} required value={included} onChange={setIncluded} error={tried && !included ? t('common:form.choose') : undefined}>
            <Group mt="xs">
              <Radio value="INCLUDED" label={t('enums.IntentionState.INCLUDED')} />
              <Radio value="NOT_INCLUDED" label={t('enums.IntentionState.NOT_INCLUDED')} />
            </Group>
          </Radio.Group>
          <Textarea label={t('outcome.reason')} autosize minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button type="submit" loading={recording.loading}>
              {t('outcome.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
