import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Page, pageComplexity } from '../common/pagination';
import { PublicMeetingArgs, PublicMeetingsArgs } from './dto/meeting.args';
import { MeetingPage } from './dto/meeting.types';
import { markPublic } from './meeting-loaders';
import { MeetingEntity } from './meeting.entity';
import { MeetingsService } from './meetings.service';

/**
 * The public portal's calendar: public, not cancelled meetings, without login. The meetings are
 * marked for the public view, so invitations and guests are empty and only published minutes show,
 * whoever is asking.
 */
@Resolver(() => MeetingEntity)
export class PublicMeetingsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Query(() => MeetingPage, { complexity: pageComplexity, description: 'Public meetings of an area: upcoming soonest first, or past newest first.' })
  @Authorize(Rules.anyone())
  async publicMeetings(@Args() args: PublicMeetingsArgs): Promise<Page<MeetingEntity>> {
    const page = await this.meetings.listPublic(args.areaSlug, args.past, args.offset, args.pageSize);
    page.items.forEach(markPublic);
    return page;
  }

  @Query(() => MeetingEntity, { nullable: true, description: 'One public meeting of an area (null for any other).' })
  @Authorize(Rules.anyone())
  async publicMeeting(@Args() args: PublicMeetingArgs): Promise<MeetingEntity | null> {
    return markPublic(await this.meetings.getPublic(args.areaSlug, args.id));
  }
}
