import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The audit log viewer: the log of an area with filters, and its CSV/XLSX export (writing is `recordAudit`). */
@Module({
  providers: [AuditLogService, AuditLogResolver],
  controllers: [AuditLogController],
})
export class AuditModule {}
