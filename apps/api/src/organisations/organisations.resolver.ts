import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { Page, Paginated, pageComplexity } from '../common/pagination';
import { AreaRole } from '../people/area-role.enum';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { OrganisationsArgs } from './dto/organisations.args';
import { currentMemberships } from './organisation-membership.loaders';
import { OrganisationMembershipEntity } from './organisation-membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

const OrganisationPage = Paginated(OrganisationEntity, 'OrganisationPage');

@Resolver(() => OrganisationEntity)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => OrganisationPage, { complexity: pageComplexity, description: 'Organisations of the area, sorted by name.' })
  @Authorize(Rules.areaMember())
  async organisations(@Args() args: OrganisationsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<OrganisationEntity>> {
    return this.service.list(await viewer, args);
  }

  @Query(() => OrganisationEntity, { nullable: true, description: 'One organisation of the area; null when there is none.' })
  @Authorize(Rules.areaMember())
  async organisation(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<OrganisationEntity | null> {
    return this.service.find(await viewer, id);
  }

  @Mutation(() => OrganisationEntity, { description: 'Adds an organisation to the area.' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<OrganisationEntity> {
    return this.service.create(await viewer, input);
  }

  @Mutation(() => OrganisationEntity, { description: 'Changes an organisation.' })
  @Authorize(Rules.areaRoleOn<{ input?: { id?: string } }>(OrganisationEntity, (args) => args.input?.id, AreaRole.COORDINATOR))
  async updateOrganisation(@Args('input') input: UpdateOrganisationInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<OrganisationEntity> {
    return this.service.update(await viewer, input);
  }

  @ResolveField(() => [OrganisationMembershipEntity], { description: 'People who currently represent the organisation, by name.' })
  members(@Parent() organisation: OrganisationEntity, @Context() ctx: RequestContext): Promise<OrganisationMembershipEntity[]> {
    return currentMemberships(ctx.loaders, 'organisationId').load(organisation.id);
  }
}
