import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, DomainException, notFound } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { DecisionEntity } from './decision.entity';
import { MinutesStatus } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { lockOpenMeeting } from './meeting-state';
import { MinutesEntity } from './minutes.entity';

const versionConflict = (current: number) =>
  new DomainException(ErrorCode.CONFLICT, 'minutesConflict', { field: 'input.expectedVersion', params: { current } });

/**
 * Minutes and decisions. Every save of the minutes names the version it was edited from; the
 * version check and the write are one conditional statement, so of two saves from the same
 * version exactly one wins and the other gets a conflict (nothing is silently overwritten).
 */
@Injectable()
export class MinutesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async save(areaId: string, meetingId: string, body: string, expectedVersion: number, personId: string | null): Promise<MinutesEntity> {
    await this.openMeeting(areaId, meetingId);
    const repo = this.db.getRepository(MinutesEntity);
    if (expectedVersion === 0) {
      const inserted = await repo
        .createQueryBuilder()
        .insert()
        .values({ areaId, meetingId, body, version: 1, status: MinutesStatus.DRAFT, updatedById: personId })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (id) return repo.findOneByOrFail({ id });
    } else {
      const updated = await repo
        .createQueryBuilder()
        .update()
        .set({ body, version: () => 'version + 1', updatedById: personId })
        .where('meetingId = :meetingId AND areaId = :areaId AND version = :expectedVersion AND status = :draft', {
          meetingId,
          areaId,
          expectedVersion,
          draft: MinutesStatus.DRAFT,
        })
        .returning('id')
        .execute();
      const id = (updated.raw as { id: string }[])[0]?.id;
      if (id) return repo.findOneByOrFail({ id });
    }
    throw await this.whyRefused(areaId, meetingId);
  }

  async publish(areaId: string, meetingId: string, expectedVersion: number, personId: string | null): Promise<MinutesEntity> {
    await this.openMeeting(areaId, meetingId);
    const repo = this.db.getRepository(MinutesEntity);
    const updated = await repo
      .createQueryBuilder()
      .update()
      .set({ status: MinutesStatus.PUBLISHED, publishedAt: () => 'now()', updatedById: personId })
      .where("meetingId = :meetingId AND areaId = :areaId AND version = :expectedVersion AND status = :draft AND btrim(body) <> ''", {
        meetingId,
        areaId,
        expectedVersion,
        draft: MinutesStatus.DRAFT,
      })
      .returning('id')
      .execute();
    const id = (updated.raw as { id: string }[])[0]?.id;
    if (id) return repo.findOneByOrFail({ id });
    const current = await repo.findOneBy({ meetingId, areaId });
    // No minutes yet, or the version read is current but its text is blank: nothing to publish.
    if (!current || (current.status === MinutesStatus.DRAFT && current.version === expectedVersion)) throw conflict('minutesEmpty');
    throw await this.whyRefused(areaId, meetingId);
  }

  async addDecision(areaId: string, meetingId: string, text: string): Promise<DecisionEntity> {
    return this.db.transaction(async (tx) => {
      // The meeting row lock serialises numbering: two decisions never get the same number.
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const [{ next }] = (await tx.query(`SELECT COALESCE(MAX(position), 0) + 1 AS next FROM meeting_decisions WHERE meeting_id = $1`, [
        meeting.id,
      ])) as [{ next: number }];
      const repo = tx.getRepository(DecisionEntity);
      return repo.save(repo.create({ areaId, meetingId: meeting.id, position: Number(next), text: text.trim() }));
    });
  }

  async removeDecision(areaId: string, meetingId: string, decisionId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const decision = await tx.getRepository(DecisionEntity).findOneBy({ id: decisionId, meetingId: meeting.id, areaId });
      if (!decision) throw notFound('notFound', 'input.decisionId');
      await tx.getRepository(DecisionEntity).delete(decision.id);
      await tx.query(`UPDATE meeting_decisions SET position = position - 1 WHERE meeting_id = $1 AND position > $2`, [
        meeting.id,
        decision.position,
      ]);
      return true;
    });
  }

  /** Minutes of a cancelled meeting are not written (no lock needed: the save itself is atomic). */
  private async openMeeting(areaId: string, meetingId: string): Promise<void> {
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId, areaId });
    if (!meeting) throw notFound();
    if (meeting.cancelledAt) throw conflict('meetingCancelled');
  }

  /** The error for a refused save or publication, judged from the minutes as they are now. */
  private async whyRefused(areaId: string, meetingId: string): Promise<DomainException> {
    const current = await this.db.getRepository(MinutesEntity).findOneBy({ meetingId, areaId });
    if (current?.status === MinutesStatus.PUBLISHED) return conflict('minutesPublished');
    return versionConflict(current?.version ?? 0);
  }
}
