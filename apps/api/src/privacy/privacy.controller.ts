import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { DOCUMENT_CONTENT_TYPES, sendDownload } from '../common/download';
import { DocumentsService } from '../documents/documents.service';
import { buildPersonalDataDocument } from './personal-data-document';
import { PersonalDataService } from './personal-data.service';

/**
 * GET /api/me/personal-data.json and .pdf — everything Komplan holds about the signed-in account,
 * across all its areas (no area in the query: the data are the account's, not an area's).
 */
@Controller('api/me')
export class PrivacyController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly documents: DocumentsService,
  ) {}

  @Get('personal-data.json')
  @Authorize(Rules.signedIn())
  async json(@CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const { account } = await viewer;
    const data = await this.personalData.exportFor(account!);
    sendDownload(res, `komplan-osobni-udaje-${data.generatedAt.slice(0, 10)}.json`, 'application/json; charset=utf-8', JSON.stringify(data, null, 2));
  }

  @Get('personal-data.pdf')
  @Authorize(Rules.signedIn())
  async pdf(@CurrentViewer() viewer: Promise<Viewer>, @Res() res: Response): Promise<void> {
    const { account, locale } = await viewer;
    const data = await this.personalData.exportFor(account!);
    const file = await this.documents.renderPdf(buildPersonalDataDocument(data, locale));
    sendDownload(res, `komplan-osobni-udaje-${data.generatedAt.slice(0, 10)}.pdf`, DOCUMENT_CONTENT_TYPES.pdf, file);
  }
}
