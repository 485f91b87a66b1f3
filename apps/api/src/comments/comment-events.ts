import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LiveEvents } from '../live/live-events.service';

export enum CommentEventKind {
  SUBSCRIBED = 'SUBSCRIBED',
  POSTED = 'POSTED',
  REPLIED = 'REPLIED',
  EDITED = 'EDITED',
  HIDDEN = 'HIDDEN',
  UNHIDDEN = 'UNHIDDEN',
  SETTLED = 'SETTLED',
  ROUND_CHANGED = 'ROUND_CHANGED',
}
registerEnumType(CommentEventKind, {
  name: 'CommentEventKind',
  description: 'What happened in a comment round.',
  valuesMap: {
    SUBSCRIBED: { description: 'The subscription is live: the current counts, and nothing published from now on is missed.' },
    POSTED: { description: 'A comment was posted.' },
    REPLIED: { description: 'A reply was posted in a thread.' },
    EDITED: { description: 'Its author changed a comment.' },
    HIDDEN: { description: 'A moderator hid a comment.' },
    UNHIDDEN: { description: 'A moderator showed a hidden comment again.' },
    SETTLED: { description: 'The coordinator settled a comment.' },
    ROUND_CHANGED: { description: 'The round itself changed (times, text, closed as settled).' },
  },
});

/** What travels between API instances: ids only; each subscriber loads what it may see. */
@ObjectType('CommentRoundEvent', { description: 'Something that happened in a comment round, as it happens.' })
export class CommentRoundEvent {
  @Field(() => CommentEventKind, { description: 'What happened.' })
  kind!: CommentEventKind;

  @Field(() => ID, { description: 'The round.' })
  roundId!: string;

  @Field(() => ID, { nullable: true, description: 'The comment or reply concerned, if any.' })
  commentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The first comment of its thread (the comment itself for a first comment).' })
  threadId!: string | null;
}

export const commentRoundTopic = (roundId: string): string => `comment-round:${roundId}`;

/** Tells the subscribers of a round what changed (after the change is committed). */
@Injectable()
export class CommentEvents {
  constructor(private readonly live: LiveEvents) {}

  async comment(kind: CommentEventKind, comment: { id: string; roundId: string; threadId: string | null }): Promise<void> {
    await this.live.publish(commentRoundTopic(comment.roundId), {
      kind,
      roundId: comment.roundId,
      commentId: comment.id,
      threadId: comment.threadId ?? comment.id,
    } satisfies CommentRoundEvent);
  }

  async round(roundId: string): Promise<void> {
    await this.live.publish(commentRoundTopic(roundId), { kind: CommentEventKind.ROUND_CHANGED, roundId, commentId: null, threadId: null } satisfies CommentRoundEvent);
  }

  stream(roundId: string): AsyncIterableIterator<CommentRoundEvent> {
    return this.live.stream<CommentRoundEvent>([commentRoundTopic(roundId)], async () => ({
      kind: CommentEventKind.SUBSCRIBED,
      roundId,
      commentId: null,
      threadId: null,
    }));
  }
}
