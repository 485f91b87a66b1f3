import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../people/PersonSelect';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { formatDay, todayIn } from '../ui/format';
import { orNull } from '../ui/forms';
import { AddOrganisationMemberDocument, EndOrganisationMembershipDocument } from './organisations.operations';
import { addOrganisationMemberSchema, endMembershipSchema, type AddOrganisationMemberValues, type EndMembershipValues } from './organisations.schema';

/** "Add member": a person of the area starts representing the organisation from a given day. */
export function AddOrganisationMemberModal({
  opened,
  onClose,
  organisation,
  memberIds,
}: {
  opened: boolean;
  onClose: () => void;
  organisation: { id: string; name: string };
  memberIds: readonly string[];
}) {
  const { t } = useTranslation('organisations');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('members.addTitle', { organisation: organisation.name })} size="lg">
      {opened ? <AddMemberForm onClose={onClose} organisationId={organisation.id} memberIds={memberIds} /> : null}
    </Modal>
  );
}

function AddMemberForm({ onClose, organisationId, memberIds }: { onClose: () => void; organisationId: string; memberIds: readonly string[] }) {
  const { t } = useTranslation('organisations');
  const [failure, setFailure] = useState<ServerError>();
  const [add, { loading }] = useMutation(AddOrganisationMemberDocument, { refetchQueries: ['Organisation', 'Organisations'] });
  const form = useForm<AddOrganisationMemberValues>({
    resolver: zodResolver(addOrganisationMemberSchema),
    defaultValues: { personId: '', position: '', since: todayIn() },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await add({ variables: { input: { organisationId, personId: values.personId, position: orNull(values.position), since: values.since } } });
      onClose();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['personId', 'position', 'since']));
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
          name="personId"
          render={({ field }) => (
            <PersonSelect
              label={t('members.person')}
              required
              value={field.value || null}
              exclude={memberIds}
              onChange={(person) => field.onChange(person?.id ?? '')}
              error={fieldError(errors.personId, t)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('members.position')} placeholder={t('members.positionPlaceholder')} {...form.register('position')} error={fieldError(errors.position, t)} />
          <TextInput label={t('members.since')} type="date" required {...form.register('since')} error={fieldError(errors.since, t)} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('members.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * "End membership": a confirmation dialog that also asks for the last day (history is kept).
 * Not the shared ConfirmButton, because the date needs a validated field of its own.
 */
export function EndMembershipButton({ membership }: { membership: { id: string; since: string; person: { fullName: string } } }) {
  const { t } = useTranslation('organisations');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={open} aria-label={t('members.endNamed', { name: membership.person.fullName })}>
        {t('members.end')}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('members.endQuestion', { name: membership.person.fullName })} centered>
        {opened ? <EndMembershipForm membership={membership} onClose={close} /> : null}
      </Modal>
    </>
  );
}

function EndMembershipForm({ membership, onClose }: { membership: { id: string; since: string }; onClose: () => void }) {
  const { t } = useTranslation('organisations');
  const [failure, setFailure] = useState<ServerError>();
  const [end, { loading }] = useMutation(EndOrganisationMembershipDocument, { refetchQueries: ['Organisation', 'Organisations'] });
  const today = todayIn();
  const form = useForm<EndMembershipValues>({
    resolver: zodResolver(endMembershipSchema(membership.since)),
    defaultValues: { until: today < membership.since ? membership.since : today },
  });

  const submit = form.handleSubmit(async ({ until }) => {
    setFailure(undefined);
    try {
      await end({ variables: { input: { membershipId: membership.id, until } } });
      onClose();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['until']));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('members.endDetails', { since: formatDay(membership.since) })}</Text>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <TextInput
          label={t('members.until')}
          type="date"
          required
          min={membership.since}
          {...form.register('until')}
          error={fieldError(form.formState.errors.until, t)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('members.endConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
