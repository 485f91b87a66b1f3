import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanVersionState } from '../action-plans/action-plan.enums';
import { Viewer } from '../access/viewer';
import { AreaEntity } from '../areas/area.entity';
import { recordAudit } from '../audit/audit-log';
import { badInput, DomainException, notFound } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { roundReadable } from './comment-access';
import { CommentRoundEntity, CommentRoundGroupEntity } from './comment-round.entity';
import { CommentEntity } from './comment.entity';
import { CommentAudience } from './comment.enums';
import { assertRoundAllows } from './deadline';
import { CommentRoundsArgs, OpenCommentRoundInput, UpdateCommentRoundInput } from './dto/comment-round.inputs';

/**
 * Comment rounds: opened by the area coordinator on an issued version, for an audience, between
 * two times; closed as settled once every comment is settled.
 */
@Injectable()
export class CommentRoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Rounds the viewer may read: every round of the area for its people; PUBLIC rounds only for
   * visitors (no person in the area).
   */
  async list(viewer: Viewer, args: CommentRoundsArgs): Promise<CommentRoundEntity[]> {
    if (!viewer.area) return [];
    const query = this.db.getRepository(CommentRoundEntity).createQueryBuilder('r').where('r.areaId = :areaId', { areaId: viewer.area.id });
    if (!viewer.person) query.andWhere('r.audience = :public', { public: CommentAudience.PUBLIC });
    if (args.versionId) query.andWhere('r.versionId = :versionId', { versionId: args.versionId });
    if (args.actionPlanId) {
      query.innerJoin(ActionPlanVersionEntity, 'v', 'v.id = r.versionId').andWhere('v.actionPlanId = :planId', { planId: args.actionPlanId });
    }
    return query.orderBy('r.opensAt', 'DESC').addOrderBy('r.id').getMany();
  }

  /**
   * The public portal's consultations: PUBLIC rounds of the area (by its slug) that are open now or
   * upcoming, the soonest closing first. No login needed.
   */
  async listPublic(areaSlug: string): Promise<CommentRoundEntity[]> {
    return this.db
      .getRepository(CommentRoundEntity)
      .createQueryBuilder('r')
      .innerJoin(AreaEntity, 'a', 'a.id = r.areaId')
      .where('a.slug = :areaSlug AND r.audience = :public AND r.settledAt IS NULL AND r.closesAt > :now', { areaSlug, public: CommentAudience.PUBLIC, now: new Date() })
      .orderBy('r.closesAt', 'ASC')
      .addOrderBy('r.id')
      .getMany();
  }

  /** One round the viewer may read, or null. */
  async find(viewer: Viewer, id: string): Promise<CommentRoundEntity | null> {
    if (!viewer.area) return null;
    const round = await this.db.getRepository(CommentRoundEntity).findOneBy({ id, areaId: viewer.area.id });
    return roundReadable(viewer, round) ? round : null;
  }

  /** One round the viewer may read; otherwise NOT_FOUND naming the argument. */
  async readable(viewer: Viewer, id: string, field = 'roundId'): Promise<CommentRoundEntity> {
    const round = await this.find(viewer, id);
    if (!round) throw notFound('unknownCommentRound', field);
    return round;
  }

  async open(viewer: Viewer, input: OpenCommentRoundInput): Promise<CommentRoundEntity> {
    const areaId = viewer.area!.id;
    return this.db.transaction(async (tx) => {
      const version = await tx.getRepository(ActionPlanVersionEntity).findOneBy({ id: input.versionId, areaId });
      if (!version) throw notFound('unknownActionPlanVersion', 'input.versionId');
      if (version.state !== ActionPlanVersionState.ISSUED) throw badInput('input.versionId', 'versionNotIssued');
      const groupIds = await this.audienceGroups(tx, areaId, input.audience, input.groupIds);
      const repo = tx.getRepository(CommentRoundEntity);
      const round = await repo.save(
        repo.create({
          areaId,
          versionId: version.id,
          title: input.title,
          instructions: input.instructions,
          audience: input.audience,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          settledAt: null,
          settledById: null,
          createdById: viewer.person!.id,
        }),
      );
      if (groupIds.length) await tx.getRepository(CommentRoundGroupEntity).insert(groupIds.map((groupId) => ({ roundId: round.id, groupId })));
      await recordAudit(tx, {
        areaId,
        actorId: viewer.person!.id,
        action: 'commentRound.opened',
        subjectType: 'CommentRound',
        subjectId: round.id,
        details: { versionId: version.id, audience: round.audience, groupIds, opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() },
      });
      await this.notifications.notify(tx, {
        areaId,
        kind: NotificationKind.ROUND_OPENED,
        recipientIds: await this.notifications.roundAudience(tx, round),
        actorId: viewer.person!.id,
        subjectType: NotificationSubject.COMMENT_ROUND,
        subjectId: round.id,
        key: `round-opened:${round.id}`,
        params: { round: round.title, opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() },
      });
      return round;
    });
  }

  async update(viewer: Viewer, input: UpdateCommentRoundInput): Promise<CommentRoundEntity> {
    return this.db.transaction(async (tx) => {
      const round = await this.lock(tx, viewer, input.id, 'input.id');
      assertRoundAllows(round, 'UPDATE', { field: 'input.id', locale: viewer.locale, timeZone: viewer.area!.timezone });
      if (input.title !== undefined) round.title = input.title;
      if (input.instructions !== undefined) round.instructions = input.instructions;
      if (input.opensAt !== undefined) round.opensAt = input.opensAt;
      if (input.closesAt !== undefined) round.closesAt = input.closesAt;
      if (round.closesAt.getTime() <= round.opensAt.getTime()) throw badInput('input.closesAt', 'validation.isAfter');
      await tx.getRepository(CommentRoundEntity).save(round);
      await recordAudit(tx, {
        areaId: round.areaId,
        actorId: viewer.person!.id,
        action: 'commentRound.updated',
        subjectType: 'CommentRound',
        subjectId: round.id,
        details: { opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() },
      });
      return round;
    });
  }

  /**
   * Closes the round as settled: only after its closing time, and only when no first comment of a
   * thread (hidden ones apart) is unsettled — otherwise the error names how many remain.
   */
  async closeAsSettled(viewer: Viewer, roundId: string): Promise<CommentRoundEntity> {
    return this.db.transaction(async (tx) => {
      const round = await this.lock(tx, viewer, roundId, 'roundId');
      assertRoundAllows(round, 'CLOSE_AS_SETTLED', { field: 'roundId', locale: viewer.locale, timeZone: viewer.area!.timezone });
      const unsettled = await tx
        .getRepository(CommentEntity)
        .createQueryBuilder('c')
        .where('c.roundId = :roundId AND c.parentId IS NULL AND c.hiddenAt IS NULL AND c.outcome IS NULL', { roundId })
        .getCount();
      if (unsettled > 0) throw new DomainException(ErrorCode.CONFLICT, 'commentsUnsettled', { field: 'roundId', params: { count: unsettled } });
      round.settledAt = new Date();
      round.settledById = viewer.person!.id;
      await tx.getRepository(CommentRoundEntity).save(round);
      const settled = await tx.getRepository(CommentEntity).countBy({ roundId, parentId: IsNull(), hiddenAt: IsNull() });
      await recordAudit(tx, {
        areaId: round.areaId,
        actorId: viewer.person!.id,
        action: 'commentRound.settled',
        subjectType: 'CommentRound',
        subjectId: round.id,
        details: { comments: settled },
      });
      return round;
    });
  }

  /** The round of the viewer's area, locked for the change. */
  private async lock(tx: EntityManager, viewer: Viewer, id: string, field: string): Promise<CommentRoundEntity> {
    const round = await tx.getRepository(CommentRoundEntity).findOne({ where: { id, areaId: viewer.area!.id }, lock: { mode: 'pessimistic_write' } });
    if (!round) throw notFound('unknownCommentRound', field);
    return round;
  }

  /** Groups are named exactly for a GROUPS round, at least one, all of the area. */
  private async audienceGroups(tx: EntityManager, areaId: string, audience: CommentAudience, groupIds: string[] | null | undefined): Promise<string[]> {
    const ids = groupIds ?? [];
    if (audience !== CommentAudience.GROUPS) {
      if (ids.length) throw badInput('input.groupIds', 'groupsOnlyForGroupAudience');
      return [];
    }
    if (!ids.length) throw badInput('input.groupIds', 'groupsRequiredForAudience');
    const found = await tx.getRepository(WorkingGroupEntity).countBy({ id: In(ids), areaId });
    if (found !== ids.length) throw badInput('input.groupIds', 'unknownGroup');
    return ids;
  }
}
