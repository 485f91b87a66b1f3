import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { Page, Paginated, pageComplexity } from '../common/pagination';
import { currentMemberships } from '../organisations/organisation-membership.loaders';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { AreaRole } from './area-role.enum';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PeopleArgs } from './dto/people.args';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';

const PersonPage = Paginated(PersonEntity, 'PersonPage');

@Resolver(() => PersonEntity)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => PersonPage, { complexity: pageComplexity, description: 'People of the area, sorted by name; search by name (coordinators also by e-mail).' })
  @Authorize(Rules.areaMember())
  async people(@Args() args: PeopleArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<PersonEntity>> {
    return this.service.list(await viewer, args);
  }

  @Query(() => PersonEntity, { nullable: true, description: 'One person of the area; null when there is none.' })
  @Authorize(Rules.areaMember())
  async person(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity | null> {
    return this.service.find(await viewer, id);
  }

  @Mutation(() => PersonEntity, { description: 'Adds a person to the area, optionally as a member of an organisation.' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async createPerson(@Args('input') input: CreatePersonInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity> {
    return this.service.create(await viewer, input);
  }

  @Mutation(() => PersonEntity, { description: 'Changes a person’s name, contacts or roles.' })
  @Authorize(Rules.areaRoleOn<{ input?: { id?: string } }>(PersonEntity, (args) => args.input?.id, AreaRole.COORDINATOR))
  async updatePerson(@Args('input') input: UpdatePersonInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity> {
    return this.service.update(await viewer, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Contact e-mail (lower-case); shown to coordinators and to the person.' })
  async email(@Parent() person: PersonEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string | null> {
    return PeopleService.canSeeContacts(await viewer, person) ? person.email : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Contact phone number; shown to coordinators and to the person.' })
  async phone(@Parent() person: PersonEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string | null> {
    return PeopleService.canSeeContacts(await viewer, person) ? person.phone : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the person can log in (has accepted an invitation).' })
  hasAccount(@Parent() person: PersonEntity): boolean {
    return person.accountId != null;
  }

  @ResolveField(() => [OrganisationMembershipEntity], { description: 'Organisations the person currently represents.' })
  organisations(@Parent() person: PersonEntity, @Context() ctx: RequestContext): Promise<OrganisationMembershipEntity[]> {
    return currentMemberships(ctx.loaders, 'personId').load(person.id);
  }
}
