import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { currencyOf } from '../action-plans/action-plan-documents.service';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { AreaDownloadQuery, DOCUMENT_CONTENT_TYPES, DocumentFormat, sendDownload } from '../common/download';
import { notFound } from '../common/errors/domain.exception';
import { DocumentsService } from '../documents/documents.service';
import { buildEvaluationDocument } from '../documents/evaluation-document';
import { AreaRole } from '../people/area-role.enum';
import { MonitoringService } from './monitoring.service';

/** The area coordinator and members, for a plan of that area. */
const EVALUATION_READERS = Rules.areaRoleOn<{ id?: string }>(ActionPlanEntity, (args) => args.id, AreaRole.COORDINATOR, AreaRole.MEMBER);

/**
 * GET /api/action-plans/:id/evaluation/:year.{docx,pdf}?area=<slug> — the yearly evaluation report
 * of an approved action plan (the figures of the monitoringEvaluation query) in the requester's
 * language, named like "komplan-hodnoceni-2026.docx". The year is the plan's year; another is not there.
 */
@Controller('api/action-plans')
export class EvaluationController {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly documents: DocumentsService,
  ) {}

  @Get(':id/evaluation/:year.docx')
  @Authorize(EVALUATION_READERS)
  docx(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('year', new ParseIntPipe()) year: number,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    return this.document(id, year, 'docx', viewer, res);
  }

  @Get(':id/evaluation/:year.pdf')
  @Authorize(EVALUATION_READERS)
  pdf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('year', new ParseIntPipe()) year: number,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    return this.document(id, year, 'pdf', viewer, res);
  }

  private async document(id: string, year: number, format: DocumentFormat, viewer: Promise<Viewer>, res: Response): Promise<void> {
    const current = await viewer;
    const area = current.area!;
    const evaluation = await this.monitoring.evaluation(area.id, id).catch(() => {
      throw notFound();
    });
    if (evaluation.year !== year) throw notFound();
    const model = buildEvaluationDocument({ ...evaluation, areaName: area.name, currency: currencyOf(area) }, current.locale);
    sendDownload(res, `komplan-hodnoceni-${year}.${format}`, DOCUMENT_CONTENT_TYPES[format], await this.documents.render(model, format));
  }
}
