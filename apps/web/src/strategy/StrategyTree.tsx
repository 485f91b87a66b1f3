import { ActionIcon, Anchor, Button, Group, NativeSelect, Popover, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategicPlanQuery } from '../gql/graphql';
import { MeasureStateBadge } from '../measures/MeasureStateBadge';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ProposeMeasureButton } from './ProposeMeasureModal';

type Plan = NonNullable<StrategicPlanQuery['strategicPlan']>;
type Priority = Plan['priorities'][number];
type Goal = Priority['goals'][number];
type Measure = Goal['measures'][number];

/** What the tree may do for this viewer; every change resolves to whether it went through. */
export interface TreeActions {
  coordinator: boolean;
  canPropose: boolean;
  myGroups: { id: string; name: string }[];
  plan: Plan;
  isCollapsed: (id: string) => boolean;
  toggle: (id: string) => void;
  attempt: (change: () => Promise<unknown>) => Promise<boolean>;
  renamePriority: (id: string, title: string) => Promise<boolean>;
  movePriority: (id: string, position: number) => Promise<boolean>;
  deletePriority: (id: string) => Promise<boolean>;
  addGoal: (priorityId: string, title: string) => Promise<boolean>;
  renameGoal: (id: string, title: string) => Promise<boolean>;
  moveGoal: (id: string, priorityId: string, position?: number) => Promise<boolean>;
  deleteGoal: (id: string) => Promise<boolean>;
  moveMeasure: (id: string, goalId: string, position?: number) => Promise<boolean>;
  deleteMeasure: (id: string) => Promise<boolean>;
  measurePath: (id: string) => string;
}

export function PriorityNode({ priority, count, actions }: { priority: Priority; count: number; actions: TreeActions }) {
  const { t } = useTranslation('strategy');
  const childrenId = useId();
  const expanded = !actions.isCollapsed(priority.id);
  const label = `${priority.number} ${priority.title}`;
  return (
    <li>
      <NodeRow
        level="priority"
        label={label}
        kind={t('tree.priority')}
        expanded={expanded}
        childrenId={childrenId}
        onToggle={() => actions.toggle(priority.id)}
        onRename={actions.coordinator ? (title) => actions.renamePriority(priority.id, title) : undefined}
        title={priority.title}
        number={priority.number}
        tools={
          actions.coordinator ? (
            <>
              <MoveButtons label={label} position={priority.position} count={count} onMove={(position) => actions.movePriority(priority.id, position)} />
              <DeleteButton
                question={t('tree.deletePriorityQuestion', { label })}
                onConfirm={() => actions.deletePriority(priority.id)}
                label={label}
              />
            </>
          ) : null
        }
      />
      {expanded ? (
        <ul id={childrenId}>
          {priority.goals.map((goal) => (
            <GoalNode key={goal.id} goal={goal} count={priority.goals.length} actions={actions} />
          ))}
          {priority.goals.length === 0 ? (
            <li>
              <Text size="sm" c="dimmed" py={4}>
                {t('tree.noGoals')}
              </Text>
            </li>
          ) : null}
          {actions.coordinator ? (
            <li>
              <AddNodeForm
                label={t('tree.newGoal', { number: priority.number })}
                submitLabel={t('tree.addGoal')}
                onAdd={(title) => actions.addGoal(priority.id, title)}
              />
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

function GoalNode({ goal, count, actions }: { goal: Goal; count: number; actions: TreeActions }) {
  const { t } = useTranslation('strategy');
  const childrenId = useId();
  const expanded = !actions.isCollapsed(goal.id);
  const label = `${goal.number} ${goal.title}`;
  const otherPriorities = actions.plan.priorities.filter((priority) => priority.id !== goal.priorityId);
  return (
    <li>
      <NodeRow
        level="goal"
        label={label}
        kind={t('tree.goal')}
        expanded={expanded}
        childrenId={childrenId}
        onToggle={() => actions.toggle(goal.id)}
        onRename={actions.coordinator ? (title) => actions.renameGoal(goal.id, title) : undefined}
        title={goal.title}
        number={goal.number}
        tools={
          actions.coordinator ? (
            <>
              <MoveButtons label={label} position={goal.position} count={count} onMove={(position) => actions.moveGoal(goal.id, goal.priorityId, position)} />
              <MoveToParent
                label={label}
                parentLabel={t('tree.movePriorityTarget')}
                options={otherPriorities.map((priority) => ({ value: priority.id, label: `${priority.number} ${priority.title}` }))}
                onMove={(priorityId) => actions.moveGoal(goal.id, priorityId)}
              />
              <DeleteButton question={t('tree.deleteGoalQuestion', { label })} onConfirm={() => actions.deleteGoal(goal.id)} label={label} />
            </>
          ) : null
        }
      />
      {expanded ? (
        <ul id={childrenId}>
          {goal.measures.map((measure) => (
            <MeasureNode key={measure.id} measure={measure} count={goal.measures.length} actions={actions} />
          ))}
          {goal.measures.length === 0 ? (
            <li>
              <Text size="sm" c="dimmed" py={4}>
                {t('tree.noMeasures')}
              </Text>
            </li>
          ) : null}
          {actions.canPropose ? (
            <li>
              <ProposeMeasureButton goal={goal} plan={actions.plan} coordinator={actions.coordinator} myGroups={actions.myGroups} />
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

function MeasureNode({ measure, count, actions }: { measure: Measure; count: number; actions: TreeActions }) {
  const { t } = useTranslation('strategy');
  const label = `${measure.number} ${measure.title}`;
  const goals = actions.plan.priorities.flatMap((priority) => priority.goals).filter((goal) => goal.id !== measure.goalId);
  const deletable = measure.canEdit && measure.state === 'PROPOSED';
  return (
    <li>
      <Group className="strategy-row" justify="space-between" wrap="wrap" gap="xs" data-level="measure">
        <Group gap="xs" wrap="wrap" style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Anchor component={Link} to={actions.measurePath(measure.id)} fw={500}>
            {label}
          </Anchor>
          <MeasureStateBadge state={measure.state} />
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t('tree.activities', { count: measure.activities.length })}
          </Text>
        </Group>
        {actions.coordinator || deletable ? (
          <Group gap={4} wrap="wrap">
            {actions.coordinator ? (
              <>
                <MoveButtons
                  label={label}
                  position={measure.position}
                  count={count}
                  onMove={(position) => actions.moveMeasure(measure.id, measure.goalId, position)}
                />
                <MoveToParent
                  label={label}
                  parentLabel={t('tree.moveGoalTarget')}
                  options={goals.map((goal) => ({ value: goal.id, label: `${goal.number} ${goal.title}` }))}
                  onMove={(goalId) => actions.moveMeasure(measure.id, goalId)}
                />
              </>
            ) : null}
            {deletable ? (
              <DeleteButton question={t('tree.deleteMeasureQuestion', { label })} onConfirm={() => actions.deleteMeasure(measure.id)} label={label} />
            ) : null}
          </Group>
        ) : null}
      </Group>
    </li>
  );
}

interface NodeRowProps {
  level: 'priority' | 'goal';
  label: string;
  kind: string;
  number: string;
  title: string;
  expanded: boolean;
  childrenId: string;
  onToggle: () => void;
  onRename?: (title: string) => Promise<boolean>;
  tools: ReactNode;
}

/** One priority or goal: expand/collapse, its number and title (renamed in place), and its tools. */
function NodeRow({ level, label, kind, number, title, expanded, childrenId, onToggle, onRename, tools }: NodeRowProps) {
  const { t } = useTranslation('strategy');
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(title);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!onRename || !draft.trim()) return;
    if (await onRename(draft.trim())) setRenaming(false);
  };

  return (
    <Group className="strategy-row" justify="space-between" wrap="wrap" gap="xs" data-level={level}>
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 260px' }}>
        <ActionIcon
          variant="subtle"
          color="gray.8"
          onClick={onToggle}
          aria-expanded={expanded}
          aria-controls={expanded ? childrenId : undefined}
          aria-label={t(expanded ? 'tree.collapse' : 'tree.expand', { label })}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </ActionIcon>
        {renaming ? (
          <form onSubmit={save} style={{ flex: 1 }}>
            <Group gap="xs" wrap="wrap" align="flex-end">
              <TextInput
                label={t('tree.renameLabel', { kind, number })}
                value={draft}
                onChange={(event) => setDraft(event.currentTarget.value)}
                required
                data-autofocus
                style={{ flex: 1, minWidth: 200 }}
              />
              <Button type="submit" size="sm">
                {t('common:save')}
              </Button>
              <Button variant="default" size="sm" onClick={() => setRenaming(false)}>
                {t('common:cancel')}
              </Button>
            </Group>
          </form>
        ) : (
          <>
            <VisuallyHidden>{kind}</VisuallyHidden>
            <Text fw={level === 'priority' ? 700 : 600} size={level === 'priority' ? 'lg' : 'md'}>
              {label}
            </Text>
          </>
        )}
      </Group>
      {renaming ? null : (
        <Group gap={4} wrap="wrap">
          {onRename ? (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                setDraft(title);
                setRenaming(true);
              }}
              aria-label={t('tree.renameNamed', { label })}
            >
              {t('tree.rename')}
            </Button>
          ) : null}
          {tools}
        </Group>
      )}
    </Group>
  );
}

function MoveButtons({ label, position, count, onMove }: { label: string; position: number; count: number; onMove: (position: number) => unknown }) {
  const { t } = useTranslation('strategy');
  return (
    <>
      <ActionIcon variant="default" disabled={position <= 1} onClick={() => onMove(position - 1)} aria-label={t('tree.moveUp', { label })}>
        <span aria-hidden="true">↑</span>
      </ActionIcon>
      <ActionIcon variant="default" disabled={position >= count} onClick={() => onMove(position + 1)} aria-label={t('tree.moveDown', { label })}>
        <span aria-hidden="true">↓</span>
      </ActionIcon>
    </>
  );
}

/** Moves a node under another parent of the same plan (at the end there). */
function MoveToParent({ label, parentLabel, options, onMove }: { label: string; parentLabel: string; options: { value: string; label: string }[]; onMove: (parentId: string) => Promise<boolean> }) {
  const { t } = useTranslation('strategy');
  const [opened, { close, toggle }] = useDisclosure(false);
  const [target, setTarget] = useState('');
  if (options.length === 0) return null;
  return (
    <Popover opened={opened} onChange={(open) => (open ? null : close())} position="bottom-end" trapFocus withArrow>
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" onClick={toggle} aria-label={t('tree.moveToNamed', { label })}>
          {t('tree.moveTo')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (target && (await onMove(target))) close();
          }}
        >
          <Stack gap="xs" maw={320}>
            <NativeSelect
              label={parentLabel}
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
              data={[{ value: '', label: t('tree.chooseTarget') }, ...options]}
            />
            <Button type="submit" size="xs" disabled={!target}>
              {t('tree.moveSubmit')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function DeleteButton({ question, label, onConfirm }: { question: string; label: string; onConfirm: () => unknown }) {
  const { t } = useTranslation('strategy');
  return (
    <ConfirmButton variant="subtle" color="red" confirmColor="red.9" size="compact-sm" question={question} confirmLabel={t('delete')} onConfirm={onConfirm} aria-label={t('tree.deleteNamed', { label })}>
      {t('delete')}
    </ConfirmButton>
  );
}

/** An inline one-field form that adds a priority or goal by its title. */
export function AddNodeForm({ label, submitLabel, onAdd }: { label: string; submitLabel: string; onAdd: (title: string) => Promise<boolean> }) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!title.trim()) return;
        setBusy(true);
        const added = await onAdd(title.trim());
        setBusy(false);
        if (added) setTitle('');
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap" py={6}>
        <TextInput label={label} value={title} onChange={(event) => setTitle(event.currentTarget.value)} style={{ flex: '1 1 220px' }} maxLength={300} />
        <Button type="submit" variant="light" loading={busy} disabled={!title.trim()}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
