import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { areaIdOf, Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { NetworkService } from './network.service';
import { ServiceNetwork, ServiceNetworkArgs } from './network.types';

@Resolver(() => ServiceNetwork)
export class NetworkResolver {
  constructor(private readonly network: NetworkService) {}

  @Query(() => ServiceNetwork, {
    description:
      'Capacity of the registered services of the area per type, target group and unit, beside what the recommended, forwarded and included intentions would make it; with totals per unit.',
  })
  @Authorize(Rules.areaMember())
  async serviceNetwork(@Args() args: ServiceNetworkArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ServiceNetwork> {
    return this.network.network(areaIdOf(await viewer), args);
  }
}
