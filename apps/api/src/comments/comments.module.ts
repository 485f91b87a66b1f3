import { Module } from '@nestjs/common';
import { CommentRoundsResolver } from './comment-rounds.resolver';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { SettlementController } from './settlement.controller';
import { SettlementService } from './settlement.service';

/** Comment rounds on issued versions of action plans: comments, threads, moderation, settlement and its table. */
@Module({
  providers: [CommentRoundsService, CommentsService, SettlementService, CommentRoundsResolver, CommentsResolver],
  controllers: [SettlementController],
  exports: [CommentRoundsService, CommentsService, SettlementService],
})
export class CommentsModule {}
