import { Module } from '@nestjs/common';
import { ApprovalsResolver } from './approvals.resolver';
import { ApprovalsService } from './approvals.service';

/** Approval rounds on issued versions of action plans: voters, votes, live tally, close and result. */
@Module({
  providers: [ApprovalsService, ApprovalsResolver],
  exports: [ApprovalsService],
})
export class ApprovalsModule {}
