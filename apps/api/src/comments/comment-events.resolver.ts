import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { CommentEntity } from './comment.entity';
import { CommentRoundEntity } from './comment-round.entity';
import { CommentRoundEvent } from './comment-events';
import { CommentRoundsService } from './comment-rounds.service';
import { CommentsService } from './comments.service';

/** What a subscriber sees of an event: only what it may read, loaded with its own rights. */
@Resolver(() => CommentRoundEvent)
export class CommentRoundEventResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly rounds: CommentRoundsService,
  ) {}

  @ResolveField(() => CommentEntity, { nullable: true, description: 'The comment or reply concerned, if the viewer may read it.' })
  async comment(@Parent() event: CommentRoundEvent, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity | null> {
    return event.commentId ? this.comments.find(await viewer, event.commentId) : null;
  }

  @ResolveField(() => CommentEntity, { nullable: true, description: 'The first comment of the thread (with its replies), if the viewer may read it.' })
  async thread(@Parent() event: CommentRoundEvent, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentEntity | null> {
    return event.threadId ? this.comments.find(await viewer, event.threadId) : null;
  }

  @ResolveField(() => CommentRoundEntity, { nullable: true, description: 'The round as it is now (phase and counts).' })
  async round(@Parent() event: CommentRoundEvent, @CurrentViewer() viewer: Promise<Viewer>): Promise<CommentRoundEntity | null> {
    return this.rounds.find(await viewer, event.roundId);
  }
}
