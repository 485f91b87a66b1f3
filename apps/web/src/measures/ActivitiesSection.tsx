import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MeasureFieldsFragment } from '../gql/graphql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { applyServerError, fieldError, serverError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { CreateActivityDocument, DeleteActivityDocument, MoveActivityDocument, UpdateActivityDocument } from './measures.operations';
import { activitySchema, type ActivityValues } from './measures.schema';

type Activity = MeasureFieldsFragment['activities'][number];

/** The server renumbers activities ("2.1.3.1") after every change: the page and the plan's tree read them again. */
const refetch = { refetchQueries: ['Measure', 'StrategicPlan'], awaitRefetchQueries: true };

/**
 * The activities of a measure, in order. Editors add one inline, change it in place, move it up or
 * down and delete it after a confirmation; everyone else reads the list.
 */
export function ActivitiesSection({ measure, editable }: { measure: MeasureFieldsFragment; editable: boolean }) {
  const { t } = useTranslation('measures');
  const [editingId, setEditingId] = useState<string>();
  const [failure, setFailure] = useState<ServerError>();
  const [move, moving] = useMutation(MoveActivityDocument, refetch);
  const [remove] = useMutation(DeleteActivityDocument, refetch);
  const activities = measure.activities;

  const run = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(serverError(error));
    }
  };

  return (
    <Stack gap="sm">
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      {activities.length === 0 ? <Text c="dimmed">{t('noActivities')}</Text> : null}
      {activities.length ? (
        <Stack component="ol" gap="xs" p={0} m={0} aria-label={t('sections.activities')} style={{ listStyle: 'none' }}>
          {activities.map((activity, index) => {
            const label = `${activity.number} ${activity.title}`;
            return (
              <li key={activity.id}>
                {editingId === activity.id ? (
                  <ActivityForm
                    measureId={measure.id}
                    activity={activity}
                    legend={t('activities.editLegend', { number: activity.number })}
                    onDone={() => setEditingId(undefined)}
                  />
                ) : (
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <div style={{ flex: '1 1 12rem', minWidth: 0 }}>
                      <Text fw={500}>{label}</Text>
                      {activity.description ? (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {activity.description}
                        </Text>
                      ) : null}
                    </div>
                    {editable ? (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="default"
                          size="lg"
                          disabled={index === 0 || moving.loading}
                          aria-label={t('activities.moveUp', { label })}
                          onClick={() => run(() => move({ variables: { input: { id: activity.id, measureId: measure.id, position: index } } }))}
                        >
                          <span aria-hidden="true">↑</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          size="lg"
                          disabled={index === activities.length - 1 || moving.loading}
                          aria-label={t('activities.moveDown', { label })}
                          onClick={() => run(() => move({ variables: { input: { id: activity.id, measureId: measure.id, position: index + 2 } } }))}
                        >
                          <span aria-hidden="true">↓</span>
                        </ActionIcon>
                        <Button variant="subtle" size="xs" aria-label={t('activities.editNamed', { label })} onClick={() => setEditingId(activity.id)}>
                          {t('activities.edit')}
                        </Button>
                        <ConfirmButton
                          variant="subtle"
                          color="red"
                          confirmColor="red.9"
                          size="xs"
                          aria-label={t('activities.deleteNamed', { label })}
                          question={t('activities.deleteQuestion', { label })}
                          details={t('activities.deleteDetails')}
                          confirmLabel={t('activities.delete')}
                          onConfirm={() => run(() => remove({ variables: { id: activity.id } }))}
                        >
                          {t('activities.delete')}
                        </ConfirmButton>
                      </Group>
                    ) : null}
                  </Group>
                )}
              </li>
            );
          })}
        </Stack>
      ) : null}
      {editable ? <ActivityForm measureId={measure.id} legend={t('activities.addLegend')} /> : null}
    </Stack>
  );
}

/** Adds an activity (without `activity`) or changes one in place. */
function ActivityForm({ measureId, activity, legend, onDone }: { measureId: string; activity?: Activity; legend: string; onDone?: () => void }) {
  const { t } = useTranslation('measures');
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreateActivityDocument, refetch);
  const [update, updating] = useMutation(UpdateActivityDocument, refetch);
  const form = useForm<ActivityValues>({
    resolver: zodResolver(activitySchema),
    defaultValues: { title: activity?.title ?? '', description: activity?.description ?? '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      if (activity) {
        await update({ variables: { input: { id: activity.id, title: values.title.trim(), description: orNull(values.description) } } });
        onDone?.();
      } else {
        await create({ variables: { input: { measureId, title: values.title.trim(), description: orNull(values.description) } } });
        form.reset({ title: '', description: '' });
      }
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['title', 'description']));
    }
  });

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-label={legend}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {legend}
        </Title>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <TextInput label={t('activities.title')} required {...form.register('title')} error={fieldError(errors.title, t)} />
        <Textarea label={t('activities.description')} autosize minRows={1} maxRows={6} {...form.register('description')} error={fieldError(errors.description, t)} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={creating.loading || updating.loading}>
            {activity ? t('common:save') : t('activities.add')}
          </Button>
          {activity ? (
            <Button variant="default" size="xs" onClick={onDone}>
              {t('common:cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
