import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { FundedProjectFieldsFragment } from '../gql/graphql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { applyServerError, fieldError, serverError, type ServerError } from '../ui/errors';
import { formatDay } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { projectSchema, type ProjectValues } from './project.schema';
import { CreateFundedProjectDocument, DeleteFundedProjectDocument, FundedProjectsDocument, UpdateFundedProjectDocument } from './trainings.operations';

const PAGE_SIZE = 20;

/** Funded projects of the area (e.g. ESF): the meetings assigned to them make their participation report. */
export function ProjectsPage() {
  const { t } = useTranslation('trainings');
  const { area = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error, refetch } = useQuery(FundedProjectsDocument, { variables: { page, pageSize: PAGE_SIZE } });
  const [editing, setEditing] = useState<FundedProjectFieldsFragment | 'new' | null>(null);
  const [remove] = useMutation(DeleteFundedProjectDocument);
  const [failure, setFailure] = useState<ServerError>();
  const list = data?.fundedProjects;

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        subtitle={t('projects.subtitle')}
        actions={isAreaCoordinator ? <Button onClick={() => setEditing('new')}>{t('projects.create')}</Button> : null}
      />
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        {error && !data ? (
          <ErrorState error={error} />
        ) : loading && !data ? (
          <LoadingState />
        ) : !list?.items.length ? (
          <EmptyState title={t('projects.empty')}>{t('projects.emptyHint')}</EmptyState>
        ) : (
          <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
            <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('projects.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('projects.fields.name')}</Table.Th>
                    <Table.Th scope="col">{t('projects.fields.registrationNumber')}</Table.Th>
                    <Table.Th scope="col">{t('projects.fields.period')}</Table.Th>
                    <Table.Th scope="col">{t('projects.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.map((project) => (
                    <Table.Tr key={project.id}>
                      <Table.Td>
                        <Text fw={600}>{project.name}</Text>
                        {project.description ? (
                          <Text size="sm" c="dimmed" lineClamp={2}>
                            {project.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{project.registrationNumber}</Table.Td>
                      <Table.Td>
                        {formatDay(project.startsOn)} – {formatDay(project.endsOn)}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="wrap">
                          <Anchor component={Link} to={`/a/${area}/statistics?project=${project.id}`} size="sm" aria-label={t('projects.reportFor', { name: project.name })}>
                            {t('projects.report')}
                          </Anchor>
                          {isAreaCoordinator ? (
                            <>
                              <Button size="compact-sm" variant="default" onClick={() => setEditing(project)} aria-label={t('projects.editFor', { name: project.name })}>
                                {t('projects.edit')}
                              </Button>
                              <ConfirmButton
                                size="compact-sm"
                                variant="outline"
                                color="red.9"
                                question={t('projects.deleteQuestion', { name: project.name })}
                                details={t('projects.deleteDetails')}
                                confirmLabel={t('projects.deleteConfirm')}
                                aria-label={t('projects.deleteFor', { name: project.name })}
                                onConfirm={async () => {
                                  setFailure(undefined);
                                  try {
                                    await remove({ variables: { id: project.id } });
                                  } catch (caught) {
                                    setFailure(serverError(caught));
                                  }
                                  await refetch();
                                }}
                              >
                                {t('projects.delete')}
                              </ConfirmButton>
                            </>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
            </Table>
            </Table.ScrollContainer>
            <PaginationBar page={page} pageSize={PAGE_SIZE} total={list.total} onChange={(next) => setParams(next > 1 ? { page: String(next) } : {}, { replace: true })} />
          </Paper>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t('common:close') }}
        title={editing === 'new' ? t('projects.form.createTitle') : t('projects.form.editTitle')}
        size="lg"
      >
        {editing !== null ? (
          <ProjectForm
            project={editing === 'new' ? undefined : editing}
            onDone={async () => {
              setEditing(null);
              await refetch();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}

function ProjectForm({ project, onDone, onCancel }: { project?: FundedProjectFieldsFragment; onDone: () => unknown; onCancel: () => void }) {
  const { t } = useTranslation('trainings');
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreateFundedProjectDocument);
  const [update, updating] = useMutation(UpdateFundedProjectDocument);
  const form = useForm<ProjectValues>({
    resolver: zodResolver(projectSchema),
    defaultValues: {
      name: project?.name ?? '',
      registrationNumber: project?.registrationNumber ?? '',
      startsOn: project?.startsOn ?? '',
      endsOn: project?.endsOn ?? '',
      description: project?.description ?? '',
    },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const input = { ...values, name: values.name.trim(), registrationNumber: values.registrationNumber.trim(), description: values.description.trim() };
    try {
      if (project) await update({ variables: { input: { id: project.id, ...input } } });
      else await create({ variables: { input } });
      await onDone();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['name', 'registrationNumber', 'startsOn', 'endsOn', 'description']));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <TextInput label={t('projects.fields.name')} required data-autofocus {...form.register('name')} error={fieldError(errors.name, t)} />
        <TextInput
          label={t('projects.fields.registrationNumber')}
          description={t('projects.form.registrationNumberHint')}
          required
          {...form.register('registrationNumber')}
          error={fieldError(errors.registrationNumber, t)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('projects.fields.startsOn')} type="date" required {...form.register('startsOn')} error={fieldError(errors.startsOn, t)} />
          <TextInput label={t('projects.fields.endsOn')} type="date" required {...form.register('endsOn')} error={fieldError(errors.endsOn, t)} />
        </SimpleGrid>
        <Textarea label={t('projects.fields.description')} autosize minRows={2} {...form.register('description')} error={fieldError(errors.description, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {project ? t('common:save') : t('projects.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
