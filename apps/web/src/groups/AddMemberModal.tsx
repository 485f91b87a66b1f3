import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { PersonSelect } from '../people/PersonSelect';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { AddGroupMemberDocument } from './groups.operations';
import { addMemberSchema, GROUP_ROLES, type AddMemberValues } from './groups.schema';

interface AddMemberModalProps {
  opened: boolean;
  onClose: () => void;
  groupId: string;
  groupName: string;
  /** Current members, who are not offered again. */
  memberIds: readonly string[];
}

/** Add a person to a working group, with their role and the organisation they represent there. */
export function AddMemberModal({ opened, onClose, groupId, groupName, memberIds }: AddMemberModalProps) {
  const { t } = useTranslation('groups');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('members.addTitle', { group: groupName })} size="lg">
      {opened ? <AddMemberForm onClose={onClose} groupId={groupId} memberIds={memberIds} /> : null}
    </Modal>
  );
}

function AddMemberForm({ onClose, groupId, memberIds }: Omit<AddMemberModalProps, 'opened' | 'groupName'>) {
  const { t } = useTranslation('groups');
  const [failure, setFailure] = useState<ServerError>();
  const [personOrganisations, setPersonOrganisations] = useState<string[]>([]);
  const [add, { loading }] = useMutation(AddGroupMemberDocument, { refetchQueries: ['Group', 'Groups'] });
  const form = useForm<AddMemberValues>({
    resolver: zodResolver(addMemberSchema),
    defaultValues: { personId: '', role: 'MEMBER', organisationId: null },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await add({ variables: { input: { groupId, personId: values.personId, role: values.role, organisationId: values.organisationId } } });
      onClose();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['personId', 'role', 'organisationId']));
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
              error={fieldError(errors.personId, t)}
              onChange={(person) => {
                field.onChange(person?.id ?? '');
                setPersonOrganisations(person?.organisationIds ?? []);
                // The organisation the person represents is usually their (first) current one.
                form.setValue('organisationId', person?.organisationIds[0] ?? null);
              }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select
              label={t('members.role')}
              required
              allowDeselect={false}
              data={GROUP_ROLES.map((role) => ({ value: role, label: t(`common:enums.GroupRole.${role}`) }))}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldError(errors.role, t)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="organisationId"
          render={({ field }) => (
            <OrganisationSelect
              label={t('members.organisation')}
              description={t('members.organisationHint')}
              value={field.value}
              preferredIds={personOrganisations}
              onChange={field.onChange}
              error={fieldError(errors.organisationId, t)}
            />
          )}
        />
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
