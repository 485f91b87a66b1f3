import { AreaEntity } from '../src/areas/area.entity';
import { CommentEntity } from '../src/comments/comment.entity';
import { CommentAudience } from '../src/comments/comment.enums';
import { AreaRole } from '../src/people/area-role.enum';
import { actionPlans, IssuedDraft } from './comment-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';

const DAY = 24 * 3600 * 1000;

const PUBLIC_ROUNDS = `query($areaSlug: String!) { publicCommentRounds(areaSlug: $areaSlug) { id title phase closesAt viewerMayComment version { number actionPlan { title year } } } }`;
const READ = `query($id: ID!) { commentRound(id: $id) { id version { number actionPlan { title year } sections { id title body } measures { id number title description totalCost } } } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id body author { name personId guest } } }`;
const REPLY = `mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id parentId body author { name guest } } }`;
const LIST = `query($roundId: ID!) { comments(roundId: $roundId, pageSize: 50) { total items { id body author { name guest } replies { id body author { name guest } } } } }`;

describe('public consultations (PUBLIC comment rounds for visitors)', () => {
  let t: TestApp;
  let area: AreaEntity;
  let draft: IssuedDraft;
  let member: User;
  let plans: ReturnType<typeof actionPlans>;
  const guest = { name: 'Jana Veřejná', email: 'Jana.Verejna@Example.test', consent: true };

  beforeAll(async () => {
    t = await TestApp.start();
    plans = actionPlans(t.db);
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    draft = await plans.issuedVersion(area);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  it('lists only the PUBLIC rounds of that area that are open now or upcoming, soonest closing first', async () => {
    const open = await plans.round(draft.version, { audience: CommentAudience.PUBLIC, closesAt: new Date(Date.now() + 5 * DAY) });
    const upcoming = await plans.round(draft.version, {
      audience: CommentAudience.PUBLIC,
      opensAt: new Date(Date.now() + DAY),
      closesAt: new Date(Date.now() + 9 * DAY),
    });
    await plans.round(draft.version, { audience: CommentAudience.AREA_MEMBERS });
    await plans.round(draft.version, { audience: CommentAudience.PUBLIC, opensAt: new Date(Date.now() - 9 * DAY), closesAt: new Date(Date.now() - DAY) });
    await plans.round(draft.version, {
      audience: CommentAudience.PUBLIC,
      opensAt: new Date(Date.now() - 9 * DAY),
      closesAt: new Date(Date.now() - DAY),
      settledAt: new Date(),
    });
    const elsewhere = await t.fixtures.area();
    await plans.round((await plans.issuedVersion(elsewhere)).version, { audience: CommentAudience.PUBLIC });

    const data = await t.anonymous().ok<{ publicCommentRounds: { id: string; phase: string; viewerMayComment: boolean; version: unknown }[] }>(PUBLIC_ROUNDS, {
      areaSlug: area.slug,
    });
    expect(data.publicCommentRounds.map((r) => [r.id, r.phase, r.viewerMayComment])).toEqual([
      [open.id, 'OPEN', true],
      [upcoming.id, 'UPCOMING', false],
    ]);
    expect(data.publicCommentRounds[0]!.version).toEqual({ number: 1, actionPlan: { title: draft.plan.title, year: draft.plan.year } });
    expect((await t.anonymous().ok<{ publicCommentRounds: unknown[] }>(PUBLIC_ROUNDS, { areaSlug: 'no-such-area' })).publicCommentRounds).toEqual([]);
  });

  it('lets a visitor read the version text through a public round, and nothing else of the plan', async () => {
    const round = await plans.round(draft.version, { audience: CommentAudience.PUBLIC });
    const visitor = t.anonymous(area.slug);
    const data = await visitor.ok<{ commentRound: { version: { sections: { title: string; body: string }[]; measures: { number: string; title: string }[] } } }>(READ, {
      id: round.id,
    });
    expect(data.commentRound.version.sections.map((s) => s.title)).toEqual(['Úvod', 'Rozpočet']);
    expect(data.commentRound.version.sections[0]!.body).toContain('navazuje na střednědobý plán');
    expect(data.commentRound.version.measures.map((m) => [m.number, m.title])).toEqual([
      ['1.1.1', 'Rozšíření pečovatelské služby'],
      ['1.1.2', 'Odlehčovací služba'],
    ]);

    // From the version a visitor does not walk to other versions, authors or the medium-term plan.
    const around = await visitor.ok<{ commentRound: { version: { issuedBy: unknown; changeLinks: unknown[]; actionPlan: { versions: unknown[]; draft: unknown; latestIssued: unknown } } } }>(
      `query($id: ID!) { commentRound(id: $id) { version { issuedBy { id } changeLinks { id } actionPlan { versions { id } draft { id } latestIssued { id } } sections { updatedBy { id } } } } }`,
      { id: round.id },
    );
    expect(around.commentRound.version).toMatchObject({ issuedBy: null, changeLinks: [], actionPlan: { versions: [], draft: null, latestIssued: null } });
    const strategic = await visitor.error(`query($id: ID!) { commentRound(id: $id) { version { actionPlan { strategicPlan { id } } } } }`, { id: round.id });
    expect(strategic.extensions?.code).toBe('FORBIDDEN');
    // People of the area still walk the plan.
    const inside = await member.client.ok<{ commentRound: { version: { actionPlan: { versions: unknown[] } } } }>(
      `query($id: ID!) { commentRound(id: $id) { version { actionPlan { versions { id } strategicPlan { id } } } } }`,
      { id: round.id },
    );
    expect(inside.commentRound.version.actionPlan.versions).toHaveLength(1);
    // The members' queries stay closed to visitors.
    expect((await visitor.error(`query($id: ID!) { actionPlanVersion(id: $id) { id } }`, { id: draft.version.id })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not give a visitor the version of a round that is not public', async () => {
    const internal = await plans.round(draft.version, { audience: CommentAudience.AREA_MEMBERS });
    expect((await t.anonymous(area.slug).ok<{ commentRound: null }>(READ, { id: internal.id })).commentRound).toBeNull();
    // Nor a public round asked through another area.
    const round = await plans.round(draft.version, { audience: CommentAudience.PUBLIC });
    const other = await t.fixtures.area();
    expect((await t.anonymous(other.slug).ok<{ commentRound: null }>(READ, { id: round.id })).commentRound).toBeNull();
  });

  it('takes a guest comment and reply with consent; refuses a missing consent or a bad e-mail naming the field in Czech; never returns the e-mail', async () => {
    const round = await plans.round(draft.version, { audience: CommentAudience.PUBLIC });
    const visitor = t.anonymous(area.slug, 'cs');
    const input = (extra: Record<string, unknown>) => ({ input: { roundId: round.id, target: 'DRAFT', stance: 'SUPPORT', body: 'Podporuji rozšíření služby.', ...extra } });

    const noConsent = await visitor.error(POST, input({ guest: { ...guest, consent: false } }));
    expect(noConsent.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.guest.consent' });
    expect(noConsent.message).toMatch(/souhlas/i);
    const badEmail = await visitor.error(POST, input({ guest: { ...guest, email: 'jana-na-webu' } }));
    expect(badEmail.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.guest.email' });
    expect(badEmail.message).toMatch(/e-mail/i);

    const posted = await visitor.ok<{ postComment: { id: string; author: unknown } }>(POST, input({ guest }));
    expect(posted.postComment.author).toEqual({ name: 'Jana Veřejná', personId: null, guest: true });
    const replied = await visitor.ok<{ replyToComment: { parentId: string; author: unknown } }>(REPLY, {
      input: { parentId: posted.postComment.id, body: 'Doplňuji: hlavně o víkendech.', guest: { name: 'Petr Host', email: 'petr@example.test', consent: true } },
    });
    expect(replied.replyToComment).toMatchObject({ parentId: posted.postComment.id, author: { name: 'Petr Host', guest: true } });

    const stored = await t.db.getRepository(CommentEntity).findOneByOrFail({ id: posted.postComment.id });
    expect(stored.guestEmail).toBe('jana.verejna@example.test');
    for (const reader of [t.anonymous(area.slug), member.client]) {
      const listing = await reader.request(LIST, { roundId: round.id });
      expect((listing.data as { comments: { total: number } }).comments.total).toBe(1);
      expect(JSON.stringify(listing)).not.toMatch(/example\.test/i);
    }
  });
});
