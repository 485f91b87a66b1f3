import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../access/request-context';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionEntity } from './decision.entity';
import { AttendanceSummary } from './dto/meeting.types';
import { invitationsLoader, myInvitation, relationTo, summaryLoader } from './meeting-loaders';
import { MeetingGuestEntity } from './meeting-guest.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { MinutesStatus } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { MinutesEntity } from './minutes.entity';

/**
 * Fields of a meeting that load related rows. Each goes through a per-request DataLoader, so a
 * page of 200 meetings costs one query per field, not one per meeting.
 */
@Resolver(() => MeetingEntity)
export class MeetingFieldsResolver {
  @ResolveField('group', () => WorkingGroupEntity, { nullable: true, description: 'The group holding the meeting.' })
  group(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<WorkingGroupEntity | null> | null {
    return meeting.groupId ? ctx.loaders.one(WorkingGroupEntity).load(meeting.groupId) : null;
  }

  @ResolveField('agenda', () => [AgendaItemEntity], { description: 'The agenda, in order.' })
  agenda(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<AgendaItemEntity[]> {
    return ctx.loaders.many(AgendaItemEntity, 'meetingId', { position: 'ASC' }).load(meeting.id);
  }

  @ResolveField('decisions', () => [DecisionEntity], { description: 'Decisions taken, in order.' })
  decisions(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<DecisionEntity[]> {
    return ctx.loaders.many(DecisionEntity, 'meetingId', { position: 'ASC' }).load(meeting.id);
  }

  @ResolveField('invitations', () => [MeetingInvitationEntity], {
    description: 'Invitations with replies and attendance, by name; empty unless the viewer organises or takes part.',
  })
  async invitations(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MeetingInvitationEntity[]> {
    const relation = await relationTo(ctx, meeting);
    return relation.participates ? invitationsLoader(ctx).load(meeting.id) : [];
  }

  @ResolveField('myInvitation', () => MeetingInvitationEntity, { nullable: true, description: 'The viewer’s own invitation, if invited.' })
  myInvitation(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MeetingInvitationEntity | null> {
    return myInvitation(ctx, meeting);
  }

  @ResolveField('guests', () => [MeetingGuestEntity], { description: 'Walk-in guests; empty unless the viewer organises the meeting.' })
  async guests(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MeetingGuestEntity[]> {
    const relation = await relationTo(ctx, meeting);
    return relation.canManage ? ctx.loaders.many(MeetingGuestEntity, 'meetingId', { fullName: 'ASC' }).load(meeting.id) : [];
  }

  @ResolveField('minutes', () => MinutesEntity, {
    nullable: true,
    description: 'The minutes: published ones for whoever sees the meeting, drafts only for its organisers.',
  })
  async minutes(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MinutesEntity | null> {
    const [minutes] = await ctx.loaders.many(MinutesEntity, 'meetingId').load(meeting.id);
    if (!minutes) return null;
    if (minutes.status === MinutesStatus.PUBLISHED) return minutes;
    return (await relationTo(ctx, meeting)).canManage ? minutes : null;
  }

  @ResolveField('canManage', () => Boolean, { description: 'Whether the viewer organises the meeting.' })
  async canManage(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<boolean> {
    return (await relationTo(ctx, meeting)).canManage;
  }

  @ResolveField('attendanceSummary', () => AttendanceSummary, { description: 'Counts of replies and attendance.' })
  attendanceSummary(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<AttendanceSummary> {
    return summaryLoader(ctx).load(meeting.id);
  }
}

@Resolver(() => AgendaItemEntity)
export class AgendaItemFieldsResolver {
  @ResolveField('presenter', () => PersonEntity, { nullable: true, description: 'Person presenting the item.' })
  presenter(@Parent() item: AgendaItemEntity, @Context() ctx: RequestContext): Promise<PersonEntity | null> | null {
    return item.presenterId ? ctx.loaders.one(PersonEntity).load(item.presenterId) : null;
  }
}

@Resolver(() => MeetingInvitationEntity)
export class MeetingInvitationFieldsResolver {
  @ResolveField('person', () => PersonEntity, { description: 'The invited person.' })
  async person(@Parent() invitation: MeetingInvitationEntity, @Context() ctx: RequestContext): Promise<PersonEntity> {
    return invitation.person ?? (await ctx.loaders.one(PersonEntity).load(invitation.personId))!;
  }

  @ResolveField('organisation', () => OrganisationEntity, { nullable: true, description: 'Organisation the person came for.' })
  organisation(@Parent() invitation: MeetingInvitationEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity | null> | null {
    return invitation.organisationId ? ctx.loaders.one(OrganisationEntity).load(invitation.organisationId) : null;
  }
}

@Resolver(() => MeetingGuestEntity)
export class MeetingGuestFieldsResolver {
  @ResolveField('organisation', () => OrganisationEntity, { nullable: true, description: 'Registered organisation of the guest.' })
  organisation(@Parent() guest: MeetingGuestEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity | null> | null {
    return guest.organisationId ? ctx.loaders.one(OrganisationEntity).load(guest.organisationId) : null;
  }
}

@Resolver(() => MinutesEntity)
export class MinutesFieldsResolver {
  @ResolveField('updatedBy', () => PersonEntity, { nullable: true, description: 'Who saved the minutes last.' })
  updatedBy(@Parent() minutes: MinutesEntity, @Context() ctx: RequestContext): Promise<PersonEntity | null> | null {
    return minutes.updatedById ? ctx.loaders.one(PersonEntity).load(minutes.updatedById) : null;
  }
}
