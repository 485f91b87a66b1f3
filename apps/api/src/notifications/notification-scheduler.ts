import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';
import { NotificationsService } from './notifications.service';

/** How often the scheduler looks: pending e-mails, due digests, rounds closing soon. */
export const SCHEDULER_INTERVAL_MS = 5 * 60 * 1000;

/**
 * The in-process scheduler (NOTIFICATION_SCHEDULER, on by default): every few minutes it retries
 * immediate e-mails a failure left pending, sends the daily digests due at DIGEST_HOUR in each
 * area's time zone and tells the audience of rounds closing within 48 hours. Several instances may
 * run it: the outbox's SKIP LOCKED claims, the one-digest-a-day key and the dedupe keys make each
 * e-mail and notice happen once. The CLI send-digests does the digest part for cron.
 */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> | null = null;

  constructor(
    private readonly notifications: NotificationsService,
    @Inject(CONFIGURATION) private readonly config: EnvironmentVariables,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.NOTIFICATION_SCHEDULER) return;
    this.timer = setInterval(() => void this.runOnce(), SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  /** One round of the scheduler's work (skipped while the previous one still runs). */
  runOnce(now: Date = new Date()): Promise<void> {
    this.tick ??= (async () => {
      try {
        await this.notifications.notifyClosingSoon(now);
        await this.notifications.sendPending();
        await this.notifications.sendDueDigests(now);
      } catch (error) {
        this.logger.error(`Notification scheduler: ${(error as Error).message}`);
      }
    })().finally(() => (this.tick = null));
    return this.tick;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.tick;
  }
}
