import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { AreaDownloadQuery } from '../common/download';
import { badInput } from '../common/errors/domain.exception';
import { PracticeAttachmentEntity } from './practice-attachment.entity';
import { UploadedFile, PracticeAttachmentsService } from './practice-attachments.service';
import { contentDisposition, MAX_ATTACHMENT_BYTES } from './practice-files';
import { PracticeRules } from './practice-rules';

/**
 * Multipart bodies of the upload: one file field "file" of at most 10 MB, nothing else. The JSON
 * body limit of the app (512 kB) does not apply to multipart; this is its own limit.
 */
const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send file names in UTF-8 ("Pečovatelská služba.pdf"), not latin1 as busboy assumes.
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
}).single('file');

function receiveFile(req: Request, res: Response): Promise<UploadedFile | undefined> {
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error instanceof MulterError) {
        reject(
          error.code === 'LIMIT_FILE_SIZE'
            ? badInput('file', 'practice.fileTooLarge', { max: `${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` })
            : badInput('file', 'practice.fileMissing'),
        );
      } else if (error) {
        reject(badInput('file', 'practice.fileMissing'));
      } else {
        resolve((req as Request & { file?: UploadedFile }).file);
      }
    });
  });
}

/**
 * POST /api/practices/:id/attachments — uploads a file (multipart field "file") to an article,
 * for whoever may edit it; the area comes in the x-komplan-area header like every request of the
 * web app. GET /api/practices/attachments/:id?area=<slug> — downloads it: anybody when the
 * article is published, only its editors while it is a draft.
 */
@Controller('api/practices')
export class PracticeAttachmentsController {
  constructor(private readonly attachments: PracticeAttachmentsService) {}

  @Post(':id/attachments')
  @Authorize(PracticeRules.editor<{ id?: string }>((args) => args.id))
  async upload(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PracticeAttachmentEntity> {
    const file = await receiveFile(req, res);
    const saved = await this.attachments.upload(await viewer, id, file);
    res.status(201);
    return saved;
  }

  @Get('attachments/:id')
  @Authorize(Rules.anyone())
  async download(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Query() _query: AreaDownloadQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.download(await viewer, id);
    res
      .status(200)
      .type(file.mediaType)
      .setHeader('Content-Disposition', contentDisposition(file.fileName))
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(file.content);
  }
}
