import { Alert, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serverError } from './errors';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={label ?? t('loading')} />
    </Center>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        {children ? (
          <Text c="dimmed" ta="center" size="sm">
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}

export function ErrorState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const found = serverError(error);
  if (!found) return null;
  return (
    <Alert color="red" title={t('error.title')} role="alert">
      {found.message}
    </Alert>
  );
}
