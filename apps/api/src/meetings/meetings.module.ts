import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import {
  AgendaItemFieldsResolver,
  MeetingFieldsResolver,
  MeetingGuestFieldsResolver,
  MeetingInvitationFieldsResolver,
  MinutesFieldsResolver,
} from './meeting-fields.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';
import { ParticipationService } from './participation.service';
import { PublicMeetingsResolver } from './public-meetings.resolver';

/** Meetings: scheduling, invitations and attendance, minutes and decisions, the public calendar. */
@Module({
  imports: [NotificationsModule],
  providers: [
    MeetingsService,
    ParticipationService,
    MinutesService,
    MeetingsResolver,
    PublicMeetingsResolver,
    MeetingFieldsResolver,
    AgendaItemFieldsResolver,
    MeetingInvitationFieldsResolver,
    MeetingGuestFieldsResolver,
    MinutesFieldsResolver,
  ],
  exports: [MeetingsService],
})
export class MeetingsModule {}
