import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServiceFieldsFragment, ServiceForm, ServiceType } from '../gql/graphql';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { CreateServiceDocument, UpdateServiceDocument } from './services.operations';
import { serviceSchema, TARGET_GROUPS, typeLabel, unitsFor, type ServiceInputValues, type ServiceValues } from './services.schema';
import { useMyProviderOrganisations, useServiceTypes } from './useServiceTypes';

const FIELDS = ['organisationId', 'type', 'name', 'form', 'capacity', 'capacityUnit', 'targetGroups', 'registrationId', 'areaServed', 'contact'];

/** Register a service of a provider organisation, or change one. */
export function ServiceFormModal({ opened, onClose, service }: { opened: boolean; onClose: () => void; service?: ServiceFieldsFragment }) {
  const { t } = useTranslation('services');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common:close') }}
      title={service ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
    >
      {opened ? <ServiceForm onClose={onClose} service={service} /> : null}
    </Modal>
  );
}

function ServiceForm({ onClose, service }: { onClose: () => void; service?: ServiceFieldsFragment }) {
  const { t } = useTranslation('services');
  const { types, byType } = useServiceTypes();
  const { organisations, canManageAny } = useMyProviderOrganisations();
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreateServiceDocument, { refetchQueries: ['Services', 'OrganisationServices'] });
  const [update, updating] = useMutation(UpdateServiceDocument);
  const form = useForm<ServiceInputValues, unknown, ServiceValues>({
    resolver: zodResolver(serviceSchema),
    defaultValues: {
      organisationId: service?.organisation.id ?? (organisations.length === 1 ? organisations[0]!.id : ''),
      type: service?.type ?? '',
      name: service?.name ?? '',
      form: service?.form,
      capacity: service?.capacity,
      capacityUnit: service?.capacityUnit,
      targetGroups: service?.targetGroups ?? [],
      registrationId: service?.registrationId ?? '',
      areaServed: service?.areaServed ?? '',
      contact: service?.contact ?? '',
    },
  });
  const errors = form.formState.errors;
  const [type, chosenForm, unit] = useWatch({ control: form.control, name: ['type', 'form', 'capacityUnit'] });
  const info = byType.get(type as ServiceType);
  const forms = info?.forms ?? [];
  const units = unitsFor(info, chosenForm);

  // A type with one form fixes it; a unit that no longer fits is cleared (the Selects offer only what fits).
  useEffect(() => {
    if (!info) return;
    if (forms.length === 1 && chosenForm !== forms[0]) form.setValue('form', forms[0]!);
    else if (chosenForm && !forms.includes(chosenForm)) form.resetField('form', { defaultValue: undefined });
  }, [info, forms, chosenForm, form]);
  useEffect(() => {
    if (!chosenForm) return;
    if (units.length === 1 && unit !== units[0]) form.setValue('capacityUnit', units[0]!);
    else if (unit && !units.includes(unit)) form.resetField('capacityUnit', { defaultValue: undefined });
  }, [chosenForm, units, unit, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const input = {
      type: values.type as ServiceType,
      name: values.name,
      form: values.form,
      capacity: values.capacity,
      capacityUnit: values.capacityUnit,
      targetGroups: values.targetGroups,
      registrationId: values.registrationId,
      areaServed: orNull(values.areaServed),
      contact: orNull(values.contact),
    };
    try {
      if (service) await update({ variables: { input: { id: service.id, ...input } } });
      else await create({ variables: { input: { organisationId: values.organisationId, ...input } } });
      onClose();
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
        {service ? null : (
          <Controller
            control={form.control}
            name="organisationId"
            render={({ field }) =>
              canManageAny ? (
                <OrganisationSelect
                  label={t('fields.organisation')}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={fieldError(errors.organisationId, t)}
                />
              ) : (
                <Select
                  label={t('fields.organisation')}
                  required
                  allowDeselect={false}
                  data={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={fieldError(errors.organisationId, t)}
                />
              )
            }
          />
        )}
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Select
              label={t('fields.type')}
              required
              searchable
              allowDeselect={false}
              data={types.map((option) => ({ value: option.type, label: typeLabel(option) }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              error={fieldError(errors.type, t)}
            />
          )}
        />
        <TextInput label={t('fields.name')} required {...form.register('name')} error={fieldError(errors.name, t)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="form"
            render={({ field }) => (
              <Select
                label={t('fields.form')}
                required
                allowDeselect={false}
                disabled={!info}
                description={info ? undefined : t('form.chooseTypeFirst')}
                data={forms.map((value) => ({ value, label: t(`enums.ServiceForm.${value}`) }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange((value as ServiceForm | null) ?? undefined)}
                error={fieldError(errors.form, t)}
              />
            )}
          />
          <TextInput
            label={t('fields.registrationId')}
            description={t('form.registrationIdHint')}
            required
            inputMode="numeric"
            {...form.register('registrationId')}
            error={fieldError(errors.registrationId, t)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="capacity"
            render={({ field }) => (
              <NumberInput
                label={t('fields.capacity')}
                required
                min={0}
                allowDecimal={false}
                allowNegative={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                error={fieldError(errors.capacity, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="capacityUnit"
            render={({ field }) => (
              <Select
                label={t('fields.capacityUnit')}
                required
                allowDeselect={false}
                disabled={!chosenForm}
                data={units.map((value) => ({ value, label: t(`enums.CapacityUnit.${value}`) }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                error={fieldError(errors.capacityUnit, t)}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="targetGroups"
          render={({ field }) => (
            <MultiSelect
                searchable
              label={t('fields.targetGroups')}
              required
              data={TARGET_GROUPS.map((value) => ({ value, label: t(`enums.TargetGroup.${value}`) }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.targetGroups, t)}
            />
          )}
        />
        <TextInput label={t('fields.areaServed')} {...form.register('areaServed')} error={fieldError(errors.areaServed, t)} />
        <TextInput label={t('fields.contact')} {...form.register('contact')} error={fieldError(errors.contact, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {service ? t('common:save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
