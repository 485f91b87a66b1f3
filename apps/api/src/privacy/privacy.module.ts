import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { ErasureService } from './erasure.service';
import { PersonalDataService } from './personal-data.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyResolver } from './privacy.resolver';

/** Personal data: the download of everything held about an account, and erasure (anonymisation). */
@Module({
  imports: [DocumentsModule],
  providers: [PersonalDataService, ErasureService, PrivacyResolver],
  controllers: [PrivacyController],
})
export class PrivacyModule {}
