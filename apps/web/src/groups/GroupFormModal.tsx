import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { CreateGroupDocument, UpdateGroupDocument } from './groups.operations';
import { GROUP_KINDS, groupSchema, type GroupValues } from './groups.schema';

interface ExistingGroup {
  id: string;
  name: string;
  kind: GroupValues['kind'];
  targetGroup?: string | null;
  description: string;
}

/** Create a group (area coordinator) or edit one (its coordinators); opened from a button. */
export function GroupFormModal({ opened, onClose, group }: { opened: boolean; onClose: () => void; group?: ExistingGroup }) {
  const { t } = useTranslation('groups');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={group ? t('form.editTitle') : t('form.createTitle')} size="lg">
      {/* Mounted only while open, so every opening starts from the group's current values. */}
      {opened ? <GroupForm onClose={onClose} group={group} /> : null}
    </Modal>
  );
}

function GroupForm({ onClose, group }: { onClose: () => void; group?: ExistingGroup }) {
  const { t } = useTranslation('groups');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ServerError>();
  const [create, creating] = useMutation(CreateGroupDocument, { refetchQueries: ['Groups', 'Dashboard'] });
  const [update, updating] = useMutation(UpdateGroupDocument);
  const form = useForm<GroupValues>({
    resolver: zodResolver(groupSchema),
    defaultValues: {
      name: group?.name ?? '',
      kind: group?.kind ?? 'TARGET_GROUP',
      targetGroup: group?.targetGroup ?? '',
      description: group?.description ?? '',
    },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      if (group) {
        await update({
          variables: { input: { id: group.id, name: values.name, targetGroup: orNull(values.targetGroup), description: values.description } },
        });
        onClose();
      } else {
        const { data } = await create({
          variables: { input: { name: values.name, kind: values.kind, targetGroup: orNull(values.targetGroup), description: orNull(values.description) } },
        });
        onClose();
        if (data) navigate(`/a/${area}/groups/${data.createGroup.id}`);
      }
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['name', 'kind', 'targetGroup', 'description']));
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
        {group ? null : (
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('fields.kind')}
                required
                allowDeselect={false}
                data={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`common:enums.GroupKind.${kind}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={fieldError(errors.kind, t)}
              />
            )}
          />
        )}
        <TextInput
          label={t('fields.targetGroup')}
          description={t('form.targetGroupHint')}
          {...form.register('targetGroup')}
          error={fieldError(errors.targetGroup, t)}
        />
        <Textarea label={t('fields.description')} autosize minRows={3} maxRows={12} {...form.register('description')} error={fieldError(errors.description, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {group ? t('common:save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
