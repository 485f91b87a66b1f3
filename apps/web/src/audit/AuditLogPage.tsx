import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { AuditLogFilter } from '../gql/graphql';
import { PersonSelect } from '../people/PersonSelect';
import { ExportLinks } from '../ui/ExportLinks';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { oneOf, useListParams } from '../ui/useListParams';
import { AuditActionsDocument, AuditLogDocument } from './audit.operations';
import { AUDIT_SUBJECT_TYPES, auditSubjectPath } from './subject-path';

const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The area's audit log for its coordinators: who changed what and when, filtered, newest first, with CSV/XLSX export. */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const { area = '' } = useParams();
  const { isAreaCoordinator, loading: meLoading } = useMe();
  const timeZone = useAreaTimezone();
  const { params, page, update, setPage } = useListParams();
  const action = params.get('action');
  const subjectType = oneOf(params.get('subjectType'), AUDIT_SUBJECT_TYPES);
  const actorId = params.get('actorId');
  const from = DAY.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DAY.test(params.get('to') ?? '') ? params.get('to') : null;
  const filter: AuditLogFilter = { action, subjectType, actorId, from, to };
  const actions = useQuery(AuditActionsDocument, { skip: !isAreaCoordinator });
  const { data, previousData, loading, error } = useQuery(AuditLogDocument, { variables: { filter, page, pageSize: PAGE_SIZE }, skip: !isAreaCoordinator });
  const log = (data ?? previousData)?.auditLog;
  const filtered = !!(action || subjectType || actorId || from || to);

  if (meLoading) return <LoadingState />;
  if (!isAreaCoordinator) return <EmptyState title={t('page.forbidden')} />;

  return (
    <>
      <PageHeader title={t('page.title')} subtitle={t('page.intro')} />
      <SimpleGrid mb="md" cols={{ base: 1, xs: 2, md: 5 }} verticalSpacing="sm">
        <Select
          label={t('page.action')}
          placeholder={t('page.any')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={(actions.data?.auditActions ?? []).map((option) => ({ value: option.action, label: option.label }))}
          value={action}
          onChange={(value) => update({ action: value, page: null })}
        />
        <Select
          label={t('page.subjectType')}
          placeholder={t('page.any')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={AUDIT_SUBJECT_TYPES.map((value) => ({ value, label: t(`subjects.${value}`) }))}
          value={subjectType}
          onChange={(value) => update({ subjectType: value, page: null })}
        />
        <PersonSelect label={t('page.actor')} value={actorId} onChange={(person) => update({ actorId: person?.id ?? null, page: null })} />
        <TextInput label={t('page.from')} type="date" value={from ?? ''} onChange={(event) => update({ from: event.currentTarget.value || null, page: null })} />
        <TextInput label={t('page.to')} type="date" value={to ?? ''} onChange={(event) => update({ to: event.currentTarget.value || null, page: null })} />
      </SimpleGrid>
      <Group justify="space-between" mb="sm">
        {filtered ? (
          <Button variant="subtle" size="compact-sm" onClick={() => update({ action: null, subjectType: null, actorId: null, from: null, to: null, page: null })}>
            {t('page.reset')}
          </Button>
        ) : (
          <span />
        )}
        <ExportLinks what="audit-log" area={area} filters={{ action, subjectType, actorId, from, to }} />
      </Group>
      <ErrorState error={error} />
      {loading && !log ? (
        <LoadingState />
      ) : !log || log.items.length === 0 ? (
        error ? null : <EmptyState title={filtered ? t('page.empty') : t('page.nothingYet')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {t('page.count', { count: log.total })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t('page.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('page.time')}</Table.Th>
                  <Table.Th scope="col">{t('page.actor')}</Table.Th>
                  <Table.Th scope="col">{t('page.action')}</Table.Th>
                  <Table.Th scope="col">{t('page.subject')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.items.map((line) => {
                  const path = auditSubjectPath(area, line.subjectType, line.subjectId);
                  const subject = t(`subjects.${line.subjectType}`, { defaultValue: line.subjectType });
                  return (
                    <Table.Tr key={line.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(line.createdAt, timeZone)}</Table.Td>
                      <Table.Td>
                        {line.actorId ? (
                          <Anchor component={Link} to={`/a/${area}/people/${line.actorId}`}>
                            {line.actorName}
                          </Anchor>
                        ) : (
                          <Text span c="dimmed">
                            {line.actorName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{line.actionLabel}</Table.Td>
                      <Table.Td>
                        {path ? (
                          <Anchor component={Link} to={path}>
                            {subject}
                          </Anchor>
                        ) : (
                          subject
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={log.total} onChange={setPage} />
        </>
      )}
    </>
  );
}
