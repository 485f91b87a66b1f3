import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { OrganisationSide } from '../gql/graphql';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { CreateOrganisationDocument, UpdateOrganisationDocument } from './organisations.operations';
import { ORGANISATION_SIDES, organisationSchema, type OrganisationInputValues, type OrganisationValues } from './organisations.schema';

interface ExistingOrganisation {
  id: string;
  name: string;
  side: OrganisationSide;
  registrationNumber?: string | null;
  website?: string | null;
}

/** Register an organisation of the area or edit one (coordinators). */
export function OrganisationFormModal({ opened, onClose, organisation }: { opened: boolean; onClose: () => void; organisation?: ExistingOrganisation }) {
  const { t } = useTranslation('organisations');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={organisation ? t('form.editTitle') : t('form.createTitle')} size="lg">
      {opened ? <OrganisationForm onClose={onClose} organisation={organisation} /> : null}
    </Modal>
  );
}

function OrganisationForm({ onClose, organisation }: { onClose: () => void; organisation?: ExistingOrganisation }) {
  const { t } = useTranslation('organisations');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreateOrganisationDocument, { refetchQueries: ['Organisations', 'OrganisationOptions'] });
  const [update, updating] = useMutation(UpdateOrganisationDocument);
  const form = useForm<OrganisationInputValues, unknown, OrganisationValues>({
    resolver: zodResolver(organisationSchema),
    defaultValues: {
      name: organisation?.name ?? '',
      side: organisation?.side ?? 'PROVIDER',
      registrationNumber: organisation?.registrationNumber ?? '',
      website: organisation?.website ?? '',
    },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const input = { name: values.name, side: values.side, registrationNumber: orNull(values.registrationNumber), website: orNull(values.website) };
    try {
      if (organisation) {
        await update({ variables: { input: { id: organisation.id, ...input } } });
        onClose();
      } else {
        const { data } = await create({ variables: { input } });
        onClose();
        if (data) navigate(`/a/${area}/organisations/${data.createOrganisation.id}`);
      }
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['name', 'side', 'registrationNumber', 'website']));
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
        <TextInput label={t('fields.name')} required data-autofocus {...form.register('name')} error={fieldError(errors.name, t)} />
        <Controller
          control={form.control}
          name="side"
          render={({ field }) => (
            <Select
              label={t('fields.side')}
              description={t('form.sideHint')}
              required
              allowDeselect={false}
              data={ORGANISATION_SIDES.map((side) => ({ value: side, label: t(`common:enums.OrganisationSide.${side}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldError(errors.side, t)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.registrationNumber')}
            inputMode="numeric"
            {...form.register('registrationNumber')}
            error={fieldError(errors.registrationNumber, t)}
          />
          <TextInput
            label={t('fields.website')}
            type="url"
            placeholder="https://"
            {...form.register('website')}
            error={fieldError(errors.website, t)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {organisation ? t('common:save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
