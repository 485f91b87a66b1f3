import { ActionPlanVersionState } from '../src/action-plans/action-plan.enums';
import { AreaEntity } from '../src/areas/area.entity';
import { CommentEntity } from '../src/comments/comment.entity';
import { CommentAudience } from '../src/comments/comment.enums';
import { GroupMembershipEntity } from '../src/groups/group-membership.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { actionPlans, IssuedDraft } from './comment-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';

const DAY = 24 * 3600 * 1000;

const OPEN = `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id phase audience groups { id } version { id number } counts { comments unsettled } } }`;
const UPDATE = `mutation($input: UpdateCommentRoundInput!) { updateCommentRound(input: $input) { id title phase opensAt closesAt } }`;
const ROUNDS = `query($versionId: ID, $actionPlanId: ID) { commentRounds(versionId: $versionId, actionPlanId: $actionPlanId) { id phase viewerMayComment } }`;
const ROUND = `query($id: ID!) { commentRound(id: $id) { id phase counts { comments replies unsettled hidden support neutral objection } } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id number target stance body sectionId planMeasureId quoteField quoteExact quotePrefix quoteSuffix quoteStart quoteEnd organisationName author { name personId guest } revision viewerMayEdit } }`;
const REPLY = `mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id parentId threadId target sectionId stance body author { name guest } } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { id body stance revision editedAt } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }`;
const UNHIDE = `mutation($id: ID!) { unhideComment(id: $id) { id hidden } }`;
const COMMENT = `query($id: ID!) { comment(id: $id) { id body hidden hiddenReason revision revisions { revision body stance } replies { id body hidden } } }`;
const LIST = `query($roundId: ID!, $filter: CommentFilter, $order: CommentOrder) { comments(roundId: $roundId, filter: $filter, order: $order, pageSize: 200) { total items { id number body hidden hiddenReason stance author { name guest } replies { id body hidden } } } }`;

describe('comment rounds and comments', () => {
  let t: TestApp;
  let area: AreaEntity;
  let draft: IssuedDraft;
  let coordinator: User;
  let member: User;
  let groupMember: User;
  let provider: User;
  let organisation: OrganisationEntity;
  let group: WorkingGroupEntity;
  let plans: ReturnType<typeof actionPlans>;

  const post = (input: Record<string, unknown>) => ({ input: { target: 'DRAFT', stance: 'OBJECTION', body: 'Chybí terénní služby.', ...input } });

  beforeAll(async () => {
    t = await TestApp.start();
    plans = actionPlans(t.db);
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    draft = await plans.issuedVersion(area);
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    groupMember = await t.fixtures.user(area, [AreaRole.MEMBER]);
    provider = await t.fixtures.user(area, [AreaRole.PROVIDER]);
    organisation = await t.fixtures.organisation(area, { name: 'Diakonie Západ' });
    await t.fixtures.organisationMembership(organisation, groupMember.person, { since: '2020-01-01' });
    await t.fixtures.organisationMembership(await t.fixtures.organisation(area, { name: 'Později' }), groupMember.person, { since: '2024-06-01' });
    group = await t.fixtures.group(area, { name: 'Senioři' });
    await t.fixtures.membership(group, groupMember.person);
  });
  afterAll(() => t.stop());

  describe('rounds', () => {
    const opening = (overrides: Record<string, unknown> = {}) => ({
      input: {
        versionId: draft.version.id,
        title: 'Připomínky k akčnímu plánu',
        audience: 'AREA_MEMBERS',
        opensAt: new Date(Date.now() - 3600 * 1000).toISOString(),
        closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
        ...overrides,
      },
    });

    it('opens a round on an issued version, with its phase, version and counts, and writes an audit line', async () => {
      const data = await coordinator.client.ok<{ openCommentRound: { id: string; phase: string; version: { number: number }; counts: { comments: number } } }>(
        OPEN,
        opening(),
      );
      expect(data.openCommentRound).toMatchObject({ phase: 'OPEN', audience: 'AREA_MEMBERS', groups: [], version: { number: 1 }, counts: { comments: 0, unsettled: 0 } });
      const audit = await t.db.query(`SELECT action, actor_id FROM audit_log WHERE subject_id = $1`, [data.openCommentRound.id]);
      expect(audit).toEqual([{ action: 'commentRound.opened', actor_id: coordinator.person.id }]);
      const future = await coordinator.client.ok<{ openCommentRound: { phase: string } }>(
        OPEN,
        opening({ opensAt: new Date(Date.now() + DAY).toISOString(), closesAt: new Date(Date.now() + 2 * DAY).toISOString() }),
      );
      expect(future.openCommentRound.phase).toBe('UPCOMING');
    });

    it('refuses a draft version, a closing before the opening, and groups that do not fit the audience', async () => {
      const unissued = await plans.issuedVersion(area, { state: ActionPlanVersionState.DRAFT });
      expect(await coordinator.client.error(OPEN, opening({ versionId: unissued.version.id }))).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'input.versionId' },
      });
      const backwards = await coordinator.client.withLocale('en').error(OPEN, opening({ closesAt: new Date(Date.now() - DAY).toISOString() }));
      expect(backwards).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.closesAt' } });
      expect((await coordinator.client.error(OPEN, opening({ audience: 'GROUPS' }))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.groupIds' });
      expect((await coordinator.client.error(OPEN, opening({ groupIds: [group.id] }))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.groupIds' });
      const elsewhere = await t.fixtures.group(await t.fixtures.area());
      expect((await coordinator.client.error(OPEN, opening({ audience: 'GROUPS', groupIds: [group.id, elsewhere.id] }))).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.groupIds',
      });
      const grouped = await coordinator.client.ok<{ openCommentRound: { groups: { id: string }[] } }>(OPEN, opening({ audience: 'GROUPS', groupIds: [group.id] }));
      expect(grouped.openCommentRound.groups).toEqual([{ id: group.id }]);
    });

    it('changes title and times until settled, keeping the closing after the opening', async () => {
      const round = await plans.round(draft.version);
      const data = await coordinator.client.ok<{ updateCommentRound: { title: string; closesAt: string } }>(UPDATE, {
        input: { id: round.id, title: 'Nový název', closesAt: new Date(Date.now() + 30 * DAY).toISOString() },
      });
      expect(data.updateCommentRound.title).toBe('Nový název');
      const before = await coordinator.client.error(UPDATE, { input: { id: round.id, closesAt: new Date(Date.now() - 2 * DAY).toISOString() } });
      expect(before.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.closesAt' });
      const settled = await plans.round(draft.version, { opensAt: new Date(Date.now() - 9 * DAY), closesAt: new Date(Date.now() - DAY), settledAt: new Date() });
      expect((await coordinator.client.error(UPDATE, { input: { id: settled.id, title: 'Pozdě' } })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('lists the rounds of a version and of a plan; visitors see public rounds only', async () => {
      const other = await plans.issuedVersion(area);
      const internal = await plans.round(other.version);
      const open = await plans.round(other.version, { audience: CommentAudience.PUBLIC });
      const byVersion = await member.client.ok<{ commentRounds: { id: string; viewerMayComment: boolean }[] }>(ROUNDS, { versionId: other.version.id });
      expect(byVersion.commentRounds.map((r) => r.id).sort()).toEqual([internal.id, open.id].sort());
      expect(byVersion.commentRounds.every((r) => r.viewerMayComment)).toBe(true);
      const byPlan = await member.client.ok<{ commentRounds: { id: string }[] }>(ROUNDS, { actionPlanId: other.plan.id });
      expect(byPlan.commentRounds).toHaveLength(2);
      const visitor = await t.anonymous(area.slug).ok<{ commentRounds: { id: string }[] }>(ROUNDS, { versionId: other.version.id });
      expect(visitor.commentRounds.map((r) => r.id)).toEqual([open.id]);
      expect((await t.anonymous(area.slug).ok<{ commentRound: null }>(ROUND, { id: internal.id })).commentRound).toBeNull();
    });
  });

  describe('who may comment', () => {
    it('GROUPS: current members of the chosen groups and the area coordinators', async () => {
      const round = await plans.round(draft.version, { audience: CommentAudience.GROUPS, groups: [group] });
      const stored = await groupMember.client.ok<{ postComment: { organisationName: string; author: { name: string; guest: boolean } } }>(POST, post({ roundId: round.id }));
      // The organisation the author has represented longest (the first current membership).
      expect(stored.postComment).toMatchObject({ organisationName: 'Diakonie Západ', author: { name: groupMember.person.fullName, guest: false } });
      await coordinator.client.ok(POST, post({ roundId: round.id }));
      for (const outsider of [member, provider]) expect((await outsider.client.error(POST, post({ roundId: round.id }))).extensions?.code).toBe('FORBIDDEN');
      expect((await t.anonymous(area.slug).error(POST, post({ roundId: round.id }))).extensions?.code).toBe('UNAUTHENTICATED');
      const leaver = await t.fixtures.user(area, [AreaRole.MEMBER]);
      const seat = await t.fixtures.membership(group, leaver.person);
      await t.db.getRepository(GroupMembershipEntity).update(seat.id, { leftAt: new Date() });
      expect((await leaver.client.error(POST, post({ roundId: round.id }))).extensions?.code).toBe('FORBIDDEN');
    });

    it('AREA_MEMBERS: any person of the area, nobody from elsewhere', async () => {
      const round = await plans.round(draft.version);
      for (const person of [member, provider, groupMember]) await person.client.ok(POST, post({ roundId: round.id }));
      const stranger = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
      expect((await stranger.client.withArea(area.slug).error(POST, post({ roundId: round.id }))).extensions?.code).toBe('FORBIDDEN');
    });

    it('PUBLIC: a visitor gives name, valid e-mail and consent; the e-mail is never shown', async () => {
      const round = await plans.round(draft.version, { audience: CommentAudience.PUBLIC });
      const visitor = t.anonymous(area.slug);
      expect((await visitor.error(POST, post({ roundId: round.id }))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.guest' });
      const guest = { name: 'Jana Veřejná', email: 'Jana@Example.test', consent: false };
      expect((await visitor.error(POST, post({ roundId: round.id, guest }))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.guest.consent' });
      expect((await visitor.error(POST, post({ roundId: round.id, guest: { ...guest, consent: true, email: 'nope' } }))).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.guest.email',
      });
      const data = await visitor.ok<{ postComment: { id: string; author: unknown; viewerMayEdit: boolean } }>(POST, post({ roundId: round.id, guest: { ...guest, consent: true } }));
      expect(data.postComment.author).toEqual({ name: 'Jana Veřejná', personId: null, guest: true });
      expect(data.postComment.viewerMayEdit).toBe(false);
      const stored = await t.db.getRepository(CommentEntity).findOneByOrFail({ id: data.postComment.id });
      expect(stored.guestEmail).toBe('jana@example.test');
      expect(stored.consentAt).toBeInstanceOf(Date);
      await member.client.ok(POST, post({ roundId: round.id }));
      // Readable without login; no field of the schema carries a visitor's e-mail.
      const listing = await t.anonymous(area.slug).request(LIST, { roundId: round.id });
      expect(JSON.stringify(listing)).not.toContain('example.test');
      expect((listing.data as { comments: { total: number } }).comments.total).toBe(2);
      const schema = await t.anonymous().ok<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Comment") { fields { name } } }`);
      expect(schema.__type.fields.map((f) => f.name).filter((name) => /mail|guest|consent/i.test(name))).toEqual([]);
    });

    it('visitors cannot read the comments of a round that is not public', async () => {
      const round = await plans.round(draft.version);
      await member.client.ok(POST, post({ roundId: round.id }));
      expect((await t.anonymous(area.slug).error(LIST, { roundId: round.id })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('deadlines', () => {
    it('refuses posting before the opening and after the closing, naming the time', async () => {
      const upcoming = await plans.round(draft.version, { opensAt: new Date('2099-05-01T08:00:00Z'), closesAt: new Date('2099-05-31T20:00:00Z') });
      const early = await member.client.withLocale('en').error(POST, post({ roundId: upcoming.id }));
      expect(early.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.roundId' });
      expect(early.message).toContain('opens on 1 May 2099, 10:00');
      const past = await plans.round(draft.version, { opensAt: new Date('2025-03-01T08:00:00Z'), closesAt: new Date('2025-03-15T22:59:00Z') });
      const late = await member.client.withLocale('cs').error(POST, post({ roundId: past.id }));
      expect(late.message).toMatch(/skončilo 15\. 3\. 2025 23:59/);
    });

    it('refuses replies and edits after the closing', async () => {
      const round = await plans.round(draft.version);
      const { postComment } = await member.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id }));
      await plans.closeRound(round);
      expect((await groupMember.client.error(REPLY, { input: { parentId: postComment.id, body: 'Souhlas.' } })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.parentId',
      });
      expect((await member.client.error(EDIT, { input: { id: postComment.id, body: 'Jinak.', revision: 1 } })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.id',
      });
    });
  });

  describe('targets', () => {
    let roundId: string;
    beforeAll(async () => {
      roundId = (await plans.round(draft.version)).id;
    });
    const [intro] = [0];
    const quote = (overrides: Record<string, unknown> = {}) => ({ field: 'body', exact: 'střednědobý plán', prefix: 'Akční plán navazuje na ', suffix: ' a popisuje', start: 23, end: 39, ...overrides });

    it('takes the whole draft, a section and a measure of the version', async () => {
      const section = await member.client.ok<{ postComment: Record<string, unknown> }>(POST, post({ roundId, target: 'SECTION', sectionId: draft.sections[intro]!.id, stance: 'SUPPORT' }));
      expect(section.postComment).toMatchObject({ target: 'SECTION', sectionId: draft.sections[0]!.id, stance: 'SUPPORT', quoteExact: null });
      const measure = await member.client.ok<{ postComment: Record<string, unknown> }>(POST, post({ roundId, target: 'MEASURE', planMeasureId: draft.measures[1]!.id }));
      expect(measure.postComment).toMatchObject({ target: 'MEASURE', planMeasureId: draft.measures[1]!.id });
    });

    it('refuses targets that do not fit', async () => {
      const other = await plans.issuedVersion(area);
      const cases: [Record<string, unknown>, string][] = [
        [{ target: 'DRAFT', sectionId: draft.sections[0]!.id }, 'input.sectionId'],
        [{ target: 'SECTION' }, 'input.sectionId'],
        [{ target: 'SECTION', sectionId: other.sections[0]!.id }, 'input.sectionId'],
        [{ target: 'MEASURE', planMeasureId: other.measures[0]!.id }, 'input.planMeasureId'],
        [{ target: 'MEASURE', sectionId: draft.sections[0]!.id }, 'input.planMeasureId'],
        [{ target: 'SECTION', sectionId: draft.sections[0]!.id, quote: quote() }, 'input.quote'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id }, 'input.quote'],
        [{ target: 'PASSAGE', quote: quote() }, 'input.sectionId'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ field: 'rationale' }) }, 'input.quote.field'],
        [{ target: 'PASSAGE', planMeasureId: draft.measures[0]!.id, quote: quote({ field: 'body' }) }, 'input.quote.field'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ field: 'preamble' }) }, 'input.quote.field'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ exact: '', start: 23, end: 23 }) }, 'input.quote.exact'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ exact: 'x'.repeat(2001), start: 0, end: 2001 }) }, 'input.quote.exact'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ start: 39, end: 23 }) }, 'input.quote.end'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ end: 45 }) }, 'input.quote.end'],
        [{ target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote({ prefix: 'p'.repeat(33) }) }, 'input.quote.prefix'],
      ];
      for (const [input, field] of cases) {
        const error = await member.client.error(POST, post({ roundId, ...input }));
        expect({ input, ...error.extensions }).toEqual({ input, code: 'BAD_USER_INPUT', field });
      }
    });

    it('stores a quoted passage of a section and of a measure field', async () => {
      const data = await member.client.ok<{ postComment: Record<string, unknown> }>(POST, post({ roundId, target: 'PASSAGE', sectionId: draft.sections[0]!.id, quote: quote() }));
      expect(data.postComment).toMatchObject({
        target: 'PASSAGE',
        quoteField: 'body',
        quoteExact: 'střednědobý plán',
        quotePrefix: 'Akční plán navazuje na ',
        quoteSuffix: ' a popisuje',
        quoteStart: 23,
        quoteEnd: 39,
      });
      const onMeasure = await member.client.ok<{ postComment: Record<string, unknown> }>(
        POST,
        post({ roundId, target: 'PASSAGE', planMeasureId: draft.measures[0]!.id, quote: { field: 'rationale', exact: 'seniorů', start: 14, end: 21 } }),
      );
      expect(onMeasure.postComment).toMatchObject({ quoteField: 'rationale', quotePrefix: '', planMeasureId: draft.measures[0]!.id });
    });
  });

  describe('threads, edits and moderation', () => {
    it('threads replies under the first comment, replies of replies included, with its target', async () => {
      const round = await plans.round(draft.version);
      const { postComment: root } = await member.client.ok<{ postComment: { id: string } }>(
        POST,
        post({ roundId: round.id, target: 'SECTION', sectionId: draft.sections[1]!.id }),
      );
      const first = await groupMember.client.ok<{ replyToComment: Record<string, unknown> }>(REPLY, { input: { parentId: root.id, body: 'Souhlasím.' } });
      expect(first.replyToComment).toMatchObject({ parentId: root.id, threadId: root.id, target: 'SECTION', sectionId: draft.sections[1]!.id, stance: null });
      const second = await coordinator.client.ok<{ replyToComment: Record<string, unknown> }>(REPLY, { input: { parentId: first.replyToComment['id'], body: 'Doplníme.' } });
      expect(second.replyToComment).toMatchObject({ parentId: first.replyToComment['id'], threadId: root.id });
      const list = await member.client.ok<{ comments: { total: number; items: { id: string; number: number; replies: { body: string }[] }[] } }>(LIST, { roundId: round.id });
      expect(list.comments.total).toBe(1);
      expect(list.comments.items[0]).toMatchObject({ id: root.id, number: 1, replies: [{ body: 'Souhlasím.' }, { body: 'Doplníme.' }] });
      const counts = await member.client.ok<{ commentRound: { counts: Record<string, number> } }>(ROUND, { id: round.id });
      expect(counts.commentRound.counts).toEqual({ comments: 1, replies: 2, unsettled: 1, hidden: 0, support: 0, neutral: 0, objection: 1 });
    });

    it('keeps the history of edits for the author and the coordinators, and refuses a stale revision', async () => {
      const round = await plans.round(draft.version);
      const { postComment } = await member.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id, body: 'První znění.' }));
      const edited = await member.client.ok<{ editComment: Record<string, unknown> }>(EDIT, {
        input: { id: postComment.id, body: 'Druhé znění.', stance: 'NEUTRAL', revision: 1 },
      });
      expect(edited.editComment).toMatchObject({ body: 'Druhé znění.', stance: 'NEUTRAL', revision: 2 });
      const stale = await member.client.withLocale('en').error(EDIT, { input: { id: postComment.id, body: 'Třetí.', revision: 1 } });
      expect(stale.extensions).toEqual({ code: 'CONFLICT', field: 'input.revision' });
      expect(stale.message).toContain('revision 2');
      for (const reader of [member, coordinator]) {
        const seen = await reader.client.ok<{ comment: { revisions: unknown[] } }>(COMMENT, { id: postComment.id });
        expect(seen.comment.revisions).toEqual([{ revision: 1, body: 'První znění.', stance: 'OBJECTION' }]);
      }
      expect((await groupMember.client.ok<{ comment: { revisions: null } }>(COMMENT, { id: postComment.id })).comment.revisions).toBeNull();
      expect((await groupMember.client.error(EDIT, { input: { id: postComment.id, body: 'Cizí.', revision: 2 } })).extensions?.code).toBe('FORBIDDEN');
      const { replyToComment } = await groupMember.client.ok<{ replyToComment: { id: string } }>(REPLY, { input: { parentId: postComment.id, body: 'Ano.' } });
      expect((await groupMember.client.error(EDIT, { input: { id: replyToComment.id, body: 'Ne.', stance: 'SUPPORT', revision: 1 } })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.stance',
      });
    });

    it('hides a comment: coordinators see text and reason, others see that it was hidden, visitors do not see it', async () => {
      const round = await plans.round(draft.version, { audience: CommentAudience.PUBLIC });
      const { postComment: spam } = await member.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id, body: 'Reklama na půjčky.' }));
      const { postComment: fine } = await groupMember.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id, body: 'Věcná připomínka.' }));
      await coordinator.client.ok(HIDE, { input: { id: spam.id, reason: 'Reklama.' } });
      const asCoordinator = await coordinator.client.ok<{ comment: Record<string, unknown> }>(COMMENT, { id: spam.id });
      expect(asCoordinator.comment).toMatchObject({ hidden: true, body: 'Reklama na půjčky.', hiddenReason: 'Reklama.' });
      const asMember = await groupMember.client.ok<{ comment: Record<string, unknown> }>(COMMENT, { id: spam.id });
      expect(asMember.comment).toMatchObject({ hidden: true, body: '', hiddenReason: null });
      const visitor = await t.anonymous(area.slug).ok<{ comments: { items: { id: string }[] } }>(LIST, { roundId: round.id });
      expect(visitor.comments.items.map((c) => c.id)).toEqual([fine.id]);
      expect((await t.anonymous(area.slug).ok<{ comment: null }>(COMMENT, { id: spam.id })).comment).toBeNull();
      const hiddenOnly = await coordinator.client.ok<{ comments: { items: { id: string }[] } }>(LIST, { roundId: round.id, filter: { hidden: true } });
      expect(hiddenOnly.comments.items.map((c) => c.id)).toEqual([spam.id]);
      expect((await groupMember.client.error(REPLY, { input: { parentId: spam.id, body: 'Hm.' } })).extensions?.field).toBe('input.parentId');
      await coordinator.client.ok(UNHIDE, { id: spam.id });
      expect((await t.anonymous(area.slug).ok<{ comments: { items: unknown[] } }>(LIST, { roundId: round.id })).comments.items).toHaveLength(2);
      const audit = await t.db.query(`SELECT action, details->>'reason' AS reason FROM audit_log WHERE subject_id = $1 ORDER BY created_at`, [spam.id]);
      expect(audit).toEqual([
        { action: 'comment.hidden', reason: 'Reklama.' },
        { action: 'comment.unhidden', reason: null },
      ]);
    });

    it('filters by target, section, measure, stance and settlement', async () => {
      const round = await plans.round(draft.version);
      const a = await member.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id, target: 'SECTION', sectionId: draft.sections[0]!.id, stance: 'SUPPORT' }));
      const b = await member.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id, target: 'MEASURE', planMeasureId: draft.measures[0]!.id }));
      const c = await member.client.ok<{ postComment: { id: string } }>(POST, post({ roundId: round.id }));
      await coordinator.client.ok(`mutation($input: SettleCommentInput!) { settleComment(input: $input) { id } }`, { input: { id: c.postComment.id, outcome: 'ACCEPTED' } });
      const ids = async (variables: Record<string, unknown>) =>
        (await member.client.ok<{ comments: { items: { id: string }[] } }>(LIST, { roundId: round.id, ...variables })).comments.items.map((i) => i.id);
      expect(await ids({ filter: { target: 'SECTION' } })).toEqual([a.postComment.id]);
      expect(await ids({ filter: { sectionId: draft.sections[0]!.id } })).toEqual([a.postComment.id]);
      expect(await ids({ filter: { planMeasureId: draft.measures[0]!.id } })).toEqual([b.postComment.id]);
      expect(await ids({ filter: { stance: 'OBJECTION' } })).toEqual([b.postComment.id, c.postComment.id]);
      expect(await ids({ filter: { settled: true } })).toEqual([c.postComment.id]);
      expect(await ids({ filter: { settled: false } })).toEqual([a.postComment.id, b.postComment.id]);
      expect(await ids({ order: 'NEWEST' })).toEqual([c.postComment.id, b.postComment.id, a.postComment.id]);
      expect(await ids({ order: 'UNSETTLED_FIRST', filter: {} })).toEqual([a.postComment.id, b.postComment.id, c.postComment.id]);
    });
  });
});
