import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { required } from '../graphql/required';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { AddOrganisationMemberInput, EndOrganisationMembershipInput } from './dto/organisation-membership.input';
import { OrganisationMembershipEntity } from './organisation-membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationMembershipEntity)
export class OrganisationMembershipsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Mutation(() => OrganisationMembershipEntity, { description: 'Records that a person represents an organisation from a date.' })
  @Authorize(
    Rules.areaRoleOn<{ input?: { organisationId?: string } }>(OrganisationEntity, (args) => args.input?.organisationId, AreaRole.COORDINATOR),
  )
  async addOrganisationMember(
    @Args('input') input: AddOrganisationMemberInput,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<OrganisationMembershipEntity> {
    return this.organisations.addMember(await viewer, input);
  }

  @Mutation(() => OrganisationMembershipEntity, { description: 'Records the last day a person represents an organisation.' })
  @Authorize(
    Rules.areaRoleOn<{ input?: { membershipId?: string } }>(
      OrganisationMembershipEntity,
      (args) => args.input?.membershipId,
      AreaRole.COORDINATOR,
    ),
  )
  async endOrganisationMembership(
    @Args('input') input: EndOrganisationMembershipInput,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<OrganisationMembershipEntity> {
    return this.organisations.endMembership(await viewer, input);
  }

  @ResolveField(() => PersonEntity, { description: 'The person.' })
  person(@Parent() membership: OrganisationMembershipEntity, @Context() ctx: RequestContext): Promise<PersonEntity> {
    return required(ctx.loaders.one(PersonEntity).load(membership.personId), `person ${membership.personId}`);
  }

  @ResolveField(() => OrganisationEntity, { description: 'The organisation.' })
  organisation(@Parent() membership: OrganisationMembershipEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity> {
    return required(ctx.loaders.one(OrganisationEntity).load(membership.organisationId), `organisation ${membership.organisationId}`);
  }
}
