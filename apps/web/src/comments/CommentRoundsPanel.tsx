import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Modal, MultiSelect, Paper, Radio, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { applyServerError, fieldError } from '../ui/errors';
import { formatRange, fromLocalInput, toLocalInput } from '../ui/format';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { CommentRoundsDocument, OpenCommentRoundDocument, RoundGroupOptionsDocument } from './comments.operations';
import { AUDIENCES, roundSchema, type RoundFormValues } from './comments.schema';
import { PhaseBadge } from './PhaseBadge';
import { useAreaTimezone } from '../ui/useAreaTimezone';

/**
 * The comment rounds of one version with their phases and counts; the area coordinator opens a
 * new round here (an issued version only) and goes to each round's settlement.
 */
export function CommentRoundsPanel({ versionId, issued = true }: { versionId: string; issued?: boolean }) {
  const { t } = useTranslation('comments');
  const { area = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const timeZone = useAreaTimezone();
  const titleId = useId();
  const [opened, { open, close }] = useDisclosure(false);
  const { data, loading, error } = useQuery(CommentRoundsDocument, { variables: { versionId } });
  const rounds = data?.commentRounds ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('rounds.title')}
        </Title>
        {isAreaCoordinator && issued ? <Button onClick={open}>{t('rounds.open')}</Button> : null}
      </Group>
      {loading && !data ? <LoadingState /> : null}
      <ErrorState error={error} />
      {data && rounds.length === 0 ? <EmptyState title={t('rounds.none')}>{issued ? null : t('rounds.onlyIssued')}</EmptyState> : null}
      {rounds.length ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.phase')}</Table.Th>
                <Table.Th>{t('fields.period')}</Table.Th>
                <Table.Th>{t('fields.audience')}</Table.Th>
                <Table.Th>{t('rounds.comments')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rounds.map((round) => (
                <Table.Tr key={round.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/a/${area}/comment-rounds/${round.id}`}>
                      {round.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <PhaseBadge phase={round.phase} />
                  </Table.Td>
                  <Table.Td>{formatRange(round.opensAt, round.closesAt, timeZone)}</Table.Td>
                  <Table.Td>
                    {t(`enums.CommentAudience.${round.audience}`)}
                    {round.groups.length ? (
                      <Text size="xs" c="dimmed">
                        {round.groups.map((group) => group.name).join(', ')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t('rounds.counts', { comments: round.counts.comments, unsettled: round.counts.unsettled })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={opened} onClose={close} title={t('rounds.open')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
        <OpenRoundForm versionId={versionId} timeZone={timeZone} onDone={close} />
      </Modal>
    </Paper>
  );
}

const SERVER_FIELDS = ['title', 'instructions', 'audience', 'groupIds', 'opensAt', 'closesAt'] as const;

/** "Open a comment round": title, instructions, audience (groups), opening and closing in the area's time zone. */
export function OpenRoundForm({ versionId, timeZone, onDone }: { versionId: string; timeZone: string; onDone: () => void }) {
  const { t } = useTranslation('comments');
  const [failure, setFailure] = useState<string>();
  const groups = useQuery(RoundGroupOptionsDocument);
  const [openRound, opening] = useMutation(OpenCommentRoundDocument, { refetchQueries: ['CommentRounds'] });
  const now = new Date();
  const form = useForm<RoundFormValues>({
    resolver: zodResolver(roundSchema),
    defaultValues: {
      title: '',
      instructions: '',
      audience: 'AREA_MEMBERS',
      groupIds: [],
      opensAt: toLocalInput(now.toISOString(), timeZone),
      closesAt: toLocalInput(new Date(now.getTime() + 14 * 24 * 3600 * 1000).toISOString(), timeZone),
    },
  });
  const { errors } = form.formState;
  const audience = form.watch('audience');
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await openRound({
        variables: {
          input: {
            versionId,
            title: values.title.trim(),
            instructions: values.instructions.trim(),
            audience: values.audience,
            groupIds: values.audience === 'GROUPS' ? values.groupIds : null,
            opensAt: fromLocalInput(values.opensAt, timeZone),
            closesAt: fromLocalInput(values.closesAt, timeZone),
          },
        },
      });
      onDone();
    } catch (error) {
      setFailure(applyServerError(error, form.setError, SERVER_FIELDS)?.message);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <TextInput label={t('fields.title')} required {...form.register('title')} error={fieldError(errors.title, t)} />
        <Textarea label={t('fields.instructions')} autosize minRows={2} {...form.register('instructions')} error={fieldError(errors.instructions, t)} />
        <Controller
          control={form.control}
          name="audience"
          render={({ field }) => (
            <Radio.Group label={t('fields.audience')} required value={field.value} onChange={field.onChange} error={fieldError(errors.audience, t)}>
              <Stack mt="xs" gap="xs">
                {AUDIENCES.map((value) => (
                  <Radio key={value} value={value} label={t(`enums.CommentAudience.${value}`)} description={t(`audienceHelp.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {audience === 'GROUPS' ? (
          <Controller
            control={form.control}
            name="groupIds"
            render={({ field }) => (
              <MultiSelect
                label={t('fields.groups')}
                required
                searchable
                data={(groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.groupIds, t)}
              />
            )}
          />
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            label={t('fields.opensAt')}
            description={timeZone}
            type="datetime-local"
            required
            {...form.register('opensAt')}
            error={fieldError(errors.opensAt, t)}
          />
          <TextInput
            label={t('fields.closesAt')}
            description={timeZone}
            type="datetime-local"
            required
            {...form.register('closesAt')}
            error={fieldError(errors.closesAt, t)}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={opening.loading}>
            {t('rounds.openSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
