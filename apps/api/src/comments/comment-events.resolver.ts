import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../access/request-context';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { commentReadable, roundReadable } from './comment-access';
import { CommentEntity } from './comment.entity';
import { CommentRoundEntity } from './comment-round.entity';
import { CommentRoundEvent } from './comment-events';

/**
 * What a subscriber sees of an event: only what it may read. The rows come through the event's
 * shared loaders (one load per event, however many subscribers); the rights are each viewer's.
 */
@Resolver(() => CommentRoundEvent)
export class CommentRoundEventResolver {
  @ResolveField(() => CommentEntity, { nullable: true, description: 'The comment or reply concerned, if the viewer may read it.' })
  comment(@Parent() event: CommentRoundEvent, @CurrentViewer() viewer: Promise<Viewer>, @Context() ctx: RequestContext): Promise<CommentEntity | null> {
    return this.readableComment(event.commentId, viewer, ctx);
  }

  @ResolveField(() => CommentEntity, { nullable: true, description: 'The first comment of the thread (with its replies), if the viewer may read it.' })
  thread(@Parent() event: CommentRoundEvent, @CurrentViewer() viewer: Promise<Viewer>, @Context() ctx: RequestContext): Promise<CommentEntity | null> {
    return this.readableComment(event.threadId, viewer, ctx);
  }

  @ResolveField(() => CommentRoundEntity, { nullable: true, description: 'The round as it is now (phase and counts).' })
  async round(@Parent() event: CommentRoundEvent, @CurrentViewer() viewer: Promise<Viewer>, @Context() ctx: RequestContext): Promise<CommentRoundEntity | null> {
    const round = await ctx.loaders.one(CommentRoundEntity).load(event.roundId);
    return roundReadable(await viewer, round) ? round : null;
  }

  private async readableComment(id: string | null, viewer: Promise<Viewer>, ctx: RequestContext): Promise<CommentEntity | null> {
    if (!id) return null;
    const comment = await ctx.loaders.one(CommentEntity).load(id);
    const round = comment ? await ctx.loaders.one(CommentRoundEntity).load(comment.roundId) : null;
    return commentReadable(await viewer, comment, round) ? comment : null;
  }
}
