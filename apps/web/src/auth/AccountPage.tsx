import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyServerError, type ServerError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { ChangePasswordDocument } from './auth.operations';

const schema = z
  .object({ currentPassword: z.string().min(1), newPassword: z.string().min(10), repeat: z.string() })
  .refine((values) => values.newPassword === values.repeat, { path: ['repeat'] });
type PasswordForm = z.infer<typeof schema>;

/** The account page: change of password (other sessions are logged out by the server). */
export function AccountPage() {
  const { t } = useTranslation('auth');
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<ServerError>();
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const form = useForm<PasswordForm>({ resolver: zodResolver(schema), defaultValues: { currentPassword: '', newPassword: '', repeat: '' } });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    setFailure(undefined);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      setDone(true);
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['currentPassword', 'newPassword']));
    }
  });

  return (
    <>
      <PageHeader title={t('account.title')} />
      <Paper withBorder p="lg" maw={480} component="form" onSubmit={submit} noValidate>
        <Stack>
          {done ? (
            <Alert color="green" role="status">
              {t('account.changed')}
            </Alert>
          ) : null}
          {failure ? (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            {...form.register('currentPassword')}
            error={errors.currentPassword && (errors.currentPassword.type === 'server' ? errors.currentPassword.message : t('account.required'))}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('account.newPasswordHint')}
            autoComplete="new-password"
            {...form.register('newPassword')}
            error={errors.newPassword && (errors.newPassword.type === 'server' ? errors.newPassword.message : t('account.tooShort'))}
          />
          <PasswordInput
            label={t('account.repeat')}
            autoComplete="new-password"
            {...form.register('repeat')}
            error={errors.repeat ? t('account.mismatch') : undefined}
          />
          <Button type="submit" loading={loading} w="fit-content">
            {t('account.submit')}
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
