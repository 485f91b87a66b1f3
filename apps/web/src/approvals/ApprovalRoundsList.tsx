import { useQuery } from '@apollo/client/react';
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { formatDateTime } from '../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { ApprovalRoundsDocument } from './approvals.operations';
import { PhaseBadge, ResultBadge } from './badges';

/** The approval rounds of an action plan, newest first, for the plan page. */
export function ApprovalRoundsList({ actionPlanId }: { actionPlanId: string }) {
  const { t } = useTranslation('approvals');
  const { area = '' } = useParams();
  const zone = useAreaTimezone();
  const { data, loading, error } = useQuery(ApprovalRoundsDocument, { variables: { actionPlanId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const rounds = data?.approvalRounds ?? [];
  if (!rounds.length) return <EmptyState title={t('list.empty')} />;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={t('list.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.round')}</Table.Th>
            <Table.Th>{t('list.version')}</Table.Th>
            <Table.Th>{t('round.closesAt')}</Table.Th>
            <Table.Th>{t('list.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Td>
                <Anchor component={Link} to={`/a/${area}/approval-rounds/${round.id}`}>
                  {round.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{round.version.number}</Table.Td>
              <Table.Td>{formatDateTime(round.closesAt, zone)}</Table.Td>
              <Table.Td>{round.result ? <ResultBadge result={round.result} /> : <PhaseBadge phase={round.phase} closed={false} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
