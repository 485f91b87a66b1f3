import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { Page, pageComplexity } from '../common/pagination';
import { AreaRole } from '../people/area-role.enum';
import { DecisionEntity } from './decision.entity';
import { MeetingsArgs, UpcomingMeetingsArgs } from './dto/meeting.args';
import {
  AddDecisionInput,
  AddMeetingGuestInput,
  CreateMeetingInput,
  InviteToMeetingInput,
  PublishMinutesInput,
  RecordAttendanceInput,
  RemoveDecisionInput,
  RemoveMeetingGuestInput,
  ReplyToInvitationInput,
  SaveMinutesInput,
  SetAgendaInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs';
import { MeetingPage } from './dto/meeting.types';
import { MeetingGuestEntity } from './meeting-guest.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingsService } from './meetings.service';
import { MinutesEntity } from './minutes.entity';
import { MinutesService } from './minutes.service';
import { ParticipationService } from './participation.service';

type InputOf<T> = { input?: Partial<T> };
type MeetingRef = InputOf<{ meetingId: string }>;

/** The area and person of the viewer; the rules have made sure both are there. */
async function scope(viewer: Promise<Viewer>): Promise<{ areaId: string; personId: string; viewer: Viewer }> {
  const current = await viewer;
  return { areaId: current.area!.id, personId: current.person!.id, viewer: current };
}

const organiserOfInputMeeting = Rules.meetingOrganiser<MeetingRef>((args) => args.input?.meetingId);

@Resolver(() => MeetingEntity)
export class MeetingsResolver {
  constructor(
    private readonly scheduling: MeetingsService,
    private readonly participation: ParticipationService,
    private readonly minutes: MinutesService,
  ) {}

  @Query(() => MeetingPage, { complexity: pageComplexity, description: 'Meetings of the area, earliest first.' })
  @Authorize(Rules.areaMember())
  async meetings(@Args() args: MeetingsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<MeetingEntity>> {
    const { areaId } = await scope(viewer);
    return this.scheduling.list(areaId, args.filter, args.offset, args.pageSize);
  }

  @Query(() => MeetingEntity, { nullable: true, description: 'One meeting of the area.' })
  @Authorize(Rules.areaMember())
  async meeting(
    @Args('id', { type: () => ID, description: 'The meeting.' }) id: string,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<MeetingEntity | null> {
    const { areaId } = await scope(viewer);
    return isUUID(id, 'all') ? this.scheduling.get(areaId, id) : null;
  }

  @Query(() => [MeetingEntity], { description: 'Meetings ahead that the viewer is invited to or whose group they belong to.' })
  @Authorize(Rules.areaMember())
  async myUpcomingMeetings(@Args() args: UpcomingMeetingsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity[]> {
    const { areaId, personId } = await scope(viewer);
    return this.scheduling.upcomingFor(areaId, personId, args.limit);
  }

  @Mutation(() => MeetingEntity, { description: 'Schedules a meeting of a group (its coordinator) or of the area (the area coordinator).' })
  @Authorize(
    Rules.given<InputOf<CreateMeetingInput>>(
      (args) => args.input?.groupId,
      Rules.groupCoordinator((args) => args.input?.groupId),
      Rules.areaRole(AreaRole.COORDINATOR),
    ),
  )
  async createMeeting(@Args('input') input: CreateMeetingInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity> {
    return this.scheduling.create(await viewer, input);
  }

  @Mutation(() => MeetingEntity, { description: 'Changes a meeting; moving it to another group needs that group’s coordinator too.' })
  @Authorize(
    Rules.all<InputOf<UpdateMeetingInput>>(
      Rules.meetingOrganiser((args) => args.input?.id),
      Rules.given<InputOf<UpdateMeetingInput>>(
        (args) => args.input?.groupId,
        Rules.groupCoordinator((args) => args.input?.groupId),
        Rules.anyone(),
      ),
    ),
  )
  async updateMeeting(@Args('input') input: UpdateMeetingInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity> {
    return this.scheduling.update(await viewer, input);
  }

  @Mutation(() => MeetingEntity, { description: 'Cancels a meeting; it stays in the calendar marked as cancelled.' })
  @Authorize(Rules.meetingOrganiser<{ id?: string }>((args) => args.id))
  async cancelMeeting(
    @Args('id', { type: () => ID, description: 'The meeting.' }) id: string,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<MeetingEntity> {
    const { areaId, personId } = await scope(viewer);
    return this.scheduling.cancel(areaId, id, personId);
  }

  @Mutation(() => MeetingEntity, { description: 'Replaces the agenda of a meeting.' })
  @Authorize(organiserOfInputMeeting)
  async setAgenda(@Args('input') input: SetAgendaInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity> {
    return this.scheduling.setAgenda(await viewer, input.meetingId, input.items);
  }

  @Mutation(() => MeetingEntity, { description: 'Invites a group’s members and/or named people; repeating it changes nothing.' })
  @Authorize(organiserOfInputMeeting)
  async inviteToMeeting(@Args('input') input: InviteToMeetingInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity> {
    const { areaId, personId } = await scope(viewer);
    return this.participation.invite(areaId, input, personId);
  }

  @Mutation(() => MeetingInvitationEntity, { description: 'The viewer replies to their invitation.' })
  @Authorize(Rules.meetingInvitee<MeetingRef>((args) => args.input?.meetingId))
  async replyToInvitation(
    @Args('input') input: ReplyToInvitationInput,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<MeetingInvitationEntity> {
    const { areaId, personId } = await scope(viewer);
    return this.participation.reply(areaId, personId, input.meetingId, input.reply);
  }

  @Mutation(() => MeetingEntity, { description: 'Records who of the invitees came.' })
  @Authorize(organiserOfInputMeeting)
  async recordAttendance(@Args('input') input: RecordAttendanceInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingEntity> {
    const { areaId } = await scope(viewer);
    return this.participation.recordAttendance(areaId, input.meetingId, input.entries);
  }

  @Mutation(() => MeetingGuestEntity, { description: 'Records a walk-in guest.' })
  @Authorize(organiserOfInputMeeting)
  async addMeetingGuest(@Args('input') input: AddMeetingGuestInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeetingGuestEntity> {
    const { areaId } = await scope(viewer);
    return this.participation.addGuest(areaId, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a guest entry.' })
  @Authorize(organiserOfInputMeeting)
  async removeMeetingGuest(@Args('input') input: RemoveMeetingGuestInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    const { areaId } = await scope(viewer);
    return this.participation.removeGuest(areaId, input.meetingId, input.guestId);
  }

  @Mutation(() => MinutesEntity, { description: 'Saves the minutes; refused with CONFLICT when someone saved since expectedVersion.' })
  @Authorize(organiserOfInputMeeting)
  async saveMinutes(@Args('input') input: SaveMinutesInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MinutesEntity> {
    const { areaId, personId } = await scope(viewer);
    return this.minutes.save(areaId, input.meetingId, input.body, input.expectedVersion, personId);
  }

  @Mutation(() => MinutesEntity, { description: 'Publishes the minutes at the version the viewer has read; they can no longer change.' })
  @Authorize(organiserOfInputMeeting)
  async publishMinutes(@Args('input') input: PublishMinutesInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MinutesEntity> {
    const { areaId, personId } = await scope(viewer);
    return this.minutes.publish(areaId, input.meetingId, input.expectedVersion, personId);
  }

  @Mutation(() => DecisionEntity, { description: 'Records a decision of the meeting (numbered in order).' })
  @Authorize(organiserOfInputMeeting)
  async addDecision(@Args('input') input: AddDecisionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<DecisionEntity> {
    const { areaId } = await scope(viewer);
    return this.minutes.addDecision(areaId, input.meetingId, input.text);
  }

  @Mutation(() => Boolean, { description: 'Removes a decision; later ones are renumbered.' })
  @Authorize(organiserOfInputMeeting)
  async removeDecision(@Args('input') input: RemoveDecisionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    const { areaId } = await scope(viewer);
    return this.minutes.removeDecision(areaId, input.meetingId, input.decisionId);
  }
}
