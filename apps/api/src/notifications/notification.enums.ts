import { registerEnumType } from '@nestjs/graphql';

/** What a notification tells its recipient. */
export enum NotificationKind {
  MEETING_INVITATION = 'MEETING_INVITATION',
  MEETING_CHANGED = 'MEETING_CHANGED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  ROUND_OPENED = 'ROUND_OPENED',
  ROUND_CLOSING_SOON = 'ROUND_CLOSING_SOON',
  COMMENT_REPLY = 'COMMENT_REPLY',
  COMMENT_SETTLED = 'COMMENT_SETTLED',
  DECISION = 'DECISION',
  PROGRESS_REMINDER = 'PROGRESS_REMINDER',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    MEETING_INVITATION: { description: 'The person was invited to a meeting.' },
    MEETING_CHANGED: { description: 'The time or place of a meeting the person is invited to changed.' },
    MEETING_CANCELLED: { description: 'A meeting the person is invited to was cancelled.' },
    ROUND_OPENED: { description: 'A comment round the person may comment in was opened.' },
    ROUND_CLOSING_SOON: { description: 'A comment round the person may comment in closes within 48 hours.' },
    COMMENT_REPLY: { description: 'Somebody replied to a comment of the person.' },
    COMMENT_SETTLED: { description: "The coordinator settled the person's comment." },
    DECISION: { description: 'A decision was made: an approval round closed or the council recorded its resolution.' },
    PROGRESS_REMINDER: { description: "The person's organisation is asked to report progress on measures." },
  },
});

/** How a person wants e-mail about one kind of notification (the in-app notification is always kept). */
export enum NotificationDelivery {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'When a notification is also sent by e-mail.',
  valuesMap: {
    IMMEDIATELY: { description: 'An e-mail right away.' },
    DAILY_DIGEST: { description: 'In one e-mail a day with everything new.' },
    NEVER: { description: 'No e-mail; the notification is shown in the app only.' },
  },
});

/** Where the e-mail of one notification stands. */
export enum EmailState {
  /** Waiting for the immediate sender or the daily digest. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** No e-mail: the person chose NEVER, has no address, or e-mail is off. */
  SKIPPED = 'SKIPPED',
}
registerEnumType(EmailState, {
  name: 'NotificationEmailState',
  description: 'Whether the e-mail of a notification is waiting, sent or not sent at all.',
  valuesMap: {
    PENDING: { description: 'Waiting to be sent (right away or in the daily digest).' },
    SENT: { description: 'Sent.' },
    SKIPPED: { description: 'No e-mail is sent (the person chose so or has no address).' },
  },
});

/** Defaults when a person has not chosen: news that needs an answer soon right away, the rest once a day. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  MEETING_INVITATION: NotificationDelivery.IMMEDIATELY,
  MEETING_CHANGED: NotificationDelivery.IMMEDIATELY,
  MEETING_CANCELLED: NotificationDelivery.IMMEDIATELY,
  ROUND_OPENED: NotificationDelivery.DAILY_DIGEST,
  ROUND_CLOSING_SOON: NotificationDelivery.DAILY_DIGEST,
  COMMENT_REPLY: NotificationDelivery.IMMEDIATELY,
  COMMENT_SETTLED: NotificationDelivery.DAILY_DIGEST,
  DECISION: NotificationDelivery.DAILY_DIGEST,
  PROGRESS_REMINDER: NotificationDelivery.DAILY_DIGEST,
};

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/** What a notification points at; the link of the e-mail and of the list follows from it. */
export enum NotificationSubject {
  MEETING = 'Meeting',
  COMMENT_ROUND = 'CommentRound',
  COMMENT = 'Comment',
  APPROVAL_ROUND = 'ApprovalRound',
  ACTION_PLAN = 'ActionPlan',
  MEASURE = 'Measure',
  /** A reminder to report progress: points at the reporter's own reports page. */
  MONITORING_REMINDER = 'MonitoringReminder',
}
