import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LiveEvents } from '../live/live-events.service';

export enum ApprovalEventKind {
  SUBSCRIBED = 'SUBSCRIBED',
  VOTED = 'VOTED',
  CLOSED = 'CLOSED',
}
registerEnumType(ApprovalEventKind, {
  name: 'ApprovalEventKind',
  description: 'What happened in an approval round.',
  valuesMap: {
    SUBSCRIBED: { description: 'The subscription is live: the current tally, and nothing published from now on is missed.' },
    VOTED: { description: 'Somebody voted or changed their vote (who and how is not told).' },
    CLOSED: { description: 'The round was closed and its result stored.' },
  },
});

/** An event of an approval round; subscribers load the round (and its tally) with their own rights. */
@ObjectType('ApprovalRoundEvent', { description: 'Something that happened in an approval round, as it happens.' })
export class ApprovalRoundEvent {
  @Field(() => ApprovalEventKind, { description: 'What happened.' })
  kind!: ApprovalEventKind;

  @Field(() => ID, { description: 'The round.' })
  roundId!: string;
}

const topic = (roundId: string) => `approval-round:${roundId}`;

@Injectable()
export class ApprovalEvents {
  constructor(private readonly live: LiveEvents) {}

  async publish(kind: ApprovalEventKind.VOTED | ApprovalEventKind.CLOSED, roundId: string): Promise<void> {
    await this.live.publish(topic(roundId), { kind, roundId } satisfies ApprovalRoundEvent);
  }

  stream(roundId: string): AsyncIterableIterator<ApprovalRoundEvent> {
    return this.live.stream<ApprovalRoundEvent>([topic(roundId)], async () => ({ kind: ApprovalEventKind.SUBSCRIBED, roundId }));
  }
}
