import { AreaEntity } from '../src/areas/area.entity';
import { CommentRoundEntity } from '../src/comments/comment-round.entity';
import { CommentAudience } from '../src/comments/comment.enums';
import { AreaRole } from '../src/people/area-role.enum';
import { actionPlans, IssuedDraft } from './comment-fixtures';
import { FIXTURE_PASSWORD, User } from './fixtures';
import { TestApp } from './harness';

const EVENTS = `subscription($roundId: ID!) {
  commentRoundEvents(roundId: $roundId) {
    kind commentId threadId
    comment { id body hidden author { name } }
    thread { id replies { id body } }
    round { id counts { comments replies } }
  }
}`;
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;
const REPLY = `mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { id } }`;

interface Event {
  commentRoundEvents: {
    kind: string;
    commentId: string | null;
    threadId: string | null;
    comment: { id: string; body: string; hidden: boolean; author: { name: string } } | null;
    thread: { id: string; replies: { id: string; body: string }[] } | null;
    round: { id: string; counts: { comments: number; replies: number } } | null;
  };
}

const kind = (name: string) => (event: { data?: Event | null }) => event.data?.commentRoundEvents.kind === name;

/** Comments appear live for everyone viewing the round: GraphQL subscriptions over graphql-ws. */
describe('live comments', () => {
  let t: TestApp;
  let area: AreaEntity;
  let draft: IssuedDraft;
  let round: CommentRoundEntity;
  let coordinator: User;
  let alice: User;
  let bob: User;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    draft = await actionPlans(t.db).issuedVersion(area);
    round = await actionPlans(t.db).round(draft.version, { audience: CommentAudience.AREA_MEMBERS });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR]);
    alice = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Alice Nováková' });
    bob = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Bohumil Dvořák' });
  });
  afterAll(() => t.stop());

  it('a viewer first gets SUBSCRIBED with the counts, then a new comment, a reply in its thread and a moderation, each as the viewer may see it', async () => {
    const watching = await bob.client.subscribe<Event>(EVENTS, { roundId: round.id });
    const ready = await watching.next(kind('SUBSCRIBED'));
    expect(ready.data?.commentRoundEvents).toMatchObject({ commentId: null, comment: null, round: { id: round.id, counts: { comments: 0, replies: 0 } } });

    const { postComment } = await alice.client.ok<{ postComment: { id: string } }>(POST, {
      input: { roundId: round.id, target: 'DRAFT', stance: 'OBJECTION', body: 'Chybí odlehčovací služba pro rodiny.' },
    });
    const posted = await watching.next(kind('POSTED'));
    expect(posted.data?.commentRoundEvents).toMatchObject({
      commentId: postComment.id,
      threadId: postComment.id,
      comment: { body: 'Chybí odlehčovací služba pro rodiny.', hidden: false, author: { name: 'Alice Nováková' } },
      round: { counts: { comments: 1, replies: 0 } },
    });

    const { replyToComment } = await coordinator.client.ok<{ replyToComment: { id: string } }>(REPLY, { input: { parentId: postComment.id, body: 'Doplníme do opatření 2.1.' } });
    const replied = await watching.next(kind('REPLIED'));
    expect(replied.data?.commentRoundEvents).toMatchObject({
      commentId: replyToComment.id,
      threadId: postComment.id,
      thread: { id: postComment.id, replies: [{ id: replyToComment.id, body: 'Doplníme do opatření 2.1.' }] },
      round: { counts: { comments: 1, replies: 1 } },
    });

    // A hidden comment reaches a member without its text (moderation is visible, the text is not).
    await coordinator.client.ok(HIDE, { input: { id: postComment.id, reason: 'Osobní údaje' } });
    const hidden = await watching.next(kind('HIDDEN'));
    expect(hidden.data?.commentRoundEvents.comment).toMatchObject({ id: postComment.id, hidden: true, body: '' });
    await watching.close();
  });

  it('refuses to let a visitor listen to a round that is not public', async () => {
    const visitor = await t.anonymous(area.slug).subscribe<Event>(EVENTS, { roundId: round.id });
    const refused = await visitor.next((event) => !!event.errors);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await visitor.close();
  });

  it('refuses a socket opened by a page of another site (the session cookie must not be borrowed)', async () => {
    const { createClient } = await import('graphql-ws');
    const WebSocket = (await import('ws')).default;
    const cookie = bob.client.sessionCookie!;
    class ForeignPage extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie, origin: 'https://evil.example' } });
      }
    }
    const client = createClient({ url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: ForeignPage, retryAttempts: 0, lazy: false });
    const closed = await new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    expect(closed).toBe(4403);
    await client.dispose();
  });

  const redisUrl = process.env['KOMPLAN_TEST_REDIS_URL'];
  (redisUrl ? it : it.skip)('with REDIS_URL a comment posted on one API instance reaches a subscriber of another', async () => {
    const first = await TestApp.start({ REDIS_URL: redisUrl! });
    const second = await first.another({ REDIS_URL: redisUrl! });
    try {
      const secondArea = await first.fixtures.area();
      const secondDraft = await actionPlans(first.db).issuedVersion(secondArea);
      const secondRound = await actionPlans(first.db).round(secondDraft.version);
      const writer = await first.fixtures.user(secondArea, [AreaRole.MEMBER], { fullName: 'Písařka Prvního' });
      const reader = await first.fixtures.user(secondArea, [AreaRole.MEMBER]);
      // The reader's session works on either instance (one database); it listens on the second.
      const listening = await second.login(reader.account.email, FIXTURE_PASSWORD, secondArea.slug).then((client) => client.subscribe<Event>(EVENTS, { roundId: secondRound.id }));
      await listening.next(kind('SUBSCRIBED'));
      await writer.client.ok(POST, { input: { roundId: secondRound.id, target: 'DRAFT', stance: 'SUPPORT', body: 'Podporuji, z instance jedna.' } });
      const arrived = await listening.next(kind('POSTED'));
      expect(arrived.data?.commentRoundEvents.comment).toMatchObject({ body: 'Podporuji, z instance jedna.', author: { name: 'Písařka Prvního' } });
      await listening.close();
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
