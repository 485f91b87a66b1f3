import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { DocumentsModule } from '../documents/documents.module';
import { CommentEvents } from './comment-events';
import { CommentRoundEventResolver } from './comment-events.resolver';
import { CommentRoundsResolver } from './comment-rounds.resolver';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { SettlementController } from './settlement.controller';
import { SettlementDocumentsService } from './settlement-documents.service';
import { SettlementService } from './settlement.service';

/** Comment rounds on issued versions of action plans: comments, threads, moderation, settlement and its table. */
@Module({
  imports: [DocumentsModule, NotificationsModule],
  providers: [
    CommentRoundsService,
    CommentsService,
    SettlementService,
    SettlementDocumentsService,
    CommentEvents,
    CommentRoundsResolver,
    CommentsResolver,
    CommentRoundEventResolver,
  ],
  controllers: [SettlementController],
  exports: [CommentRoundsService, CommentsService, SettlementService, CommentEvents],
})
export class CommentsModule {}
