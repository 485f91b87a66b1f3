import { GroupRole } from '../../src/groups/group.enums';
import { User } from '../fixtures';
import { strategy } from '../strategy-fixtures';
import { MutationCase, World } from './world';

/** A plan with one priority and one goal in `area`, and a coordinator of some group (who must not manage plans). */
async function planWorld(world: World) {
  const s = strategy(world.t.db);
  const plan = await s.plan(world.area);
  const priority = await s.priority(plan);
  const goal = await s.goal(priority);
  const groupCoordinator = await world.t.fixtures.groupCoordinator(world.area, await world.t.fixtures.group(world.area));
  return { s, plan, priority, goal, groupCoordinator };
}

/**
 * A proposed measure of group G: G's coordinator edits it; G's plain member, the coordinator of
 * another group and the cast without group roles may not.
 */
async function measureWorld(world: World) {
  const base = await planWorld(world);
  const group = await world.t.fixtures.group(world.area);
  const coordinator = await world.t.fixtures.groupCoordinator(world.area, group);
  const groupMember = await world.t.fixtures.user(world.area);
  await world.t.fixtures.membership(group, groupMember.person, GroupRole.MEMBER);
  const measure = await base.s.measure(base.goal, { groups: [group] });
  const refused = [world.member, world.provider, world.clerk, groupMember, base.groupCoordinator];
  return { ...base, group, coordinator, groupMember, measure, refused };
}

/** Plans, priorities and goals are the area coordinator's: a group's coordinator is refused like the rest. */
const areaCoordinatorOnly = (world: World, groupCoordinator: User): User[] => [world.member, world.provider, world.clerk, groupCoordinator];

export const strategyCases: MutationCase[] = [
  {
    mutation: 'createStrategicPlan',
    createsInArea: true,
    document: `mutation($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id } }`,
    async arrange(world) {
      const { groupCoordinator } = await planWorld(world);
      return {
        variables: { input: { title: 'Plán 2026–2028', fromYear: 2026, toYear: 2028 } },
        allowed: world.coordinator.client,
        refused: areaCoordinatorOnly(world, groupCoordinator),
      };
    },
  },
  {
    mutation: 'updateStrategicPlan',
    document: `mutation($input: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $input) { id } }`,
    async arrange(world) {
      const { plan, groupCoordinator } = await planWorld(world);
      return { variables: { input: { id: plan.id, title: 'Nový název' } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'adoptStrategicPlan',
    document: `mutation($id: ID!) { adoptStrategicPlan(id: $id) { id status } }`,
    async arrange(world) {
      const { plan, groupCoordinator } = await planWorld(world);
      return { variables: { id: plan.id }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'deleteStrategicPlan',
    document: `mutation($id: ID!) { deleteStrategicPlan(id: $id) }`,
    async arrange(world) {
      const { s, groupCoordinator } = await planWorld(world);
      const empty = await s.plan(world.area);
      return { variables: { id: empty.id }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'createPriority',
    document: `mutation($input: CreatePriorityInput!) { createPriority(input: $input) { id } }`,
    async arrange(world) {
      const { plan, groupCoordinator } = await planWorld(world);
      return { variables: { input: { planId: plan.id, title: 'Senioři' } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'updatePriority',
    document: `mutation($input: UpdateStrategyNodeInput!) { updatePriority(input: $input) { id } }`,
    async arrange(world) {
      const { priority, groupCoordinator } = await planWorld(world);
      return { variables: { input: { id: priority.id, title: 'Jinak' } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'movePriority',
    document: `mutation($input: MovePriorityInput!) { movePriority(input: $input) { id number } }`,
    async arrange(world) {
      const { s, plan, priority, groupCoordinator } = await planWorld(world);
      await s.priority(plan);
      return { variables: { input: { id: priority.id, position: 2 } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'deletePriority',
    document: `mutation($id: ID!) { deletePriority(id: $id) }`,
    async arrange(world) {
      const { s, plan, groupCoordinator } = await planWorld(world);
      const empty = await s.priority(plan);
      return { variables: { id: empty.id }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'createGoal',
    document: `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
    async arrange(world) {
      const { priority, groupCoordinator } = await planWorld(world);
      return { variables: { input: { priorityId: priority.id, title: 'Cíl' } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'updateGoal',
    document: `mutation($input: UpdateStrategyNodeInput!) { updateGoal(input: $input) { id } }`,
    async arrange(world) {
      const { goal, groupCoordinator } = await planWorld(world);
      return { variables: { input: { id: goal.id, description: 'Popis' } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'moveGoal',
    document: `mutation($input: MoveGoalInput!) { moveGoal(input: $input) { id number } }`,
    async arrange(world) {
      const { s, plan, goal, groupCoordinator } = await planWorld(world);
      const other = await s.priority(plan);
      return { variables: { input: { id: goal.id, priorityId: other.id } }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'deleteGoal',
    document: `mutation($id: ID!) { deleteGoal(id: $id) }`,
    async arrange(world) {
      const { goal, groupCoordinator } = await planWorld(world);
      return { variables: { id: goal.id }, allowed: world.coordinator.client, refused: areaCoordinatorOnly(world, groupCoordinator) };
    },
  },
  {
    mutation: 'proposeMeasure',
    document: `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { id state } }`,
    async arrange(world) {
      // A member of group G proposes for G; G's coordinator of another group, or anyone outside G, may not name G.
      const { goal, group, groupMember, refused } = await measureWorld(world);
      return {
        variables: { input: { goalId: goal.id, title: 'Odlehčovací služba', fromYear: 2025, toYear: 2026, proposingGroupIds: [group.id] } },
        allowed: groupMember.client,
        refused: refused.filter((user) => user !== groupMember),
      };
    },
  },
  {
    mutation: 'updateMeasure',
    document: `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }`,
    async arrange(world) {
      const { measure, coordinator, refused } = await measureWorld(world);
      return { variables: { input: { id: measure.id, rationale: 'Chybí kapacita.' } }, allowed: coordinator.client, refused };
    },
  },
  {
    mutation: 'changeMeasureState',
    document: `mutation($input: ChangeMeasureStateInput!) { changeMeasureState(input: $input) { id state } }`,
    async arrange(world) {
      const { measure, coordinator, refused } = await measureWorld(world);
      return { variables: { input: { id: measure.id, state: 'UNDER_DISCUSSION' } }, allowed: coordinator.client, refused };
    },
  },
  {
    mutation: 'deleteMeasure',
    document: `mutation($id: ID!) { deleteMeasure(id: $id) }`,
    async arrange(world) {
      const { measure, coordinator, refused } = await measureWorld(world);
      return { variables: { id: measure.id }, allowed: coordinator.client, refused };
    },
  },
  {
    mutation: 'moveMeasure',
    document: `mutation($input: MoveMeasureInput!) { moveMeasure(input: $input) { id number } }`,
    async arrange(world) {
      // Reshaping the plan is the area coordinator's, not the proposing group's coordinator's.
      const { s, priority, measure, coordinator, refused } = await measureWorld(world);
      const goal = await s.goal(priority);
      return { variables: { input: { id: measure.id, goalId: goal.id, position: 1 } }, allowed: world.coordinator.client, refused: [...refused, coordinator] };
    },
  },
  {
    mutation: 'createActivity',
    document: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id number } }`,
    async arrange(world) {
      const { measure, coordinator, refused } = await measureWorld(world);
      return { variables: { input: { measureId: measure.id, title: 'Výběr poskytovatele' } }, allowed: coordinator.client, refused };
    },
  },
  {
    mutation: 'updateActivity',
    document: `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }`,
    async arrange(world) {
      const { s, measure, coordinator, refused } = await measureWorld(world);
      const activity = await s.activity(measure);
      return { variables: { input: { id: activity.id, title: 'Jinak' } }, allowed: coordinator.client, refused };
    },
  },
  {
    mutation: 'moveActivity',
    document: `mutation($input: MoveActivityInput!) { moveActivity(input: $input) { id number } }`,
    async arrange(world) {
      const { s, measure, coordinator, refused } = await measureWorld(world);
      const activity = await s.activity(measure);
      await s.activity(measure);
      return { variables: { input: { id: activity.id, measureId: measure.id, position: 2 } }, allowed: coordinator.client, refused };
    },
  },
  {
    mutation: 'deleteActivity',
    document: `mutation($id: ID!) { deleteActivity(id: $id) }`,
    async arrange(world) {
      const { s, measure, coordinator, refused } = await measureWorld(world);
      const activity = await s.activity(measure);
      return { variables: { id: activity.id }, allowed: coordinator.client, refused };
    },
  },
];
