import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanState } from '../action-plans/action-plan.enums';
import { lockPlan } from '../approvals/approvals.service';
import { AreaEntity } from '../areas/area.entity';
import { recordAudit } from '../audit/audit-log';
import { badInput, conflict } from '../common/errors/domain.exception';
import { todayIn } from '../common/dates';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { nextPlanState, PlanStateTrigger } from './action-plan-state';
import { CouncilResolutionEntity, ResolutionOutcome } from './council-resolution.entity';
import { RecordCouncilResolutionInput } from './dto/publication.inputs';
import { PublishedActionPlan } from './dto/publication.types';

export interface Actor {
  area: AreaEntity;
  personId: string;
}

const TRIGGER: Record<ResolutionOutcome, PlanStateTrigger> = {
  [ResolutionOutcome.APPROVED]: PlanStateTrigger.COUNCIL_APPROVED,
  [ResolutionOutcome.NOT_APPROVED]: PlanStateTrigger.COUNCIL_REJECTED,
  [ResolutionOutcome.RETURNED]: PlanStateTrigger.COUNCIL_RETURNED,
};

/**
 * The council and the public: the clerk records the council's resolution on the version the
 * participants approved, the coordinator publishes the approved plan, and anybody reads published
 * plans of an area without logging in.
 */
@Injectable()
export class PublicationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** The version the participants approved last (the latest round closed as APPROVED), if any. */
  approvedVersion(manager: EntityManager, planId: string): Promise<ActionPlanVersionEntity | null> {
    return manager
      .getRepository(ActionPlanVersionEntity)
      .createQueryBuilder('v')
      .innerJoin('approval_rounds', 'r', `r.version_id = v.id AND r.result = 'APPROVED'`)
      .where('v.actionPlanId = :planId', { planId })
      .orderBy('r.closed_at', 'DESC')
      .getOne();
  }

  approvedVersionOf(planId: string): Promise<ActionPlanVersionEntity | null> {
    return this.approvedVersion(this.db.manager, planId);
  }

  resolutions(areaId: string, planId: string): Promise<CouncilResolutionEntity[]> {
    return this.db.getRepository(CouncilResolutionEntity).find({ where: { areaId, actionPlanId: planId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  findPlan(areaId: string, id: string): Promise<ActionPlanEntity | null> {
    return this.db.getRepository(ActionPlanEntity).findOneBy({ id, areaId });
  }

  /** Records the resolution on a plan waiting for the council and moves the plan as the state table says. */
  recordResolution(actor: Actor, input: RecordCouncilResolutionInput): Promise<CouncilResolutionEntity> {
    const areaId = actor.area.id;
    return this.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, areaId, input.actionPlanId);
      if (plan.state !== ActionPlanState.AWAITING_COUNCIL) throw conflict('publication.planNotAwaitingCouncil');
      const approved = await this.approvedVersion(tx, plan.id);
      if (!approved || approved.id !== input.versionId) throw badInput('input.versionId', 'publication.notApprovedVersion');
      if (input.decidedOn > todayIn(actor.area.timezone)) throw badInput('input.decidedOn', 'publication.decidedInFuture');
      const state = nextPlanState(plan.state, TRIGGER[input.outcome]);
      const resolutions = tx.getRepository(CouncilResolutionEntity);
      const resolution = await resolutions.save(
        resolutions.create({
          areaId,
          actionPlanId: plan.id,
          versionId: approved.id,
          body: input.body,
          number: input.number,
          decidedOn: input.decidedOn,
          outcome: input.outcome,
          note: input.note ?? '',
          recordedById: actor.personId,
        }),
      );
      const approvedAt = input.outcome === ResolutionOutcome.APPROVED ? new Date() : plan.approvedAt;
      await tx.getRepository(ActionPlanEntity).update({ id: plan.id }, { state, approvedAt });
      await recordAudit(tx, {
        areaId,
        actorId: actor.personId,
        action: 'councilResolution.recorded',
        subjectType: 'ActionPlan',
        subjectId: plan.id,
        details: { resolutionId: resolution.id, versionId: approved.id, number: input.number, decidedOn: input.decidedOn, outcome: input.outcome, from: plan.state, to: state },
      });
      // Who approved the version hears what the council made of it, and so do the area's coordinators.
      const told: { id: string }[] = await tx.query(
        `SELECT v.person_id AS id FROM approval_round_voters v JOIN approval_rounds r ON r.id = v.round_id WHERE r.version_id = $1
         UNION SELECT p.id FROM people p WHERE p.area_id = $2 AND 'COORDINATOR' = ANY(p.roles)`,
        [approved.id, areaId],
      );
      await this.notifications.notify(tx, {
        areaId,
        kind: NotificationKind.DECISION,
        recipientIds: told.map((row) => row.id),
        actorId: actor.personId,
        subjectType: NotificationSubject.ACTION_PLAN,
        subjectId: plan.id,
        key: `council-resolution:${resolution.id}`,
        params: { variant: 'council', body: input.body, number: input.number, plan: plan.title, result: input.outcome },
      });
      return resolution;
    });
  }

  /** Publishes a plan the council approved (once: publishing again keeps the first date). */
  publish(actor: Actor, planId: string): Promise<ActionPlanEntity> {
    const areaId = actor.area.id;
    return this.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, areaId, planId);
      if (plan.state !== ActionPlanState.APPROVED) throw conflict('publication.notApproved');
      if (plan.publishedAt) return plan;
      plan.publishedAt = new Date();
      await tx.getRepository(ActionPlanEntity).update({ id: plan.id }, { publishedAt: plan.publishedAt });
      await recordAudit(tx, { areaId, actorId: actor.personId, action: 'actionPlan.published', subjectType: 'ActionPlan', subjectId: plan.id });
      return plan;
    });
  }

  /** Every published plan of the area, newest year first (earlier plans stay published). */
  async listPublished(areaSlug: string): Promise<PublishedActionPlan[]> {
    const plans = await this.publishedQuery(areaSlug).orderBy('p.year', 'DESC').addOrderBy('p.publishedAt', 'DESC').getMany();
    return plans.map(published);
  }

  async getPublished(areaSlug: string, id: string): Promise<PublishedActionPlan | null> {
    const plan = await this.publishedQuery(areaSlug).andWhere('p.id = :id', { id }).getOne();
    return plan ? published(plan) : null;
  }

  private publishedQuery(areaSlug: string) {
    return this.db
      .getRepository(ActionPlanEntity)
      .createQueryBuilder('p')
      .innerJoin(AreaEntity, 'a', 'a.id = p.areaId AND a.slug = :areaSlug', { areaSlug })
      .where('p.publishedAt IS NOT NULL AND p.state = :state', { state: ActionPlanState.APPROVED });
  }
}

const published = (plan: ActionPlanEntity): PublishedActionPlan => ({
  id: plan.id,
  areaId: plan.areaId,
  title: plan.title,
  year: plan.year,
  approvedAt: plan.approvedAt,
  publishedAt: plan.publishedAt!,
});
