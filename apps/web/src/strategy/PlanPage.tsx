import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError, type ServerError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PlanStatusBadge } from './PlansPage';
import { AddNodeForm, PriorityNode, type TreeActions } from './StrategyTree';
import {
  AdoptStrategicPlanDocument,
  CreateGoalDocument,
  CreatePriorityDocument,
  DeleteGoalDocument,
  DeleteMeasureDocument,
  DeletePriorityDocument,
  DeleteStrategicPlanDocument,
  MoveGoalDocument,
  MoveMeasureDocument,
  MovePriorityDocument,
  MyGroupsDocument,
  StrategicPlanDocument,
  UpdateGoalDocument,
  UpdatePriorityDocument,
} from './strategy.operations';

const refetch = { refetchQueries: ['StrategicPlan'], awaitRefetchQueries: true };

/** The strategy tree editor of one medium-term plan: priorities → goals → measures, numbered. */
export function PlanPage() {
  const { t } = useTranslation('strategy');
  const { area = '', planId = '' } = useParams();
  const navigate = useNavigate();
  const { isAreaCoordinator } = useMe();
  const { data, loading, error } = useQuery(StrategicPlanDocument, { variables: { id: planId } });
  const { data: mine } = useQuery(MyGroupsDocument, { skip: isAreaCoordinator });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<ServerError>();

  const [adopt] = useMutation(AdoptStrategicPlanDocument);
  const [deletePlan] = useMutation(DeleteStrategicPlanDocument, { refetchQueries: ['StrategicPlans'] });
  const [createPriority] = useMutation(CreatePriorityDocument, refetch);
  const [updatePriority] = useMutation(UpdatePriorityDocument, refetch);
  const [movePriority] = useMutation(MovePriorityDocument, refetch);
  const [deletePriority] = useMutation(DeletePriorityDocument, refetch);
  const [createGoal] = useMutation(CreateGoalDocument, refetch);
  const [updateGoal] = useMutation(UpdateGoalDocument, refetch);
  const [moveGoal] = useMutation(MoveGoalDocument, refetch);
  const [deleteGoal] = useMutation(DeleteGoalDocument, refetch);
  const [moveMeasure] = useMutation(MoveMeasureDocument, refetch);
  const [deleteMeasure] = useMutation(DeleteMeasureDocument, refetch);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const plan = data?.strategicPlan;
  if (!plan) return <EmptyState title={t('plan.notFound')} />;

  /** Runs a change; a refusal (e.g. CONFLICT for a node that is not empty) is shown above the tree. */
  const attempt = async (change: () => Promise<unknown>): Promise<boolean> => {
    setFailure(undefined);
    try {
      await change();
      return true;
    } catch (caught) {
      setFailure(serverError(caught));
      return false;
    }
  };

  const myGroups = (mine?.me?.person?.groups ?? []).map((membership) => membership.group);
  const allIds = plan.priorities.flatMap((priority) => [priority.id, ...priority.goals.map((goal) => goal.id)]);
  const actions: TreeActions = {
    coordinator: isAreaCoordinator,
    canPropose: isAreaCoordinator || myGroups.length > 0,
    myGroups,
    plan,
    isCollapsed: (id) => collapsed.has(id),
    toggle: (id) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    attempt,
    renamePriority: (id, title) => attempt(() => updatePriority({ variables: { input: { id, title } } })),
    movePriority: (id, position) => attempt(() => movePriority({ variables: { input: { id, position } } })),
    deletePriority: (id) => attempt(() => deletePriority({ variables: { id } })),
    addGoal: (priorityId, title) => attempt(() => createGoal({ variables: { input: { priorityId, title } } })),
    renameGoal: (id, title) => attempt(() => updateGoal({ variables: { input: { id, title } } })),
    moveGoal: (id, priorityId, position) => attempt(() => moveGoal({ variables: { input: { id, priorityId, position } } })),
    deleteGoal: (id) => attempt(() => deleteGoal({ variables: { id } })),
    moveMeasure: (id, goalId, position) => attempt(() => moveMeasure({ variables: { input: { id, goalId, position } } })),
    deleteMeasure: (id) => attempt(() => deleteMeasure({ variables: { id } })),
    measurePath: (id) => `/a/${area}/measures/${id}`,
  };

  const headerActions = isAreaCoordinator ? (
    <>
      {plan.status === 'DRAFT' ? (
        <ConfirmButton
          variant="outline"
          confirmColor="komplan"
          question={t('plan.adoptQuestion', { title: plan.title })}
          details={t('plan.adoptDetails')}
          confirmLabel={t('plan.adopt')}
          onConfirm={() => attempt(() => adopt({ variables: { id: plan.id } }))}
        >
          {t('plan.adopt')}
        </ConfirmButton>
      ) : null}
      {plan.status === 'DRAFT' ? (
        <ConfirmButton
          variant="subtle"
          color="red"
          confirmColor="red.9"
          question={t('plan.deleteQuestion', { title: plan.title })}
          details={t('plan.deleteDetails')}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            if (await attempt(() => deletePlan({ variables: { id: plan.id } }))) navigate(`/a/${area}/plans`);
          }}
        >
          {t('plan.delete')}
        </ConfirmButton>
      ) : null}
    </>
  ) : null;

  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={
          <Group gap="xs" component="span">
            <Text component="span">{t('period', { from: plan.fromYear, to: plan.toYear })}</Text>
            <PlanStatusBadge status={plan.status} />
          </Group>
        }
        actions={headerActions}
      />
      {plan.description ? (
        <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {plan.description}
        </Text>
      ) : null}
      <div aria-live="polite">
        {failure ? (
          <Alert color="red" role="alert" mb="md" withCloseButton closeButtonLabel={t('common:close')} onClose={() => setFailure(undefined)}>
            {failure.message}
          </Alert>
        ) : null}
      </div>
      <Group justify="space-between" mb="sm">
        <Text component="h2" fw={700} size="lg">
          {t('tree.title')}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => setCollapsed(new Set())}>
            {t('tree.expandAll')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setCollapsed(new Set(allIds))}>
            {t('tree.collapseAll')}
          </Button>
        </Group>
      </Group>
      {plan.priorities.length === 0 ? <EmptyState title={t('tree.empty')}>{isAreaCoordinator ? t('tree.emptyCoordinator') : null}</EmptyState> : null}
      {plan.priorities.length > 0 ? (
        <ul className="strategy-tree" aria-label={t('tree.title')}>
          {plan.priorities.map((priority) => (
            <PriorityNode key={priority.id} priority={priority} count={plan.priorities.length} actions={actions} />
          ))}
        </ul>
      ) : null}
      {isAreaCoordinator ? (
        <AddNodeForm
          label={t('tree.newPriority')}
          submitLabel={t('tree.addPriority')}
          onAdd={(title) => attempt(() => createPriority({ variables: { input: { planId: plan.id, title } } }))}
        />
      ) : null}
    </>
  );
}
