import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { Page, pageComplexity, Paginated } from '../common/pagination';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { required } from '../graphql/required';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { ServiceType } from '../services/service-catalogue';
import { SocialServiceEntity } from '../services/social-service.entity';
import { DevelopmentIntentionEntity } from './development-intention.entity';
import {
  CreateIntentionInput,
  IntentionCallInput,
  IntentionOpinionInput,
  IntentionOutcomeInput,
  IntentionsArgs,
  IntentionStepInput,
  UpdateIntentionInput,
} from './dto/intention.input';
import { IntentionCallEntity } from './intention-call.entity';
import { IntentionHistoryEntity } from './intention-history.entity';
import { IntentionsService } from './intentions.service';

const IntentionPage = Paginated(DevelopmentIntentionEntity, 'DevelopmentIntentionPage');
type InputOf<T> = { input?: Partial<T> };
type Ref = InputOf<{ id: string; organisationId: string }>;

const ownIntention = Rules.intentionProvider<Ref>((args) => args.input?.id);
const areaCoordinatorOfIntention = Rules.areaRoleOn<Ref>(DevelopmentIntentionEntity, (args) => args.input?.id, AreaRole.COORDINATOR);

@Resolver(() => DevelopmentIntentionEntity)
export class IntentionsResolver {
  constructor(private readonly register: IntentionsService) {}

  @Query(() => IntentionPage, {
    complexity: pageComplexity,
    description: "Development intentions of the area, newest first: submitted ones for every member, drafts only for their organisation's staff.",
  })
  @Authorize(Rules.areaMember())
  async intentions(@Args() args: IntentionsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<DevelopmentIntentionEntity>> {
    return this.register.list(await viewer, args.filter, args.offset, args.pageSize);
  }

  @Query(() => DevelopmentIntentionEntity, { nullable: true, description: 'One intention the viewer may see; null otherwise.' })
  @Authorize(Rules.areaMember())
  async intention(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity | null> {
    return this.register.find(await viewer, id);
  }

  @Query(() => [IntentionCallEntity], { description: 'Submission deadlines of the area, by year.' })
  @Authorize(Rules.areaMember())
  async intentionCalls(@CurrentViewer() viewer: Promise<Viewer>): Promise<IntentionCallEntity[]> {
    return this.register.calls((await viewer).area!.id);
  }

  @Mutation(() => IntentionCallEntity, { description: 'Sets the submission deadline for intentions starting in a year (area coordinator).' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async setIntentionCall(@Args('input') input: IntentionCallInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<IntentionCallEntity> {
    return this.register.setCall(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: "Saves a new intention as a draft (the provider organisation's staff)." })
  @Authorize(Rules.providerOf<Ref>((args) => args.input?.organisationId))
  async createIntention(@Args('input') input: CreateIntentionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.create(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: 'Saves a draft again (the owning organisation\'s staff).' })
  @Authorize(ownIntention)
  async updateIntention(@Args('input') input: UpdateIntentionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.update(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: "Submits a draft for review, before the deadline of its year's call." })
  @Authorize(ownIntention)
  async submitIntention(@Args('input') input: IntentionStepInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.submit(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: 'Withdraws a draft.' })
  @Authorize(ownIntention)
  async withdrawIntention(@Args('input') input: IntentionStepInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.withdraw(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: "Records the reviewing group's opinion (its coordinator), optionally naming the meeting." })
  @Authorize(Rules.intentionReviewer<Ref>((args) => args.input?.id))
  async recordIntentionOpinion(@Args('input') input: IntentionOpinionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.recordOpinion(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: 'Forwards a recommended intention to the regional authority (area coordinator).' })
  @Authorize(areaCoordinatorOfIntention)
  async forwardIntention(@Args('input') input: IntentionStepInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.forward(await viewer, input);
  }

  @Mutation(() => DevelopmentIntentionEntity, { description: "Records the regional authority's outcome of a forwarded intention (area coordinator)." })
  @Authorize(areaCoordinatorOfIntention)
  async recordIntentionOutcome(@Args('input') input: IntentionOutcomeInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DevelopmentIntentionEntity> {
    return this.register.recordOutcome(await viewer, input);
  }

  @ResolveField(() => OrganisationEntity, { description: 'The provider organisation.' })
  organisation(@Parent() intention: DevelopmentIntentionEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity> {
    return required(ctx.loaders.one(OrganisationEntity).load(intention.organisationId), `organisation ${intention.organisationId}`);
  }

  @ResolveField(() => SocialServiceEntity, { nullable: true, description: 'The registered service concerned (empty for a new service).' })
  service(@Parent() intention: DevelopmentIntentionEntity, @Context() ctx: RequestContext): Promise<SocialServiceEntity | null> | null {
    return intention.serviceId ? ctx.loaders.one(SocialServiceEntity).load(intention.serviceId) : null;
  }

  @ResolveField(() => ServiceType, { description: 'Type of the service concerned (registered or new).' })
  async serviceType(@Parent() intention: DevelopmentIntentionEntity, @Context() ctx: RequestContext): Promise<ServiceType> {
    if (!intention.serviceId) return intention.newServiceType!;
    return (await required(ctx.loaders.one(SocialServiceEntity).load(intention.serviceId), `service ${intention.serviceId}`)).type;
  }

  @ResolveField(() => WorkingGroupEntity, { description: 'The working group reviewing the intention.' })
  reviewingGroup(@Parent() intention: DevelopmentIntentionEntity, @Context() ctx: RequestContext): Promise<WorkingGroupEntity> {
    return required(ctx.loaders.one(WorkingGroupEntity).load(intention.reviewingGroupId), `group ${intention.reviewingGroupId}`);
  }

  @ResolveField(() => [IntentionHistoryEntity], { description: 'Every change, oldest first.' })
  history(@Parent() intention: DevelopmentIntentionEntity, @Context() ctx: RequestContext): Promise<IntentionHistoryEntity[]> {
    return ctx.loaders.many(IntentionHistoryEntity, 'intentionId', { createdAt: 'ASC', id: 'ASC' }).load(intention.id);
  }
}

@Resolver(() => IntentionHistoryEntity)
export class IntentionHistoryResolver {
  @ResolveField(() => PersonEntity, { description: 'Who made the change.' })
  person(@Parent() entry: IntentionHistoryEntity, @Context() ctx: RequestContext): Promise<PersonEntity> {
    return required(ctx.loaders.one(PersonEntity).load(entry.personId), `person ${entry.personId}`);
  }
}
