import ExcelJS from 'exceljs';
import { AreaEntity } from '../src/areas/area.entity';
import { CommentRevisionEntity } from '../src/comments/comment-revision.entity';
import { CommentRoundEntity } from '../src/comments/comment-round.entity';
import { CommentEntity } from '../src/comments/comment.entity';
import { CommentStance, CommentTarget, SettlementOutcome } from '../src/comments/comment.enums';
import { SettlementService } from '../src/comments/settlement.service';
import { AreaRole } from '../src/people/area-role.enum';
import { actionPlans, IssuedDraft } from './comment-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';

const SETTLE = `mutation($input: SettleCommentInput!) { settleComment(input: $input) { id outcome justification changeMade settledAt settledBy { id } } }`;
const CLOSE = `mutation($roundId: ID!) { closeCommentRoundAsSettled(roundId: $roundId) { id phase settledAt settledBy { id } } }`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;
const REPLY = `mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }`;
const LIST = `query($roundId: ID!) {
  comments(roundId: $roundId, pageSize: 200) {
    total
    items {
      id number body stance hidden hiddenReason outcome justification changeMade viewerMayEdit
      author { name personId guest } organisationName settledBy { fullName }
      section { title } planMeasure { number title }
      revisions { revision body }
      replies { id body author { name guest } organisationName revisions { body } viewerMayEdit }
    }
  }
  commentRound(id: $roundId) { id phase counts { comments replies unsettled } }
}`;

describe('settlement of comments', () => {
  let t: TestApp;
  let area: AreaEntity;
  let draft: IssuedDraft;
  let coordinator: User;
  let member: User;
  let plans: ReturnType<typeof actionPlans>;

  beforeAll(async () => {
    t = await TestApp.start();
    plans = actionPlans(t.db);
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    draft = await plans.issuedVersion(area);
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  it('settles first comments only, with a justification unless accepted, and audits every settlement', async () => {
    const round = await plans.round(draft.version);
    const root = await plans.comment(round, member.person.id);
    const reply = await plans.comment(round, coordinator.person.id, { parentId: root.id, threadId: root.id, stance: null });
    expect((await coordinator.client.error(SETTLE, { input: { id: reply.id, outcome: 'ACCEPTED' } })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
    for (const outcome of ['REJECTED', 'PARTLY_ACCEPTED', 'EXPLAINED']) {
      const missing = await coordinator.client.withLocale('en').error(SETTLE, { input: { id: root.id, outcome, justification: '  ' } });
      expect(missing).toMatchObject({ message: 'Give a justification for this outcome.', extensions: { code: 'BAD_USER_INPUT', field: 'input.justification' } });
    }
    // Settling is allowed while the round is still open; a later settlement replaces the earlier one.
    const accepted = await coordinator.client.ok<{ settleComment: Record<string, unknown> }>(SETTLE, { input: { id: root.id, outcome: 'ACCEPTED', changeMade: 'Doplněno.' } });
    expect(accepted.settleComment).toMatchObject({ outcome: 'ACCEPTED', justification: null, changeMade: 'Doplněno.', settledBy: { id: coordinator.person.id } });
    await coordinator.client.ok(SETTLE, { input: { id: root.id, outcome: 'REJECTED', justification: 'Nad rámec plánu.' } });
    const audit = await t.db.query(
      `SELECT action, actor_id, details->>'outcome' AS outcome, details->>'previousOutcome' AS previous FROM audit_log WHERE subject_id = $1 ORDER BY created_at, id`,
      [root.id],
    );
    expect(audit).toEqual([
      { action: 'comment.settled', actor_id: coordinator.person.id, outcome: 'ACCEPTED', previous: null },
      { action: 'comment.settled', actor_id: coordinator.person.id, outcome: 'REJECTED', previous: 'ACCEPTED' },
    ]);
    expect((await member.client.error(SETTLE, { input: { id: root.id, outcome: 'ACCEPTED' } })).extensions?.code).toBe('FORBIDDEN');
  });

  it('closes a round as settled only after its closing time and when nothing is unsettled', async () => {
    const round = await plans.round(draft.version);
    const first = await plans.comment(round, member.person.id);
    const second = await plans.comment(round, member.person.id);
    const spam = await plans.comment(round, member.person.id, { body: 'Spam.' });
    await plans.comment(round, coordinator.person.id, { parentId: first.id, threadId: first.id, stance: null });
    const open = await coordinator.client.withLocale('en').error(CLOSE, { roundId: round.id });
    expect(open.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'roundId' });
    expect(open.message).toMatch(/closes on .*2\d{3}/);
    await plans.closeRound(round);
    await coordinator.client.ok(SETTLE, { input: { id: first.id, outcome: 'EXPLAINED', justification: 'Řeší opatření 1.1.2.' } });
    const unsettled = await coordinator.client.withLocale('en').error(CLOSE, { roundId: round.id });
    expect(unsettled).toMatchObject({ extensions: { code: 'CONFLICT', field: 'roundId' }, message: 'The round cannot be closed: unsettled comments remaining: 2.' });
    // Hidden comments (the moderator's) need no settlement; replies never do.
    await coordinator.client.ok(HIDE, { input: { id: spam.id, reason: 'Spam.' } });
    expect((await coordinator.client.withLocale('en').error(CLOSE, { roundId: round.id })).message).toContain('remaining: 1.');
    await coordinator.client.ok(SETTLE, { input: { id: second.id, outcome: 'ACCEPTED' } });
    const closed = await coordinator.client.ok<{ closeCommentRoundAsSettled: Record<string, unknown> }>(CLOSE, { roundId: round.id });
    expect(closed.closeCommentRoundAsSettled).toMatchObject({ phase: 'SETTLED', settledBy: { id: coordinator.person.id } });
    const audit = await t.db.query(`SELECT action, actor_id, details->>'comments' AS comments FROM audit_log WHERE subject_id = $1`, [round.id]);
    expect(audit).toEqual([{ action: 'commentRound.settled', actor_id: coordinator.person.id, comments: '2' }]);
    // Settled: nothing changes any more.
    expect((await coordinator.client.error(SETTLE, { input: { id: second.id, outcome: 'REJECTED', justification: 'Jinak.' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await coordinator.client.error(CLOSE, { roundId: round.id })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await coordinator.client.error(`mutation($id: ID!) { unhideComment(id: $id) { id } }`, { id: spam.id })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('downloads the settlement table as XLSX with headers in the requester\'s language', async () => {
    const round = await plans.round(draft.version);
    const organisation = await t.fixtures.organisation(area, { name: 'Člověk v tísni' });
    await t.fixtures.organisationMembership(organisation, member.person);
    const passage = await member.client.ok<{ postComment: { id: string } }>(POST, {
      input: {
        roundId: round.id,
        target: 'PASSAGE',
        planMeasureId: draft.measures[0]!.id,
        quote: { field: 'rationale', exact: 'seniorů', start: 14, end: 21 },
        stance: 'OBJECTION',
        body: 'Čísla chybí.',
      },
    });
    await member.client.ok(REPLY, { input: { parentId: passage.postComment.id, body: 'Odpověď není v tabulce.' } });
    await member.client.ok(POST, {
      input: { roundId: round.id, target: 'SECTION', sectionId: draft.sections[1]!.id, stance: 'SUPPORT', body: 'Dobře.' },
    });
    const hidden = await plans.comment(round, member.person.id, { body: 'Skrytá.' });
    await coordinator.client.ok(HIDE, { input: { id: hidden.id, reason: 'Urážka.' } });
    await plans.comment(round, null, { body: 'Od veřejnosti.', guestName: 'Petr Host', stance: CommentStance.NEUTRAL });
    await coordinator.client.ok(SETTLE, { input: { id: passage.postComment.id, outcome: 'PARTLY_ACCEPTED', justification: 'Doplníme data.', changeMade: 'Tabulka seniorů.' } });

    const response = await coordinator.client.withLocale('en').get(`/api/comment-rounds/${round.id}/settlement.xlsx?area=${area.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="komplan-vyporadani-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Comment settlement');
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['No.', 'Author', 'Organisation', 'About', 'Stance', 'Comment', 'Outcome', 'Justification', 'Change made', 'Settled by', 'Settled at']);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.slice(0, 10)).toEqual([
      1,
      member.person.fullName,
      'Člověk v tísni',
      '1.1.1 Rozšíření pečovatelské služby: „seniorů“',
      'objection',
      'Čísla chybí.',
      'partly accepted',
      'Doplníme data.',
      'Tabulka seniorů.',
      coordinator.person.fullName,
    ]);
    expect(rows[1]![10]).toMatch(/\d{4}/);
    expect(rows[2]!.slice(0, 7)).toEqual([2, member.person.fullName, 'Člověk v tísni', 'Rozpočet', 'support', 'Dobře.', undefined]);
    // The hidden comment keeps its number 3 but is left out; the visitor's comment is number 4.
    expect(rows[3]!.slice(0, 6)).toEqual([4, 'Petr Host (public)', undefined, 'whole draft', 'neutral', 'Od veřejnosti.']);

    const czech = await member.client.get(`/api/comment-rounds/${round.id}/settlement.xlsx?area=${area.slug}`);
    const cz = new ExcelJS.Workbook();
    await cz.xlsx.load(Buffer.from(await czech.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(cz.worksheets[0]!.getRow(1).getCell(7).value).toBe('Vypořádání');
    expect(cz.worksheets[0]!.getRow(2).getCell(7).value).toBe('akceptováno částečně');

    expect((await t.anonymous().get(`/api/comment-rounds/${round.id}/settlement.xlsx?area=${area.slug}`)).status).toBe(401);
    const stranger = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
    expect((await stranger.client.get(`/api/comment-rounds/${round.id}/settlement.xlsx?area=${area.slug}`)).status).toBe(403);
  });

  it('gives the documents the same rows through settlementRows(roundId, locale)', async () => {
    const round = await plans.round(draft.version);
    await plans.comment(round, member.person.id, { target: CommentTarget.SECTION, sectionId: draft.sections[0]!.id, outcome: SettlementOutcome.ACCEPTED, settledAt: new Date(), settledById: coordinator.person.id });
    const table = await t.app.get(SettlementService).settlementRows(round.id, 'pl');
    expect(table.headers.outcome).toBe('Rozpatrzenie');
    expect(table.rows).toEqual([
      expect.objectContaining({ number: 1, target: 'Úvod', stance: 'sprzeciw', outcome: 'uwzględniona', settledBy: coordinator.person.fullName, settledAtDate: expect.any(Date) }),
    ]);
  });

  it('costs the same number of SQL statements for a round of 20 and of 500 comments with replies', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => t.fixtures.person(area)));
    const organisations = await Promise.all(Array.from({ length: 4 }, () => t.fixtures.organisation(area)));
    const seed = async (round: CommentRoundEntity, count: number) => {
      const rows = Array.from({ length: count }, (_, i) => ({
        areaId: area.id,
        roundId: round.id,
        target: i % 3 === 0 ? CommentTarget.SECTION : i % 3 === 1 ? CommentTarget.MEASURE : CommentTarget.DRAFT,
        sectionId: i % 3 === 0 ? draft.sections[i % 2]!.id : null,
        planMeasureId: i % 3 === 1 ? draft.measures[i % 2]!.id : null,
        stance: CommentStance.OBJECTION,
        body: `Připomínka ${i}`,
        authorId: people[i % people.length]!.id,
        organisationId: organisations[i % organisations.length]!.id,
        createdAt: new Date(Date.now() - (count - i) * 1000),
        outcome: i % 2 ? SettlementOutcome.ACCEPTED : null,
        settledById: i % 2 ? coordinator.person.id : null,
        settledAt: i % 2 ? new Date() : null,
        revision: i % 5 === 0 ? 2 : 1,
      }));
      const roots = (await t.db.getRepository(CommentEntity).insert(rows)).identifiers.map((id) => id['id'] as string);
      const replies = roots.flatMap((rootId, i) =>
        Array.from({ length: i % 3 }, (_, j) => ({
          areaId: area.id,
          roundId: round.id,
          parentId: rootId,
          threadId: rootId,
          target: CommentTarget.DRAFT,
          stance: null,
          body: `Odpověď ${j}`,
          authorId: people[(i + j + 1) % people.length]!.id,
          organisationId: organisations[j % organisations.length]!.id,
        })),
      );
      for (let i = 0; i < replies.length; i += 500) await t.db.getRepository(CommentEntity).insert(replies.slice(i, i + 500));
      await t.db.getRepository(CommentRevisionEntity).insert(roots.filter((_, i) => i % 5 === 0).map((commentId) => ({ commentId, revision: 1, body: 'Dříve.', stance: CommentStance.NEUTRAL })));
    };
    const small = await plans.round(draft.version);
    const large = await plans.round(draft.version);
    await seed(small, 20);
    await seed(large, 500);
    const count = async (roundId: string) => {
      const before = t.queryCount;
      const data = await coordinator.client.ok<{ comments: { total: number; items: { replies: unknown[] }[] } }>(LIST, { roundId });
      return { statements: t.queryCount - before, total: data.comments.total, items: data.comments.items.length, replies: data.comments.items.reduce((n, c) => n + c.replies.length, 0) };
    };
    const smallCount = await count(small.id);
    const largeCount = await count(large.id);
    expect(smallCount).toMatchObject({ total: 20, items: 20 });
    expect(largeCount).toMatchObject({ total: 500, items: 200, replies: 199 });
    expect(largeCount.statements).toBe(smallCount.statements);
    console.log(`comments list SQL statements: 20 comments = ${smallCount.statements}, 500 comments (page of 200) = ${largeCount.statements}`);
  });
});
