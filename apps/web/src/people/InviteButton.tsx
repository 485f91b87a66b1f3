import { useMutation } from '@apollo/client/react';
import { Alert, Button, type ButtonProps, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { serverError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { InvitePersonDocument } from './people.operations';

/**
 * Creates a one-time link by which the person sets a password and joins the area, and shows it
 * to be copied into an e-mail or a message (Komplan sends no e-mail itself).
 */
export function InviteButton({ person, label, ...buttonProps }: { person: { id: string; fullName: string }; label?: string } & ButtonProps) {
  const { t } = useTranslation('people');
  const [opened, { open, close }] = useDisclosure(false);
  const [invite, { data, loading, error, reset }] = useMutation(InvitePersonDocument, { refetchQueries: ['AccountInvitations'] });
  const link = data?.invitePerson;

  return (
    <>
      <Button
        {...buttonProps}
        loading={loading}
        aria-label={`${label ?? t('invite.button')}: ${person.fullName}`}
        onClick={async () => {
          reset();
          open();
          // A failure is shown in the dialog from the hook's `error`.
          await invite({ variables: { input: { personId: person.id } } }).catch(() => undefined);
        }}
      >
        {label ?? t('invite.button')}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('invite.title', { name: person.fullName })} size="lg">
        {error ? (
          <Alert color="red" role="alert">
            {serverError(error)?.message}
          </Alert>
        ) : link ? (
          <Stack>
            <Text>{t('invite.instructions', { email: link.invitation.person.email ?? '' })}</Text>
            <TextInput label={t('invite.link')} value={link.url} readOnly onFocus={(event) => event.currentTarget.select()} />
            <Text size="sm" c="dimmed">
              {t('invite.expires', { date: formatDateTime(link.invitation.expiresAt) })}
            </Text>
            <Group justify="flex-end">
              <CopyButton value={link.url}>
                {({ copied, copy }) => (
                  <Button color={copied ? 'teal' : undefined} onClick={copy} aria-live="polite">
                    {copied ? t('invite.copied') : t('invite.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="default" onClick={close}>
                {t('invite.close')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text role="status">{t('invite.creating')}</Text>
        )}
      </Modal>
    </>
  );
}
