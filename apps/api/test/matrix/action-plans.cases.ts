import { ActionPlanVersionEntity } from '../../src/action-plans/action-plan-version.entity';
import { MeasureState } from '../../src/measures/measure.enums';
import { PlanStatus } from '../../src/strategy/strategy.enums';
import { commentOn, createActionPlan, issueVersion } from '../action-plan-fixtures';
import { User } from '../fixtures';
import { strategy } from '../strategy-fixtures';
import { MutationCase, World } from './world';

let year = 2000;

/**
 * An action plan with a draft in `area` (its own year each time: one plan per year), and a
 * coordinator of a working group, who must not run action plans.
 */
async function planWorld(world: World) {
  const s = strategy(world.t.db);
  const strategic = await s.plan(world.area, { status: PlanStatus.ADOPTED, fromYear: 2000, toYear: 2100 });
  const goal = await s.goal(await s.priority(strategic));
  const measure = await s.measure(goal, { state: MeasureState.ACCEPTED, fromYear: 2000, toYear: 2100 });
  year += 1;
  const plan = await createActionPlan(world.coordinator.client, strategic.id, year);
  const groupCoordinator = await world.t.fixtures.groupCoordinator(world.area, await world.t.fixtures.group(world.area));
  const refused: User[] = [world.member, world.provider, world.clerk, groupCoordinator];
  return { strategic, plan, draft: plan.draft!, measure, refused };
}

/** A plan whose version 1 is issued with a settled comment on it; version 2 is the draft. */
async function issuedWorld(world: World) {
  const base = await planWorld(world);
  await issueVersion(world.coordinator.client, base.draft.id);
  const v2 = await world.t.db.getRepository(ActionPlanVersionEntity).findOneByOrFail({ actionPlanId: base.plan.id, number: 2 });
  const comment = await commentOn(world.t.db, world.area, base.draft, { authorId: world.member.person.id });
  return { ...base, v2, comment };
}

export const actionPlansCases: MutationCase[] = [
  {
    mutation: 'createActionPlan',
    document: `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`,
    async arrange(world) {
      const { strategic, refused } = await planWorld(world);
      year += 1;
      return { variables: { input: { strategicPlanId: strategic.id, year, title: 'Akční plán' } }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'updateActionPlanSection',
    document: `mutation($input: UpdateActionPlanSectionInput!) { updateActionPlanSection(input: $input) { id } }`,
    async arrange(world) {
      const { draft, refused } = await planWorld(world);
      return { variables: { input: { id: draft.sections[0]!.id, title: 'Úvod', body: 'Text', revision: 1 } }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'addActionPlanSection',
    document: `mutation($input: AddActionPlanSectionInput!) { addActionPlanSection(input: $input) { id } }`,
    async arrange(world) {
      const { draft, refused } = await planWorld(world);
      return { variables: { input: { versionId: draft.id, title: 'Přílohy' } }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'moveActionPlanSection',
    document: `mutation($input: MoveActionPlanSectionInput!) { moveActionPlanSection(input: $input) { id } }`,
    async arrange(world) {
      const { draft, refused } = await planWorld(world);
      return { variables: { input: { id: draft.sections[0]!.id, position: 2 } }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'removeActionPlanSection',
    document: `mutation($id: ID!) { removeActionPlanSection(id: $id) }`,
    async arrange(world) {
      const { draft, refused } = await planWorld(world);
      return { variables: { id: draft.sections[3]!.id }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'refreshActionPlanMeasures',
    document: `mutation($id: ID!) { refreshActionPlanMeasures(versionId: $id) { id } }`,
    async arrange(world) {
      const { draft, refused } = await planWorld(world);
      return { variables: { id: draft.id }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'issueActionPlanVersion',
    document: `mutation($input: IssueActionPlanVersionInput!) { issueActionPlanVersion(input: $input) { id } }`,
    async arrange(world) {
      const { draft, refused } = await planWorld(world);
      return { variables: { input: { versionId: draft.id, changeNote: 'Verze 1' } }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'linkChange',
    document: `mutation($input: LinkChangeInput!) { linkChange(input: $input) { id } }`,
    async arrange(world) {
      const { v2, draft, comment, refused } = await issuedWorld(world);
      return { variables: { input: { versionId: v2.id, sectionLineageId: draft.sections[0]!.lineageId, commentId: comment.id } }, allowed: world.coordinator.client, refused };
    },
  },
  {
    mutation: 'unlinkChange',
    document: `mutation($id: ID!) { unlinkChange(id: $id) }`,
    async arrange(world) {
      const { v2, draft, comment, refused } = await issuedWorld(world);
      const link = await world.coordinator.client.ok<{ linkChange: { id: string } }>(`mutation($input: LinkChangeInput!) { linkChange(input: $input) { id } }`, {
        input: { versionId: v2.id, sectionLineageId: draft.sections[0]!.lineageId, commentId: comment.id },
      });
      return { variables: { id: link.linkChange.id }, allowed: world.coordinator.client, refused };
    },
  },
];
