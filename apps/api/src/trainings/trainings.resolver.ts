import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { Page, pageComplexity } from '../common/pagination';
import { MeetingPage } from '../meetings/dto/meeting.types';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { AreaRole } from '../people/area-role.enum';
import { MeetingRegistrationInput, SetMeetingRegistrationInput, TrainingsArgs } from './dto/registration.inputs';
import { RegistrationService } from './registration.service';

type MeetingRef = { input?: { meetingId?: string } };

/** Any person of the area, about a meeting of that area. */
const PERSON_OF_MEETING_AREA = Rules.areaRoleOn<MeetingRef>(
  MeetingEntity,
  (args) => args.input?.meetingId,
  AreaRole.COORDINATOR,
  AreaRole.MEMBER,
  AreaRole.PROVIDER,
  AreaRole.COUNCIL_CLERK,
);

@Resolver()
export class TrainingsResolver {
  constructor(private readonly registration: RegistrationService) {}

  @Query(() => MeetingPage, { complexity: pageComplexity, description: 'Trainings, seminars and workshops of the area: upcoming soonest first, or past.' })
  @Authorize(Rules.areaMember())
  async trainings(@Args() args: TrainingsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<MeetingEntity>> {
    return this.registration.list((await viewer).area!.id, args.past, args.offset, args.pageSize);
  }

  @Query(() => MeetingPage, { complexity: pageComplexity, description: 'Trainings, seminars and workshops the viewer registered for or attended, newest first.' })
  @Authorize(Rules.areaMember())
  async myTrainings(@Args() args: TrainingsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<MeetingEntity>> {
    const current = await viewer;
    return this.registration.mine(current.area!.id, current.person!.id, args.offset, args.pageSize);
  }

  @Mutation(() => MeetingEntity, { description: 'Opens or closes self-registration of a training, seminar or workshop (its organisers).' })
  @Authorize(Rules.meetingOrganiser<MeetingRef>((args) => args.input?.meetingId))
  async setMeetingRegistration(@Args('input') input: SetMeetingRegistrationInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity> {
    return this.registration.configure((await viewer).area!.id, input);
  }

  @Mutation(() => MeetingInvitationEntity, { description: 'The viewer registers for a training, seminar or workshop with open registration and a free place.' })
  @Authorize(PERSON_OF_MEETING_AREA)
  async registerForMeeting(@Args('input') input: MeetingRegistrationInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingInvitationEntity> {
    const current = await viewer;
    return this.registration.register(current.area!.id, current.person!.id, input.meetingId);
  }

  @Mutation(() => MeetingInvitationEntity, { description: 'The viewer cancels their registration before the meeting starts; the place is free again.' })
  @Authorize(PERSON_OF_MEETING_AREA)
  async cancelMeetingRegistration(@Args('input') input: MeetingRegistrationInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingInvitationEntity> {
    const current = await viewer;
    return this.registration.cancel(current.area!.id, current.person!.id, input.meetingId);
  }
}
