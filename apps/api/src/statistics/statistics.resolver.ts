import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { StatisticsService } from './statistics.service';
import { ParticipationStatistics, StatisticsArgs } from './statistics.types';

@Resolver(() => ParticipationStatistics)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => ParticipationStatistics, { description: 'Participation in the meetings of a period (cancelled meetings excluded).' })
  @Authorize(Rules.areaMember())
  async participationStatistics(@Args() args: StatisticsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ParticipationStatistics> {
    // The per-kind figures are for the CSV; GraphQL returns the declared fields only.
    return this.statistics.report((await viewer).area!, args);
  }
}
