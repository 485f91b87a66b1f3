import { Page } from 'playwright-core';
import { logIn } from './browser';
import { gql, issuedPlan } from './plans';

/** Who opens a page: the demo area's coordinator, a working-group member, a provider, or a visitor without an account. */
export type Visitor = 'coordinator' | 'member' | 'provider' | 'public';

export const VISITOR_LOGINS: Record<Exclude<Visitor, 'public'>, string> = {
  coordinator: 'koordinator@plzen.example',
  member: 'clen@plzen.example',
  provider: 'poskytovatel@plzen.example',
};

/** Ids of the demo data (read through /graphql) and of what the test arranges through it. */
export interface DemoIds {
  groupId: string;
  meetingId: string;
  publicMeetingId: string;
  strategicPlanId: string;
  measureId: string;
  /** The demo action plan: version 1 issued, version 2 the draft (so it has a diff). */
  actionPlanId: string;
  issuedVersionId: string;
  personId: string;
  organisationId: string;
  intentionId: string;
  /** An intention of the provider's organisation it may still edit. */
  ownIntentionId: string;
  invitationToken: string;
  /** A fresh plan with an issued version, a PUBLIC comment round holding a comment, an open approval round. */
  roundPlanId: string;
  roundVersionId: string;
  commentRoundId: string;
  commentId: string;
  approvalRoundId: string;
  /** A fresh plan approved, resolved by the council and published. */
  publishedPlanId: string;
  /** A published article of the demo's good-practice library. */
  practiceId: string;
}

/**
 * Every page of the web app (each route of apps/web/src/app/routes.tsx, written as its full
 * pattern in `route`) with who opens it and the address with real ids. `apps/web/src/app/routes.test.ts`
 * fails when a route of the app is missing here, so a new page gets its accessibility check.
 */
export interface PageVisit {
  route: string;
  name: string;
  as: Visitor;
  path: (ids: DemoIds) => string;
}

const A = '/a/plzen';
export const PAGES: PageVisit[] = [
  { route: '/', name: 'home', as: 'public', path: () => '/' },
  { route: '/login', name: 'login', as: 'public', path: () => '/login' },
  { route: '/invite/:token', name: 'invitation', as: 'public', path: (ids) => `/invite/${ids.invitationToken}` },
  { route: '/a/:area', name: 'dashboard-coordinator', as: 'coordinator', path: () => A },
  { route: '/a/:area', name: 'dashboard-member', as: 'member', path: () => A },
  { route: '/a/:area', name: 'dashboard-provider', as: 'provider', path: () => A },
  { route: '/a/:area/groups', name: 'groups', as: 'coordinator', path: () => `${A}/groups` },
  { route: '/a/:area/groups/:groupId', name: 'group', as: 'coordinator', path: (ids) => `${A}/groups/${ids.groupId}` },
  { route: '/a/:area/meetings', name: 'meetings', as: 'member', path: () => `${A}/meetings` },
  { route: '/a/:area/meetings/new', name: 'meeting-new', as: 'coordinator', path: () => `${A}/meetings/new` },
  { route: '/a/:area/meetings/:meetingId', name: 'meeting', as: 'coordinator', path: (ids) => `${A}/meetings/${ids.meetingId}` },
  { route: '/a/:area/meetings/:meetingId/edit', name: 'meeting-edit', as: 'coordinator', path: (ids) => `${A}/meetings/${ids.meetingId}/edit` },
  { route: '/a/:area/plans', name: 'strategic-plans', as: 'coordinator', path: () => `${A}/plans` },
  { route: '/a/:area/plans/:planId', name: 'strategic-plan', as: 'coordinator', path: (ids) => `${A}/plans/${ids.strategicPlanId}` },
  { route: '/a/:area/measures/:measureId', name: 'measure', as: 'coordinator', path: (ids) => `${A}/measures/${ids.measureId}` },
  { route: '/a/:area/action-plans', name: 'action-plans', as: 'coordinator', path: () => `${A}/action-plans` },
  { route: '/a/:area/action-plans/:planId', name: 'action-plan', as: 'coordinator', path: (ids) => `${A}/action-plans/${ids.actionPlanId}` },
  {
    route: '/a/:area/action-plans/:planId/versions/:versionId',
    name: 'action-plan-version',
    as: 'member',
    path: (ids) => `${A}/action-plans/${ids.roundPlanId}/versions/${ids.roundVersionId}`,
  },
  { route: '/a/:area/action-plans/:planId/diff', name: 'action-plan-diff', as: 'coordinator', path: (ids) => `${A}/action-plans/${ids.actionPlanId}/diff` },
  { route: '/a/:area/action-plans/:planId/council', name: 'council', as: 'coordinator', path: (ids) => `${A}/action-plans/${ids.publishedPlanId}/council` },
  { route: '/a/:area/people', name: 'people', as: 'coordinator', path: () => `${A}/people` },
  { route: '/a/:area/people/:personId', name: 'person', as: 'coordinator', path: (ids) => `${A}/people/${ids.personId}` },
  { route: '/a/:area/organisations', name: 'organisations', as: 'coordinator', path: () => `${A}/organisations` },
  { route: '/a/:area/organisations/:organisationId', name: 'organisation', as: 'coordinator', path: (ids) => `${A}/organisations/${ids.organisationId}` },
  { route: '/a/:area/services', name: 'services', as: 'provider', path: () => `${A}/services` },
  { route: '/a/:area/intentions', name: 'intentions', as: 'coordinator', path: () => `${A}/intentions` },
  { route: '/a/:area/intentions/new', name: 'intention-new', as: 'provider', path: () => `${A}/intentions/new` },
  { route: '/a/:area/intentions/:id', name: 'intention', as: 'coordinator', path: (ids) => `${A}/intentions/${ids.intentionId}` },
  { route: '/a/:area/intentions/:id/edit', name: 'intention-edit', as: 'provider', path: (ids) => `${A}/intentions/${ids.ownIntentionId}/edit` },
  { route: '/a/:area/network', name: 'network', as: 'coordinator', path: () => `${A}/network` },
  { route: '/a/:area/statistics', name: 'statistics', as: 'coordinator', path: () => `${A}/statistics` },
  {
    route: '/a/:area/plan-versions/:versionId/comment-rounds',
    name: 'comment-rounds',
    as: 'coordinator',
    path: (ids) => `${A}/plan-versions/${ids.roundVersionId}/comment-rounds`,
  },
  { route: '/a/:area/comment-rounds/:roundId', name: 'settlement', as: 'coordinator', path: (ids) => `${A}/comment-rounds/${ids.commentRoundId}` },
  { route: '/a/:area/comments/:commentId', name: 'comment-link', as: 'member', path: (ids) => `${A}/comments/${ids.commentId}` },
  {
    route: '/a/:area/approval-rounds/new',
    name: 'approval-round-new',
    as: 'coordinator',
    path: (ids) => `${A}/approval-rounds/new?version=${ids.issuedVersionId}`,
  },
  { route: '/a/:area/approval-rounds/:roundId', name: 'approval-round', as: 'member', path: (ids) => `${A}/approval-rounds/${ids.approvalRoundId}` },
  { route: '/a/:area/account', name: 'account', as: 'member', path: () => `${A}/account` },
  { route: '/a/:area/trainings', name: 'trainings', as: 'member', path: () => `${A}/trainings` },
  { route: '/a/:area/projects', name: 'projects', as: 'coordinator', path: () => `${A}/projects` },
  { route: '/a/:area/monitoring', name: 'monitoring', as: 'coordinator', path: () => `${A}/monitoring` },
  { route: '/a/:area/my-reports', name: 'my-reports', as: 'provider', path: () => `${A}/my-reports` },
  { route: '/a/:area/practices', name: 'practices', as: 'member', path: () => `${A}/practices` },
  { route: '/a/:area/practices/new', name: 'practice-new', as: 'coordinator', path: () => `${A}/practices/new` },
  { route: '/a/:area/practices/:practiceId', name: 'practice', as: 'coordinator', path: (ids) => `${A}/practices/${ids.practiceId}` },
  { route: '/a/:area/practices/:practiceId/edit', name: 'practice-edit', as: 'coordinator', path: (ids) => `${A}/practices/${ids.practiceId}/edit` },
  { route: '/a/:area/notifications', name: 'notifications', as: 'member', path: () => `${A}/notifications` },
  { route: '/a/:area/notifications/preferences', name: 'notification-preferences', as: 'member', path: () => `${A}/notifications/preferences` },
  { route: '/a/:area/my-data', name: 'my-data', as: 'member', path: () => `${A}/my-data` },
  { route: '/a/:area/audit-log', name: 'audit-log', as: 'coordinator', path: () => `${A}/audit-log` },
  { route: '/erased', name: 'erased', as: 'public', path: () => '/erased' },
  { route: '/p/:area/practices', name: 'public-practices', as: 'public', path: () => '/p/plzen/practices' },
  { route: '/p/:area/practices/:practiceId', name: 'public-practice', as: 'public', path: (ids) => `/p/plzen/practices/${ids.practiceId}` },
  { route: '/p/:area', name: 'public-meetings', as: 'public', path: () => '/p/plzen' },
  { route: '/p/:area/meetings/:meetingId', name: 'public-meeting', as: 'public', path: (ids) => `/p/plzen/meetings/${ids.publicMeetingId}` },
  { route: '/p/:area/plans', name: 'public-plans', as: 'public', path: () => '/p/plzen/plans' },
  { route: '/p/:area/plans/:planId', name: 'public-plan', as: 'public', path: (ids) => `/p/plzen/plans/${ids.publishedPlanId}` },
  { route: '/p/:area/consultations', name: 'public-consultations', as: 'public', path: () => '/p/plzen/consultations' },
  { route: '/p/:area/consultations/:roundId', name: 'public-consultation', as: 'public', path: (ids) => `/p/plzen/consultations/${ids.commentRoundId}` },
  { route: '*', name: 'not-found', as: 'public', path: () => '/no-such-page' },
];

interface Listed {
  id: string;
}

/** The id of a person of the demo area by e-mail (the coordinator may read people). */
export async function personByEmail(page: Page, email: string): Promise<string> {
  const found = await gql<{ people: { items: (Listed & { email: string | null })[] } }>(page, `query($s: String) { people(search: $s) { items { id email } } }`, { s: email });
  const person = found.people.items.find((item) => item.email === email);
  if (!person) throw new Error(`no person ${email} in the demo area`);
  return person.id;
}

const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Reads the demo data's ids and arranges through /graphql what the demo does not hold (rounds, a
 * published plan), with the sessions of the given pages (coordinator, member, provider, clerk).
 */
export async function arrangeDemoIds(pages: { coordinator: Page; member: Page; provider: Page; clerk: Page }): Promise<DemoIds> {
  const { coordinator, member, provider, clerk } = pages;
  const base = await gql<{
    groups: Listed[];
    meetings: { items: Listed[] };
    publicMeetings: { items: Listed[] };
    strategicPlans: (Listed & { priorities: { goals: { measures: Listed[] }[] }[] })[];
    actionPlans: (Listed & { versions: (Listed & { isDraft: boolean })[] })[];
    people: { items: Listed[] };
    organisations: { items: Listed[] };
    intentions: { items: Listed[] };
  }>(
    coordinator,
    `{
      groups { id }
      meetings { items { id } }
      publicMeetings(areaSlug: "plzen", past: true) { items { id } }
      strategicPlans { id priorities { goals { measures { id } } } }
      actionPlans { id versions { id isDraft } }
      people { items { id } }
      organisations { items { id } }
      intentions { items { id } }
    }`,
  );
  const demoPlan = base.actionPlans.find((plan) => plan.versions.length >= 2) ?? base.actionPlans[0]!;
  const own = await gql<{ intentions: { items: Listed[] } }>(provider, `{ intentions(filter: { state: DRAFT }) { items { id } } }`);
  const anyOwn = await gql<{ intentions: { items: Listed[] } }>(provider, `{ intentions { items { id } } }`);

  const library = await gql<{ publicPractices: { items: { practice: Listed }[] } }>(coordinator, `{ publicPractices(areaSlug: "plzen", sort: NEWEST) { items { practice { id } } } }`);
  const practiceId = library.publicPractices.items[0]?.practice.id;
  if (!practiceId) throw new Error('the demo library has no published article');

  const memberId = await personByEmail(coordinator, VISITOR_LOGINS.member);
  const coordinatorId = await personByEmail(coordinator, VISITOR_LOGINS.coordinator);
  const invited = await gql<{ createPerson: Listed }>(coordinator, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
    input: { fullName: 'Pozvaná Přístupnost', email: `pozvana.${Date.now().toString(36)}@example.test`, roles: ['MEMBER'] },
  });
  const invitation = await gql<{ invitePerson: { url: string } }>(coordinator, `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { url } }`, {
    input: { personId: invited.createPerson.id },
  });

  // A plan in comments and in the vote: a PUBLIC round with a comment, an approval round the member may vote in.
  const suffix = Date.now().toString(36);
  const roundPlan = await issuedPlan(coordinator, {
    title: (year) => `Akční plán ${year} – přístupnost ${suffix}`,
    introduction: 'Plán rozšiřuje terénní služby pro seniory a pečující rodiny v celém městě.',
    changeNote: 'Návrh k připomínkám.',
  });
  const round = await gql<{ openCommentRound: Listed }>(coordinator, `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id } }`, {
    input: { versionId: roundPlan.versionId, title: `Připomínky ${suffix}`, audience: 'PUBLIC', opensAt: soon(-1), closesAt: soon(14) },
  });
  const comment = await gql<{ postComment: Listed }>(member, `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, {
    input: { roundId: round.openCommentRound.id, target: 'DRAFT', stance: 'SUPPORT', body: 'Plán podporujeme, jen doplňte počet hodin.' },
  });
  const voters = await gql<{ createGroup: Listed }>(coordinator, `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
    input: { name: `Hlasující ${suffix}`, kind: 'TARGET_GROUP', targetGroup: 'senioři' },
  });
  for (const personId of [memberId, coordinatorId]) {
    await gql(coordinator, `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`, { input: { groupId: voters.createGroup.id, personId } });
  }
  const approval = await gql<{ openApprovalRound: Listed }>(coordinator, `mutation($input: OpenApprovalRoundInput!) { openApprovalRound(input: $input) { id } }`, {
    input: { versionId: roundPlan.versionId, title: `Schválení ${suffix}`, groupIds: [voters.createGroup.id], opensAt: soon(-1), closesAt: soon(7), quorumPercent: 50, approvalPercent: 50 },
  });

  // A published plan: approved by the coordinator's vote alone, resolved by the council, published.
  const published = await issuedPlan(coordinator, {
    title: (year) => `Akční plán ${year} – zveřejněný ${suffix}`,
    introduction: 'Zveřejněný plán sociálních služeb města na příští rok.',
    changeNote: 'Návrh ke schválení.',
  });
  const solo = await gql<{ createGroup: Listed }>(coordinator, `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
    input: { name: `Schvalující ${suffix}`, kind: 'TARGET_GROUP', targetGroup: 'senioři' },
  });
  await gql(coordinator, `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`, { input: { groupId: solo.createGroup.id, personId: coordinatorId } });
  const vote = await gql<{ openApprovalRound: Listed }>(coordinator, `mutation($input: OpenApprovalRoundInput!) { openApprovalRound(input: $input) { id } }`, {
    input: { versionId: published.versionId, title: `Schválení ${suffix}`, groupIds: [solo.createGroup.id], opensAt: soon(-1), closesAt: soon(7), quorumPercent: 50, approvalPercent: 50 },
  });
  await gql(coordinator, `mutation($input: CastVoteInput!) { castVote(input: $input) { id } }`, { input: { roundId: vote.openApprovalRound.id, choice: 'APPROVE' } });
  await gql(coordinator, `mutation($id: ID!) { closeApprovalRound(roundId: $id) { id } }`, { id: vote.openApprovalRound.id });
  await gql(clerk, `mutation($input: RecordCouncilResolutionInput!) { recordCouncilResolution(input: $input) { id } }`, {
    input: {
      actionPlanId: published.planId,
      versionId: published.versionId,
      body: 'Zastupitelstvo města Plzně',
      number: `ZMP ${suffix}`,
      decidedOn: new Date().toISOString().slice(0, 10),
      outcome: 'APPROVED',
    },
  });
  await gql(coordinator, `mutation($id: ID!) { publishActionPlan(actionPlanId: $id) { id } }`, { id: published.planId });

  return {
    groupId: base.groups[0]!.id,
    meetingId: base.meetings.items[0]!.id,
    publicMeetingId: base.publicMeetings.items[0]!.id,
    strategicPlanId: base.strategicPlans[0]!.id,
    measureId: base.strategicPlans.flatMap((plan) => plan.priorities.flatMap((priority) => priority.goals.flatMap((goal) => goal.measures)))[0]!.id,
    actionPlanId: demoPlan.id,
    issuedVersionId: demoPlan.versions.find((version) => !version.isDraft)!.id,
    personId: base.people.items[0]!.id,
    organisationId: base.organisations.items[0]!.id,
    intentionId: base.intentions.items[0]!.id,
    ownIntentionId: (own.intentions.items[0] ?? anyOwn.intentions.items[0])!.id,
    invitationToken: new URL(invitation.invitePerson.url).pathname.split('/').pop()!,
    roundPlanId: roundPlan.planId,
    roundVersionId: roundPlan.versionId,
    commentRoundId: round.openCommentRound.id,
    commentId: comment.postComment.id,
    approvalRoundId: approval.openApprovalRound.id,
    publishedPlanId: published.planId,
    practiceId,
  };
}

/** A logged-in page for each role (the visitor's stays logged out). */
export async function logInAs(page: Page, visitor: Visitor): Promise<void> {
  if (visitor !== 'public') await logIn(page, VISITOR_LOGINS[visitor]);
}
