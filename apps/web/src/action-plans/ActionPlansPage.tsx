import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Badge, Button, Group, Modal, NativeSelect, Stack, Table, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { useMe } from '../auth/useMe';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { YearInput } from '../ui/YearInput';
import { ActionPlansDocument, ActionPlanStrategicPlansDocument, CreateActionPlanDocument } from './action-plans.operations';

/** The area's action plans, the latest year first; the coordinator starts a new one. */
export function ActionPlansPage() {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const [opened, { open, close }] = useDisclosure(false);
  const { data, loading, error } = useQuery(ActionPlansDocument);
  const plans = data?.actionPlans ?? [];
  const create = isAreaCoordinator ? <Button onClick={open}>{t('list.create')}</Button> : null;

  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} actions={create} />
      {loading && !data ? <LoadingState /> : null}
      <ErrorState error={error} />
      {data && plans.length === 0 ? <EmptyState title={t('list.empty')}>{t('list.emptyText')}</EmptyState> : null}
      {plans.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('list.title')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.year')}</Table.Th>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.state')}</Table.Th>
                <Table.Th>{t('list.versions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>{plan.year}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/a/${area}/action-plans/${plan.id}`}>
                      {plan.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={plan.state === 'APPROVED' ? 'green' : 'gray'}>
                      {t(`state.${plan.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {[plan.latestIssued ? t('list.lastIssued', { number: plan.latestIssued.number }) : null, plan.draft ? t('list.draft', { number: plan.draft.number }) : null]
                      .filter(Boolean)
                      .join(' · ') || t('list.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('create.title')} size="lg">
        {opened ? <CreateForm onClose={close} /> : null}
      </Modal>
    </>
  );
}

const createSchema = z.object({
  strategicPlanId: z.string().min(1, 'required'),
  year: z.number({ message: 'required' }).int().min(2000).max(2100),
  title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
});
type CreateValues = z.infer<typeof createSchema>;

function CreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ServerError>();
  const { data } = useQuery(ActionPlanStrategicPlansDocument);
  const [create, { loading }] = useMutation(CreateActionPlanDocument, { refetchQueries: ['ActionPlans'] });
  const year = new Date().getFullYear();
  const form = useForm<CreateValues>({
    resolver: zodResolver(createSchema),
    values: data ? { strategicPlanId: data.strategicPlans[0]?.id ?? '', year, title: t('create.defaultTitle', { year }) } : undefined,
    defaultValues: { strategicPlanId: '', year, title: t('create.defaultTitle', { year }) },
  });
  const errors = form.formState.errors;
  const plans = data?.strategicPlans ?? [];

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const result = await create({ variables: { input: values } });
      onClose();
      if (result.data) navigate(`/a/${area}/action-plans/${result.data.createActionPlan.id}`);
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['strategicPlanId', 'year', 'title']));
    }
  });

  if (data && plans.length === 0) return <Alert color="yellow">{t('create.noStrategicPlan')}</Alert>;
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
          name="strategicPlanId"
          render={({ field }) => (
            <NativeSelect
              label={t('fields.strategicPlan')}
              required
              data={plans.map((plan) => ({ value: plan.id, label: `${plan.title} (${plan.fromYear}–${plan.toYear})` }))}
              {...field}
              error={fieldError(errors.strategicPlanId, t)}
            />
          )}
        />
        <YearInput control={form.control} name="year" label={t('fields.year')} error={fieldError(errors.year, t)} />
        <TextInput label={t('fields.title')} required {...form.register('title')} error={fieldError(errors.title, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
