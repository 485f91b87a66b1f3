import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../access/request-context';
import { summaryLoader } from '../meetings/meeting-loaders';
import { TRAINING_KINDS } from '../meetings/meeting.enums';
import { MeetingEntity } from '../meetings/meeting.entity';
import { FundedProjectEntity } from './funded-project.entity';

/** Fields of a meeting about registration and its funded project (batched like the meeting's own fields). */
@Resolver(() => MeetingEntity)
export class TrainingFieldsResolver {
  @ResolveField('project', () => FundedProjectEntity, { nullable: true, description: 'The funded project the meeting is reported under.' })
  project(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<FundedProjectEntity | null> | null {
    return meeting.projectId ? ctx.loaders.one(FundedProjectEntity).load(meeting.projectId) : null;
  }

  @ResolveField('registered', () => Int, { description: 'People registered (replied they will attend).' })
  async registered(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<number> {
    return (await summaryLoader(ctx).load(meeting.id)).attending;
  }

  @ResolveField('freePlaces', () => Int, { nullable: true, description: 'Places left (capacity − registered); empty when the capacity is not limited.' })
  async freePlaces(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<number | null> {
    if (meeting.capacity === null) return null;
    return Math.max(0, meeting.capacity - (await summaryLoader(ctx).load(meeting.id)).attending);
  }

  @ResolveField('registrationAvailable', () => Boolean, {
    description: 'Whether one may register now: a training, seminar or workshop, registration open, before its deadline and the start, not cancelled.',
  })
  registrationAvailable(@Parent() meeting: MeetingEntity): boolean {
    const now = Date.now();
    return (
      TRAINING_KINDS.includes(meeting.kind) &&
      meeting.registrationOpen &&
      !meeting.cancelledAt &&
      meeting.startsAt.getTime() > now &&
      (!meeting.registrationDeadline || meeting.registrationDeadline.getTime() >= now)
    );
  }
}
