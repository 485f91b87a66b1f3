import { Injectable } from '@nestjs/common';
import { DocumentFormat } from '../common/download';
import { DocumentModel } from './document-model';
import { renderDocx, RenderOptions } from './docx-renderer';
import { PdfRenderOptions, renderPdf } from './pdf-renderer';

/** Renders a document model as Word or PDF; the builders (action-plan-document.ts, settlement-document.ts) make the model. */
@Injectable()
export class DocumentsService {
  renderDocx(doc: DocumentModel, options?: RenderOptions): Promise<Buffer> {
    return renderDocx(doc, options);
  }

  renderPdf(doc: DocumentModel, options?: PdfRenderOptions): Promise<Buffer> {
    return renderPdf(doc, options);
  }

  /** The document in the format a download asks for. */
  render(doc: DocumentModel, format: DocumentFormat): Promise<Buffer> {
    return format === 'docx' ? renderDocx(doc) : renderPdf(doc);
  }
}
