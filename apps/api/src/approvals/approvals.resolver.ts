import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { hasAreaRole, Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AreaRole } from '../people/area-role.enum';
import { ApprovalRoundEntity, ApprovalRoundGroupEntity } from './approval-round.entity';
import { ApprovalRoundPhase } from './approval.enums';
import { ApprovalEventKind, ApprovalEvents, ApprovalRoundEvent } from './approval-events';
import { LoadersService } from '../graphql/loaders.service';
import { isVoterIn, myVoteOf, votersOf } from './approvals.loaders';
import { Actor, ApprovalsService } from './approvals.service';
import { ApprovalRoundsArgs, CastVoteInput, OpenApprovalRoundInput, RoundIdArgs } from './dto/approval.inputs';
import { ApprovalTally, ApprovalVoter } from './dto/approval.types';
import { roundPhase } from './quorum';
import { VoteEntity } from './vote.entity';

type InputOf<T> = { input?: Partial<T> };

/** The area and person of the viewer; the rules have made sure both are there. */
async function actorOf(viewer: Promise<Viewer>): Promise<Actor> {
  const current = await viewer;
  return { areaId: current.area!.id, personId: current.person!.id };
}

/** The viewer when they are a person of the round's area. */
async function viewerIn(ctx: RequestContext, round: ApprovalRoundEntity): Promise<Viewer | null> {
  const viewer = await ctx.req.komplan?.viewer;
  return viewer?.person && viewer.area?.id === round.areaId ? viewer : null;
}

@Resolver(() => ApprovalRoundEntity)
export class ApprovalsResolver {
  constructor(
    private readonly service: ApprovalsService,
    private readonly events: ApprovalEvents,
    private readonly loaders: LoadersService,
  ) {}

  @Subscription(() => ApprovalRoundEvent, {
    description: 'The tally of a round while it is viewed: first SUBSCRIBED, then an event for every vote and for the close. Resolve `round` for what the viewer may see.',
    resolve(this: ApprovalsResolver, event: ApprovalRoundEvent, _args: unknown, context: RequestContext) {
      context.loaders = this.loaders.forEvent(event);
      return event;
    },
  })
  @Authorize(Rules.areaRoleOn<{ roundId?: string }>(ApprovalRoundEntity, (args) => args.roundId, ...Object.values(AreaRole)))
  approvalRoundEvents(@Args() { roundId }: RoundIdArgs): AsyncIterableIterator<ApprovalRoundEvent> {
    return this.events.stream(roundId);
  }

  @Query(() => [ApprovalRoundEntity], { description: 'Approval rounds of an action plan or of one version, newest first.' })
  @Authorize(Rules.areaMember())
  async approvalRounds(@Args() args: ApprovalRoundsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ApprovalRoundEntity[]> {
    return this.service.list((await actorOf(viewer)).areaId, args);
  }

  @Query(() => ApprovalRoundEntity, { nullable: true, description: 'One approval round of the area.' })
  @Authorize(Rules.areaMember())
  async approvalRound(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ApprovalRoundEntity | null> {
    return this.service.find((await actorOf(viewer)).areaId, id);
  }

  @Mutation(() => ApprovalRoundEntity, {
    description: 'Opens an approval round on an issued version (the area coordinator); the current members of the chosen groups become its voters.',
  })
  @Authorize(Rules.areaRoleOn<InputOf<OpenApprovalRoundInput>>(ActionPlanVersionEntity, (args) => args.input?.versionId, AreaRole.COORDINATOR))
  async openApprovalRound(@Args('input') input: OpenApprovalRoundInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ApprovalRoundEntity> {
    return this.service.open(await actorOf(viewer), input);
  }

  @Mutation(() => VoteEntity, { description: 'Casts or changes the viewer\'s vote while the round is open (eligible voters only); a change replaces the vote.' })
  @Authorize(Rules.approvalVoter<InputOf<CastVoteInput>>((args) => args.input?.roundId))
  async castVote(@Args('input') input: CastVoteInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<VoteEntity> {
    const vote = await this.service.vote(await actorOf(viewer), input);
    await this.events.publish(ApprovalEventKind.VOTED, vote.roundId);
    return vote;
  }

  @Mutation(() => ApprovalRoundEntity, {
    description: 'Closes a round (the area coordinator) after its closing time, or earlier once everybody has voted; stores the result. An approved plan goes to the council.',
  })
  @Authorize(Rules.areaRoleOn<{ roundId?: string }>(ApprovalRoundEntity, (args) => args.roundId, AreaRole.COORDINATOR))
  async closeApprovalRound(@Args() { roundId }: RoundIdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ApprovalRoundEntity> {
    const round = await this.service.close(await actorOf(viewer), roundId);
    await this.events.publish(ApprovalEventKind.CLOSED, round.id);
    return round;
  }

  @ResolveField(() => ApprovalRoundPhase, { description: 'Upcoming, open or closed, by the server clock now.' })
  phase(@Parent() round: ApprovalRoundEntity): ApprovalRoundPhase {
    return roundPhase(round, new Date());
  }

  @ResolveField(() => ActionPlanVersionEntity, { description: 'The version voted on.' })
  async version(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<ActionPlanVersionEntity> {
    return (await ctx.loaders.one(ActionPlanVersionEntity).load(round.versionId))!;
  }

  @ResolveField(() => ActionPlanEntity, { description: 'The action plan of the version.' })
  async actionPlan(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<ActionPlanEntity> {
    const version = await this.version(round, ctx);
    return (await ctx.loaders.one(ActionPlanEntity).load(version.actionPlanId))!;
  }

  @ResolveField(() => [WorkingGroupEntity], { description: 'The groups whose members were made voters, by name.' })
  async groups(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<WorkingGroupEntity[]> {
    const links = await ctx.loaders.many(ApprovalRoundGroupEntity, 'roundId').load(round.id);
    const groups = await ctx.loaders.one(WorkingGroupEntity).loadMany(links.map((link) => link.groupId));
    return groups.filter((g): g is WorkingGroupEntity => g instanceof WorkingGroupEntity).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is an eligible voter of the round.' })
  async isVoter(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<boolean> {
    const viewer = await viewerIn(ctx, round);
    return viewer !== null && isVoterIn(ctx, viewer.person!.id, round);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer runs the round (the area coordinator): sees the voters and closes it.' })
  async canManage(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<boolean> {
    const viewer = await viewerIn(ctx, round);
    return viewer !== null && hasAreaRole(viewer, AreaRole.COORDINATOR);
  }

  @ResolveField(() => VoteEntity, { nullable: true, description: 'The viewer\'s own vote (null when they have not voted or are not a voter).' })
  async myVote(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<VoteEntity | null> {
    const viewer = await viewerIn(ctx, round);
    return viewer ? myVoteOf(ctx, viewer.person!.id, round) : null;
  }

  @ResolveField(() => ApprovalTally, {
    nullable: true,
    description: 'The votes so far and whether the quorum rule is met (the stored counts once closed); for eligible voters and the coordinator, null for others.',
  })
  async tally(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<ApprovalTally | null> {
    if (!(await this.canManage(round, ctx)) && !(await this.isVoter(round, ctx))) return null;
    const loader = ctx.loaders.custom('approvalTallies', () =>
      new DataLoader<ApprovalRoundEntity, ApprovalTally, string>((rounds) => this.service.tallies(rounds), { cacheKeyFn: (r) => r.id }),
    );
    return loader.load(round);
  }

  @ResolveField(() => [ApprovalVoter], { nullable: true, description: 'The eligible voters by name and whether they have voted (not how): for the coordinator, null for others.' })
  async voters(@Parent() round: ApprovalRoundEntity, @Context() ctx: RequestContext): Promise<ApprovalVoter[] | null> {
    return (await this.canManage(round, ctx)) ? votersOf(ctx, round) : null;
  }
}

@Resolver(() => ApprovalRoundEvent)
export class ApprovalRoundEventResolver {
  constructor(private readonly service: ApprovalsService) {}

  @ResolveField(() => ApprovalRoundEntity, { nullable: true, description: 'The round as it is now (phase, tally for voters and the coordinator, result once closed).' })
  async round(@Parent() event: ApprovalRoundEvent, @CurrentViewer() viewer: Promise<Viewer>): Promise<ApprovalRoundEntity | null> {
    const current = await viewer;
    return current.area && current.person ? this.service.find(current.area.id, event.roundId) : null;
  }
}
