import { Button, type ButtonProps, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends ButtonProps {
  /** Question shown in the dialog, e.g. "Archivovat skupinu Senioři?" */
  question: string;
  details?: ReactNode;
  confirmLabel: string;
  /** Colour of the confirming button when it should differ from the trigger's (e.g. a subtle trigger). */
  confirmColor?: string;
  onConfirm: () => unknown;
  children: ReactNode;
}

/** A button for destructive or irreversible actions: it asks first, in an accessible dialog. */
export function ConfirmButton({ question, details, confirmLabel, confirmColor, onConfirm, children, ...buttonProps }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={question} centered>
        {details ? <Text mb="md">{details}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button
            color={confirmColor ?? buttonProps.color ?? 'red.9'}
            onClick={() => {
              close();
              void onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
