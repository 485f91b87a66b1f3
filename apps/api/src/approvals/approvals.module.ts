import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ApprovalEvents } from './approval-events';
import { ApprovalRoundEventResolver, ApprovalsResolver } from './approvals.resolver';
import { ApprovalsService } from './approvals.service';

/** Approval rounds on issued versions of action plans: voters, votes, live tally, close and result. */
@Module({
  imports: [NotificationsModule],
  providers: [ApprovalsService, ApprovalEvents, ApprovalsResolver, ApprovalRoundEventResolver],
  exports: [ApprovalsService],
})
export class ApprovalsModule {}
