import { DataSource } from 'typeorm';
import { ActionPlanMeasureEntity } from '../src/action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../src/action-plans/action-plan-section.entity';
import { ActionPlanVersionEntity } from '../src/action-plans/action-plan-version.entity';
import { ActionPlanEntity } from '../src/action-plans/action-plan.entity';
import { ActionPlanState, ActionPlanVersionState, SectionKind } from '../src/action-plans/action-plan.enums';
import { ApprovalRoundEntity, ApprovalRoundGroupEntity, ApprovalRoundVoterEntity } from '../src/approvals/approval-round.entity';
import { ApprovalResult } from '../src/approvals/approval.enums';
import { AreaEntity } from '../src/areas/area.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { FundingSource, MeasureState } from '../src/measures/measure.enums';
import { PersonEntity } from '../src/people/person.entity';
import { StrategicPlanEntity } from '../src/strategy/strategic-plan.entity';
import { CouncilResolutionEntity, ResolutionOutcome } from '../src/publication/council-resolution.entity';
import { strategy } from './strategy-fixtures';

const HOUR = 3600 * 1000;
// One plan per year and area: the fixtures' plans count from 2301 (the action-plans cases, made through the API, from 2001).
let years = 2300;

/**
 * Action plans, versions, sections, measure copies and approval rounds straight into the database
 * (independent of the action-plans API): `const a = approvalFixtures(t.db); const { plan, version } = await a.issuedPlan(area)`.
 */
export function approvalFixtures(db: DataSource) {
  const s = strategy(db);
  const fixtures = {
    async plan(area: AreaEntity, overrides: Partial<ActionPlanEntity> = {}): Promise<ActionPlanEntity> {
      const strategic = await s.plan(area, { fromYear: 2025, toYear: 2400 });
      return db.getRepository(ActionPlanEntity).save({
        areaId: area.id,
        strategicPlanId: strategic.id,
        year: (years += 1),
        title: `Akční plán sociálních služeb na rok ${years}`,
        state: ActionPlanState.DRAFT,
        approvedAt: null,
        publishedAt: null,
        ...overrides,
      });
    },

    async version(plan: ActionPlanEntity, overrides: Partial<ActionPlanVersionEntity> = {}): Promise<ActionPlanVersionEntity> {
      const number = (await db.getRepository(ActionPlanVersionEntity).countBy({ actionPlanId: plan.id })) + 1;
      return db.getRepository(ActionPlanVersionEntity).save({
        areaId: plan.areaId,
        actionPlanId: plan.id,
        number,
        state: ActionPlanVersionState.ISSUED,
        issuedAt: new Date(),
        issuedById: null,
        changeNote: '',
        ...overrides,
      });
    },

    async section(version: ActionPlanVersionEntity, title: string, body: string, kind = SectionKind.OTHER): Promise<ActionPlanSectionEntity> {
      const position = (await db.getRepository(ActionPlanSectionEntity).countBy({ versionId: version.id })) + 1;
      return db.getRepository(ActionPlanSectionEntity).save({
        areaId: version.areaId,
        versionId: version.id,
        lineageId: crypto.randomUUID(),
        kind,
        position,
        title,
        body,
        revision: 1,
        updatedById: null,
      });
    },

    /** A copy of a (new) accepted measure in the version, with a cost and an indicator. */
    async measureCopy(version: ActionPlanVersionEntity, plan: ActionPlanEntity, overrides: Partial<ActionPlanMeasureEntity> = {}): Promise<ActionPlanMeasureEntity> {
      const strategic = await db.getRepository(StrategicPlanEntity).findOneByOrFail({ id: plan.strategicPlanId });
      const priority = await s.priority(strategic);
      const goal = await s.goal(priority);
      const measure = await s.measure(goal, { state: MeasureState.ACCEPTED });
      const position = (await db.getRepository(ActionPlanMeasureEntity).countBy({ versionId: version.id })) + 1;
      return db.getRepository(ActionPlanMeasureEntity).save({
        areaId: version.areaId,
        versionId: version.id,
        measureId: measure.id,
        position,
        number: `1.1.${position}`,
        priorityTitle: '1 Senioři doma',
        goalTitle: '1.1 Dostupná pečovatelská služba',
        title: `Opatření ${position}`,
        description: 'Rozšíření terénní pečovatelské služby.',
        rationale: 'Čekatelé na službu.',
        targetGroups: ['senioři'],
        responsibleOrganisationName: 'Správa sociálních služeb',
        partnerNames: [],
        proposingGroupNames: [],
        fromYear: 2026,
        toYear: 2026,
        measureState: MeasureState.ACCEPTED,
        costs: [{ year: 2026, source: FundingSource.MUNICIPALITY, amount: '1250000.10' }],
        indicators: [{ name: 'Počet klientů', unit: 'osoby', baseline: '120', target: '150' }],
        activities: [],
        ...overrides,
      });
    },

    /** A draft plan with an issued version 1 holding two sections and two measures. */
    async issuedPlan(area: AreaEntity, planOverrides: Partial<ActionPlanEntity> = {}) {
      const plan = await fixtures.plan(area, planOverrides);
      const version = await fixtures.version(plan);
      await fixtures.section(version, 'Úvod', 'Plán **navazuje** na střednědobý plán.\n\n- senioři\n- rodiny', SectionKind.INTRODUCTION);
      await fixtures.section(version, 'Rozpočet', 'Celkem 1,25 mil. Kč.', SectionKind.BUDGET_SUMMARY);
      await fixtures.measureCopy(version, plan);
      await fixtures.measureCopy(version, plan, { title: 'Odlehčovací služba' });
      return { plan, version };
    },

    /** A round written directly (no rules checked), with the given voters; open now unless told otherwise. */
    async round(
      version: ActionPlanVersionEntity,
      voters: PersonEntity[],
      overrides: Partial<ApprovalRoundEntity> = {},
      groups: WorkingGroupEntity[] = [],
    ): Promise<ApprovalRoundEntity> {
      const round = await db.getRepository(ApprovalRoundEntity).save({
        areaId: version.areaId,
        versionId: version.id,
        title: 'Schválení akčního plánu',
        opensAt: new Date(Date.now() - HOUR),
        closesAt: new Date(Date.now() + 24 * HOUR),
        quorumPercent: 50,
        approvalPercent: 50,
        eligibleCount: voters.length,
        closedAt: null,
        closedById: null,
        result: null,
        createdById: null,
        ...overrides,
      });
      if (groups.length) await db.getRepository(ApprovalRoundGroupEntity).insert(groups.map((group) => ({ roundId: round.id, groupId: group.id })));
      if (voters.length) await db.getRepository(ApprovalRoundVoterEntity).insert(voters.map((person) => ({ roundId: round.id, personId: person.id })));
      return round;
    },

    /** A plan the participants approved in a closed round on its version 1: waiting for the council. */
    async awaitingCouncil(area: AreaEntity) {
      const { plan, version } = await fixtures.issuedPlan(area, { state: ActionPlanState.AWAITING_COUNCIL });
      await fixtures.round(version, [], { closedAt: new Date(), result: ApprovalResult.APPROVED, closesAt: new Date() });
      return { plan, version };
    },

    /** A plan approved by the council (resolution recorded), not yet published. */
    async approved(area: AreaEntity, number = 'ZM 1/2026') {
      const { plan, version } = await fixtures.awaitingCouncil(area);
      await db.getRepository(CouncilResolutionEntity).save({
        areaId: area.id,
        actionPlanId: plan.id,
        versionId: version.id,
        body: 'Zastupitelstvo města',
        number,
        decidedOn: '2026-01-15',
        outcome: ResolutionOutcome.APPROVED,
        note: '',
        recordedById: null,
      });
      await db.getRepository(ActionPlanEntity).update({ id: plan.id }, { state: ActionPlanState.APPROVED, approvedAt: new Date() });
      return { plan, version };
    },
  };
  return fixtures;
}
