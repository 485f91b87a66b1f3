import { Module } from '@nestjs/common';
import { GoalsResolver, PrioritiesResolver, StrategicPlansResolver } from './strategy.resolver';
import { StrategyService } from './strategy.service';

/** Medium-term plans of an area with their priorities and goals (the measures are in MeasuresModule). */
@Module({ providers: [StrategyService, StrategicPlansResolver, PrioritiesResolver, GoalsResolver] })
export class StrategyModule {}
