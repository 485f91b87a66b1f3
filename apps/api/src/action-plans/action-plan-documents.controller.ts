import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { AreaDownloadQuery, DOCUMENT_CONTENT_TYPES, DocumentFormat, sendDownload } from '../common/download';
import { AreaRole } from '../people/area-role.enum';
import { ActionPlanDocumentsService } from './action-plan-documents.service';
import { ActionPlanVersionEntity } from './action-plan-version.entity';

/** Any person of the area, for a version of that area (a draft too). */
const PEOPLE_OF_THE_AREA = Rules.areaRoleOn<{ versionId?: string }>(ActionPlanVersionEntity, (args) => args.versionId, ...Object.values(AreaRole));

/**
 * GET /api/action-plan-versions/:versionId/plan.docx and plan.pdf?area=<slug> — a version of an
 * action plan as a document for the people of the area, in the requester's language, named like
 * "komplan-akcni-plan-2026-v2.pdf". A draft is marked as one on its title page.
 */
@Controller('api/action-plan-versions')
export class ActionPlanDocumentsController {
  constructor(private readonly plans: ActionPlanDocumentsService) {}

  @Get(':versionId/plan.docx')
  @Authorize(PEOPLE_OF_THE_AREA)
  docx(
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(versionId, 'docx', viewer, res);
  }

  @Get(':versionId/plan.pdf')
  @Authorize(PEOPLE_OF_THE_AREA)
  pdf(
    @Param('versionId', new ParseUUIDPipe()) versionId: string,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(versionId, 'pdf', viewer, res);
  }

  private async send(versionId: string, format: DocumentFormat, viewer: Promise<Viewer>, res: Response): Promise<void> {
    const current = await viewer;
    const file = await this.plans.version(current.area!.id, versionId, current.locale, format);
    sendDownload(res, file.filename, DOCUMENT_CONTENT_TYPES[format], file.body);
  }
}

/**
 * GET /api/public/areas/:slug/action-plans/:planId/plan.pdf — the PDF of a plan published on the
 * public portal, without login: the version the council approved. 404 for a plan that is not
 * published (or not approved), and for a published plan without an approving resolution.
 */
@Controller('api/public/areas')
export class PublishedPlanPdfController {
  constructor(private readonly plans: ActionPlanDocumentsService) {}

  @Get(':slug/action-plans/:planId/plan.pdf')
  @Authorize(Rules.anyone())
  async pdf(
    @Param('slug') slug: string,
    @Param('planId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) planId: string,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.plans.published(slug, planId, (await viewer).locale);
    sendDownload(res, file.filename, DOCUMENT_CONTENT_TYPES.pdf, file.body);
  }
}
