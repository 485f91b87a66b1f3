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
import { approvalFixtures } from './approval-fixtures';

const DAY = 24 * 3600 * 1000;

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
  // Plan, version, section and measure rows are written as the approval fixtures write them (one year counter: one plan per year and area).
  const rows = approvalFixtures(db);
  return {
    /** A plan with an issued version 1: two sections and two measure copies (1.1.1 and 1.1.2). */
    async issuedVersion(area: AreaEntity, options: { state?: ActionPlanVersionState } = {}): Promise<IssuedDraft> {
      const plan = await rows.plan(area);
      const state = options.state ?? ActionPlanVersionState.ISSUED;
      const version = await rows.version(plan, { state, issuedAt: state === ActionPlanVersionState.ISSUED ? new Date(Date.now() - DAY) : null });
      const sections = [
        await rows.section(version, 'Úvod', 'Akční plán navazuje na střednědobý plán a popisuje, co se v roce udělá pro seniory a rodiny.', SectionKind.INTRODUCTION),
        await rows.section(version, 'Rozpočet', 'Město vyčlení na opatření 12 milionů korun.', SectionKind.BUDGET_SUMMARY),
      ];
      const measures: ActionPlanMeasureEntity[] = [];
      for (const title of ['Rozšíření pečovatelské služby', 'Odlehčovací služba']) {
        measures.push(
          await rows.measureCopy(version, plan, {
            title,
            description: `Popis opatření ${title}.`,
            rationale: 'Roste počet seniorů žijících sami.',
            responsibleOrganisationName: null,
            fromYear: plan.year,
            toYear: plan.year,
            costs: [],
            indicators: [],
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
