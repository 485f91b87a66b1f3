import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../access/viewer';
import { notFound } from '../common/errors/domain.exception';
import { Page } from '../common/pagination';
import { CommentAudience } from '../comments/comment.enums';
import { AfterCommit } from './after-commit';
import { MailerService } from './mailer.service';
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, NotificationDelivery, NotificationKind, NotificationSubject } from './notification.enums';
import { NotificationEntity, NotificationParams, NotificationPreferenceEntity } from './notification.entity';
import { NotificationEventKind, NotificationEvents } from './notification-events';
import { NotificationOutbox } from './notification-outbox.service';

/** Something that happened, for the people it concerns. */
export interface NotificationEvent {
  areaId: string;
  kind: NotificationKind;
  /** The people to tell (of this area; others are ignored). */
  recipientIds: readonly string[];
  /** Who made it happen: never told about their own act. */
  actorId?: string | null;
  subjectType: NotificationSubject;
  subjectId: string;
  /**
   * What makes this news unique for a person, e.g. `meeting-invitation:<meetingId>`: the same key
   * reaches nobody twice however often the change repeats.
   */
  key: string;
  /** Values of the text (titles; instants as ISO strings; see notification-texts.ts). */
  params: NotificationParams;
}

/** A person's e-mail choice for one kind. */
export interface NotificationPreference {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  isDefault: boolean;
}

const MS_48_HOURS = 48 * 60 * 60 * 1000;

/**
 * Notifications: one entry point (`notify`) that the capabilities call in the transaction of their
 * change, the in-app list of the viewer, preferences, and the e-mail outbox behind them.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private afterCommit!: AfterCommit;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: NotificationEvents,
    private readonly outbox: NotificationOutbox,
    private readonly mailer: MailerService,
  ) {}

  onModuleInit(): void {
    this.afterCommit = AfterCommit.register(this.db);
  }

  /**
   * Stores one notification per recipient (except the actor) with `manager` — the transaction of
   * the change, so the notification exists exactly when the change does. A recipient who already
   * has the key gets nothing new. After the commit the recipients' open windows hear of it and the
   * immediate e-mails go out. Returns how many notifications were stored.
   */
  async notify(manager: EntityManager, event: NotificationEvent): Promise<number> {
    const recipients = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId);
    if (recipients.length === 0) return 0;
    const mailOff = !this.mailer.enabled;
    const rows: { id: string; person_id: string; email_delivery: NotificationDelivery }[] = await manager.query(
      `INSERT INTO notifications (area_id, person_id, kind, subject_type, subject_id, params, dedupe_key, email_delivery, email_state)
       SELECT $1, p.id, $2::notification_kind, $3, $4, $5::jsonb, $6, d.delivery,
              CASE WHEN d.delivery = 'NEVER' OR $8 OR COALESCE(p.email, acc.email) IS NULL
                   THEN 'SKIPPED' ELSE 'PENDING' END::notification_email_state
         FROM people p
         LEFT JOIN accounts acc ON acc.id = p.account_id
         LEFT JOIN notification_preferences np ON np.person_id = p.id AND np.kind = $2::notification_kind
         CROSS JOIN LATERAL (SELECT COALESCE(np.delivery, $7::notification_delivery) AS delivery) d
        WHERE p.id = ANY($9::uuid[]) AND p.area_id = $1
       ON CONFLICT (person_id, dedupe_key) DO NOTHING
       RETURNING id, person_id, email_delivery`,
      [event.areaId, event.kind, event.subjectType, event.subjectId, JSON.stringify(event.params), event.key, DEFAULT_DELIVERY[event.kind], mailOff, recipients],
    );
    if (rows.length === 0) return 0;
    const immediate = rows.some((row) => row.email_delivery === NotificationDelivery.IMMEDIATELY);
    this.afterCommit.run(manager, () => {
      for (const row of rows) void this.events.publish(NotificationEventKind.CREATED, row.person_id, row.id).catch(() => undefined);
      if (immediate && !mailOff) void this.outbox.flush().catch(() => undefined);
    });
    return rows.length;
  }

  /**
   * Who a comment round speaks to: for GROUPS the current members of its groups and the area
   * coordinators; otherwise every person of the area (a public round: the area's own people).
   */
  async roundAudience(manager: EntityManager, round: { id: string; areaId: string; audience: CommentAudience }): Promise<string[]> {
    const rows: { id: string }[] =
      round.audience === CommentAudience.GROUPS
        ? await manager.query(
            `SELECT gm.person_id AS id FROM comment_round_groups rg
               JOIN group_memberships gm ON gm.group_id = rg.group_id AND gm.left_at IS NULL
              WHERE rg.round_id = $1
             UNION
             SELECT p.id FROM people p WHERE p.area_id = $2 AND 'COORDINATOR' = ANY(p.roles)`,
            [round.id, round.areaId],
          )
        : await manager.query(`SELECT id FROM people WHERE area_id = $1`, [round.areaId]);
    return rows.map((row) => row.id);
  }

  /** Tells the audience of every round closing within 48 hours of `now` — once per round and deadline. */
  async notifyClosingSoon(now: Date = new Date()): Promise<number> {
    const rounds: { id: string; areaId: string; audience: CommentAudience; title: string; closesAt: Date }[] = await this.db.query(
      `SELECT id, area_id AS "areaId", audience, title, closes_at AS "closesAt" FROM comment_rounds
        WHERE settled_at IS NULL AND opens_at <= $1 AND closes_at > $1 AND closes_at <= $2`,
      [now, new Date(now.getTime() + MS_48_HOURS)],
    );
    let stored = 0;
    for (const round of rounds) {
      stored += await this.db.transaction(async (tx) =>
        this.notify(tx, {
          areaId: round.areaId,
          kind: NotificationKind.ROUND_CLOSING_SOON,
          recipientIds: await this.roundAudience(tx, round),
          subjectType: NotificationSubject.COMMENT_ROUND,
          subjectId: round.id,
          key: `round-closing:${round.id}:${round.closesAt.toISOString()}`,
          params: { round: round.title, closesAt: round.closesAt.toISOString() },
        }),
      );
    }
    return stored;
  }

  /** Sends the daily digests that are due at `now` (from DIGEST_HOUR in each area's time zone). */
  sendDueDigests(now: Date = new Date()): Promise<number> {
    return this.outbox.sendDigests(now, false);
  }

  /** Sends every pending digest now, whatever the hour (the CLI; cron decides when). */
  sendAllDigests(now: Date = new Date()): Promise<number> {
    return this.outbox.sendDigests(now, true);
  }

  /** Sends the pending immediate e-mails. */
  sendPending(): Promise<number> {
    return this.outbox.flush();
  }

  async list(viewer: Viewer, unreadOnly: boolean, offset: number, limit: number): Promise<Page<NotificationEntity> & { unread: number }> {
    const { areaId, personId } = own(viewer);
    const query = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.areaId = :areaId AND n.personId = :personId', { areaId, personId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip(offset)
      .take(limit);
    if (unreadOnly) query.andWhere('n.readAt IS NULL');
    const [items, total, unread] = await Promise.all([query.getMany(), query.getCount(), this.unreadCount(viewer)]);
    return { items, total, unread };
  }

  unreadCount(viewer: Viewer): Promise<number> {
    const { areaId, personId } = own(viewer);
    return this.db.getRepository(NotificationEntity).createQueryBuilder('n').where('n.areaId = :areaId AND n.personId = :personId AND n.readAt IS NULL', { areaId, personId }).getCount();
  }

  /** One notification of the viewer (null for anybody else's). */
  async find(viewer: Viewer, id: string): Promise<NotificationEntity | null> {
    if (!viewer.person || !viewer.area) return null;
    return this.db.getRepository(NotificationEntity).findOneBy({ id, areaId: viewer.area.id, personId: viewer.person.id });
  }

  async markRead(viewer: Viewer, id: string): Promise<NotificationEntity> {
    const { areaId, personId } = own(viewer);
    const repo = this.db.getRepository(NotificationEntity);
    await repo.createQueryBuilder().update().set({ readAt: () => 'now()' }).where('id = :id AND area_id = :areaId AND person_id = :personId AND read_at IS NULL', { id, areaId, personId }).execute();
    const notification = await repo.findOneBy({ id, areaId, personId });
    if (!notification) throw notFound('notFound', 'id');
    await this.events.publish(NotificationEventKind.READ, personId, id);
    return notification;
  }

  /** Marks every unread notification of the viewer read; returns how many were unread. */
  async markAllRead(viewer: Viewer): Promise<number> {
    const { areaId, personId } = own(viewer);
    const result = await this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('area_id = :areaId AND person_id = :personId AND read_at IS NULL', { areaId, personId })
      .execute();
    await this.events.publish(NotificationEventKind.READ, personId, null);
    return result.affected ?? 0;
  }

  /** Every kind with the viewer's choice (or the default). */
  async preferences(viewer: Viewer): Promise<NotificationPreference[]> {
    const { personId } = own(viewer);
    const chosen = await this.db.getRepository(NotificationPreferenceEntity).findBy({ personId });
    const byKind = new Map(chosen.map((row) => [row.kind, row.delivery]));
    return NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: byKind.get(kind) ?? DEFAULT_DELIVERY[kind], isDefault: !byKind.has(kind) }));
  }

  /** Sets the viewer's choice for one kind; it applies to notifications from now on. */
  async setPreference(viewer: Viewer, kind: NotificationKind, delivery: NotificationDelivery): Promise<NotificationPreference> {
    const { areaId, personId } = own(viewer);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(NotificationPreferenceEntity)
      .values({ areaId, personId, kind, delivery })
      .orUpdate(['delivery'], ['person_id', 'kind'])
      .execute();
    return { kind, delivery, isDefault: false };
  }
}

function own(viewer: Viewer): { areaId: string; personId: string } {
  // The resolvers' rules (areaMember) guarantee both.
  if (!viewer.area || !viewer.person) throw notFound();
  return { areaId: viewer.area.id, personId: viewer.person.id };
}

