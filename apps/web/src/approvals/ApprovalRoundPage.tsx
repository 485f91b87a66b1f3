import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError, type ServerError } from '../ui/errors';
import { formatDateTime, formatNumber } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { ErrorState, LoadingState } from '../ui/States';
import { ApprovalRoundDocument, ApprovalRoundEventsDocument, CloseApprovalRoundDocument } from './approvals.operations';
import type { ApprovalRoundQuery } from '../gql/graphql';
import { PhaseBadge, ResultBadge } from './badges';
import { VoteForm } from './VoteForm';

/** Live-ish: the tally is fetched again every 5 s while the round has no result. */
type Round = NonNullable<ApprovalRoundQuery['approvalRound']>;

/** An approval round: the vote form for voters, the tally, and for the coordinator the voters and the close. */
export function ApprovalRoundPage() {
  const { t } = useTranslation('approvals');
  const { roundId = '' } = useParams();
  const { data, loading, error } = useQuery(ApprovalRoundDocument, { variables: { id: roundId } });
  const round = data?.approvalRound;
  // Votes and the close arrive live over the WebSocket; the cache updates the page.
  useSubscription(ApprovalRoundEventsDocument, { variables: { roundId }, skip: !round || round.result !== null });

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!round) return <Alert color="yellow">{t('round.notFound')}</Alert>;

  return (
    <>
      <PageHeader
        title={round.title}
        subtitle={t('round.subtitle', { plan: round.actionPlan.title, version: round.version.number })}
        actions={<PhaseBadge phase={round.phase} closed={round.closedAt !== null} />}
      />
      <Stack gap="lg">
        <RoundFacts round={round} />
        {round.result ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="result-heading" role="status">
            <Group gap="sm" mb="xs">
              <Title order={2} size="h3" id="result-heading">
                {t('result.title')}
              </Title>
              <ResultBadge result={round.result} />
            </Group>
            <Text>{t(`result.explain.${round.result}`)}</Text>
          </Paper>
        ) : null}
        {round.isVoter ? <VoteSection round={round} /> : null}
        {round.tally ? <TallyView tally={round.tally} final={round.result !== null} /> : null}
        {round.canManage ? <ManageSection round={round} /> : null}
      </Stack>
    </>
  );
}

function RoundFacts({ round }: { round: Round }) {
  const { t } = useTranslation('approvals');
  const zone = useAreaTimezone();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Text>
          <strong>{t('round.opensAt')}:</strong> {formatDateTime(round.opensAt, zone)}
        </Text>
        <Text>
          <strong>{t('round.closesAt')}:</strong> {formatDateTime(round.closesAt, zone)}
        </Text>
        <Text>
          <strong>{t('round.rule')}:</strong> {t('round.ruleText', { quorum: round.quorumPercent, approval: round.approvalPercent })}
        </Text>
        <Text>
          <strong>{t('round.groups')}:</strong> {round.groups.map((group) => group.name).join(', ')} ({t('round.eligible', { count: round.eligibleCount ?? 0 })})
        </Text>
      </SimpleGrid>
    </Paper>
  );
}

function VoteSection({ round }: { round: Round }) {
  const { t } = useTranslation('approvals');
  const open = round.phase === 'OPEN';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="vote-heading">
      <Title order={2} size="h3" id="vote-heading" mb="sm">
        {t('vote.title')}
      </Title>
      {round.myVote ? (
        <Text mb="sm" data-testid="my-vote">
          {t('vote.mine', { choice: t(`choice.${round.myVote.choice}`) })}
          {round.myVote.reservation ? ` — ${round.myVote.reservation}` : ''}
        </Text>
      ) : (
        <Text mb="sm" c="dimmed">
          {t('vote.notYet')}
        </Text>
      )}
      {open ? <VoteForm roundId={round.id} current={round.myVote} /> : <Text c="dimmed">{round.phase === 'UPCOMING' ? t('vote.upcoming') : t('vote.closed')}</Text>}
    </Paper>
  );
}

export function TallyView({ tally, final }: { tally: NonNullable<Round['tally']>; final: boolean }) {
  const { t } = useTranslation('approvals');
  const rows = [
    ['APPROVE', tally.approve],
    ['APPROVE_WITH_RESERVATIONS', tally.approveWithReservations],
    ['REJECT', tally.reject],
    ['ABSTAIN', tally.abstain],
  ] as const;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tally-heading">
      <Title order={2} size="h3" id="tally-heading" mb="sm">
        {final ? t('tally.finalTitle') : t('tally.title')}
      </Title>
      <Table aria-labelledby="tally-heading" withTableBorder={false} maw={480}>
        <Table.Tbody>
          {rows.map(([choice, count]) => (
            <Table.Tr key={choice}>
              <Table.Th scope="row">{t(`choice.${choice}`)}</Table.Th>
              <Table.Td ta="right" data-testid={`tally-${choice}`}>
                {count}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('tally.votesCast')}</Table.Th>
            <Table.Td ta="right" data-testid="tally-votes">
              {t('tally.votesOf', { cast: tally.votesCast, eligible: tally.eligible, turnout: formatNumber(tally.turnoutPercent) })}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group gap="xs" mt="sm" aria-live="polite">
        <Badge color={tally.quorumMet ? 'green' : 'gray'} variant="dot" data-testid="quorum">
          {tally.quorumMet ? t('tally.quorumMet') : t('tally.quorumMissing', { needed: tally.quorumVotes })}
        </Badge>
        <Badge color={tally.approvalMet ? 'green' : 'gray'} variant="dot" data-testid="approval">
          {tally.approvalMet ? t('tally.approvalMet') : t('tally.approvalMissing')}
        </Badge>
        {!final ? (
          <Text size="sm" c="dimmed">
            {t('tally.wouldBe', { result: t(`result.name.${tally.result}`) })}
          </Text>
        ) : null}
      </Group>
    </Paper>
  );
}

function ManageSection({ round }: { round: Round }) {
  const { t } = useTranslation('approvals');
  const { area = '' } = useParams();
  const zone = useAreaTimezone();
  const [failure, setFailure] = useState<ServerError>();
  const [close, { loading }] = useMutation(CloseApprovalRoundDocument, { refetchQueries: ['ApprovalRound'], awaitRefetchQueries: true });
  const voters = round.voters ?? [];
  const voted = voters.filter((voter) => voter.voted).length;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="voters-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="voters-heading">
          {t('voters.title', { voted, total: voters.length })}
        </Title>
        {round.result === null ? (
          <ConfirmButton
            color="red.9"
            loading={loading}
            question={t('close.question')}
            details={t('close.details', { voted, total: voters.length })}
            confirmLabel={t('close.confirm')}
            onConfirm={async () => {
              setFailure(undefined);
              try {
                await close({ variables: { roundId: round.id } });
              } catch (error) {
                setFailure(serverError(error));
              }
            }}
          >
            {t('close.button')}
          </ConfirmButton>
        ) : null}
      </Group>
      {failure ? (
        <Alert color="red" role="alert" mb="sm">
          {failure.message}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={360}>
        <Table aria-labelledby="voters-heading" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('voters.name')}</Table.Th>
              <Table.Th>{t('voters.voted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {voters.map((voter) => (
              <Table.Tr key={voter.person.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/a/${area}/people/${voter.person.id}`}>
                    {voter.person.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{voter.votedAt ? t('voters.votedAt', { at: formatDateTime(voter.votedAt, zone) }) : t('voters.notVoted')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
