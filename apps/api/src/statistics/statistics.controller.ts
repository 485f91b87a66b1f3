import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { CSV_CONTENT_TYPE, sendDownload, XLSX_CONTENT_TYPE } from '../common/download';
import { tableXlsx } from '../common/table-export';
import { statisticsCsv, statisticsTable } from './statistics.csv';
import { StatisticsService } from './statistics.service';
import { StatisticsCsvQuery } from './statistics.types';

/**
 * GET /api/statistics.{csv,xlsx}?area=<slug>&from=YYYY-MM-DD&to=YYYY-MM-DD[&groupId=][&projectId=] —
 * the report for Excel, in the requester's language.
 */
@Controller('api')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('statistics.csv')
  @Authorize(Rules.areaMember())
  async csv(@Query() query: StatisticsCsvQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    const report = await this.statistics.report(current.area!, query);
    sendDownload(res, `komplan-statistiky-${query.from}-${query.to}.csv`, CSV_CONTENT_TYPE, statisticsCsv(report, current.locale));
  }

  @Get('statistics.xlsx')
  @Authorize(Rules.areaMember())
  async xlsx(@Query() query: StatisticsCsvQuery, @CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const current = await viewer;
    const report = await this.statistics.report(current.area!, query);
    const file = await tableXlsx(statisticsTable(report, current.locale));
    sendDownload(res, `komplan-statistiky-${query.from}-${query.to}.xlsx`, XLSX_CONTENT_TYPE, file);
  }
}
