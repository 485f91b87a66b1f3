import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { CertificateController } from './certificate.controller';
import { CertificateService } from './certificate.service';
import { FundedProjectsResolver } from './funded-projects.resolver';
import { FundedProjectsService } from './funded-projects.service';
import { RegistrationService } from './registration.service';
import { TrainingFieldsResolver } from './training-fields.resolver';
import { TrainingsResolver } from './trainings.resolver';

/** Trainings, seminars and workshops: self-registration, certificates of attendance, and the funded projects meetings are reported under. */
@Module({
  imports: [DocumentsModule],
  providers: [RegistrationService, CertificateService, FundedProjectsService, TrainingsResolver, FundedProjectsResolver, TrainingFieldsResolver],
  controllers: [CertificateController],
})
export class TrainingsModule {}
