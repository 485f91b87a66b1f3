import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Group, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apolloClient } from '../apollo';
import { LanguageSwitcher } from '../app/LanguageSwitcher';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { ErrorState, LoadingState } from '../ui/States';
import { AcceptInvitationDocument, InvitationDocument } from './people.operations';
import { acceptInvitationSchema, type AcceptInvitationValues } from './people.schema';

/** /invite/:token — the invited person sets a password and lands in their area. */
export function AcceptInvitationPage() {
  const { t } = useTranslation('people');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ServerError>();
  const preview = useQuery(InvitationDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);
  const form = useForm<AcceptInvitationValues>({ resolver: zodResolver(acceptInvitationSchema), defaultValues: { password: '', repeat: '' } });
  const errors = form.formState.errors;
  const invitation = preview.data?.invitation;

  const submit = form.handleSubmit(async ({ password }) => {
    setFailure(undefined);
    try {
      const { data } = await accept({ variables: { input: { token, password } } });
      await apolloClient.resetStore();
      navigate(data ? `/a/${data.acceptInvitation.slug}` : '/');
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['password']));
    }
  });

  return (
    <Container size={480} py="xl" component="main" id="main">
      <Group justify="flex-end" mb="md">
        <LanguageSwitcher />
      </Group>
      {preview.loading && !preview.data ? (
        <LoadingState />
      ) : preview.error ? (
        <>
          <PageHeader title={t('accept.title')} />
          <ErrorState error={preview.error} />
        </>
      ) : !invitation ? (
        <>
          <PageHeader title={t('accept.invalidTitle')} />
          <Alert color="yellow" role="alert">
            {t('accept.invalidText')}
          </Alert>
          <Group mt="md">
            <Button component={Link} to="/login" variant="light">
              {t('accept.toLogin')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <PageHeader title={t('accept.title')} subtitle={t('accept.subtitle', { area: invitation.areaName })} />
          <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Text>
                  <Text span c="dimmed">
                    {t('fields.fullName')}:{' '}
                  </Text>
                  {invitation.fullName}
                </Text>
                <Text style={{ overflowWrap: 'anywhere' }}>
                  <Text span c="dimmed">
                    {t('fields.email')}:{' '}
                  </Text>
                  {invitation.email}
                </Text>
              </div>
              <Text size="sm" c="dimmed">
                {t('accept.expires', { date: formatDateTime(invitation.expiresAt) })}
              </Text>
              {failure ? (
                <Alert color="red" role="alert">
                  {failure.message}
                </Alert>
              ) : null}
              {/* Lets password managers store the new password under the right e-mail. */}
              <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
              <PasswordInput
                label={t('accept.password')}
                description={t('accept.passwordHint')}
                autoComplete="new-password"
                required
                {...form.register('password')}
                error={fieldError(errors.password, t)}
              />
              <PasswordInput
                label={t('accept.repeat')}
                autoComplete="new-password"
                required
                {...form.register('repeat')}
                error={fieldError(errors.repeat, t)}
              />
              <Button type="submit" loading={loading}>
                {t('accept.submit')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('accept.haveAccount')}{' '}
                <Anchor component={Link} to="/login">
                  {t('accept.toLogin')}
                </Anchor>
              </Text>
            </Stack>
          </Paper>
        </>
      )}
    </Container>
  );
}
