import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AreaRole } from '../gql/graphql';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { CreatePersonDocument, UpdatePersonDocument } from './people.operations';
import { AREA_ROLES, newPersonSchema, type NewPersonValues } from './people.schema';

interface ExistingPerson {
  id: string;
  fullName: string;
  email?: string | null;
  phone?: string | null;
  roles: readonly AreaRole[];
}

/** Add a person to the area (with an organisation) or edit one's contact data and roles. */
export function PersonFormModal({
  opened,
  onClose,
  person,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  person?: ExistingPerson;
  onCreated?: (person: { id: string; fullName: string }) => void;
}) {
  const { t } = useTranslation('people');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={person ? t('form.editTitle') : t('form.createTitle')} size="lg">
      {opened ? <PersonForm onClose={onClose} person={person} onCreated={onCreated} /> : null}
    </Modal>
  );
}

const FIELDS = ['fullName', 'email', 'phone', 'roles', 'organisationId', 'position'] as const;

function PersonForm({
  onClose,
  person,
  onCreated,
}: {
  onClose: () => void;
  person?: ExistingPerson;
  onCreated?: (person: { id: string; fullName: string }) => void;
}) {
  const { t } = useTranslation('people');
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreatePersonDocument, { refetchQueries: ['People'] });
  const [update, updating] = useMutation(UpdatePersonDocument);
  const form = useForm<NewPersonValues>({
    resolver: zodResolver(newPersonSchema),
    defaultValues: {
      fullName: person?.fullName ?? '',
      email: person?.email ?? '',
      phone: person?.phone ?? '',
      roles: person ? [...person.roles] : ['MEMBER'],
      organisationId: null,
      position: '',
    },
  });
  const errors = form.formState.errors;
  const organisationId = form.watch('organisationId');

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const common = { fullName: values.fullName, email: orNull(values.email), phone: orNull(values.phone), roles: values.roles };
    try {
      if (person) {
        await update({ variables: { input: { id: person.id, ...common } } });
        onClose();
      } else {
        const { data } = await create({
          variables: {
            input: { ...common, organisationId: values.organisationId, position: values.organisationId ? orNull(values.position) : null },
          },
        });
        onClose();
        if (data) onCreated?.(data.createPerson);
      }
    } catch (error) {
      setFailure(applyServerError(error, form.setError, FIELDS));
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
        <TextInput
          label={t('fields.fullName')}
          required
          autoComplete="off"
          data-autofocus
          {...form.register('fullName')}
          error={fieldError(errors.fullName, t)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.email')}
            description={t('form.emailHint')}
            type="email"
            autoComplete="off"
            {...form.register('email')}
            error={fieldError(errors.email, t)}
          />
          <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.register('phone')} error={fieldError(errors.phone, t)} />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="roles"
          render={({ field }) => (
            <MultiSelect
              label={t('fields.roles')}
              required
              data={AREA_ROLES.map((role) => ({ value: role, label: t(`common:enums.AreaRole.${role}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldError(errors.roles, t)}
            />
          )}
        />
        {person ? null : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="organisationId"
              render={({ field }) => (
                <OrganisationSelect
                  label={t('fields.organisation')}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldError(errors.organisationId, t)}
                />
              )}
            />
            <TextInput
              label={t('fields.position')}
              description={organisationId ? undefined : t('form.positionHint')}
              disabled={!organisationId}
              {...form.register('position')}
              error={fieldError(errors.position, t)}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {person ? t('common:save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
