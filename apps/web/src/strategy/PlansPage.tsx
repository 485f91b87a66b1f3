import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { orNull } from '../ui/forms';
import { PageHeader } from '../ui/PageHeader';
import { YearInput } from '../ui/YearInput';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { CreateStrategicPlanDocument, StrategicPlansDocument } from './strategy.operations';
import { planSchema, type PlanValues } from './strategy.schema';

/** The area's medium-term plans with their period and status; the coordinator sets up a new one. */
export function PlansPage() {
  const { t } = useTranslation('strategy');
  const { area = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const [opened, { open, close }] = useDisclosure(false);
  const { data, loading, error } = useQuery(StrategicPlansDocument);

  const create = isAreaCoordinator ? <Button onClick={open}>{t('plans.create')}</Button> : null;
  const plans = data?.strategicPlans ?? [];

  return (
    <>
      <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle')} actions={create} />
      {loading && !data ? <LoadingState /> : null}
      <ErrorState error={error} />
      {data && plans.length === 0 ? <EmptyState title={t('plans.empty')}>{t('plans.emptyText')}</EmptyState> : null}
      {plans.length > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label={t('plans.title')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.period')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/a/${area}/plans/${plan.id}`}>
                      {plan.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t('period', { from: plan.fromYear, to: plan.toYear })}</Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={plan.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('plans.createTitle')} size="lg">
        {opened ? <PlanForm onClose={close} /> : null}
      </Modal>
    </>
  );
}

export function PlanStatusBadge({ status }: { status: 'DRAFT' | 'ADOPTED' }) {
  const { t } = useTranslation('strategy');
  return (
    <Badge color={status === 'ADOPTED' ? 'green' : 'gray'} variant="dot">
      {t(`status.${status}`)}
    </Badge>
  );
}

function PlanForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('strategy');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ServerError>();
  const [create, { loading }] = useMutation(CreateStrategicPlanDocument, { refetchQueries: ['StrategicPlans'] });
  const thisYear = new Date().getFullYear();
  const form = useForm<PlanValues>({
    resolver: zodResolver(planSchema),
    defaultValues: { title: '', description: '', fromYear: thisYear + 1, toYear: thisYear + 3 },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const { data } = await create({
        variables: { input: { title: values.title, description: orNull(values.description), fromYear: values.fromYear, toYear: values.toYear } },
      });
      onClose();
      if (data) navigate(`/a/${area}/plans/${data.createStrategicPlan.id}`);
    } catch (error) {
      setFailure(applyServerError(error, form.setError, ['title', 'description', 'fromYear', 'toYear']));
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
        <TextInput label={t('fields.title')} required data-autofocus {...form.register('title')} error={fieldError(errors.title, t)} />
        <Group grow align="flex-start">
          <YearInput control={form.control} name="fromYear" label={t('fields.fromYear')} error={fieldError(errors.fromYear, t)} />
          <YearInput control={form.control} name="toYear" label={t('fields.toYear')} error={fieldError(errors.toYear, t)} />
        </Group>
        <Textarea label={t('fields.description')} autosize minRows={3} maxRows={12} {...form.register('description')} error={fieldError(errors.description, t)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('plans.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
