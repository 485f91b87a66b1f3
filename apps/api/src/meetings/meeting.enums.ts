import { registerEnumType } from '@nestjs/graphql';

export enum MeetingKind {
  WORKING_GROUP = 'WORKING_GROUP',
  MANAGEMENT_TEAM = 'MANAGEMENT_TEAM',
  PUBLIC_FORUM = 'PUBLIC_FORUM',
  TRAINING = 'TRAINING',
  WORKSHOP = 'WORKSHOP',
  SEMINAR = 'SEMINAR',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(MeetingKind, { name: 'MeetingKind', description: 'Kind of meeting.' });

/** Kinds of meeting people register for themselves (trainings/): trainings, seminars and workshops. */
export const TRAINING_KINDS: readonly MeetingKind[] = [MeetingKind.TRAINING, MeetingKind.SEMINAR, MeetingKind.WORKSHOP];

export enum InvitationReply {
  PENDING = 'PENDING',
  ATTEND = 'ATTEND',
  DECLINE = 'DECLINE',
  MAYBE = 'MAYBE',
}
registerEnumType(InvitationReply, { name: 'InvitationReply', description: "An invitee's reply to an invitation." });

export enum Attendance {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}
registerEnumType(Attendance, { name: 'Attendance', description: 'Whether an invitee came to the meeting.' });

export enum MinutesStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MinutesStatus, { name: 'MinutesStatus', description: 'Draft minutes are internal; published ones are final.' });
