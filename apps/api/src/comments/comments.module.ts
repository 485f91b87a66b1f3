import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { CommentRoundsResolver } from './comment-rounds.resolver';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { SettlementController } from './settlement.controller';
import { SettlementDocumentsService } from './settlement-documents.service';
import { SettlementService } from './settlement.service';

/** Comment rounds on issued versions of action plans: comments, threads, moderation, settlement and its table. */
@Module({
  imports: [DocumentsModule],
  providers: [CommentRoundsService, CommentsService, SettlementService, SettlementDocumentsService, CommentRoundsResolver, CommentsResolver],
  controllers: [SettlementController],
  exports: [CommentRoundsService, CommentsService, SettlementService],
})
export class CommentsModule {}
