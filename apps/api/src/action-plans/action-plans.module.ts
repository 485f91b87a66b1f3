import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { ActionPlanDocumentsController, PublishedPlanPdfController } from './action-plan-documents.controller';
import { ActionPlanDocumentsService } from './action-plan-documents.service';
import {
  ActionPlanMeasuresResolver,
  ActionPlanSectionsResolver,
  ActionPlansResolver,
  ActionPlanVersionsResolver,
  ChangeLinksResolver,
} from './action-plans.resolver';
import { ActionPlansService } from './action-plans.service';

/** Action plans: versions with sections and measure copies, issuing, change links, the diff of versions, and their documents (DOCX, PDF). */
@Module({
  imports: [DocumentsModule],
  controllers: [ActionPlanDocumentsController, PublishedPlanPdfController],
  providers: [ActionPlansService, ActionPlanDocumentsService, ActionPlansResolver, ActionPlanVersionsResolver, ActionPlanSectionsResolver, ActionPlanMeasuresResolver, ChangeLinksResolver],
  exports: [ActionPlansService, ActionPlanDocumentsService],
})
export class ActionPlansModule {}
