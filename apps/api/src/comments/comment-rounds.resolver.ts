import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { required } from '../graphql/required';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { inAudience } from './comment-access';
import { roundCounts, roundGroups } from './comment.loaders';
import { CommentRoundCounts } from './comment.types';
import { CommentRoundEntity } from './comment-round.entity';
import { allows, CommentRoundPhase, phaseOf } from './comment-round-phase';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentRoundsArgs, OpenCommentRoundInput, PublicCommentRoundsArgs, RoundIdArgs, UpdateCommentRoundInput } from './dto/comment-round.inputs';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommentEvents } from './comment-events';

type InputOf<T> = { input?: Partial<T> };

@Resolver(() => CommentRoundEntity)
export class CommentRoundsResolver {
  constructor(
    private readonly rounds: CommentRoundsService,
    private readonly events: CommentEvents,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => [CommentRoundEntity], {
    description: 'Comment rounds of a version or of an action plan, newest first: every round for people of the area, public rounds for visitors.',
  })
  @Authorize(Rules.anyone())
  async commentRounds(@Args() args: CommentRoundsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRoundEntity[]> {
    return this.rounds.list(await viewer, args);
  }

  @Query(() => CommentRoundEntity, { nullable: true, description: 'One comment round the viewer may read (visitors: public rounds); null otherwise.' })
  @Authorize(Rules.anyone())
  async commentRound(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRoundEntity | null> {
    return this.rounds.find(await viewer, id);
  }

  @Query(() => [CommentRoundEntity], {
    description: 'Public consultations of an area: its PUBLIC comment rounds open now or upcoming, the soonest closing first; no login needed.',
  })
  @Authorize(Rules.anyone())
  publicCommentRounds(@Args() { areaSlug }: PublicCommentRoundsArgs): Promise<CommentRoundEntity[]> {
    return this.rounds.listPublic(areaSlug);
  }

  @Mutation(() => CommentRoundEntity, { description: 'Opens a comment round on an issued version (area coordinator).' })
  @Authorize(Rules.areaRoleOn<InputOf<{ versionId: string }>>(ActionPlanVersionEntity, (args) => args.input?.versionId, AreaRole.COORDINATOR))
  async openCommentRound(@Args('input') input: OpenCommentRoundInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRoundEntity> {
    return this.rounds.open(await viewer, input);
  }

  @Mutation(() => CommentRoundEntity, { description: 'Changes the title, instructions or times of a round not settled yet (area coordinator).' })
  @Authorize(Rules.areaRoleOn<InputOf<{ id: string }>>(CommentRoundEntity, (args) => args.input?.id, AreaRole.COORDINATOR))
  async updateCommentRound(@Args('input') input: UpdateCommentRoundInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRoundEntity> {
    const round = await this.rounds.update(await viewer, input);
    await this.events.round(round.id);
    return round;
  }

  @Mutation(() => CommentRoundEntity, {
    description: 'Closes a round as settled (area coordinator): only after its closing time and when every comment is settled.',
  })
  @Authorize(Rules.areaRoleOn<{ roundId?: string }>(CommentRoundEntity, (args) => args.roundId, AreaRole.COORDINATOR))
  async closeCommentRoundAsSettled(@Args() { roundId }: RoundIdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRoundEntity> {
    const round = await this.rounds.closeAsSettled(await viewer, roundId);
    await this.events.round(round.id);
    return round;
  }

  @ResolveField(() => CommentRoundPhase, { description: 'Where the round stands now.' })
  phase(@Parent() round: CommentRoundEntity): CommentRoundPhase {
    return phaseOf(round);
  }

  @ResolveField(() => [WorkingGroupEntity], { description: 'The invited working groups (audience GROUPS), by name.' })
  groups(@Parent() round: CommentRoundEntity, @Context() ctx: RequestContext): Promise<WorkingGroupEntity[]> {
    return roundGroups(ctx.loaders).load(round.id);
  }

  @ResolveField(() => ActionPlanVersionEntity, { description: 'The version commented on.' })
  version(@Parent() round: CommentRoundEntity, @Context() ctx: RequestContext): Promise<ActionPlanVersionEntity> {
    return required(ctx.loaders.one(ActionPlanVersionEntity).load(round.versionId), `version ${round.versionId}`);
  }

  @ResolveField(() => CommentRoundCounts, { description: 'How many comments, replies, unsettled and hidden ones, and first comments by stance.' })
  counts(@Parent() round: CommentRoundEntity, @Context() ctx: RequestContext): Promise<CommentRoundCounts> {
    return roundCounts(ctx.loaders).load(round.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may post now: in the audience and the round is open.' })
  async viewerMayComment(@Parent() round: CommentRoundEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return allows(round, 'POST') && inAudience(this.db, await viewer, round);
  }

  @ResolveField(() => PersonEntity, { nullable: true, description: 'Who closed the round as settled (shown to people of the area).' })
  async settledBy(@Parent() round: CommentRoundEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity | null> {
    if (!round.settledById || !(await viewer).person) return null;
    return ctx.loaders.one(PersonEntity).load(round.settledById);
  }
}
