import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, List, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { formatDay } from '../ui/format';
import { IntentionCallsDocument, SetIntentionCallDocument } from './intentions.operations';

const callSchema = z.object({
  year: z.number('required').int('intentions:form.yearInvalid').min(2000, 'intentions:form.yearInvalid').max(2100, 'intentions:form.yearInvalid'),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date'),
});
type CallValues = z.infer<typeof callSchema>;

/** The area coordinator sets until when providers may submit intentions starting in a year. */
export function IntentionCallButton() {
  const { t } = useTranslation('intentions');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('call.button')}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('call.title')}>
        {opened ? <CallForm onClose={close} /> : null}
      </Modal>
    </>
  );
}

function CallForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('intentions');
  const { data } = useQuery(IntentionCallsDocument);
  const [failure, setFailure] = useState<ServerError>();
  const [setCall, setting] = useMutation(SetIntentionCallDocument, { refetchQueries: ['IntentionCalls'] });
  const form = useForm<CallValues>({ resolver: zodResolver(callSchema), defaultValues: { year: new Date().getFullYear() + 1, deadline: '' } });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await setCall({ variables: { input: values } });
      onClose();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['year', 'deadline']));
    }
  });
  const calls = data?.intentionCalls ?? [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {calls.length > 0 ? (
          <div>
            <Text size="sm" fw={500}>
              {t('call.current')}
            </Text>
            <List size="sm">
              {calls.map((call) => (
                <List.Item key={call.year}>{t('call.item', { year: call.year, date: formatDay(call.deadline) })}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="year"
          render={({ field }) => (
            <NumberInput
              label={t('call.year')}
              required
              allowDecimal={false}
              thousandSeparator=""
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              error={fieldError(errors.year, t)}
            />
          )}
        />
        <TextInput type="date" label={t('call.deadline')} required {...form.register('deadline')} error={fieldError(errors.deadline, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={setting.loading}>
            {t('call.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
