import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PublicationResolver, PublishedActionPlanResolver } from './publication.resolver';
import { PublicationService } from './publication.service';

/** The council's resolution on an approved action plan, publication, and the public reading of published plans. */
@Module({
  imports: [NotificationsModule],
  providers: [PublicationService, PublicationResolver, PublishedActionPlanResolver],
  exports: [PublicationService],
})
export class PublicationModule {}
