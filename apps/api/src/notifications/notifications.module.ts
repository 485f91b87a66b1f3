import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';
import { NotificationEvents } from './notification-events';
import { NotificationOutbox } from './notification-outbox.service';
import { NotificationScheduler } from './notification-scheduler';
import { NotificationEventResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * Notifications of people about what concerns them: stored with the change (`notify`), shown live
 * in the app, and e-mailed right away or in a daily digest as each person chooses.
 */
@Module({
  providers: [MailerService, NotificationEvents, NotificationOutbox, NotificationsService, NotificationScheduler, NotificationsResolver, NotificationEventResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
