import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { todayIn } from '../common/dates';
import { AreaDownloadQuery, sendDownload, XLSX_CONTENT_TYPE } from '../common/download';
import { tableXlsx } from '../common/table-export';
import { AreaRole } from '../people/area-role.enum';
import { CommentRoundEntity } from './comment-round.entity';
import { SettlementService } from './settlement.service';

/**
 * GET /api/comment-rounds/:roundId/settlement.xlsx?area=<slug> — the settlement table of a round
 * for any person of the area, headers and values in the requester's language. Named like
 * "komplan-vyporadani-2026-03-20.xlsx" (the day in the area's time zone).
 */
@Controller('api/comment-rounds')
export class SettlementController {
  constructor(private readonly settlement: SettlementService) {}

  @Get(':roundId/settlement.xlsx')
  @Authorize(
    Rules.areaRoleOn<{ roundId?: string }>(
      CommentRoundEntity,
      (args) => args.roundId,
      AreaRole.COORDINATOR,
      AreaRole.MEMBER,
      AreaRole.PROVIDER,
      AreaRole.COUNCIL_CLERK,
    ),
  )
  async xlsx(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    const current = await viewer;
    const table = await this.settlement.exportTable(roundId, current.locale, current.area!.id);
    sendDownload(res, `komplan-vyporadani-${todayIn(current.area!.timezone)}.xlsx`, XLSX_CONTENT_TYPE, await tableXlsx(table));
  }
}
