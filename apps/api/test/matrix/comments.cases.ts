import { CommentAudience } from '../../src/comments/comment.enums';
import { AreaRole } from '../../src/people/area-role.enum';
import { actionPlans } from '../comment-fixtures';
import { MutationCase, World } from './world';

const DAY = 24 * 3600 * 1000;

/** An issued version of the area with an open round for one working group and a member of that group. */
async function groupRound(world: World) {
  const plans = actionPlans(world.t.db);
  const draft = await plans.issuedVersion(world.area);
  const group = await world.t.fixtures.group(world.area);
  const groupMember = await world.t.fixtures.user(world.area, [AreaRole.MEMBER]);
  await world.t.fixtures.membership(group, groupMember.person);
  const round = await plans.round(draft.version, { audience: CommentAudience.GROUPS, groups: [group] });
  return { plans, draft, round, groupMember };
}

/** A comment of `world.member` in an open round of all members. */
async function memberComment(world: World) {
  const plans = actionPlans(world.t.db);
  const draft = await plans.issuedVersion(world.area);
  const round = await plans.round(draft.version);
  const comment = await plans.comment(round, world.member.person.id);
  return { plans, round, comment };
}

export const commentsCases: MutationCase[] = [
  {
    mutation: 'openCommentRound',
    document: `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id } }`,
    async arrange(world) {
      const draft = await actionPlans(world.t.db).issuedVersion(world.area);
      const input = {
        versionId: draft.version.id,
        title: 'Připomínky',
        audience: 'AREA_MEMBERS',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
      };
      return { variables: { input }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'updateCommentRound',
    document: `mutation($input: UpdateCommentRoundInput!) { updateCommentRound(input: $input) { id } }`,
    async arrange(world) {
      const plans = actionPlans(world.t.db);
      const round = await plans.round((await plans.issuedVersion(world.area)).version);
      return { variables: { input: { id: round.id, title: 'Nový název' } }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'closeCommentRoundAsSettled',
    document: `mutation($roundId: ID!) { closeCommentRoundAsSettled(roundId: $roundId) { id } }`,
    async arrange(world) {
      const plans = actionPlans(world.t.db);
      const round = await plans.round((await plans.issuedVersion(world.area)).version, {
        opensAt: new Date(Date.now() - 9 * DAY),
        closesAt: new Date(Date.now() - DAY),
      });
      return { variables: { roundId: round.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'postComment',
    document: `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
    async arrange(world) {
      const { round, groupMember } = await groupRound(world);
      const input = { roundId: round.id, target: 'DRAFT', stance: 'OBJECTION', body: 'Připomínka.' };
      // The round is for one working group: other members of the area are not its audience.
      return { variables: { input }, allowed: groupMember.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'replyToComment',
    document: `mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }`,
    async arrange(world) {
      const { plans, round, groupMember } = await groupRound(world);
      const comment = await plans.comment(round, world.coordinator.person.id);
      return { variables: { input: { parentId: comment.id, body: 'Souhlas.' } }, allowed: groupMember.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'editComment',
    document: `mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`,
    async arrange(world) {
      const { comment } = await memberComment(world);
      // Only the author edits: not even the coordinator.
      return {
        variables: { input: { id: comment.id, body: 'Nové znění.', revision: 1 } },
        allowed: world.member.client,
        refused: [world.coordinator, world.provider, world.clerk],
      };
    },
  },
  {
    mutation: 'hideComment',
    document: `mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }`,
    async arrange(world) {
      const { comment } = await memberComment(world);
      return { variables: { input: { id: comment.id, reason: 'Urážka.' } }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'unhideComment',
    document: `mutation($id: ID!) { unhideComment(id: $id) { id } }`,
    async arrange(world) {
      const { comment } = await memberComment(world);
      return { variables: { id: comment.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'settleComment',
    document: `mutation($input: SettleCommentInput!) { settleComment(input: $input) { id } }`,
    async arrange(world) {
      const { comment } = await memberComment(world);
      return {
        variables: { input: { id: comment.id, outcome: 'REJECTED', justification: 'Nad rámec.' } },
        allowed: world.coordinator.client,
        refused: [world.member, world.provider, world.clerk],
      };
    },
  },
];
