import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAfter } from '../../common/validation/is-after.decorator';
import { IsTimeZone } from '../../common/validation/is-time-zone.decorator';
import { Attendance, InvitationReply, MeetingKind } from '../meeting.enums';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'One item of an agenda, in the order given.' })
export class AgendaItemInput {
  @Field({ description: 'What is discussed.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'Person presenting the item.' })
  @IsOptional()
  @IsUUID('all')
  presenterId?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for the item.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned duration in minutes.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  durationMinutes?: number | null;

  @Field(() => ID, { nullable: true, description: 'A measure of the area discussed under the item.' })
  @IsOptional()
  @IsUUID('all')
  measureId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A development intention of the area, visible to the viewer, discussed under the item.' })
  @IsOptional()
  @IsUUID('all')
  intentionId?: string | null;
}

@InputType({ description: 'A new meeting of a group or of the whole area.' })
export class CreateMeetingInput {
  @Field(() => ID, { nullable: true, description: 'The group holding the meeting; empty for an area-wide meeting.' })
  @IsOptional()
  @IsUUID('all')
  groupId?: string | null;

  @Field(() => MeetingKind, { description: 'Kind of meeting.' })
  @IsEnum(MeetingKind)
  kind!: MeetingKind;

  @Field({ description: 'Title of the meeting.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Purpose and practical notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => Date, { description: 'Start.' })
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { description: 'End; must be later than the start.' })
  @IsDate()
  @IsAfter('startsAt')
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'IANA time zone; by default the area one.' })
  @IsOptional()
  @IsTimeZone()
  @MaxLength(60)
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: 'Address or room.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to join online (http or https).' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Maximum number of participants.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Shown to the public without login.' })
  @IsBoolean()
  isPublic: boolean = false;

  @Field(() => ID, { nullable: true, description: 'The funded project the meeting is reported under.' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string | null;

  @Field(() => [AgendaItemInput], { defaultValue: [], description: 'The agenda, in order.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda: AgendaItemInput[] = [];
}

@InputType({ description: 'Changes of a meeting; omitted fields stay as they are.' })
export class UpdateMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Move the meeting to this group (the viewer must coordinate it too).' })
  @IsOptional()
  @IsUUID('all')
  groupId?: string | null;

  @Field(() => MeetingKind, { nullable: true, description: 'Kind of meeting.' })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true, description: 'Title of the meeting.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Purpose and practical notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start.' })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End; must be later than the start.' })
  @IsOptional()
  @IsDate()
  @IsAfter('startsAt')
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  @IsOptional()
  @IsTimeZone()
  @MaxLength(60)
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: 'Address or room; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to join online; null clears it.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Maximum number of participants; null clears it.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Shown to the public without login.' })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The funded project the meeting is reported under; null takes it out of the project.' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string | null;

  @Field(() => [AgendaItemInput], { nullable: true, description: 'A new agenda replacing the old one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda?: AgendaItemInput[] | null;
}

@InputType({ description: 'The whole agenda of a meeting, replacing the previous one.' })
export class SetAgendaInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => [AgendaItemInput], { description: 'Items in order.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  items!: AgendaItemInput[];
}

@InputType({ description: 'Invites the members of a group and/or named people; inviting someone twice changes nothing.' })
export class InviteToMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'Invite every current member of this group.' })
  @IsOptional()
  @IsUUID('all')
  groupId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Invite these people of the area.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  personIds?: string[] | null;
}

@InputType({ description: "The viewer's reply to an invitation." })
export class ReplyToInvitationInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => InvitationReply, { description: 'Attend, decline or maybe.' })
  @IsEnum(InvitationReply)
  @IsIn([InvitationReply.ATTEND, InvitationReply.DECLINE, InvitationReply.MAYBE])
  reply!: InvitationReply;
}

@InputType({ description: 'Attendance of one invitee.' })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The invited person.' })
  @IsUUID('all')
  personId!: string;

  @Field(() => Attendance, { description: 'Present, excused or absent.' })
  @IsEnum(Attendance)
  attendance!: Attendance;

  @Field(() => ID, { nullable: true, description: 'Organisation the person came for; by default their organisation on the meeting date.' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;
}

@InputType({ description: 'Attendance of invitees of a meeting.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => [AttendanceEntryInput], { description: 'One entry per invitee recorded.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@InputType({ description: 'A walk-in guest of a meeting.' })
export class AddMeetingGuestInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field({ description: 'Name of the guest.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @Field(() => ID, { nullable: true, description: 'Registered organisation of the guest.' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation named by the guest when it is not registered.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisationName?: string | null;
}

@InputType({ description: 'Removes a guest entry.' })
export class RemoveMeetingGuestInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => ID, { description: 'The guest entry.' })
  @IsUUID('all')
  guestId!: string;
}

@InputType({ description: 'A save of the minutes naming the version it edited.' })
export class SaveMinutesInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field({ description: 'Text of the minutes (Markdown).' })
  @IsString()
  @MaxLength(200000)
  body!: string;

  @Field(() => Int, { description: 'Version the text was edited from; 0 when there are no minutes yet.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@InputType({ description: 'Publication of the minutes at the version the viewer has read.' })
export class PublishMinutesInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => Int, { description: 'Version being published.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'A decision taken at a meeting.' })
export class AddDecisionInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field({ description: 'Wording of the decision.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text!: string;
}

@InputType({ description: 'Removes a decision; later ones are renumbered.' })
export class RemoveDecisionInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field(() => ID, { description: 'The decision.' })
  @IsUUID('all')
  decisionId!: string;
}
