import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionPlanMeasureEntity } from '../src/action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../src/action-plans/action-plan-section.entity';
import { ActionPlanVersionEntity } from '../src/action-plans/action-plan-version.entity';
import { ActionPlanEntity } from '../src/action-plans/action-plan.entity';
import { ActionPlanVersionState, SectionKind } from '../src/action-plans/action-plan.enums';
import { AreaEntity } from '../src/areas/area.entity';
import { CommentRoundEntity, CommentRoundGroupEntity } from '../src/comments/comment-round.entity';
import { CommentEntity } from '../src/comments/comment.entity';
import { CommentAudience, CommentStance, CommentTarget } from '../src/comments/comment.enums';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { MeasureState } from '../src/measures/measure.enums';
import { strategy } from './strategy-fixtures';

const DAY = 24 * 3600 * 1000;
let year = 2030;

export interface IssuedDraft {
  plan: ActionPlanEntity;
  version: ActionPlanVersionEntity;
  sections: ActionPlanSectionEntity[];
  measures: ActionPlanMeasureEntity[];
}

/**
 * Builders of action plans and comment rounds, straight into the database (independent of the
 * action-plans API): `const draft = await plans.issuedVersion(area)`, `await plans.round(draft.version, …)`.
 */
export function actionPlans(db: DataSource) {
  const s = strategy(db);
  return {
    /** A plan with an issued version 1: two sections and two measure copies (1.1.1 and 1.1.2). */
    async issuedVersion(area: AreaEntity, options: { state?: ActionPlanVersionState } = {}): Promise<IssuedDraft> {
      const strategic = await s.plan(area, { fromYear: 2025, toYear: 2035 });
      const goal = await s.goal(await s.priority(strategic, 'Senioři doma'), 'Dostupná pečovatelská služba');
      const planYear = (year += 1);
      const plan = await db.getRepository(ActionPlanEntity).save({
        areaId: area.id,
        strategicPlanId: strategic.id,
        year: planYear,
        title: `Akční plán sociálních služeb na rok ${planYear}`,
      });
      const state = options.state ?? ActionPlanVersionState.ISSUED;
      const version = await db.getRepository(ActionPlanVersionEntity).save({
        areaId: area.id,
        actionPlanId: plan.id,
        number: 1,
        state,
        issuedAt: state === ActionPlanVersionState.ISSUED ? new Date(Date.now() - DAY) : null,
        issuedById: null,
        changeNote: '',
      });
      const sectionRepo = db.getRepository(ActionPlanSectionEntity);
      const sections = [
        await sectionRepo.save({
          areaId: area.id,
          versionId: version.id,
          lineageId: randomUUID(),
          kind: SectionKind.INTRODUCTION,
          position: 1,
          title: 'Úvod',
          body: 'Akční plán navazuje na střednědobý plán a popisuje, co se v roce udělá pro seniory a rodiny.',
          updatedById: null,
        }),
        await sectionRepo.save({
          areaId: area.id,
          versionId: version.id,
          lineageId: randomUUID(),
          kind: SectionKind.BUDGET_SUMMARY,
          position: 2,
          title: 'Rozpočet',
          body: 'Město vyčlení na opatření 12 milionů korun.',
          updatedById: null,
        }),
      ];
      const measureRepo = db.getRepository(ActionPlanMeasureEntity);
      const measures: ActionPlanMeasureEntity[] = [];
      for (const [index, title] of ['Rozšíření pečovatelské služby', 'Odlehčovací služba'].entries()) {
        const measure = await s.measure(goal, { title, state: MeasureState.ACCEPTED });
        measures.push(
          await measureRepo.save({
            areaId: area.id,
            versionId: version.id,
            measureId: measure.id,
            position: index + 1,
            number: `1.1.${index + 1}`,
            priorityTitle: '1 Senioři doma',
            goalTitle: '1.1 Dostupná pečovatelská služba',
            title,
            description: `Popis opatření ${title}.`,
            rationale: 'Roste počet seniorů žijících sami.',
            targetGroups: ['senioři'],
            responsibleOrganisationName: null,
            partnerNames: [],
            proposingGroupNames: [],
            fromYear: planYear,
            toYear: planYear,
            measureState: MeasureState.ACCEPTED,
            costs: [],
            indicators: [],
            activities: [],
          }),
        );
      }
      return { plan, version, sections, measures };
    },

    /**
     * A round on the version; by default open now (opened yesterday, closing in a week). Past or
     * future rounds are made by the times given, never by waiting.
     */
    async round(
      version: ActionPlanVersionEntity,
      options: { audience?: CommentAudience; groups?: WorkingGroupEntity[]; opensAt?: Date; closesAt?: Date; settledAt?: Date | null } = {},
    ): Promise<CommentRoundEntity> {
      const round = await db.getRepository(CommentRoundEntity).save({
        areaId: version.areaId,
        versionId: version.id,
        title: 'Připomínky k návrhu akčního plánu',
        instructions: '',
        audience: options.audience ?? CommentAudience.AREA_MEMBERS,
        opensAt: options.opensAt ?? new Date(Date.now() - DAY),
        closesAt: options.closesAt ?? new Date(Date.now() + 7 * DAY),
        settledAt: options.settledAt ?? null,
        settledById: null,
        createdById: null,
      });
      if (options.groups?.length) {
        await db.getRepository(CommentRoundGroupEntity).insert(options.groups.map((group) => ({ roundId: round.id, groupId: group.id })));
      }
      return round;
    },

    /** A first comment on the whole draft by a person, straight into the database. */
    comment(round: CommentRoundEntity, authorId: string | null, overrides: Partial<CommentEntity> = {}): Promise<CommentEntity> {
      const repo = db.getRepository(CommentEntity);
      return repo.save(
        repo.create({
          areaId: round.areaId,
          roundId: round.id,
          target: CommentTarget.DRAFT,
          stance: CommentStance.OBJECTION,
          body: 'Připomínka k návrhu.',
          authorId,
          ...(authorId ? {} : { guestName: 'Host', guestEmail: 'host@example.test', consentAt: new Date() }),
          ...overrides,
        }),
      );
    },

    /** Moves a round's times so that it closed a moment ago (no waiting). */
    async closeRound(round: CommentRoundEntity): Promise<void> {
      await db.getRepository(CommentRoundEntity).update(round.id, { opensAt: new Date(Date.now() - 8 * DAY), closesAt: new Date(Date.now() - 60 * 1000) });
    },
  };
}
