import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';
import { hourIn, todayIn } from '../common/dates';
import { MailerService } from './mailer.service';
import { EmailState, NotificationDelivery } from './notification.enums';
import { digestMail, immediateMail, MailItem } from './notification-mail';

/** The columns of a notification and its recipient an e-mail needs (see MailItem). */
const MAIL_ITEM = `
  n.id, n.kind, n.subject_type AS "subjectType", n.subject_id AS "subjectId", n.params, n.created_at AS "createdAt",
  COALESCE(p.email, acc.email) AS email, acc.locale,
  a.slug AS "areaSlug", a.name AS "areaName", a.timezone AS "areaTimezone", a.default_locale AS "areaLocale"
  FROM notifications n
  JOIN people p ON p.id = n.person_id
  LEFT JOIN accounts acc ON acc.id = p.account_id
  JOIN areas a ON a.id = n.area_id`;

/**
 * The e-mail outbox. Notifications are stored with their e-mail PENDING in the transaction of the
 * change; senders claim pending rows with FOR UPDATE SKIP LOCKED and mark them SENT in the same
 * transaction, so two API instances (or the scheduler and the CLI) never send one twice.
 */
@Injectable()
export class NotificationOutbox {
  private readonly logger = new Logger('Notifications');
  private running: Promise<number> | null = null;
  private again = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: MailerService,
    @Inject(CONFIGURATION) private readonly config: EnvironmentVariables,
  ) {}

  /** Where links in e-mails point: PUBLIC_URL, else this instance's own address. */
  get baseUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/+$/, '');
  }

  /**
   * Sends what is pending for right away (called after a commit that stored notifications, and by
   * the scheduler for what a failed attempt left). Calls while a run is going join it with one more run.
   */
  flush(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let sent = 0;
      do {
        this.again = false;
        sent += await this.sendImmediate();
      } while (this.again);
      return sent;
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** One pass over the immediate e-mails: batches of 50 until none is left (or none could be sent). */
  async sendImmediate(): Promise<number> {
    if (!this.mailer.enabled) return 0;
    let total = 0;
    for (;;) {
      const { claimed, sent } = await this.db.transaction(async (tx) => {
        const items: MailItem[] = await tx.query(
          `SELECT ${MAIL_ITEM}
            WHERE n.email_state = $1 AND n.email_delivery = $2
            ORDER BY n.created_at, n.id LIMIT 50
            FOR UPDATE OF n SKIP LOCKED`,
          [EmailState.PENDING, NotificationDelivery.IMMEDIATELY],
        );
        const done: string[] = [];
        for (const item of items) {
          if (await this.deliver(() => immediateMail(item, this.baseUrl), item.id)) done.push(item.id);
        }
        await this.markSent(tx, done, null);
        return { claimed: items.length, sent: done.length };
      });
      total += sent;
      if (claimed < 50 || sent === 0) return total;
    }
  }

  /**
   * Sends each person with pending digest items their daily digest: all items up to `now` in one
   * e-mail, at most one digest per person and local day. `anyHour` sends regardless of the hour
   * (the CLI: cron decides when); otherwise only from DIGEST_HOUR in the area's time zone.
   */
  async sendDigests(now: Date, anyHour: boolean): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const people: { personId: string; areaId: string; timezone: string }[] = await this.db.query(
      `SELECT DISTINCT n.person_id AS "personId", n.area_id AS "areaId", a.timezone
         FROM notifications n JOIN areas a ON a.id = n.area_id
        WHERE n.email_state = $1 AND n.email_delivery = $2 AND n.created_at <= $3`,
      [EmailState.PENDING, NotificationDelivery.DAILY_DIGEST, now],
    );
    let sent = 0;
    for (const person of people) {
      if (!anyHour && hourIn(person.timezone, now) < this.config.DIGEST_HOUR) continue;
      if (await this.sendDigest(person.personId, person.areaId, todayIn(person.timezone, now), now)) sent += 1;
    }
    return sent;
  }

  private async sendDigest(personId: string, areaId: string, day: string, now: Date): Promise<boolean> {
    const rollback = new Error('nothing to send');
    try {
      return await this.db.transaction(async (tx) => {
        // The day's digest row first: a second sender waits here for the first and then finds it taken.
        const created: { id: string }[] = await tx.query(
          `INSERT INTO notification_digests (area_id, person_id, day, items) VALUES ($1, $2, $3, 0)
           ON CONFLICT (person_id, day) DO NOTHING RETURNING id`,
          [areaId, personId, day],
        );
        if (created.length === 0) return false;
        const items: MailItem[] = await tx.query(
          `SELECT ${MAIL_ITEM}
            WHERE n.person_id = $1 AND n.email_state = $2 AND n.email_delivery = $3 AND n.created_at <= $4
            ORDER BY n.created_at, n.id
            FOR UPDATE OF n SKIP LOCKED`,
          [personId, EmailState.PENDING, NotificationDelivery.DAILY_DIGEST, now],
        );
        if (items.length === 0 || !(await this.deliver(() => digestMail(items, day, this.baseUrl), personId))) throw rollback;
        await this.markSent(tx, items.map((item) => item.id), created[0]!.id);
        await tx.query(`UPDATE notification_digests SET items = $2 WHERE id = $1`, [created[0]!.id, items.length]);
        return true;
      });
    } catch (error) {
      if (error === rollback) return false;
      throw error;
    }
  }

  /** Sends one e-mail; a failure is logged and leaves the notification pending for the next run. */
  private async deliver(compose: () => ReturnType<typeof immediateMail>, id: string): Promise<boolean> {
    try {
      await this.mailer.send(compose());
      return true;
    } catch (error) {
      this.logger.warn(`E-mail for ${id} not sent: ${(error as Error).message}`);
      return false;
    }
  }

  private async markSent(tx: EntityManager, ids: string[], digestId: string | null): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(`UPDATE notifications SET email_state = $2, email_sent_at = now(), digest_id = $3 WHERE id = ANY($1)`, [ids, EmailState.SENT, digestId]);
  }
}
