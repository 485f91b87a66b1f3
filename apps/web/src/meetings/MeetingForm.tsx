import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useMe } from '../auth/useMe';
import type { GroupKind, MeetingKind } from '../gql/graphql';
import { applyServerError, type ServerError } from '../ui/errors';
import { fromLocalInput } from '../ui/format';
import type { AgendaDraftItem } from './agenda';
import { toAgendaInput } from './agenda';
import { AgendaEditor } from './AgendaEditor';
import { MeetingGroupsDocument } from './meetings.operations';
import { MEETING_KINDS } from './kinds';
import { ProjectSelect } from '../trainings/ProjectSelect';

/** The Select value standing for a meeting of the whole area (no group). */
export const WHOLE_AREA = 'area';

const schema = z
  .object({
    groupId: z.string().min(1),
    kind: z.enum(MEETING_KINDS as [MeetingKind, ...MeetingKind[]]),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(5000),
    startsAt: z.string().min(1),
    endsAt: z.string().min(1),
    place: z.string().trim().max(300),
    onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    capacity: z.string().regex(/^\d{0,5}$/),
    isPublic: z.boolean(),
    projectId: z.string(),
    agenda: z.array(z.custom<AgendaDraftItem>()),
  })
  .refine((values) => !values.startsAt || !values.endsAt || values.endsAt > values.startsAt, { path: ['endsAt'], message: 'isAfter' });
export type MeetingFormValues = z.infer<typeof schema>;

const SERVER_FIELDS = ['groupId', 'kind', 'title', 'description', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'capacity', 'isPublic', 'projectId'] as const;

/** The fields both createMeeting and updateMeeting take, as the API wants them. */
export interface MeetingFields {
  groupId: string | null;
  kind: MeetingKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  isPublic: boolean;
  projectId: string | null;
  agenda: ReturnType<typeof toAgendaInput>;
}

export const kindForGroup = (groupKind: GroupKind | undefined): MeetingKind =>
  groupKind === 'MANAGEMENT_TEAM' ? 'MANAGEMENT_TEAM' : groupKind ? 'WORKING_GROUP' : 'PUBLIC_FORUM';

/** A datetime-local value two hours later ("2026-03-02T14:00" → "2026-03-02T16:00"). */
export function laterBy(local: string, hours: number): string {
  const date = new Date(`${local}:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 16);
}

/**
 * Scheduling and editing of a meeting. Times are entered as wall-clock times of the area's zone;
 * the end must come after the start (checked here, and the server's message lands on the field too).
 */
export function MeetingForm({
  initial,
  timezone,
  editing = false,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: MeetingFormValues;
  timezone: string;
  editing?: boolean;
  submitLabel: string;
  onSubmit: (fields: MeetingFields) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { me, isAreaCoordinator } = useMe();
  const groups = useQuery(MeetingGroupsDocument);
  const [failure, setFailure] = useState<ServerError>();
  const form = useForm<MeetingFormValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const errors = form.formState.errors;

  const coordinated = new Set(me?.coordinatedGroupIds ?? []);
  const groupOptions = [
    ...(isAreaCoordinator || initial.groupId === WHOLE_AREA ? [{ value: WHOLE_AREA, label: t('wholeArea') }] : []),
    ...(groups.data?.groups ?? [])
      .filter((group) => isAreaCoordinator || coordinated.has(group.id) || group.id === initial.groupId)
      .map((group) => ({ value: group.id, label: group.name })),
  ];

  const message = (name: keyof MeetingFormValues, error: FieldError | undefined) =>
    error ? (error.type === 'server' ? error.message : t(`form.errors.${name}`)) : undefined;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const capacity = Number.parseInt(values.capacity, 10);
    try {
      await onSubmit({
        groupId: values.groupId === WHOLE_AREA ? null : values.groupId,
        kind: values.kind,
        title: values.title.trim(),
        description: values.description.trim(),
        startsAt: fromLocalInput(values.startsAt, timezone),
        endsAt: fromLocalInput(values.endsAt, timezone),
        place: values.place.trim() || null,
        onlineUrl: values.onlineUrl.trim() || null,
        capacity: Number.isFinite(capacity) ? capacity : null,
        isPublic: values.isPublic,
        projectId: values.projectId || null,
        agenda: toAgendaInput(values.agenda),
      });
    } catch (error) {
      setFailure(applyServerError(error, form.setError, SERVER_FIELDS));
    }
  });

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="form" onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="groupId"
            render={({ field }) => (
              <Select
                label={t('form.group')}
                required
                disabled={editing}
                searchable
                allowDeselect={false}
                data={groupOptions}
                value={field.value || null}
                onChange={(value) => {
                  field.onChange(value ?? '');
                  const group = groups.data?.groups.find((candidate) => candidate.id === value);
                  form.setValue('kind', kindForGroup(group?.kind));
                }}
                onBlur={field.onBlur}
                error={message('groupId', errors.groupId)}
                description={editing ? t('form.groupFixed') : undefined}
              />
            )}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('form.kind')}
                required
                allowDeselect={false}
                data={MEETING_KINDS.map((value) => ({ value, label: t(`common:enums.MeetingKind.${value}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={message('kind', errors.kind)}
              />
            )}
          />
        </SimpleGrid>
        <TextInput label={t('form.title')} required maxLength={200} {...form.register('title')} error={message('title', errors.title)} />
        <Textarea label={t('form.description')} autosize minRows={2} maxRows={10} {...form.register('description')} error={message('description', errors.description)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('form.startsAt')}
            type="datetime-local"
            required
            {...form.register('startsAt', {
              onChange: (event: { target: { value: string } }) => {
                if (!form.getValues('endsAt') && event.target.value) form.setValue('endsAt', laterBy(event.target.value, 2));
              },
            })}
            error={message('startsAt', errors.startsAt)}
          />
          <TextInput label={t('form.endsAt')} type="datetime-local" required {...form.register('endsAt')} error={message('endsAt', errors.endsAt)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('form.place')} maxLength={300} {...form.register('place')} error={message('place', errors.place)} />
          <TextInput
            label={t('form.onlineUrl')}
            type="url"
            placeholder="https://"
            {...form.register('onlineUrl')}
            error={message('onlineUrl', errors.onlineUrl)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('form.capacity')}
            description={t('form.capacityHint')}
            type="number"
            inputMode="numeric"
            min={1}
            {...form.register('capacity')}
            error={message('capacity', errors.capacity)}
          />
          <Controller
            control={form.control}
            name="isPublic"
            render={({ field }) => (
              <Switch
                mt={{ base: 0, sm: 'xl' }}
                label={t('form.isPublic')}
                description={t('form.isPublicHint')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="projectId"
          render={({ field }) => (
            <ProjectSelect
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              description={t('form.projectHint')}
              error={message('projectId', errors.projectId)}
            />
          )}
        />
        {editing ? null : (
          <Fieldset legend={t('form.agenda')}>
            <Controller control={form.control} name="agenda" render={({ field }) => <AgendaEditor value={field.value} onChange={field.onChange} />} />
          </Fieldset>
        )}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
