import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { fromLocalInput, toLocalInput } from '../ui/format';
import { ApprovalRoundGroupsDocument, OpenApprovalRoundDocument } from './approvals.operations';
import { openRoundSchema, type OpenRoundValues } from './approvals.schema';

const SERVER_FIELDS = ['title', 'groupIds', 'opensAt', 'closesAt', 'quorumPercent', 'approvalPercent'] as const;
const DAY = 24 * 3600 * 1000;

interface Props {
  versionId: string;
  /** Suggested title, e.g. "Schválení akčního plánu 2026 (verze 2)". */
  defaultTitle?: string;
  onOpened: (roundId: string) => void;
  onCancel?: () => void;
}

/**
 * Opens an approval round on an issued version (the area coordinator): who votes (the current
 * members of the chosen groups), when, and the quorum rule. The management team is chosen by default.
 */
export function OpenApprovalRoundForm({ versionId, defaultTitle = '', onOpened, onCancel }: Props) {
  const { t } = useTranslation('approvals');
  const zone = useAreaTimezone();
  const [failure, setFailure] = useState<ServerError>();
  const groups = useQuery(ApprovalRoundGroupsDocument);
  const [open, { loading }] = useMutation(OpenApprovalRoundDocument, { refetchQueries: ['ApprovalRounds'] });
  const now = Date.now();
  const form = useForm<OpenRoundValues>({
    resolver: zodResolver(openRoundSchema),
    defaultValues: {
      title: defaultTitle,
      groupIds: [],
      opensAt: toLocalInput(new Date(now).toISOString(), zone),
      closesAt: toLocalInput(new Date(now + 7 * DAY).toISOString(), zone),
      quorumPercent: 50,
      approvalPercent: 50,
    },
  });
  const errors = form.formState.errors;
  const options = (groups.data?.groups ?? []).map((group) => ({ value: group.id, label: t('open.groupOption', { name: group.name, count: group.memberCount }) }));

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const result = await open({
        variables: {
          input: {
            versionId,
            title: values.title,
            groupIds: values.groupIds,
            opensAt: fromLocalInput(values.opensAt, zone),
            closesAt: fromLocalInput(values.closesAt, zone),
            quorumPercent: values.quorumPercent,
            approvalPercent: values.approvalPercent,
          },
        },
      });
      if (result.data) onOpened(result.data.openApprovalRound.id);
    } catch (error) {
      setFailure(applyServerError(error, form.setError, SERVER_FIELDS));
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
        <TextInput label={t('open.title')} required {...form.register('title')} error={fieldError(errors.title, t)} />
        <Controller
          control={form.control}
          name="groupIds"
          render={({ field }) => (
            <MultiSelect
              label={t('open.groups')}
              description={t('open.groupsHint')}
              required
              searchable
              data={options}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.groupIds, t)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('open.opensAt')} type="datetime-local" required {...form.register('opensAt')} error={fieldError(errors.opensAt, t)} />
          <TextInput label={t('open.closesAt')} type="datetime-local" required {...form.register('closesAt')} error={fieldError(errors.closesAt, t)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="quorumPercent"
            render={({ field }) => (
              <NumberInput
                label={t('open.quorumPercent')}
                description={t('open.quorumHint')}
                min={0}
                max={100}
                suffix=" %"
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                error={fieldError(errors.quorumPercent, t)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="approvalPercent"
            render={({ field }) => (
              <NumberInput
                label={t('open.approvalPercent')}
                description={t('open.approvalHint')}
                min={1}
                max={100}
                suffix=" %"
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                error={fieldError(errors.approvalPercent, t)}
              />
            )}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={loading}>
            {t('open.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
