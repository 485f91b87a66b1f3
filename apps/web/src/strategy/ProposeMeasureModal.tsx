import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { YearInput } from '../ui/YearInput';
import { ProposeMeasureDocument } from './strategy.operations';
import { proposeSchema, type ProposeValues } from './strategy.schema';

interface Props {
  goal: { id: string; number: string; title: string };
  plan: { fromYear: number; toYear: number };
  coordinator: boolean;
  myGroups: { id: string; name: string }[];
}

/** "Navrhnout opatření" under a goal: members for their groups, the area coordinator for anyone. */
export function ProposeMeasureButton(props: Props) {
  const { t } = useTranslation('strategy');
  const [opened, { open, close }] = useDisclosure(false);
  const label = `${props.goal.number} ${props.goal.title}`;
  return (
    <>
      <Button variant="light" size="xs" my={6} onClick={open} aria-label={t('propose.buttonNamed', { label })}>
        {t('propose.button')}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('propose.title', { label })} size="lg">
        {opened ? <ProposeForm {...props} onClose={close} /> : null}
      </Modal>
    </>
  );
}

function ProposeForm({ goal, plan, coordinator, myGroups, onClose }: Props & { onClose: () => void }) {
  const { t } = useTranslation('strategy');
  const [failure, setFailure] = useState<ServerError>();
  const [propose, { loading }] = useMutation(ProposeMeasureDocument, { refetchQueries: ['StrategicPlan'], awaitRefetchQueries: true });
  const form = useForm<ProposeValues>({
    resolver: zodResolver(proposeSchema),
    defaultValues: {
      title: '',
      description: '',
      rationale: '',
      fromYear: plan.fromYear,
      toYear: plan.toYear,
      proposingGroupIds: myGroups.length === 1 && !coordinator ? [myGroups[0]!.id] : [],
    },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await propose({
        variables: {
          input: {
            goalId: goal.id,
            title: values.title,
            description: orNull(values.description),
            rationale: orNull(values.rationale),
            fromYear: values.fromYear,
            toYear: values.toYear,
            proposingGroupIds: values.proposingGroupIds,
          },
        },
      });
      onClose();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['title', 'description', 'rationale', 'fromYear', 'toYear', 'proposingGroupIds']));
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
        <TextInput label={t('propose.fields.title')} required data-autofocus {...form.register('title')} error={fieldError(errors.title, t)} />
        <Textarea label={t('propose.fields.description')} autosize minRows={3} maxRows={10} {...form.register('description')} error={fieldError(errors.description, t)} />
        <Textarea
          label={t('propose.fields.rationale')}
          description={t('propose.rationaleHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.register('rationale')}
          error={fieldError(errors.rationale, t)}
        />
        <Group grow align="flex-start">
          <YearInput control={form.control} name="fromYear" label={t('fields.fromYear')} error={fieldError(errors.fromYear, t)} />
          <YearInput control={form.control} name="toYear" label={t('fields.toYear')} error={fieldError(errors.toYear, t)} />
        </Group>
        {myGroups.length > 0 ? (
          <Controller
            control={form.control}
            name="proposingGroupIds"
            render={({ field }) => (
              <MultiSelect
                label={t('propose.fields.groups')}
                description={coordinator ? undefined : t('propose.groupsHint')}
                required={!coordinator}
                searchable
                data={myGroups.map((group) => ({ value: group.id, label: group.name }))}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.proposingGroupIds, t)}
              />
            )}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('propose.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
