import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Select, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { IntentionFilter } from '../gql/graphql';
import { useMyProviderOrganisations } from '../services/useServiceTypes';
import { ExportLinks } from '../ui/ExportLinks';
import { formatDate, formatDay, todayIn } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { oneOf, useListParams } from '../ui/useListParams';
import { IntentionCallButton } from './IntentionCallModal';
import { IntentionCallsDocument, IntentionsDocument, ReviewingGroupsDocument } from './intentions.operations';
import { INTENTION_KINDS, INTENTION_STATES } from './intentions.schema';
import { StateBadge } from './StateBadge';

const PAGE_SIZE = 20;

/**
 * Providers see their organisation's intentions in every state ("Moje záměry"), everybody else the
 * submitted ones; coordinators have a queue of what waits for them (?queue=1).
 */
export function IntentionsPage() {
  const { t } = useTranslation('intentions');
  const { area = '' } = useParams();
  const { me, isAreaCoordinator } = useMe();
  const { organisations } = useMyProviderOrganisations();
  const { params, page, update, setPage } = useListParams();
  const groups = useQuery(ReviewingGroupsDocument);
  const calls = useQuery(IntentionCallsDocument);
  const today = todayIn();
  const openCalls = (calls.data?.intentionCalls ?? []).filter((call) => call.deadline >= today);
  const coordinatedIds = me?.coordinatedGroupIds ?? [];
  const isReviewer = isAreaCoordinator || coordinatedIds.length > 0;
  const queue = isReviewer && params.get('queue') === '1';
  const own = organisations[0];
  const groupId = params.get('groupId');
  const year = params.get('year');
  const kind = oneOf(params.get('kind'), INTENTION_KINDS);
  // The queue: the area coordinator forwards recommended ones, group coordinators give opinions on submitted ones.
  const queueState = isAreaCoordinator ? 'RECOMMENDED' : 'SUBMITTED';
  const state = oneOf(params.get('state'), INTENTION_STATES) ?? (queue ? queueState : null);
  const queueGroup = queue && !isAreaCoordinator && coordinatedIds.length === 1 ? coordinatedIds[0] : null;
  const reviewingGroupId = groupId ?? queueGroup ?? null;
  const filter: IntentionFilter = {
    organisationId: own && !queue ? own.id : null,
    state,
    kind,
    reviewingGroupId,
    startYear: year ? Number(year) : null,
  };
  const { data, previousData, loading, error } = useQuery(IntentionsDocument, { variables: { filter, page, pageSize: PAGE_SIZE } });
  const intentions = (data ?? previousData)?.intentions;
  const filtered = !!params.get('state') || !!kind || !!groupId || !!year;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, index) => String(thisYear - 1 + index));
  const title = own ? t('list.mine') : t('list.title');

  return (
    <>
      <PageHeader
        title={title}
        subtitle={own ? t('list.mineSubtitle', { organisation: own.name }) : t('list.subtitle')}
        actions={
          <>
            {isAreaCoordinator ? <IntentionCallButton /> : null}
            {own ? (
              <Button component={Link} to={`/a/${area}/intentions/new`}>
                {t('list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {own && openCalls.length > 0 ? (
        <Alert color="blue" mb="md" title={t('list.openCalls')}>
          {openCalls.map((call) => (
            <Text key={call.year} size="sm">
              {t('call.item', { year: call.year, date: formatDay(call.deadline) })}
            </Text>
          ))}
        </Alert>
      ) : null}
      {isReviewer ? (
        <Tabs value={queue ? 'queue' : 'all'} onChange={(value) => update({ queue: value === 'queue' ? '1' : null, state: null, page: null })} mb="md">
          <Tabs.List>
            <Tabs.Tab value="all">{t('list.all')}</Tabs.Tab>
            <Tabs.Tab value="queue">{isAreaCoordinator ? t('list.queueForward') : t('list.queueOpinion')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
      ) : null}
      <Group mb="md" align="flex-end" grow preventGrowOverflow={false}>
        <Select
          label={t('fields.state')}
          placeholder={t('list.anyState')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={INTENTION_STATES.map((value) => ({ value, label: t(`enums.IntentionState.${value}`) }))}
          value={state}
          onChange={(value) => update({ state: value, page: null })}
          miw={180}
        />
        <Select
          label={t('fields.kind')}
          placeholder={t('list.anyKind')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={INTENTION_KINDS.map((value) => ({ value, label: t(`enums.IntentionKind.${value}`) }))}
          value={kind}
          onChange={(value) => update({ kind: value, page: null })}
          miw={180}
        />
        <Select
          label={t('fields.reviewingGroup')}
          placeholder={t('list.anyGroup')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={(groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
          value={groupId}
          onChange={(value) => update({ groupId: value, page: null })}
          miw={220}
        />
        <Select
          label={t('fields.startYear')}
          placeholder={t('list.anyYear')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={years}
          value={year}
          onChange={(value) => update({ year: value, page: null })}
          miw={140}
        />
      </Group>
      <Group justify="flex-end" mb="sm">
        <ExportLinks what="intentions" area={area} filters={{ state, kind, groupId: reviewingGroupId, year }} />
      </Group>
      <ErrorState error={error} />
      {loading && !intentions ? (
        <LoadingState />
      ) : !intentions || intentions.items.length === 0 ? (
        error ? null : (
          <EmptyState
            title={queue ? t('list.queueEmpty') : filtered ? t('list.noMatch') : t('list.empty')}
            action={own && !filtered && !queue ? <Button component={Link} to={`/a/${area}/intentions/new`}>{t('list.create')}</Button> : null}
          >
            {filtered ? t('list.noMatchHint') : null}
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label={queue ? t('list.queueLabel') : t('list.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.service')}</Table.Th>
                  <Table.Th scope="col">{t('fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('fields.kind')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('fields.capacity')}
                  </Table.Th>
                  <Table.Th scope="col">{t('fields.startYear')}</Table.Th>
                  <Table.Th scope="col">{t('fields.reviewingGroup')}</Table.Th>
                  <Table.Th scope="col">{t('fields.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {intentions.items.map((intention) => (
                  <Table.Tr key={intention.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/a/${area}/intentions/${intention.id}`}>
                        {intention.service?.name ?? intention.newServiceName ?? '—'}
                      </Anchor>
                      {intention.submittedAt ? (
                        <Text size="xs" c="dimmed">
                          {t('list.submittedAt', { date: formatDate(intention.submittedAt) })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{intention.organisation.name}</Table.Td>
                    <Table.Td>{t(`enums.IntentionKind.${intention.kind}`)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {intention.currentCapacity} → {intention.proposedCapacity} {t(`services:enums.CapacityUnitShort.${intention.capacityUnit}`)}
                    </Table.Td>
                    <Table.Td>{intention.startYear}</Table.Td>
                    <Table.Td>{intention.reviewingGroup.name}</Table.Td>
                    <Table.Td>
                      <StateBadge state={intention.state} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={intentions.total} onChange={setPage} />
        </>
      )}
    </>
  );
}
