import { Module } from '@nestjs/common';
import { DocumentsService } from './documents.service';

/** Documents for people outside the app (the council, the public): one model, DOCX and PDF. No routes: the plans and comments modules serve the files. */
@Module({ providers: [DocumentsService], exports: [DocumentsService] })
export class DocumentsModule {}
