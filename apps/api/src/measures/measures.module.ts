import { Module } from '@nestjs/common';
import { ActivitiesService } from './activities.service';
import {
  ActivitiesResolver,
  GoalMeasuresResolver,
  MeasureCostResolver,
  MeasureStateChangeResolver,
  MeasuresResolver,
} from './measures.resolver';
import { MeasuresService } from './measures.service';

/** Measures of medium-term plans: content, lifecycle with history, activities. */
@Module({
  providers: [MeasuresService, ActivitiesService, MeasuresResolver, GoalMeasuresResolver, MeasureCostResolver, MeasureStateChangeResolver, ActivitiesResolver],
})
export class MeasuresModule {}
