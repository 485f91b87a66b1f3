import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { DomainException, notFound } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { Locale } from '../common/i18n/translate';
import { buildCertificateDocument } from '../documents/certificate-document';
import { documentText } from '../documents/document-labels';
import { DocumentsService } from '../documents/documents.service';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { Attendance, TRAINING_KINDS } from '../meetings/meeting.enums';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/** A day (YYYY-MM-DD) of an instant in a time zone. */
const dayIn = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** Hours between two instants as exact decimal text with at most two places ("6", "1.5", "0.75"). */
export function durationHours(startsAt: Date, endsAt: Date): string {
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60000);
  const hundredths = Math.round((minutes * 100) / 60);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/**
 * The certificate number: the year of the training and the first characters of the attendance
 * record (stable — downloading again prints the same number; unique within the installation in practice).
 */
export const certificateNumber = (meeting: MeetingEntity, invitation: MeetingInvitationEntity): string =>
  `${dayIn(meeting.startsAt, meeting.timezone).slice(0, 4)}/${invitation.id.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

/** Certificates of attendance for people recorded present at a training, seminar or workshop. */
@Injectable()
export class CertificateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  async render(area: AreaEntity, meetingId: string, personId: string, locale: Locale): Promise<Buffer> {
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId, areaId: area.id });
    if (!meeting) throw notFound();
    const invitation = await this.db.getRepository(MeetingInvitationEntity).findOneBy({ meetingId, personId, areaId: area.id });
    if (!TRAINING_KINDS.includes(meeting.kind) || meeting.cancelledAt || invitation?.attendance !== Attendance.PRESENT) {
      throw new DomainException(ErrorCode.FORBIDDEN, 'certificateOnlyForAttendees');
    }
    const [person, organisation, group] = await Promise.all([
      this.db.getRepository(PersonEntity).findOneByOrFail({ id: personId, areaId: area.id }),
      invitation.organisationId ? this.db.getRepository(OrganisationEntity).findOneBy({ id: invitation.organisationId }) : null,
      meeting.groupId ? this.db.getRepository(WorkingGroupEntity).findOneBy({ id: meeting.groupId }) : null,
    ]);
    const model = buildCertificateDocument(
      {
        number: certificateNumber(meeting, invitation),
        participant: person.fullName,
        organisation: organisation?.name ?? null,
        trainingTitle: meeting.title,
        kindName: documentText(locale, `certificate.kinds.${meeting.kind}`),
        firstDay: dayIn(meeting.startsAt, meeting.timezone),
        lastDay: dayIn(new Date(meeting.endsAt.getTime() - 1), meeting.timezone),
        hours: durationHours(meeting.startsAt, meeting.endsAt),
        place: meeting.place,
        organiser: group ? `${group.name}, ${area.name}` : area.name,
        areaName: area.name,
        issuedOn: dayIn(new Date(), area.timezone),
      },
      locale,
    );
    return this.documents.renderPdf(model);
  }
}
