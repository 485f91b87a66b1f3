import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LiveEvents } from '../live/live-events.service';

export enum NotificationEventKind {
  SUBSCRIBED = 'SUBSCRIBED',
  CREATED = 'CREATED',
  READ = 'READ',
}
registerEnumType(NotificationEventKind, {
  name: 'NotificationEventKind',
  description: "What happened to the viewer's notifications.",
  valuesMap: {
    SUBSCRIBED: { description: 'The subscription is live: the current unread count, and nothing from now on is missed.' },
    CREATED: { description: 'A new notification arrived.' },
    READ: { description: 'One or all notifications were marked as read (e.g. in another window).' },
  },
});

/** What travels between API instances: ids only; the subscriber loads the notification with its own rights. */
@ObjectType('NotificationEvent', { description: "A change of the viewer's notifications, as it happens." })
export class NotificationEvent {
  @Field(() => NotificationEventKind, { description: 'What happened.' })
  kind!: NotificationEventKind;

  @Field(() => ID, { nullable: true, description: 'The notification concerned (a new one, or the one read); null for SUBSCRIBED and "all read".' })
  notificationId!: string | null;

  /** The recipient (not exposed: the subscriber is the recipient). */
  personId!: string;
}

export const notificationTopic = (personId: string): string => `notifications:${personId}`;

/** Tells a person's open windows about their notifications (after the change is committed). */
@Injectable()
export class NotificationEvents {
  constructor(private readonly live: LiveEvents) {}

  async publish(kind: NotificationEventKind, personId: string, notificationId: string | null): Promise<void> {
    await this.live.publish(notificationTopic(personId), { kind, personId, notificationId } satisfies NotificationEvent);
  }

  stream(personId: string): AsyncIterableIterator<NotificationEvent> {
    return this.live.stream<NotificationEvent>([notificationTopic(personId)], async () => ({ kind: NotificationEventKind.SUBSCRIBED, personId, notificationId: null }));
  }
}
