import { Module } from '@nestjs/common';
import { IntentionsModule } from '../intentions/intentions.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** CSV and XLSX of the intentions and of the service register, for the regional authority. */
@Module({ imports: [IntentionsModule], providers: [ExportsService], controllers: [ExportsController] })
export class ExportsModule {}
