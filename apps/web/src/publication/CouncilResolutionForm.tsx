import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { todayIn } from '../ui/format';
import { RecordCouncilResolutionDocument } from './publication.operations';
import { OUTCOMES, resolutionSchema, type ResolutionValues } from './publication.schema';

interface Props {
  actionPlanId: string;
  /** The version the participants approved: the one the council decided on. */
  versionId: string;
  /** Suggested body, e.g. "Zastupitelstvo města Plzně". */
  defaultBody?: string;
  onRecorded?: () => void;
}

const SERVER_FIELDS = ['body', 'number', 'decidedOn', 'outcome', 'note'] as const;

/** The council clerk records the council's resolution (body, number, date, outcome, note). */
export function CouncilResolutionForm({ actionPlanId, versionId, defaultBody = '', onRecorded }: Props) {
  const { t } = useTranslation('publication');
  const zone = useAreaTimezone();
  const today = todayIn(zone);
  const [failure, setFailure] = useState<ServerError>();
  const [record, { loading }] = useMutation(RecordCouncilResolutionDocument, { refetchQueries: ['ActionPlanCouncil'], awaitRefetchQueries: true });
  const form = useForm<ResolutionValues>({
    resolver: zodResolver(resolutionSchema(today)),
    defaultValues: { body: defaultBody, number: '', decidedOn: today, outcome: 'APPROVED', note: '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await record({ variables: { input: { actionPlanId, versionId, ...values, note: values.note.trim() || null } } });
      onRecorded?.();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, SERVER_FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('resolution.formLabel')}>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <TextInput label={t('resolution.body')} description={t('resolution.bodyHint')} required {...form.register('body')} error={fieldError(errors.body, t)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('resolution.number')} description={t('resolution.numberHint')} required {...form.register('number')} error={fieldError(errors.number, t)} />
          <TextInput label={t('resolution.decidedOn')} type="date" max={today} required {...form.register('decidedOn')} error={fieldError(errors.decidedOn, t)} />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="outcome"
          render={({ field }) => (
            <Radio.Group label={t('resolution.outcome')} required value={field.value} onChange={field.onChange} error={fieldError(errors.outcome, t)}>
              <Group mt="xs">
                {OUTCOMES.map((value) => (
                  <Radio key={value} value={value} label={t(`outcome.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea label={t('resolution.note')} autosize minRows={2} {...form.register('note')} error={fieldError(errors.note, t)} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('resolution.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
