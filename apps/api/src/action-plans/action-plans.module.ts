import { Module } from '@nestjs/common';
import {
  ActionPlanMeasuresResolver,
  ActionPlanSectionsResolver,
  ActionPlansResolver,
  ActionPlanVersionsResolver,
  ChangeLinksResolver,
} from './action-plans.resolver';
import { ActionPlansService } from './action-plans.service';

/** Action plans: versions with sections and measure copies, issuing, change links and the diff of versions. */
@Module({
  providers: [ActionPlansService, ActionPlansResolver, ActionPlanVersionsResolver, ActionPlanSectionsResolver, ActionPlanMeasuresResolver, ChangeLinksResolver],
  exports: [ActionPlansService],
})
export class ActionPlansModule {}
