import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { CastVoteDocument } from './approvals.operations';
import { MAX_RESERVATION, toVoteInput, VOTE_CHOICES, voteSchema, type VoteChoiceValue, type VoteValues } from './approvals.schema';

interface Props {
  roundId: string;
  current: { choice: VoteChoiceValue; reservation?: string | null } | null | undefined;
}

/** The four choices; a reservation text appears with "approve with reservations". A vote may be changed until the close. */
export function VoteForm({ roundId, current }: Props) {
  const { t } = useTranslation('approvals');
  const [failure, setFailure] = useState<ServerError>();
  const [saved, setSaved] = useState(false);
  const [editing, setEditing] = useState(!current);
  const [vote, { loading }] = useMutation(CastVoteDocument, { refetchQueries: ['ApprovalRound'], awaitRefetchQueries: true });
  const form = useForm<VoteValues>({
    resolver: zodResolver(voteSchema),
    defaultValues: { choice: current?.choice, reservation: current?.reservation ?? '' },
  });
  const choice = form.watch('choice');
  const errors = form.formState.errors;

  if (!editing) {
    return (
      <Group>
        {saved ? (
          <Alert color="green" role="status" py={6}>
            {t('vote.saved')}
          </Alert>
        ) : null}
        <Button variant="light" onClick={() => setEditing(true)}>
          {t('vote.change')}
        </Button>
      </Group>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await vote({ variables: { input: toVoteInput(roundId, values) } });
      setSaved(true);
      setEditing(false);
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['choice', 'reservation']));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="choice"
          render={({ field }) => (
            <Radio.Group label={t('vote.choiceLabel')} required value={field.value ?? null} onChange={(value) => field.onChange(value)} error={fieldError(errors.choice, t)}>
              <Stack gap="xs" mt="xs">
                {VOTE_CHOICES.map((value) => (
                  <Radio key={value} value={value} label={t(`choice.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {choice === 'APPROVE_WITH_RESERVATIONS' ? (
          <Textarea
            label={t('vote.reservation')}
            description={t('vote.reservationHint', { max: MAX_RESERVATION })}
            required
            autosize
            minRows={3}
            maxLength={MAX_RESERVATION}
            {...form.register('reservation')}
            error={fieldError(errors.reservation, t)}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {current ? t('vote.submitChange') : t('vote.submit')}
          </Button>
          {current ? (
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common:cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
