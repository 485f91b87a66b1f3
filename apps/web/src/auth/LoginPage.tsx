import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { apolloClient } from '../apollo';
import { LanguageSwitcher } from '../app/LanguageSwitcher';
import { isLocale } from '../i18n';
import { applyServerError, type ServerError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { LoginDocument } from './auth.operations';

const schema = z.object({
  email: z.string().trim().email(),
  password: z.string().min(1),
});
type LoginForm = z.infer<typeof schema>;

export function LoginPage() {
  const { t, i18n } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [failure, setFailure] = useState<ServerError>();
  const [login, { loading }] = useMutation(LoginDocument);
  const form = useForm<LoginForm>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const { data } = await login({ variables: { input: values } });
      // The language the person chose last (on any browser) is kept with the account.
      const saved = data?.login.account.locale;
      if (isLocale(saved) && saved !== i18n.language) await i18n.changeLanguage(saved);
      await apolloClient.resetStore();
      const next = params.get('next');
      const first = data?.login.memberships[0]?.area.slug;
      navigate(next && next.startsWith('/') ? next : first ? `/a/${first}` : '/');
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['email']));
    }
  });

  return (
    <Container size={440} py="xl" component="main" id="main">
      <Group justify="space-between" mb="xl">
        <Anchor component={Link} to="/" fw={700} size="xl" underline="never">
          Komplan
        </Anchor>
        <LanguageSwitcher />
      </Group>
      <PageHeader title={t('login.title')} subtitle={t('login.subtitle')} />
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          {failure ? (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          ) : null}
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            {...form.register('email')}
            error={form.formState.errors.email ? (form.formState.errors.email.message && form.formState.errors.email.type === 'server' ? form.formState.errors.email.message : t('login.emailInvalid')) : undefined}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            {...form.register('password')}
            error={form.formState.errors.password ? t('login.passwordRequired') : undefined}
          />
          <Button type="submit" loading={loading}>
            {t('login.submit')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('login.noAccount')}{' '}
            <Anchor component={Link} to="/">
              {t('login.publicPortal')}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}
