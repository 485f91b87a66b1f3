import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EvaluationController } from './evaluation.controller';
import { MonitoringReminderResolver, MonitoringResolver, ProgressReportResolver, ReportableMeasureResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';

/** Monitoring of approved action plans: progress reports, missing reports and reminders, the yearly evaluation (DESIGN step 8). */
@Module({
  imports: [DocumentsModule, NotificationsModule],
  controllers: [EvaluationController],
  providers: [MonitoringService, MonitoringResolver, ProgressReportResolver, ReportableMeasureResolver, MonitoringReminderResolver],
  exports: [MonitoringService],
})
export class MonitoringModule {}
