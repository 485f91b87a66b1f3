import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { useAreaCurrency } from '../measures/useAreaCurrency';
import { serverError, type ServerError } from '../ui/errors';
import { formatDateTime, formatMoney } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { groupMeasures } from './action-plans.helpers';
import {
  ActionPlanDocument,
  AddActionPlanSectionDocument,
  IssueActionPlanVersionDocument,
  RefreshActionPlanMeasuresDocument,
} from './action-plans.operations';
import { MarkdownText } from '../ui/MarkdownText';
import { PlanRounds } from './PlanRounds';
import { planVersionDocumentPath } from './paths';
import { PlanDownloads } from './PlanDownloads';
import { SectionEditor } from './SectionEditor';
import type { VersionView } from './VersionDocument';
import { withLocale } from '../i18n';

/** An action plan: the draft's editor, the measures of the draft, and the versions with their diffs. */
export function ActionPlanPage() {
  const { t } = useTranslation('actionPlans');
  const { area = '', planId = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const { data, loading, error } = useQuery(ActionPlanDocument, { variables: { id: planId } });
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'draft';

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const plan = data?.actionPlan;
  if (!plan) return <EmptyState title={t('plan.notFound')} />;
  const draft = plan.draft;
  const base = `/a/${area}/action-plans/${plan.id}`;
  // The documents offered at the top are of the version the page opens on: the draft, else the latest.
  const current = draft ?? [...plan.versions].sort((a, b) => b.number - a.number)[0];

  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={
          <Group gap="xs" component="span">
            <span>{t('plan.subtitle', { year: plan.year, strategicPlan: plan.strategicPlan.title })}</span>
            <Anchor component={Link} to={`/a/${area}/action-plans`} size="sm">
              {t('plan.back')}
            </Anchor>
          </Group>
        }
        actions={
          <>
            {current ? <PlanDownloads versionId={current.id} /> : null}
            {plan.versions.length > 1 ? (
              <Button component={Link} to={`${base}/diff`} variant="default">
                {t('versions.compareAny')}
              </Button>
            ) : null}
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'draft' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="draft">{t('plan.tabs.draft')}</Tabs.Tab>
          <Tabs.Tab value="measures">{t('plan.tabs.measures')}</Tabs.Tab>
          <Tabs.Tab value="versions">{t('plan.tabs.versions')}</Tabs.Tab>
          <Tabs.Tab value="rounds">{t('plan.tabs.rounds')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="draft">
          {draft ? <DraftEditor draft={draft} editable={isAreaCoordinator} /> : <EmptyState title={t('plan.noDraft')} />}
        </Tabs.Panel>
        <Tabs.Panel value="measures">{draft ? <MeasuresOfVersion version={draft} /> : <EmptyState title={t('plan.noDraft')} />}</Tabs.Panel>
        <Tabs.Panel value="versions">
          <Versions versions={plan.versions} base={base} />
        </Tabs.Panel>
        <Tabs.Panel value="rounds">
          <PlanRounds plan={plan} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function DraftEditor({ draft, editable }: { draft: VersionView; editable: boolean }) {
  const { t } = useTranslation('actionPlans');
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<ServerError>();
  const [refresh, { loading: refreshing }] = useMutation(RefreshActionPlanMeasuresDocument, { refetchQueries: ['ActionPlan'], awaitRefetchQueries: true });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('plan.draftHeading', { number: draft.number })}
        </Title>
        {editable ? (
          <Group gap="sm">
            <Button
              variant="default"
              loading={refreshing}
              onClick={() => {
                setFailure(undefined);
                refresh({ variables: { versionId: draft.id } })
                  .then(() => setNotice(t('measures.refreshed')))
                  .catch((error: unknown) => setFailure(serverError(error)));
              }}
            >
              {t('measures.refresh')}
            </Button>
            <IssueButton draft={draft} onIssued={setNotice} />
          </Group>
        ) : null}
      </Group>
      <div role="status">{notice ? <Alert color="green">{notice}</Alert> : null}</div>
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      {editable ? (
        <>
          {draft.sections.map((section) => (
            <SectionEditor key={section.id} section={section} count={draft.sections.length} />
          ))}
          <AddSection versionId={draft.id} />
        </>
      ) : (
        <>
          <Text c="dimmed">{t('plan.readOnly')}</Text>
          {draft.sections.map((section) => (
            <Paper key={section.id} withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {section.title}
              </Title>
              {section.body.trim() ? <MarkdownText text={section.body} headingOrder={4} /> : <Text c="dimmed">{t('section.empty')}</Text>}
            </Paper>
          ))}
        </>
      )}
    </Stack>
  );
}

function AddSection({ versionId }: { versionId: string }) {
  const { t } = useTranslation('actionPlans');
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState<ServerError>();
  const [add, { loading }] = useMutation(AddActionPlanSectionDocument, { refetchQueries: ['ActionPlan'] });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) return;
        setFailure(undefined);
        add({ variables: { input: { versionId, title: title.trim() } } })
          .then(() => setTitle(''))
          .catch((error: unknown) => setFailure(serverError(error)));
      }}
    >
      <Group align="flex-end">
        <TextInput label={t('section.newTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} maxLength={300} error={failure?.message} style={{ flex: 1 }} />
        <Button type="submit" variant="default" loading={loading}>
          {t('section.add')}
        </Button>
      </Group>
    </form>
  );
}

function IssueButton({ draft, onIssued }: { draft: VersionView; onIssued: (message: string) => void }) {
  const { t } = useTranslation('actionPlans');
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<ServerError>();
  const [issue, { loading }] = useMutation(IssueActionPlanVersionDocument, { refetchQueries: ['ActionPlan'], awaitRefetchQueries: true });
  const next = draft.number + 1;
  return (
    <>
      <Button onClick={open}>{t('issue.button')}</Button>
      <Modal opened={opened} onClose={close} title={t('issue.title', { number: draft.number })} closeButtonProps={{ 'aria-label': t('common:close') }} size="lg">
        <Stack>
          <Text>{t('issue.text', { next })}</Text>
          {failure ? (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          ) : null}
          <Textarea label={t('issue.changeNote')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={3} maxLength={5000} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button
              loading={loading}
              onClick={() => {
                setFailure(undefined);
                issue({ variables: { input: { versionId: draft.id, changeNote: note } } })
                  .then(() => {
                    close();
                    onIssued(t('issue.done', { number: draft.number, next }));
                  })
                  .catch((error: unknown) => setFailure(serverError(error)));
              }}
            >
              {t('issue.confirm', { number: draft.number })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The measures of a version grouped by priority and goal (read-only), each linking to its measure. */
export function MeasuresOfVersion({ version }: { version: VersionView }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const currency = useAreaCurrency();
  if (version.measures.length === 0) return <EmptyState title={t('measures.empty')} />;
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('measures.count', { count: version.measures.length })}</Text>
      {groupMeasures(version.measures).map((priority) => (
        <Stack key={priority.priorityTitle} gap="xs">
          <Title order={2} size="h4">
            {priority.priorityTitle}
          </Title>
          {priority.goals.map((goal) => (
            <Stack key={goal.goalTitle} gap={4} pl="sm">
              <Title order={3} size="h5">
                {goal.goalTitle}
              </Title>
              <Table.ScrollContainer minWidth={480}>
                <Table aria-label={goal.goalTitle}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('fields.title')}</Table.Th>
                      <Table.Th>{t('measure.responsible')}</Table.Th>
                      <Table.Th ta="right">{t('measures.yearCost', { year: version.actionPlan.year })}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {goal.measures.map((measure) => (
                      <Table.Tr key={measure.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/a/${area}/measures/${measure.measureId}`}>
                            {`${measure.number} ${measure.title}`}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{measure.responsibleOrganisationName ?? t('measure.none')}</Table.Td>
                        <Table.Td ta="right">{formatMoney(measure.yearCost, currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

interface VersionRow {
  id: string;
  number: number;
  state: string;
  issuedAt?: string | null;
  changeNote: string;
  issuedBy?: { fullName: string } | null;
}

function Versions({ versions, base }: { versions: VersionRow[]; base: string }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('versions.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('versions.title')}</Table.Th>
            <Table.Th>{t('fields.state')}</Table.Th>
            <Table.Th>{t('issue.changeNote')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((version) => {
            const previous = versions.find((v) => v.number === version.number - 1);
            return (
              <Table.Tr key={version.id}>
                <Table.Td>{t('versions.number', { number: version.number })}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={version.state === 'ISSUED' ? 'blue' : 'gray'}>
                    {t(`versionState.${version.state}`)}
                  </Badge>
                  {version.issuedAt ? (
                    <Text size="sm" c="dimmed">
                      {t('versions.issued', { when: formatDateTime(version.issuedAt) })}
                      {version.issuedBy ? ` · ${t('versions.issuedBy', { name: version.issuedBy.fullName })}` : ''}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{version.changeNote}</Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Anchor component={Link} to={`${base}/versions/${version.id}`}>
                      {t('versions.read', { number: version.number })}
                    </Anchor>
                    {previous ? (
                      <Anchor component={Link} to={`${base}/diff?from=${previous.id}&to=${version.id}`}>
                        {t('versions.compare', { number: version.number })}
                      </Anchor>
                    ) : null}
                    <Anchor href={withLocale(planVersionDocumentPath(area, version.id, 'docx'))} download>
                      {t('download.versionDocx', { number: version.number })}
                    </Anchor>
                    <Anchor href={withLocale(planVersionDocumentPath(area, version.id, 'pdf'))} download>
                      {t('download.versionPdf', { number: version.number })}
                    </Anchor>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
