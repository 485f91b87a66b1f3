import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, conflict, DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { Page } from '../common/pagination';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { InvitationReply, TRAINING_KINDS } from '../meetings/meeting.enums';
import { MeetingEntity } from '../meetings/meeting.entity';
import { lockOpenMeeting } from '../meetings/meeting-state';
import { SetMeetingRegistrationInput } from './dto/registration.inputs';

/**
 * Self-registration for trainings, seminars and workshops. A registration is the person's own
 * invitation with the reply ATTEND (created by the registration if they were not invited), so the
 * organiser takes attendance in the same register as for any meeting and the statistics count it.
 * The meeting row is locked while a place is taken: concurrent registrations queue behind each
 * other and never fill more places than the capacity.
 */
@Injectable()
export class RegistrationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Trainings, seminars and workshops of the area, not cancelled: upcoming soonest first or past newest first. */
  async list(areaId: string, past: boolean, offset: number, limit: number): Promise<Page<MeetingEntity>> {
    const query = this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.areaId = :areaId AND m.cancelledAt IS NULL AND m.kind IN (:...kinds)', { areaId, kinds: TRAINING_KINDS })
      .andWhere(past ? 'm.endsAt < now()' : 'm.endsAt >= now()')
      .orderBy('m.startsAt', past ? 'DESC' : 'ASC')
      .addOrderBy('m.id', 'ASC')
      .skip(offset)
      .take(limit);
    const [items, total] = await Promise.all([query.getMany(), query.getCount()]);
    return { items, total };
  }

  /** Trainings, seminars and workshops the person registered for or attended, newest first. */
  async mine(areaId: string, personId: string, offset: number, limit: number): Promise<Page<MeetingEntity>> {
    const query = this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin(MeetingInvitationEntity, 'i', 'i.meetingId = m.id AND i.personId = :personId', { personId })
      .where('m.areaId = :areaId AND m.kind IN (:...kinds)', { areaId, kinds: TRAINING_KINDS })
      .andWhere("(i.reply = 'ATTEND' OR i.attendance = 'PRESENT')")
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip(offset)
      .take(limit);
    const [items, total] = await Promise.all([query.getMany(), query.getCount()]);
    return { items, total };
  }

  async configure(areaId: string, input: SetMeetingRegistrationInput): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, input.meetingId);
      if (!TRAINING_KINDS.includes(meeting.kind)) throw badInput('input.meetingId', 'registrationNotForKind');
      if (input.deadline && input.deadline.getTime() > meeting.startsAt.getTime()) throw badInput('input.deadline', 'registrationDeadlineAfterStart');
      meeting.registrationOpen = input.open;
      meeting.registrationDeadline = input.deadline ?? null;
      return tx.getRepository(MeetingEntity).save(meeting);
    });
  }

  /** Registers the person: refused when registration is closed, past its deadline, or all places are taken. */
  async register(areaId: string, personId: string, meetingId: string): Promise<MeetingInvitationEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const now = Date.now();
      if (!TRAINING_KINDS.includes(meeting.kind) || !meeting.registrationOpen) throw conflict('registrationClosed', 'input.meetingId');
      if (meeting.startsAt.getTime() <= now || (meeting.registrationDeadline && meeting.registrationDeadline.getTime() < now)) {
        throw conflict('registrationDeadlinePassed', 'input.meetingId');
      }
      const repo = tx.getRepository(MeetingInvitationEntity);
      const existing = await repo.findOneBy({ meetingId: meeting.id, personId });
      if (existing?.reply === InvitationReply.ATTEND) return existing;
      if (meeting.capacity !== null) {
        const taken = await repo.countBy({ meetingId: meeting.id, reply: InvitationReply.ATTEND });
        if (taken >= meeting.capacity) {
          throw new DomainException(ErrorCode.CONFLICT, 'trainingFull', { field: 'input.meetingId', params: { capacity: meeting.capacity } });
        }
      }
      const registration = existing ?? repo.create({ areaId, meetingId: meeting.id, personId, organisationId: null, attendance: null });
      registration.reply = InvitationReply.ATTEND;
      registration.repliedAt = new Date();
      return repo.save(registration);
    });
  }

  /** Gives the place back (the reply becomes DECLINE); refused once the meeting has started. */
  async cancel(areaId: string, personId: string, meetingId: string): Promise<MeetingInvitationEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const repo = tx.getRepository(MeetingInvitationEntity);
      const registration = await repo.findOneBy({ meetingId: meeting.id, personId, reply: In([InvitationReply.ATTEND]) });
      if (!registration) throw badInput('input.meetingId', 'notRegistered');
      if (meeting.startsAt.getTime() <= Date.now()) throw conflict('registrationCancelTooLate', 'input.meetingId');
      registration.reply = InvitationReply.DECLINE;
      registration.repliedAt = new Date();
      return repo.save(registration);
    });
  }
}
