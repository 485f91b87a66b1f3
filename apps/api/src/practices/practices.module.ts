import { Module } from '@nestjs/common';
import { PracticeAttachmentsController } from './practice-attachments.controller';
import { PracticeAttachmentsService } from './practice-attachments.service';
import { PracticesResolver } from './practices.resolver';
import { PracticesService } from './practices.service';

/** The good-practice library (Databáze dobré praxe): articles, their files and full-text search. */
@Module({
  providers: [PracticesService, PracticeAttachmentsService, PracticesResolver],
  controllers: [PracticeAttachmentsController],
})
export class PracticesModule {}
