import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { todayIn } from '../common/dates';
import { CSV_CONTENT_TYPE, sendDownload, XLSX_CONTENT_TYPE } from '../common/download';
import { ExportTable, tableCsv, tableXlsx } from '../common/table-export';
import { IntentionExportQuery, ServiceExportQuery } from './exports.types';
import { ExportsService } from './exports.service';

type Format = 'csv' | 'xlsx';

/**
 * Downloads for the regional authority, with the filters of the query string applied:
 * GET /api/intentions.{csv,xlsx}?area=<slug>[&state=][&kind=][&groupId=][&year=] and
 * GET /api/services.{csv,xlsx}?area=<slug>[&serviceType=][&organisationId=].
 * Named like "komplan-zamery-2026-11-25.xlsx" (the day in the area's time zone).
 */
@Controller('api')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('intentions.csv')
  @Authorize(Rules.areaMember())
  async intentionsCsv(@Query() query: IntentionExportQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    await this.send(res, current, 'komplan-zamery', 'csv', await this.exports.intentionTable(current, query));
  }

  @Get('intentions.xlsx')
  @Authorize(Rules.areaMember())
  async intentionsXlsx(@Query() query: IntentionExportQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    await this.send(res, current, 'komplan-zamery', 'xlsx', await this.exports.intentionTable(current, query));
  }

  @Get('services.csv')
  @Authorize(Rules.areaMember())
  async servicesCsv(@Query() query: ServiceExportQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    await this.send(res, current, 'komplan-sluzby', 'csv', await this.exports.serviceTable(current, query));
  }

  @Get('services.xlsx')
  @Authorize(Rules.areaMember())
  async servicesXlsx(@Query() query: ServiceExportQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    await this.send(res, current, 'komplan-sluzby', 'xlsx', await this.exports.serviceTable(current, query));
  }

  private async send(res: Response, viewer: Viewer, name: string, format: Format, table: ExportTable): Promise<void> {
    const filename = `${name}-${todayIn(viewer.area!.timezone)}.${format}`;
    if (format === 'csv') sendDownload(res, filename, CSV_CONTENT_TYPE, tableCsv(table, viewer.locale));
    else sendDownload(res, filename, XLSX_CONTENT_TYPE, await tableXlsx(table));
  }
}
