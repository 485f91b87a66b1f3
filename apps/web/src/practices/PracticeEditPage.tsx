import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PracticeFieldsFragment } from '../gql/graphql';
import { useMe } from '../auth/useMe';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { TARGET_GROUPS } from '../services/services.schema';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { ErrorState, LoadingState } from '../ui/States';
import { practicePath, practicesPath } from './paths';
import { PRACTICE_LANGUAGES } from './practice-options';
import { CreatePracticeDocument, PracticeDocument, UpdatePracticeDocument } from './practices.operations';
import { practiceSchema, type PracticeInputValues, type PracticeValues } from './practices.schema';

const FIELDS = ['title', 'summary', 'body', 'tags', 'targetGroups', 'organisationId', 'language'] as const;

/** `/a/:area/practices/new` and `/a/:area/practices/:id/edit`: write or edit an article. */
export function PracticeEditPage() {
  const { t } = useTranslation('practices');
  const { area = '', practiceId } = useParams();
  const { data, loading, error, refetch } = useQuery(PracticeDocument, { variables: { id: practiceId ?? '' }, skip: !practiceId });
  if (practiceId && loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (practiceId && !data?.practice) {
    return (
      <Alert color="yellow" title={t('article.notFound')}>
        <Anchor component={Link} to={practicesPath(area)} size="sm">
          {t('article.backToList')}
        </Anchor>
      </Alert>
    );
  }
  return <PracticeForm key={data?.practice?.revision ?? 'new'} practice={data?.practice ?? undefined} reload={() => refetch()} />;
}

function PracticeForm({ practice, reload }: { practice?: PracticeFieldsFragment; reload: () => unknown }) {
  const { t } = useTranslation('practices');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const { isAreaCoordinator } = useMe();
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreatePracticeDocument, { refetchQueries: ['Practices'] });
  const [update, updating] = useMutation(UpdatePracticeDocument);
  const form = useForm<PracticeInputValues, unknown, PracticeValues>({
    resolver: zodResolver(practiceSchema),
    defaultValues: {
      title: practice?.title ?? '',
      summary: practice?.summary ?? '',
      body: practice?.body ?? '',
      tags: practice?.tags ?? [],
      targetGroups: practice?.targetGroups ?? [],
      organisationId: practice?.organisationId ?? null,
      language: practice?.language ?? 'CS',
    },
  });
  const errors = form.formState.errors;
  const title = practice ? t('form.editTitle') : t('form.createTitle');

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      if (practice) {
        await update({ variables: { input: { id: practice.id, revision: practice.revision, ...values } } });
        navigate(practicePath(area, practice.id));
      } else {
        const { data } = await create({ variables: { input: values } });
        if (data) navigate(practicePath(area, data.createPractice.id));
      }
    } catch (error) {
      setFailure(applyServerError(error, form.setError, FIELDS));
    }
  });

  return (
    <>
      <Anchor component={Link} to={practice ? practicePath(area, practice.id) : practicesPath(area)} size="sm">
        {practice ? t('form.backToArticle') : t('article.backToList')}
      </Anchor>
      <PageHeader title={title} subtitle={practice ? practice.title : t('form.createHint')} />
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure ? (
            <Alert color={failure.code === 'CONFLICT' ? 'orange' : 'red'} role="alert" title={failure.code === 'CONFLICT' ? t('form.conflictTitle') : undefined}>
              <Stack gap="xs" align="flex-start">
                {failure.message}
                {failure.code === 'CONFLICT' ? (
                  <Button size="xs" variant="light" color="orange.9" onClick={() => void reload()}>
                    {t('form.reload')}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <Paper withBorder p="md" radius="md">
            <Stack>
              <TextInput label={t('fields.title')} required data-autofocus {...form.register('title')} error={fieldError(errors.title, t)} />
              <Textarea
                label={t('fields.summary')}
                description={t('form.summaryHint')}
                autosize
                minRows={2}
                maxRows={6}
                {...form.register('summary')}
                error={fieldError(errors.summary, t)}
              />
              <Textarea
                label={t('fields.body')}
                description={t('form.bodyHint')}
                autosize
                minRows={10}
                maxRows={30}
                {...form.register('body')}
                error={fieldError(errors.body, t)}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack>
              <Controller
                control={form.control}
                name="tags"
                render={({ field }) => (
                  <TagsInput
                    label={t('fields.tags')}
                    description={t('form.tagsHint')}
                    value={field.value}
                    onChange={field.onChange}
                    maxTags={20}
                    clearable
                    clearButtonProps={{ 'aria-label': t('common:clear') }}
                    error={fieldError(errors.tags as { type?: string; message?: string } | undefined, t)}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="targetGroups"
                render={({ field }) => (
                  <MultiSelect
                    searchable
                    label={t('fields.targetGroups')}
                    data={TARGET_GROUPS.map((value) => ({ value, label: t(`services:enums.TargetGroup.${value}`) }))}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldError(errors.targetGroups as { type?: string; message?: string } | undefined, t)}
                  />
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Controller
                  control={form.control}
                  name="organisationId"
                  render={({ field }) => (
                    <OrganisationSelect
                      label={t('fields.organisation')}
                      description={isAreaCoordinator ? t('form.organisationHintCoordinator') : t('form.organisationHint')}
                      value={field.value}
                      onChange={field.onChange}
                      error={fieldError(errors.organisationId, t)}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="language"
                  render={({ field }) => (
                    <Select
                      label={t('fields.language')}
                      allowDeselect={false}
                      data={PRACTICE_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
                      value={field.value}
                      onChange={(value) => field.onChange(value ?? 'CS')}
                      error={fieldError(errors.language, t)}
                    />
                  )}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button component={Link} to={practice ? practicePath(area, practice.id) : practicesPath(area)} variant="default">
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {practice ? t('common:save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
