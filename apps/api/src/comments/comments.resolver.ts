import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ActionPlanMeasureEntity } from '../action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { Page, pageComplexity, Paginated } from '../common/pagination';
import { required } from '../graphql/required';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { commentNumbers } from './comment.loaders';
import { CommentAuthor } from './comment.types';
import { CommentRevisionEntity } from './comment-revision.entity';
import { CommentRoundEntity } from './comment-round.entity';
import { allows } from './comment-round-phase';
import { CommentRules } from './comment-rules';
import { CommentEntity } from './comment.entity';
import { CommentsService } from './comments.service';
import { CommentEventKind, CommentEvents, CommentRoundEvent } from './comment-events';
import { CommentRoundsService } from './comment-rounds.service';
import { LoadersService } from '../graphql/loaders.service';
import { RoundIdArgs } from './dto/comment-round.inputs';
import { CommentsArgs, EditCommentInput, HideCommentInput, PostCommentInput, ReplyToCommentInput, SettleCommentInput } from './dto/comment.inputs';

const CommentPage = Paginated(CommentEntity, 'CommentPage');
type InputOf<T> = { input?: Partial<T> };
type Ref = InputOf<{ id: string }>;

const coordinatorOfComment = Rules.areaRoleOn<Ref>(CommentEntity, (args) => args.input?.id, AreaRole.COORDINATOR);

/**
 * Comments and their threads. Hidden comments: coordinators see them with the reason; other
 * people of the area see that a moderator hid them, without the text; visitors do not see them.
 */
@Resolver(() => CommentEntity)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly rounds: CommentRoundsService,
    private readonly events: CommentEvents,
    private readonly loaders: LoadersService,
  ) {}

  /** Tells the round's subscribers (on every API instance) about a committed change. */
  private async published(kind: CommentEventKind, comment: CommentEntity): Promise<CommentEntity> {
    await this.events.comment(kind, comment);
    return comment;
  }

  @Subscription(() => CommentRoundEvent, {
    description:
      'What happens in a round while it is viewed: first SUBSCRIBED, then every new comment, reply, edit, moderation and settlement. Resolve `comment`, `thread` and `round` for what the viewer may see.',
    resolve(this: CommentsResolver, event: CommentRoundEvent, _args: unknown, context: RequestContext) {
      // Each event gets fresh loaders (nothing served stale), sharing its row loads with the other subscribers.
      context.loaders = this.loaders.forEvent(event);
      return event;
    },
  })
  @Authorize(Rules.anyone())
  async commentRoundEvents(@Args() { roundId }: RoundIdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<AsyncIterableIterator<CommentRoundEvent>> {
    // Only who may read the round listens to it (visitors: public rounds).
    await this.rounds.readable(await viewer, roundId);
    return this.events.stream(roundId);
  }

  @Query(() => CommentPage, { complexity: pageComplexity, description: "First comments of a round's threads (replies under each), with filters." })
  @Authorize(Rules.anyone())
  async comments(@Args() args: CommentsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<CommentEntity>> {
    return this.service.list(await viewer, args);
  }

  @Query(() => CommentEntity, { nullable: true, description: 'One comment or reply the viewer may read; null otherwise.' })
  @Authorize(Rules.anyone())
  async comment(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity | null> {
    return this.service.find(await viewer, id);
  }

  @Mutation(() => CommentEntity, { description: 'Posts a comment while the round is open (its audience; visitors of a public round as guests).' })
  @Authorize(CommentRules.commenter<InputOf<{ roundId: string }>>((args) => args.input?.roundId))
  async postComment(@Args('input') input: PostCommentInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity> {
    return this.published(CommentEventKind.POSTED, await this.service.post(await viewer, input));
  }

  @Mutation(() => CommentEntity, { description: "Replies in a comment's thread while the round is open (the round's audience)." })
  @Authorize(CommentRules.replier<InputOf<{ parentId: string }>>((args) => args.input?.parentId))
  async replyToComment(@Args('input') input: ReplyToCommentInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity> {
    return this.published(CommentEventKind.REPLIED, await this.service.reply(await viewer, input));
  }

  @Mutation(() => CommentEntity, { description: 'Changes the text of a comment until the round closes (its author); the old text is kept.' })
  @Authorize(CommentRules.author<Ref>((args) => args.input?.id))
  async editComment(@Args('input') input: EditCommentInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity> {
    return this.published(CommentEventKind.EDITED, await this.service.edit(await viewer, input));
  }

  @Mutation(() => CommentEntity, { description: 'Hides a comment with a reason (area coordinator, moderation).' })
  @Authorize(coordinatorOfComment)
  async hideComment(@Args('input') input: HideCommentInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity> {
    return this.published(CommentEventKind.HIDDEN, await this.service.hide(await viewer, input));
  }

  @Mutation(() => CommentEntity, { description: 'Shows a hidden comment again (area coordinator).' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(CommentEntity, (args) => args.id, AreaRole.COORDINATOR))
  async unhideComment(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity> {
    return this.published(CommentEventKind.UNHIDDEN, await this.service.unhide(await viewer, id));
  }

  @Mutation(() => CommentEntity, {
    description: 'Settles the first comment of a thread: outcome, justification (unless accepted) and the change made (area coordinator).',
  })
  @Authorize(coordinatorOfComment)
  async settleComment(@Args('input') input: SettleCommentInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity> {
    return this.published(CommentEventKind.SETTLED, await this.service.settle(await viewer, input));
  }

  @ResolveField(() => String, { description: 'Text of the comment (plain text, paragraphs separated by blank lines); empty when hidden from the viewer.' })
  async body(@Parent() comment: CommentEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string> {
    return comment.hiddenAt && !CommentsService.moderates(await viewer) ? '' : comment.body;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by the moderator.' })
  hidden(@Parent() comment: CommentEntity): boolean {
    return comment.hiddenAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the moderator hid the comment (area coordinators only).' })
  async hiddenReason(@Parent() comment: CommentEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string | null> {
    return CommentsService.moderates(await viewer) ? comment.hiddenReason : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Number of a first comment in its round (1, 2, … by posting time); null for replies.' })
  number(@Parent() comment: CommentEntity, @Context() ctx: RequestContext): Promise<number | null> | null {
    return comment.parentId ? null : commentNumbers(ctx.loaders).load(comment.id);
  }

  @ResolveField(() => CommentAuthor, { description: 'Who wrote it (never a visitor\'s e-mail).' })
  async author(@Parent() comment: CommentEntity, @Context() ctx: RequestContext): Promise<CommentAuthor> {
    if (!comment.authorId) return { name: comment.guestName, personId: null, guest: comment.guestName !== null };
    const person = await ctx.loaders.one(PersonEntity).load(comment.authorId);
    return { name: person?.fullName ?? null, personId: comment.authorId, guest: false };
  }

  @ResolveField(() => String, { nullable: true, description: 'The organisation the author spoke for when commenting.' })
  async organisationName(@Parent() comment: CommentEntity, @Context() ctx: RequestContext): Promise<string | null> {
    if (!comment.organisationId) return null;
    return (await ctx.loaders.one(OrganisationEntity).load(comment.organisationId))?.name ?? null;
  }

  @ResolveField(() => [CommentEntity], { description: 'Replies in the thread of a first comment, oldest first (empty for replies); visitors do not see hidden ones.' })
  async replies(@Parent() comment: CommentEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity[]> {
    if (comment.parentId) return [];
    const replies = await ctx.loaders.many(CommentEntity, 'threadId', { createdAt: 'ASC', id: 'ASC' }).load(comment.id);
    return (await viewer).person ? replies : replies.filter((reply) => !reply.hiddenAt);
  }

  @ResolveField(() => [CommentRevisionEntity], { nullable: true, description: 'Earlier texts, oldest first; for the author and the area coordinators (null for others).' })
  async revisions(@Parent() comment: CommentEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRevisionEntity[] | null> {
    const current = await viewer;
    const mine = current.person !== null && current.person.id === comment.authorId;
    if (!mine && !CommentsService.moderates(current)) return null;
    return ctx.loaders.many(CommentRevisionEntity, 'commentId', { revision: 'ASC' }).load(comment.id);
  }

  @ResolveField(() => PersonEntity, { nullable: true, description: 'Who settled the comment (shown to people of the area).' })
  async settledBy(@Parent() comment: CommentEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity | null> {
    if (!comment.settledById || !(await viewer).person) return null;
    return ctx.loaders.one(PersonEntity).load(comment.settledById);
  }

  @ResolveField(() => ActionPlanSectionEntity, { nullable: true, description: 'The section commented on.' })
  section(@Parent() comment: CommentEntity, @Context() ctx: RequestContext): Promise<ActionPlanSectionEntity | null> | null {
    return comment.sectionId ? ctx.loaders.one(ActionPlanSectionEntity).load(comment.sectionId) : null;
  }

  @ResolveField(() => ActionPlanMeasureEntity, { nullable: true, description: 'The measure of the version commented on.' })
  planMeasure(@Parent() comment: CommentEntity, @Context() ctx: RequestContext): Promise<ActionPlanMeasureEntity | null> | null {
    return comment.planMeasureId ? ctx.loaders.one(ActionPlanMeasureEntity).load(comment.planMeasureId) : null;
  }

  @ResolveField(() => CommentRoundEntity, { description: 'The round.' })
  round(@Parent() comment: CommentEntity, @Context() ctx: RequestContext): Promise<CommentRoundEntity> {
    return required(ctx.loaders.one(CommentRoundEntity).load(comment.roundId), `round ${comment.roundId}`);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the text now: its author, while the round is open and the comment not hidden.' })
  async viewerMayEdit(@Parent() comment: CommentEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    const current = await viewer;
    if (!current.person || current.person.id !== comment.authorId || comment.hiddenAt) return false;
    const round = await ctx.loaders.one(CommentRoundEntity).load(comment.roundId);
    return round !== null && allows(round, 'EDIT');
  }
}
