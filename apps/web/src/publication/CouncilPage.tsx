import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { serverError, type ServerError } from '../ui/errors';
import { formatDateTime, formatDay } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { ErrorState, LoadingState } from '../ui/States';
import { CouncilResolutionForm } from './CouncilResolutionForm';
import { publishedPlanPath } from './paths';
import { ActionPlanCouncilDocument, PublishActionPlanDocument } from './publication.operations';

/** `/a/:area/action-plans/:planId/council`: the council's resolution on the approved version, and publication. */
export function CouncilPage() {
  const { t } = useTranslation('publication');
  const { area = '', planId = '' } = useParams();
  const zone = useAreaTimezone();
  const [failure, setFailure] = useState<ServerError>();
  const { data, loading, error } = useQuery(ActionPlanCouncilDocument, { variables: { actionPlanId: planId } });
  const [publish, publishing] = useMutation(PublishActionPlanDocument, { refetchQueries: ['ActionPlanCouncil'], awaitRefetchQueries: true });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const council = data?.actionPlanCouncil;
  if (!council) return <Alert color="yellow">{t('council.notFound')}</Alert>;
  const { actionPlan: plan, approvedVersion } = council;

  return (
    <>
      <PageHeader
        title={t('council.title')}
        subtitle={plan.title}
        actions={
          <Badge variant="dot" color={plan.state === 'APPROVED' ? 'green' : 'gray'} data-testid="plan-state">
            {t(`planState.${plan.state}`)}
          </Badge>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Text>
            {approvedVersion ? t('council.approvedVersion', { number: approvedVersion.number }) : t('council.noApprovedVersion')}
          </Text>
          {plan.approvedAt ? <Text>{t('council.approvedAt', { at: formatDateTime(plan.approvedAt, zone) })}</Text> : null}
          {plan.publishedAt ? (
            <Text>
              {t('council.publishedAt', { at: formatDateTime(plan.publishedAt, zone) })}{' '}
              <Anchor component={Link} to={publishedPlanPath(area, plan.id)}>
                {t('council.openPublic')}
              </Anchor>
            </Text>
          ) : null}
        </Paper>

        {council.canRecord && approvedVersion ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="record-heading">
            <Title order={2} size="h3" id="record-heading" mb="sm">
              {t('resolution.title')}
            </Title>
            <CouncilResolutionForm actionPlanId={plan.id} versionId={approvedVersion.id} />
          </Paper>
        ) : null}

        {council.canPublish ? (
          <Paper withBorder p="md" radius="md">
            {failure ? (
              <Alert color="red" role="alert" mb="sm">
                {failure.message}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Text>{t('publish.hint')}</Text>
              <Button
                loading={publishing.loading}
                onClick={async () => {
                  setFailure(undefined);
                  try {
                    await publish({ variables: { actionPlanId: plan.id } });
                  } catch (failed) {
                    setFailure(serverError(failed));
                  }
                }}
              >
                {t('publish.button')}
              </Button>
            </Group>
          </Paper>
        ) : null}

        <section aria-labelledby="resolutions-heading">
          <Title order={2} size="h3" id="resolutions-heading" mb="sm">
            {t('council.resolutions')}
          </Title>
          {council.resolutions.length === 0 ? (
            <Text c="dimmed">{t('council.noResolutions')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table aria-labelledby="resolutions-heading" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('resolution.number')}</Table.Th>
                    <Table.Th>{t('resolution.body')}</Table.Th>
                    <Table.Th>{t('resolution.decidedOn')}</Table.Th>
                    <Table.Th>{t('resolution.outcome')}</Table.Th>
                    <Table.Th>{t('resolution.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {council.resolutions.map((resolution) => (
                    <Table.Tr key={resolution.id}>
                      <Table.Td>{resolution.number}</Table.Td>
                      <Table.Td>{resolution.body}</Table.Td>
                      <Table.Td>{formatDay(resolution.decidedOn)}</Table.Td>
                      <Table.Td>{t(`outcome.${resolution.outcome}`)}</Table.Td>
                      <Table.Td>{resolution.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      </Stack>
    </>
  );
}
