import { guestConsentText } from '../privacy/consent';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionPlanMeasureEntity } from '../action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { hasAreaRole, Viewer } from '../access/viewer';
import { recordAudit } from '../audit/audit-log';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { badInput, DomainException, notFound } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { Page } from '../common/pagination';
import { CURRENT_MEMBERSHIP_SQL } from '../organisations/organisation-membership.loaders';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { AreaRole } from '../people/area-role.enum';
import { CommentRevisionEntity } from './comment-revision.entity';
import { commentReadable } from './comment-access';
import { CommentRoundEntity } from './comment-round.entity';
import { CommentEntity } from './comment.entity';
import { CommentAudience, CommentTarget, SettlementOutcome } from './comment.enums';
import { RoundAction } from './comment-round-phase';
import { CommentRoundsService } from './comment-rounds.service';
import { assertRoundAllows } from './deadline';
import {
  CommentOrder,
  CommentsArgs,
  EditCommentInput,
  GuestInput,
  HideCommentInput,
  MEASURE_QUOTE_FIELDS,
  PostCommentInput,
  ReplyToCommentInput,
  SECTION_QUOTE_FIELDS,
  SettleCommentInput,
} from './dto/comment.inputs';

/** Outcomes that need a justification: all but a plain acceptance. */
const JUSTIFIED: readonly SettlementOutcome[] = [SettlementOutcome.PARTLY_ACCEPTED, SettlementOutcome.REJECTED, SettlementOutcome.EXPLAINED];

type TargetFields = Pick<
  CommentEntity,
  'target' | 'sectionId' | 'planMeasureId' | 'quoteField' | 'quoteExact' | 'quotePrefix' | 'quoteSuffix' | 'quoteStart' | 'quoteEnd'
>;
type AuthorFields = Pick<CommentEntity, 'authorId' | 'organisationId' | 'guestName' | 'guestEmail' | 'consentAt' | 'consentText'>;

/** Comments and replies: posting within the round's times, the author's edits, moderation and settlement. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: CommentRoundsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** First comments of the round's threads the viewer may read (visitors: public rounds, hidden ones left out). */
  async list(viewer: Viewer, args: CommentsArgs): Promise<Page<CommentEntity>> {
    const round = await this.rounds.readable(viewer, args.roundId);
    const query = this.db
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.roundId = :roundId AND c.parentId IS NULL', { roundId: round.id });
    if (!viewer.person) query.andWhere('c.hiddenAt IS NULL');
    const filter = args.filter;
    if (filter?.target) query.andWhere('c.target = :target', { target: filter.target });
    if (filter?.sectionId) query.andWhere('c.sectionId = :sectionId', { sectionId: filter.sectionId });
    if (filter?.planMeasureId) query.andWhere('c.planMeasureId = :planMeasureId', { planMeasureId: filter.planMeasureId });
    if (filter?.stance) query.andWhere('c.stance = :stance', { stance: filter.stance });
    if (filter?.settled === true) query.andWhere('c.outcome IS NOT NULL');
    if (filter?.settled === false) query.andWhere('c.outcome IS NULL');
    if (filter?.hidden === true) query.andWhere('c.hiddenAt IS NOT NULL');
    if (filter?.hidden === false) query.andWhere('c.hiddenAt IS NULL');
    if (args.order === CommentOrder.UNSETTLED_FIRST) query.orderBy('c.outcome IS NULL', 'DESC').addOrderBy('c.createdAt', 'ASC');
    else query.orderBy('c.createdAt', args.order === CommentOrder.NEWEST ? 'DESC' : 'ASC');
    // The count is always asked (getManyAndCount skips it for a short first page), so a list costs the same statements at any size.
    const [items, total] = await Promise.all([query.clone().addOrderBy('c.id').skip(args.offset).take(args.pageSize).getMany(), query.getCount()]);
    return { items, total };
  }

  /** One comment or reply the viewer may read, or null. */
  async find(viewer: Viewer, id: string): Promise<CommentEntity | null> {
    if (!viewer.area) return null;
    const comment = await this.db.getRepository(CommentEntity).findOneBy({ id, areaId: viewer.area.id });
    if (!comment || viewer.person) return comment;
    const round = await this.db.getRepository(CommentRoundEntity).findOneBy({ id: comment.roundId });
    return commentReadable(viewer, comment, round) ? comment : null;
  }

  async post(viewer: Viewer, input: PostCommentInput): Promise<CommentEntity> {
    return this.db.transaction(async (tx) => {
      const round = await this.roundOf(tx, viewer, input.roundId, 'input.roundId');
      this.assertAllows(viewer, round, 'POST', 'input.roundId');
      const target = await this.target(tx, round, input);
      const author = await this.author(tx, viewer, round, input.guest);
      const repo = tx.getRepository(CommentEntity);
      return repo.save(
        repo.create({ areaId: round.areaId, roundId: round.id, parentId: null, threadId: null, ...target, ...author, stance: input.stance, body: input.body }),
      );
    });
  }

  async reply(viewer: Viewer, input: ReplyToCommentInput): Promise<CommentEntity> {
    return this.db.transaction(async (tx) => {
      const parent = await this.commentOf(tx, viewer, input.parentId, 'input.parentId');
      if (parent.hiddenAt) throw badInput('input.parentId', 'commentHidden');
      const round = await this.roundOf(tx, viewer, parent.roundId, 'input.parentId');
      this.assertAllows(viewer, round, 'REPLY', 'input.parentId');
      const author = await this.author(tx, viewer, round, input.guest);
      const repo = tx.getRepository(CommentEntity);
      const reply = await repo.save(
        repo.create({
          areaId: round.areaId,
          roundId: round.id,
          parentId: parent.id,
          threadId: parent.threadId ?? parent.id,
          target: parent.target,
          sectionId: parent.sectionId,
          planMeasureId: parent.planMeasureId,
          ...author,
          stance: null,
          body: input.body,
        }),
      );
      if (parent.authorId) {
        await this.notifications.notify(tx, {
          areaId: round.areaId,
          kind: NotificationKind.COMMENT_REPLY,
          recipientIds: [parent.authorId],
          actorId: reply.authorId,
          subjectType: NotificationSubject.COMMENT,
          subjectId: reply.id,
          key: `comment-reply:${reply.id}`,
          params: { author: viewer.person?.fullName ?? reply.guestName ?? '', round: round.title },
        });
      }
      return reply;
    });
  }

  /** The author's new text until the round closes; the old text is kept as a revision. */
  async edit(viewer: Viewer, input: EditCommentInput): Promise<CommentEntity> {
    return this.db.transaction(async (tx) => {
      const comment = await this.commentOf(tx, viewer, input.id, 'input.id', true);
      const round = await this.roundOf(tx, viewer, comment.roundId, 'input.id');
      this.assertAllows(viewer, round, 'EDIT', 'input.id');
      if (comment.hiddenAt) throw badInput('input.id', 'commentHidden');
      if (comment.revision !== input.revision) {
        throw new DomainException(ErrorCode.CONFLICT, 'commentRevisionConflict', { field: 'input.revision', params: { current: comment.revision } });
      }
      if (input.stance && comment.parentId) throw badInput('input.stance', 'stanceOnlyForThreads');
      await tx.getRepository(CommentRevisionEntity).insert({ commentId: comment.id, revision: comment.revision, stance: comment.stance, body: comment.body });
      comment.body = input.body;
      if (input.stance) comment.stance = input.stance;
      comment.revision += 1;
      comment.editedAt = new Date();
      return tx.getRepository(CommentEntity).save(comment);
    });
  }

  async hide(viewer: Viewer, input: HideCommentInput): Promise<CommentEntity> {
    return this.moderate(viewer, input.id, 'input.id', (comment) => {
      comment.hiddenAt = new Date();
      comment.hiddenById = viewer.person!.id;
      comment.hiddenReason = input.reason;
      return { action: 'comment.hidden', details: { reason: input.reason } };
    });
  }

  async unhide(viewer: Viewer, id: string): Promise<CommentEntity> {
    return this.moderate(viewer, id, 'id', (comment) => {
      const reason = comment.hiddenReason;
      comment.hiddenAt = null;
      comment.hiddenById = null;
      comment.hiddenReason = null;
      return { action: 'comment.unhidden', details: { previousReason: reason } };
    });
  }

  /**
   * Settles the first comment of a thread (replies need no settlement), at any time from its
   * posting until the round is closed as settled; a new settlement replaces the earlier one.
   * Every settlement is a line of the audit log.
   */
  async settle(viewer: Viewer, input: SettleCommentInput): Promise<CommentEntity> {
    return this.db.transaction(async (tx) => {
      const comment = await this.commentOf(tx, viewer, input.id, 'input.id', true);
      if (comment.parentId) throw badInput('input.id', 'repliesNotSettled');
      if (comment.hiddenAt) throw badInput('input.id', 'commentHidden');
      const round = await this.roundOf(tx, viewer, comment.roundId, 'input.id');
      this.assertAllows(viewer, round, 'SETTLE', 'input.id');
      if (JUSTIFIED.includes(input.outcome) && !input.justification) throw badInput('input.justification', 'justificationRequired');
      const previous = comment.outcome;
      comment.outcome = input.outcome;
      comment.justification = input.justification ?? null;
      comment.changeMade = input.changeMade ?? null;
      comment.settledAt = new Date();
      comment.settledById = viewer.person!.id;
      await tx.getRepository(CommentEntity).save(comment);
      await recordAudit(tx, {
        areaId: comment.areaId,
        actorId: viewer.person!.id,
        action: 'comment.settled',
        subjectType: 'Comment',
        subjectId: comment.id,
        details: { roundId: round.id, outcome: comment.outcome, previousOutcome: previous, justification: comment.justification, changeMade: comment.changeMade },
      });
      if (comment.authorId) {
        await this.notifications.notify(tx, {
          areaId: comment.areaId,
          kind: NotificationKind.COMMENT_SETTLED,
          recipientIds: [comment.authorId],
          actorId: viewer.person!.id,
          subjectType: NotificationSubject.COMMENT,
          subjectId: comment.id,
          // A changed outcome is news again; the same outcome set twice is not.
          key: `comment-settled:${comment.id}:${comment.outcome}`,
          params: { round: round.title, outcome: comment.outcome },
        });
      }
      return comment;
    });
  }

  private moderate(
    viewer: Viewer,
    id: string,
    field: string,
    change: (comment: CommentEntity) => { action: string; details: Record<string, unknown> },
  ): Promise<CommentEntity> {
    return this.db.transaction(async (tx) => {
      const comment = await this.commentOf(tx, viewer, id, field, true);
      const round = await this.roundOf(tx, viewer, comment.roundId, field);
      this.assertAllows(viewer, round, 'HIDE', field);
      const { action, details } = change(comment);
      await tx.getRepository(CommentEntity).save(comment);
      await recordAudit(tx, { areaId: comment.areaId, actorId: viewer.person!.id, action, subjectType: 'Comment', subjectId: comment.id, details });
      return comment;
    });
  }

  private assertAllows(viewer: Viewer, round: CommentRoundEntity, action: RoundAction, field: string): void {
    assertRoundAllows(round, action, { field, locale: viewer.locale, timeZone: viewer.area!.timezone });
  }

  private async roundOf(tx: EntityManager, viewer: Viewer, id: string, field: string): Promise<CommentRoundEntity> {
    const round = await tx.getRepository(CommentRoundEntity).findOneBy({ id, areaId: viewer.area!.id });
    if (!round) throw notFound('unknownCommentRound', field);
    return round;
  }

  private async commentOf(tx: EntityManager, viewer: Viewer, id: string, field: string, lock = false): Promise<CommentEntity> {
    const comment = await tx.getRepository(CommentEntity).findOne({
      where: { id, areaId: viewer.area!.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!comment) throw notFound('unknownComment', field);
    return comment;
  }

  /**
   * Who writes: a person of the area (with the organisation they currently represent, the
   * longest-standing first), or — in a PUBLIC round only — a visitor giving name, e-mail and consent.
   */
  private async author(tx: EntityManager, viewer: Viewer, round: CommentRoundEntity, guest: GuestInput | null | undefined): Promise<AuthorFields> {
    if (viewer.person) {
      const membership = await tx
        .getRepository(OrganisationMembershipEntity)
        .createQueryBuilder('m')
        .where('m.personId = :personId AND m.since <= CURRENT_DATE', { personId: viewer.person.id })
        .andWhere(CURRENT_MEMBERSHIP_SQL)
        .orderBy('m.since', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getOne();
      return { authorId: viewer.person.id, organisationId: membership?.organisationId ?? null, guestName: null, guestEmail: null, consentAt: null, consentText: null };
    }
    if (round.audience !== CommentAudience.PUBLIC) throw badInput('input.roundId', 'forbiddenAudience');
    if (!guest) throw badInput('input.guest', 'guestRequired');
    if (!guest.consent) throw badInput('input.guest.consent', 'consentRequired');
    // The wording the visitor agreed to, as the form showed it in their language (privacy/consent.ts).
    return { authorId: null, organisationId: null, guestName: guest.name, guestEmail: guest.email, consentAt: new Date(), consentText: guestConsentText(viewer.locale) };
  }

  /** The target of a new comment, consistent with its kind and with the version of the round. */
  private async target(tx: EntityManager, round: CommentRoundEntity, input: PostCommentInput): Promise<TargetFields> {
    const none = { sectionId: null, planMeasureId: null, quoteField: null, quoteExact: null, quotePrefix: null, quoteSuffix: null, quoteStart: null, quoteEnd: null };
    const { target, sectionId, planMeasureId, quote } = input;
    const refuse = (field: string) => badInput(`input.${field}`, 'commentTargetMismatch');
    if (target !== CommentTarget.PASSAGE && quote) throw refuse('quote');
    if (target === CommentTarget.DRAFT) {
      if (sectionId) throw refuse('sectionId');
      if (planMeasureId) throw refuse('planMeasureId');
      return { target, ...none };
    }
    if (sectionId && planMeasureId) throw refuse('planMeasureId');
    if (target === CommentTarget.SECTION && !sectionId) throw badInput('input.sectionId', 'validation.isDefined');
    if (target === CommentTarget.SECTION && planMeasureId) throw refuse('planMeasureId');
    if (target === CommentTarget.MEASURE && !planMeasureId) throw badInput('input.planMeasureId', 'validation.isDefined');
    if (target === CommentTarget.MEASURE && sectionId) throw refuse('sectionId');
    if (target === CommentTarget.PASSAGE && !sectionId && !planMeasureId) throw badInput('input.sectionId', 'validation.isDefined');
    if (sectionId && !(await tx.getRepository(ActionPlanSectionEntity).existsBy({ id: sectionId, versionId: round.versionId }))) {
      throw badInput('input.sectionId', 'unknownSection');
    }
    if (planMeasureId && !(await tx.getRepository(ActionPlanMeasureEntity).existsBy({ id: planMeasureId, versionId: round.versionId }))) {
      throw badInput('input.planMeasureId', 'unknownPlanMeasure');
    }
    if (target !== CommentTarget.PASSAGE) return { target, ...none, sectionId: sectionId ?? null, planMeasureId: planMeasureId ?? null };
    if (!quote) throw badInput('input.quote', 'validation.isDefined');
    const fields: readonly string[] = sectionId ? SECTION_QUOTE_FIELDS : MEASURE_QUOTE_FIELDS;
    if (!fields.includes(quote.field)) throw badInput('input.quote.field', 'quoteFieldMismatch');
    if (quote.end <= quote.start || quote.end - quote.start !== quote.exact.length) throw badInput('input.quote.end', 'quoteLength');
    return {
      target,
      sectionId: sectionId ?? null,
      planMeasureId: planMeasureId ?? null,
      quoteField: quote.field,
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      quoteStart: quote.start,
      quoteEnd: quote.end,
    };
  }

  /** Whether the viewer is an area coordinator (sees hidden texts, reasons and revisions). */
  static moderates(viewer: Viewer): boolean {
    return hasAreaRole(viewer, AreaRole.COORDINATOR);
  }
}
