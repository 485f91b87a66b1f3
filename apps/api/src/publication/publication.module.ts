import { Module } from '@nestjs/common';
import { PublicationResolver, PublishedActionPlanResolver } from './publication.resolver';
import { PublicationService } from './publication.service';

/** The council's resolution on an approved action plan, publication, and the public reading of published plans. */
@Module({
  providers: [PublicationService, PublicationResolver, PublishedActionPlanResolver],
  exports: [PublicationService],
})
export class PublicationModule {}
