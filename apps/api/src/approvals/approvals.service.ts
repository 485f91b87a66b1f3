import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanState, ActionPlanVersionState } from '../action-plans/action-plan.enums';
import { recordAudit } from '../audit/audit-log';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain.exception';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { nextPlanState, PlanStateTrigger } from '../publication/action-plan-state';
import { ApprovalRoundEntity, ApprovalRoundGroupEntity, ApprovalRoundVoterEntity } from './approval-round.entity';
import { ApprovalResult, ApprovalRoundPhase, VoteChoice } from './approval.enums';
import { ApprovalTally } from './dto/approval.types';
import { CastVoteInput, OpenApprovalRoundInput } from './dto/approval.inputs';
import { decideRound, emptyCounts, roundPhase, VoteCounts } from './quorum';
import { VoteEntity } from './vote.entity';

/** Who acts: the area and the person (the rules have made sure of both). */
export interface Actor {
  areaId: string;
  personId: string;
}

/**
 * Approval rounds on issued versions of action plans: opening with a snapshot of the eligible
 * voters, votes (one per person, held by the unique key and written as an upsert), the live tally
 * and the close that stores the result and, when approved, sends the plan to the council. Every
 * vote and close is written to the audit log in its transaction.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  find(areaId: string, id: string): Promise<ApprovalRoundEntity | null> {
    return this.db.getRepository(ApprovalRoundEntity).findOneBy({ id, areaId });
  }

  /** Rounds of a plan or of a version, newest first. */
  list(areaId: string, filter: { actionPlanId?: string | null; versionId?: string | null }): Promise<ApprovalRoundEntity[]> {
    const query = this.db
      .getRepository(ApprovalRoundEntity)
      .createQueryBuilder('r')
      .innerJoin(ActionPlanVersionEntity, 'v', 'v.id = r.versionId')
      .where('r.areaId = :areaId', { areaId });
    if (filter.actionPlanId) query.andWhere('v.actionPlanId = :planId', { planId: filter.actionPlanId });
    if (filter.versionId) query.andWhere('r.versionId = :versionId', { versionId: filter.versionId });
    return query.orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'ASC').getMany();
  }

  /**
   * Opens a round on an issued version of a plan that is still being drafted. The eligible voters
   * are the current members of the chosen groups now; later changes of the groups do not change
   * them. A plan has at most one round not yet closed (so at most one per version).
   */
  open(actor: Actor, input: OpenApprovalRoundInput, now = new Date()): Promise<ApprovalRoundEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const version = await tx.getRepository(ActionPlanVersionEntity).findOneBy({ id: input.versionId, areaId });
      if (!version) throw badInput('input.versionId', 'approval.unknownVersion');
      if (version.state !== ActionPlanVersionState.ISSUED) throw badInput('input.versionId', 'approval.versionNotIssued');
      const plan = await lockPlan(tx, areaId, version.actionPlanId);
      if (plan.state !== ActionPlanState.DRAFT) throw conflict('approval.planNotDraft');
      const unclosed = await tx
        .getRepository(ApprovalRoundEntity)
        .createQueryBuilder('r')
        .innerJoin(ActionPlanVersionEntity, 'v', 'v.id = r.versionId')
        .where('v.actionPlanId = :planId AND r.closedAt IS NULL', { planId: plan.id })
        .getExists();
      if (unclosed) throw conflict('approval.roundAlreadyOpen');
      if (input.closesAt.getTime() <= now.getTime()) throw badInput('input.closesAt', 'approval.closesInPast');
      const groups = await tx.getRepository(WorkingGroupEntity).countBy({ id: In(input.groupIds), areaId, archivedAt: IsNull() });
      if (groups !== input.groupIds.length) throw badInput('input.groupIds', 'unknownGroup');
      const voters: { person_id: string }[] = await tx.query(
        `SELECT DISTINCT person_id FROM group_memberships WHERE area_id = $1 AND group_id = ANY($2) AND left_at IS NULL`,
        [areaId, input.groupIds],
      );
      if (voters.length === 0) throw badInput('input.groupIds', 'approval.noVoters');
      const rounds = tx.getRepository(ApprovalRoundEntity);
      const round = await rounds.save(
        rounds.create({
          areaId,
          versionId: version.id,
          title: input.title,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          quorumPercent: input.quorumPercent,
          approvalPercent: input.approvalPercent,
          eligibleCount: voters.length,
          closedAt: null,
          closedById: null,
          result: null,
          createdById: actor.personId,
        }),
      );
      await tx.getRepository(ApprovalRoundGroupEntity).insert(input.groupIds.map((groupId) => ({ roundId: round.id, groupId })));
      await tx.getRepository(ApprovalRoundVoterEntity).insert(voters.map((row) => ({ roundId: round.id, personId: row.person_id })));
      await recordAudit(tx, {
        areaId,
        actorId: actor.personId,
        action: 'approvalRound.opened',
        subjectType: 'ApprovalRound',
        subjectId: round.id,
        details: { versionId: version.id, groupIds: input.groupIds, eligible: voters.length, quorumPercent: input.quorumPercent, approvalPercent: input.approvalPercent },
      });
      return round;
    });
  }

  /**
   * Casts or changes the actor's vote while the round is open by the server clock. One row per
   * person and round: the upsert on the unique key replaces an earlier vote, so concurrent votes
   * never make two. The round row is share-locked so a close waits for votes in flight.
   */
  vote(actor: Actor, input: CastVoteInput, now = new Date()): Promise<VoteEntity> {
    const { areaId, personId } = actor;
    return this.db.transaction(async (tx) => {
      const round = await tx.getRepository(ApprovalRoundEntity).findOne({ where: { id: input.roundId, areaId }, lock: { mode: 'pessimistic_read' } });
      if (!round) throw notFound();
      if (!(await tx.getRepository(ApprovalRoundVoterEntity).existsBy({ roundId: round.id, personId }))) throw forbidden();
      if (roundPhase(round, now) !== ApprovalRoundPhase.OPEN) throw conflict('approval.roundNotOpen');
      const withReservations = input.choice === VoteChoice.APPROVE_WITH_RESERVATIONS;
      if (withReservations && !input.reservation) throw badInput('input.reservation', 'approval.reservationRequired');
      const rows: { id: string; inserted: boolean }[] = await tx.query(
        `INSERT INTO votes (round_id, person_id, choice, reservation) VALUES ($1, $2, $3, $4)
         ON CONFLICT (round_id, person_id) DO UPDATE
           SET choice = EXCLUDED.choice, reservation = EXCLUDED.reservation, updated_at = now()
         RETURNING id, (xmax = 0) AS inserted`,
        [round.id, personId, input.choice, withReservations ? input.reservation : null],
      );
      const { id, inserted } = rows[0]!;
      await recordAudit(tx, {
        areaId,
        actorId: personId,
        action: inserted ? 'vote.cast' : 'vote.changed',
        subjectType: 'ApprovalRound',
        subjectId: round.id,
        details: { voteId: id, choice: input.choice },
      });
      return tx.getRepository(VoteEntity).findOneByOrFail({ id });
    });
  }

  /**
   * Closes a round after its closing time (or earlier once every eligible voter has voted),
   * computes and stores the result with the counts, and sends an approved plan to the council.
   */
  close(actor: Actor, roundId: string, now = new Date()): Promise<ApprovalRoundEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const round = await tx.getRepository(ApprovalRoundEntity).findOne({ where: { id: roundId, areaId }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw notFound();
      if (round.closedAt) throw conflict('approval.roundClosed');
      const counts = (await countVotes(tx, [round.id])).get(round.id) ?? emptyCounts();
      const eligible = round.eligibleCount ?? 0;
      const outcome = decideRound(eligible, counts, round);
      if (now < round.closesAt && outcome.votesCast < eligible) throw conflict('approval.roundStillOpen');
      const changes: Partial<ApprovalRoundEntity> = {
        closedAt: now,
        closedById: actor.personId,
        result: outcome.result,
        approveCount: counts.APPROVE,
        reservationsCount: counts.APPROVE_WITH_RESERVATIONS,
        rejectCount: counts.REJECT,
        abstainCount: counts.ABSTAIN,
      };
      await tx.getRepository(ApprovalRoundEntity).update({ id: round.id }, changes);
      await recordAudit(tx, {
        areaId,
        actorId: actor.personId,
        action: 'approvalRound.closed',
        subjectType: 'ApprovalRound',
        subjectId: round.id,
        details: { result: outcome.result, eligible, ...counts },
      });
      const voters = await tx.getRepository(ApprovalRoundVoterEntity).find({ select: { personId: true }, where: { roundId: round.id } });
      await this.notifications.notify(tx, {
        areaId,
        kind: NotificationKind.DECISION,
        recipientIds: voters.map((voter) => voter.personId),
        actorId: actor.personId,
        subjectType: NotificationSubject.APPROVAL_ROUND,
        subjectId: round.id,
        key: `approval-closed:${round.id}`,
        params: { variant: 'approval', round: round.title, result: outcome.result },
      });
      if (outcome.result === ApprovalResult.APPROVED) {
        const version = await tx.getRepository(ActionPlanVersionEntity).findOneByOrFail({ id: round.versionId });
        const plan = await lockPlan(tx, areaId, version.actionPlanId);
        const state = nextPlanState(plan.state, PlanStateTrigger.PARTICIPANTS_APPROVED);
        await tx.getRepository(ActionPlanEntity).update({ id: plan.id }, { state });
        await recordAudit(tx, {
          areaId,
          actorId: actor.personId,
          action: 'actionPlan.stateChanged',
          subjectType: 'ActionPlan',
          subjectId: plan.id,
          details: { from: plan.state, to: state, roundId: round.id, versionId: version.id },
        });
      }
      return Object.assign(round, changes);
    });
  }

  /** The tally of one round: what a live view (query or subscription) shows. */
  async tally(roundId: string): Promise<ApprovalTally | null> {
    const round = await this.db.getRepository(ApprovalRoundEntity).findOneBy({ id: roundId });
    return round ? (await this.tallies([round]))[0]! : null;
  }

  /** Tallies of several rounds with one query. */
  async tallies(rounds: readonly ApprovalRoundEntity[]): Promise<ApprovalTally[]> {
    const counts = await countVotes(this.db.manager, rounds.map((round) => round.id));
    return rounds.map((round) => tallyOf(round, counts.get(round.id) ?? emptyCounts()));
  }
}

/** The tally of a round from its vote counts; a closed round shows its stored result. */
export function tallyOf(round: ApprovalRoundEntity, counts: VoteCounts): ApprovalTally {
  const eligible = round.eligibleCount ?? 0;
  const outcome = decideRound(eligible, counts, round);
  return {
    eligible,
    approve: counts.APPROVE,
    approveWithReservations: counts.APPROVE_WITH_RESERVATIONS,
    reject: counts.REJECT,
    abstain: counts.ABSTAIN,
    votesCast: outcome.votesCast,
    turnoutPercent: eligible === 0 ? 0 : Math.round((outcome.votesCast * 1000) / eligible) / 10,
    quorumVotes: outcome.quorumVotes,
    quorumMet: outcome.quorumMet,
    approvalMet: outcome.approvalMet,
    result: round.result ?? outcome.result,
  };
}

/** Votes by choice for each round named. */
async function countVotes(manager: EntityManager, roundIds: string[]): Promise<Map<string, VoteCounts>> {
  const result = new Map<string, VoteCounts>();
  if (!roundIds.length) return result;
  const rows: { round_id: string; choice: VoteChoice; n: number }[] = await manager.query(
    `SELECT round_id, choice, count(*)::int AS n FROM votes WHERE round_id = ANY($1) GROUP BY round_id, choice`,
    [roundIds],
  );
  for (const row of rows) {
    const counts = result.get(row.round_id) ?? emptyCounts();
    counts[row.choice] = row.n;
    result.set(row.round_id, counts);
  }
  return result;
}

/** The action plan, locked for the rest of the transaction (state changes of one plan queue up). */
export async function lockPlan(tx: EntityManager, areaId: string, planId: string): Promise<ActionPlanEntity> {
  const plan = await tx.getRepository(ActionPlanEntity).findOne({ where: { id: planId, areaId }, lock: { mode: 'pessimistic_write' } });
  if (!plan) throw notFound();
  return plan;
}
