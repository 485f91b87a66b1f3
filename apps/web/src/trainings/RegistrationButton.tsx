import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError, type ServerError } from '../ui/errors';
import { CancelMeetingRegistrationDocument, RegisterForMeetingDocument } from './trainings.operations';

/** What the button needs to know about a training. */
export interface RegistrationState {
  id: string;
  title: string;
  startsAt: string;
  registrationAvailable: boolean;
  freePlaces?: number | null;
  myInvitation?: { reply: string } | null;
}

/** Register for a training, or cancel one's registration (asking first); the server's message when refused. */
export function RegistrationButton({ training, onChanged }: { training: RegistrationState; onChanged: () => unknown }) {
  const { t } = useTranslation('trainings');
  const [failure, setFailure] = useState<ServerError>();
  const [register, registering] = useMutation(RegisterForMeetingDocument);
  const [cancel, cancelling] = useMutation(CancelMeetingRegistrationDocument);
  const registered = training.myInvitation?.reply === 'ATTEND';
  const started = new Date(training.startsAt).getTime() <= Date.now();
  const run = async (action: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(serverError(error));
    }
    await onChanged();
  };

  return (
    <Stack gap="xs" align="flex-start">
      {registered ? (
        started ? null : (
          <ConfirmButton
            variant="outline"
            color="red.9"
            loading={cancelling.loading}
            question={t('register.cancelQuestion', { title: training.title })}
            details={t('register.cancelDetails')}
            confirmLabel={t('register.cancelConfirm')}
            onConfirm={() => run(() => cancel({ variables: { input: { meetingId: training.id } } }))}
          >
            {t('register.cancel')}
          </ConfirmButton>
        )
      ) : training.registrationAvailable && training.freePlaces !== 0 ? (
        <Button loading={registering.loading} onClick={() => run(() => register({ variables: { input: { meetingId: training.id } } }))} aria-label={t('register.buttonFor', { title: training.title })}>
          {t('register.button')}
        </Button>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert" py="xs">
          {failure.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
