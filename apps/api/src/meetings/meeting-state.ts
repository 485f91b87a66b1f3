import { EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/errors/domain.exception';
import { MeetingEntity } from './meeting.entity';

/**
 * The meeting a change is about, locked for the rest of the transaction so that concurrent
 * changes (numbering decisions, filling the capacity) queue behind each other. A cancelled
 * meeting refuses every change.
 */
export async function lockOpenMeeting(tx: EntityManager, areaId: string, meetingId: string): Promise<MeetingEntity> {
  const meeting = await tx.getRepository(MeetingEntity).findOne({
    where: { id: meetingId, areaId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!meeting) throw notFound();
  if (meeting.cancelledAt) throw conflict('meetingCancelled');
  return meeting;
}
