import type { Response } from 'express';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The formats a document (documents/) is downloaded in, with their content types. */
export type DocumentFormat = 'docx' | 'pdf';
export const DOCUMENT_CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * The query string every area download starts with: a link or a browser download sends no
 * headers, so it names the area as `?area=<slug>` (read by the ViewerService).
 */
export class AreaDownloadQuery {
  @IsString()
  @MaxLength(60)
  area!: string;

  /** The language of the file (cs, pl, en) when the link names it; read by the ViewerService. */
  @IsOptional()
  @IsIn(['cs', 'pl', 'en'])
  lang?: string;
}

/** Sends a file to save (not to show): attachment with its name, never cached by a shared proxy. */
export function sendDownload(res: Response, filename: string, contentType: string, body: string | Buffer): void {
  res
    .status(200)
    .type(contentType)
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Cache-Control', 'private, no-store')
    .send(body);
}
