import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** Participation statistics of meetings, as a query and as a CSV download. */
@Module({ providers: [StatisticsService, StatisticsResolver], controllers: [StatisticsController] })
export class StatisticsModule {}
