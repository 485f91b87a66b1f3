import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { todayIn } from '../common/dates';
import { AreaDownloadQuery, DOCUMENT_CONTENT_TYPES, DocumentFormat, sendDownload, XLSX_CONTENT_TYPE } from '../common/download';
import { tableXlsx } from '../common/table-export';
import { AreaRole } from '../people/area-role.enum';
import { CommentRoundEntity } from './comment-round.entity';
import { SettlementDocumentsService } from './settlement-documents.service';
import { SettlementService } from './settlement.service';

/** Any person of the area, for a round of that area. */
const PEOPLE_OF_THE_AREA = Rules.areaRoleOn<{ roundId?: string }>(
  CommentRoundEntity,
  (args) => args.roundId,
  AreaRole.COORDINATOR,
  AreaRole.MEMBER,
  AreaRole.PROVIDER,
  AreaRole.COUNCIL_CLERK,
);

/**
 * GET /api/comment-rounds/:roundId/settlement.xlsx?area=<slug> — the settlement table of a round
 * for any person of the area, headers and values in the requester's language. Named like
 * "komplan-vyporadani-2026-03-20.xlsx" (the day in the area's time zone). The same table as a
 * document: settlement.docx and settlement.pdf, with the same rule and the same rows.
 */
@Controller('api/comment-rounds')
export class SettlementController {
  constructor(
    private readonly settlement: SettlementService,
    private readonly documents: SettlementDocumentsService,
  ) {}

  @Get(':roundId/settlement.xlsx')
  @Authorize(PEOPLE_OF_THE_AREA)
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

  @Get(':roundId/settlement.docx')
  @Authorize(PEOPLE_OF_THE_AREA)
  docx(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    return this.document(roundId, 'docx', viewer, res);
  }

  @Get(':roundId/settlement.pdf')
  @Authorize(PEOPLE_OF_THE_AREA)
  pdf(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    return this.document(roundId, 'pdf', viewer, res);
  }

  private async document(roundId: string, format: DocumentFormat, viewer: Promise<Viewer>, res: Response): Promise<void> {
    const current = await viewer;
    const file = await this.documents.render(roundId, current.locale, current.area!.id, format);
    sendDownload(res, `komplan-vyporadani-${todayIn(current.area!.timezone)}.${format}`, DOCUMENT_CONTENT_TYPES[format], file);
  }
}
