import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { todayIn } from '../common/dates';
import { CSV_CONTENT_TYPE, sendDownload, XLSX_CONTENT_TYPE } from '../common/download';
import { tableCsv, tableXlsx } from '../common/table-export';
import { AreaRole } from '../people/area-role.enum';
import { AuditLogService } from './audit-log.service';
import { AuditLogExportQuery } from './audit-log.types';

/**
 * GET /api/audit-log.{csv,xlsx}?area=<slug>[&action=][&subjectType=][&actorId=][&from=][&to=] —
 * the filtered audit log for the area's coordinators, named like "komplan-audit-2026-11-25.xlsx".
 */
@Controller('api')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get('audit-log.csv')
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async csv(@Query() query: AuditLogExportQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    const table = await this.auditLog.exportTable(current.area!, query, current.locale);
    sendDownload(res, `komplan-audit-${todayIn(current.area!.timezone)}.csv`, CSV_CONTENT_TYPE, tableCsv(table, current.locale));
  }

  @Get('audit-log.xlsx')
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async xlsx(@Query() query: AuditLogExportQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    const table = await this.auditLog.exportTable(current.area!, query, current.locale);
    sendDownload(res, `komplan-audit-${todayIn(current.area!.timezone)}.xlsx`, XLSX_CONTENT_TYPE, await tableXlsx(table));
  }
}
