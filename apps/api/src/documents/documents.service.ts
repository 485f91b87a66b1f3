import { Injectable } from '@nestjs/common';
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
}
