import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import csPlans from '@komplan/i18n/locales/cs/actionPlans.json';
import enPlans from '@komplan/i18n/locales/en/actionPlans.json';
import plPlans from '@komplan/i18n/locales/pl/actionPlans.json';
import { randomUUID } from 'node:crypto';
import { Between, DataSource, EntityManager, In, LessThan } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { badInput, conflict, notFound } from '../common/errors/domain.exception';
import { Locale } from '../common/i18n/translate';
import { CommentRoundEntity } from '../comments/comment-round.entity';
import { CommentEntity } from '../comments/comment.entity';
import { PersonEntity } from '../people/person.entity';
import { Siblings } from '../strategy/ordering';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { ActionPlanMeasureEntity } from './action-plan-measure.entity';
import { diffMeasures, diffSections, measureKey, ReasonsByTarget, sectionKey } from './action-plan-diff';
import { ActionPlanSectionEntity } from './action-plan-section.entity';
import { ActionPlanVersionEntity } from './action-plan-version.entity';
import { ActionPlanEntity } from './action-plan.entity';
import { ActionPlanState, ActionPlanVersionState, MEASURE_FIELDS, SECTION_FIELDS, SectionKind } from './action-plan.enums';
import { ChangeLinkEntity } from './change-link.entity';
import {
  AddActionPlanSectionInput,
  CreateActionPlanInput,
  IssueActionPlanVersionInput,
  LinkChangeInput,
  MoveActionPlanSectionInput,
  UpdateActionPlanSectionInput,
} from './dto/action-plan.inputs';
import { ActionPlanDiff, ChangeReason, SectionConflictExtensions } from './dto/action-plan.types';
import { asCopy, copyMeasures, insertCopies, refreshCopies } from './measure-copy';

/** Who acts: the area and the person (the rules have made sure of both). */
export interface Actor {
  areaId: string;
  personId: string;
  locale: Locale;
}

/** The sections every new action plan starts with, in order. */
export const DEFAULT_SECTIONS: readonly SectionKind[] = [SectionKind.INTRODUCTION, SectionKind.ANALYSIS, SectionKind.BUDGET_SUMMARY, SectionKind.IMPLEMENTATION];

const SECTION_TITLES: Record<Locale, Record<string, string>> = {
  cs: csPlans.defaultSections,
  pl: plPlans.defaultSections,
  en: enPlans.defaultSections,
};

/** Length of the comment excerpt a diff shows beside a change. */
const EXCERPT = 200;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1).trimEnd()}…`;
}

/**
 * Action plans and their versions: the draft's sections (saved with an optimistic lock), its
 * copies of the accepted measures, issuing a version (immutable from then on, the next draft
 * starts from it), links from changes to settled comments, and the diff of two versions.
 */
@Injectable()
export class ActionPlansService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Action plans of the area, the latest year first. */
  list(areaId: string): Promise<ActionPlanEntity[]> {
    return this.db.getRepository(ActionPlanEntity).find({ where: { areaId }, order: { year: 'DESC', createdAt: 'DESC' } });
  }

  find(areaId: string, id: string): Promise<ActionPlanEntity | null> {
    return this.db.getRepository(ActionPlanEntity).findOneBy({ id, areaId });
  }

  findVersion(areaId: string, id: string): Promise<ActionPlanVersionEntity | null> {
    return this.db.getRepository(ActionPlanVersionEntity).findOneBy({ id, areaId });
  }

  create(actor: Actor, input: CreateActionPlanInput): Promise<ActionPlanEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const strategic = await tx.getRepository(StrategicPlanEntity).findOneBy({ id: input.strategicPlanId, areaId });
      if (!strategic) throw badInput('input.strategicPlanId', 'unknownPlan');
      if (input.year < strategic.fromYear || input.year > strategic.toYear) {
        throw badInput('input.year', 'actionPlanYearOutsidePeriod', { from: strategic.fromYear, to: strategic.toYear });
      }
      if (await tx.getRepository(ActionPlanEntity).existsBy({ areaId, year: input.year })) throw conflict('actionPlanYearTaken', 'input.year');
      const plans = tx.getRepository(ActionPlanEntity);
      const plan = await plans.save(
        plans.create({ areaId, strategicPlanId: strategic.id, year: input.year, title: input.title, state: ActionPlanState.DRAFT, approvedAt: null, publishedAt: null }),
      );
      const version = await tx.getRepository(ActionPlanVersionEntity).save({
        areaId, actionPlanId: plan.id, number: 1, state: ActionPlanVersionState.DRAFT, issuedAt: null, issuedById: null, changeNote: '',
      });
      const titles = SECTION_TITLES[actor.locale];
      await tx.getRepository(ActionPlanSectionEntity).insert(
        DEFAULT_SECTIONS.map((kind, index) => ({
          areaId, versionId: version.id, lineageId: randomUUID(), kind, position: index + 1, title: titles[kind] ?? kind, body: '', revision: 1, updatedById: actor.personId,
        })),
      );
      await insertCopies(tx, version.id, await copyMeasures(tx, areaId, strategic.id, input.year));
      return plan;
    });
  }

  /**
   * Saves a section of a draft when nobody saved it since `revision`; otherwise CONFLICT with the
   * stored text (`theirs`) and the text sent (`yours`) in the error's extensions. The check and the
   * write are one UPDATE, so of two saves from the same revision exactly one wins.
   */
  updateSection(actor: Actor, input: UpdateActionPlanSectionInput): Promise<ActionPlanSectionEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const section = await this.sectionOf(tx, areaId, input.id, 'input.id');
      await this.lockDraft(tx, areaId, section.versionId, 'input.id', 'pessimistic_read');
      const result = await tx
        .createQueryBuilder()
        .update(ActionPlanSectionEntity)
        .set({ title: input.title, body: input.body, revision: () => 'revision + 1', updatedById: actor.personId })
        .where('id = :id AND area_id = :areaId AND revision = :revision', { id: section.id, areaId, revision: input.revision })
        .execute();
      if (!result.affected) {
        const current = (await tx.getRepository(ActionPlanSectionEntity).findOneBy({ id: section.id }))!;
        const by = current.updatedById ? await tx.getRepository(PersonEntity).findOneBy({ id: current.updatedById }) : null;
        const extensions: SectionConflictExtensions = {
          theirs: { title: current.title, body: current.body, revision: current.revision, updatedAt: current.updatedAt.toISOString(), updatedByName: by?.fullName ?? null },
          yours: { title: input.title, body: input.body, revision: input.revision },
        };
        throw conflict('sectionConflict', 'input.revision', { ...extensions });
      }
      return (await tx.getRepository(ActionPlanSectionEntity).findOneBy({ id: section.id }))!;
    });
  }

  addSection(actor: Actor, input: AddActionPlanSectionInput): Promise<ActionPlanSectionEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const version = await this.lockDraft(tx, areaId, input.versionId, 'input.versionId');
      const position = await new Siblings(tx, ActionPlanSectionEntity, 'versionId').openAt(version.id, input.position, 'input.position');
      const sections = tx.getRepository(ActionPlanSectionEntity);
      return sections.save(
        sections.create({ areaId, versionId: version.id, lineageId: randomUUID(), kind: SectionKind.OTHER, position, title: input.title, body: '', revision: 1, updatedById: actor.personId }),
      );
    });
  }

  moveSection(actor: Actor, input: MoveActionPlanSectionInput): Promise<ActionPlanSectionEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const section = await this.sectionOf(tx, areaId, input.id, 'input.id');
      await this.lockDraft(tx, areaId, section.versionId, 'input.id');
      const siblings = new Siblings(tx, ActionPlanSectionEntity, 'versionId');
      if (input.position > (await siblings.count(section.versionId))) throw badInput('input.position', 'positionOutOfRange', { max: await siblings.count(section.versionId) });
      section.position = await siblings.move(section, section.versionId, input.position, 'input.position');
      return section;
    });
  }

  removeSection(actor: Actor, id: string): Promise<boolean> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const section = await this.sectionOf(tx, areaId, id, 'id');
      await this.lockDraft(tx, areaId, section.versionId, 'id');
      await tx.getRepository(ActionPlanSectionEntity).delete({ id: section.id, areaId });
      await new Siblings(tx, ActionPlanSectionEntity, 'versionId').closeAt(section.versionId, section.position);
      return true;
    });
  }

  /** Re-copies the measures into a draft: new accepted ones added, changed ones updated, ineligible ones dropped. */
  refreshMeasures(actor: Actor, versionId: string): Promise<ActionPlanVersionEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const version = await this.lockDraft(tx, areaId, versionId, 'versionId');
      await this.refresh(tx, version);
      return version;
    });
  }

  /**
   * Issues a draft: its measures are refreshed, it becomes ISSUED (immutable) with an audit line,
   * and the next draft (number + 1) starts as its copy: the same sections (same lineage, revision 1)
   * and measures.
   */
  issue(actor: Actor, input: IssueActionPlanVersionInput): Promise<ActionPlanVersionEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const version = await this.lockDraft(tx, areaId, input.versionId, 'input.versionId');
      const refreshed = await this.refresh(tx, version);
      const issuedAt = new Date();
      const versions = tx.getRepository(ActionPlanVersionEntity);
      await versions.update({ id: version.id, areaId }, { state: ActionPlanVersionState.ISSUED, issuedAt, issuedById: actor.personId, changeNote: input.changeNote });
      await recordAudit(tx, {
        areaId,
        actorId: actor.personId,
        action: 'actionPlanVersion.issued',
        subjectType: 'ActionPlanVersion',
        subjectId: version.id,
        details: { actionPlanId: version.actionPlanId, number: version.number, changeNote: input.changeNote, measures: refreshed },
      });
      const next = await versions.save({
        areaId, actionPlanId: version.actionPlanId, number: version.number + 1, state: ActionPlanVersionState.DRAFT, issuedAt: null, issuedById: null, changeNote: '',
      });
      const sections = await tx.getRepository(ActionPlanSectionEntity).find({ where: { versionId: version.id }, order: { position: 'ASC' } });
      if (sections.length) {
        await tx.getRepository(ActionPlanSectionEntity).insert(
          sections.map((s) => ({ areaId, versionId: next.id, lineageId: s.lineageId, kind: s.kind, position: s.position, title: s.title, body: s.body, revision: 1, updatedById: s.updatedById })),
        );
      }
      const measures = await tx.getRepository(ActionPlanMeasureEntity).find({ where: { versionId: version.id }, order: { position: 'ASC' } });
      await insertCopies(tx, next.id, measures.map(asCopy));
      return Object.assign(version, { state: ActionPlanVersionState.ISSUED, issuedAt, issuedById: actor.personId, changeNote: input.changeNote });
    });
  }

  /** Links a change in a draft to a settled comment of a round on the previous issued version of the same plan. */
  linkChange(actor: Actor, input: LinkChangeInput): Promise<ChangeLinkEntity> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const version = await this.lockDraft(tx, areaId, input.versionId, 'input.versionId');
      const sectionLineageId = input.sectionLineageId ?? null;
      const measureId = input.measureId ?? null;
      if ((sectionLineageId === null) === (measureId === null)) throw badInput('input.sectionLineageId', 'changeTargetOne');
      const field = input.field ?? null;
      if (field !== null && !(sectionLineageId ? SECTION_FIELDS : MEASURE_FIELDS).includes(field)) throw badInput('input.field', 'changeFieldInvalid');
      const previous = await tx.getRepository(ActionPlanVersionEntity).findOne({
        where: { actionPlanId: version.actionPlanId, state: ActionPlanVersionState.ISSUED, number: LessThan(version.number) },
        order: { number: 'DESC' },
      });
      if (!previous) throw badInput('input.commentId', 'changeCommentNotOnPrevious');
      const versionIds = [version.id, previous.id];
      const targetExists = sectionLineageId
        ? await tx.getRepository(ActionPlanSectionEntity).existsBy({ versionId: In(versionIds), lineageId: sectionLineageId })
        : await tx.getRepository(ActionPlanMeasureEntity).existsBy({ versionId: In(versionIds), measureId: measureId! });
      if (!targetExists) throw badInput(sectionLineageId ? 'input.sectionLineageId' : 'input.measureId', 'changeTargetUnknown');
      const comment = await tx.getRepository(CommentEntity).findOneBy({ id: input.commentId, areaId });
      const round = comment ? await tx.getRepository(CommentRoundEntity).findOneBy({ id: comment.roundId, areaId }) : null;
      if (!comment || round?.versionId !== previous.id) throw badInput('input.commentId', 'changeCommentNotOnPrevious');
      if (comment.outcome === null) throw badInput('input.commentId', 'changeCommentUnsettled');
      const links = tx.getRepository(ChangeLinkEntity);
      const existing = (await links.findBy({ versionId: version.id, commentId: comment.id })).find(
        (link) => link.sectionLineageId === sectionLineageId && link.measureId === measureId && link.field === field,
      );
      if (existing) return existing;
      return links.save(links.create({ areaId, versionId: version.id, sectionLineageId, measureId, field, commentId: comment.id, createdById: actor.personId }));
    });
  }

  unlinkChange(actor: Actor, id: string): Promise<boolean> {
    const { areaId } = actor;
    return this.db.transaction(async (tx) => {
      const link = await tx.getRepository(ChangeLinkEntity).findOneBy({ id, areaId });
      if (!link) throw notFound('notFound', 'id');
      await this.lockDraft(tx, areaId, link.versionId, 'id');
      await tx.getRepository(ChangeLinkEntity).delete({ id: link.id, areaId });
      return true;
    });
  }

  /**
   * The differences between two versions of one plan, section by section (by lineage) and measure
   * by measure, field by field; each change carries the settled comments it was linked to in the
   * versions after `from` up to `to`. A constant number of statements.
   */
  async diff(areaId: string, fromVersionId: string, toVersionId: string): Promise<ActionPlanDiff> {
    const versions = await this.db.getRepository(ActionPlanVersionEntity).findBy({ id: In([fromVersionId, toVersionId]), areaId });
    const from = versions.find((v) => v.id === fromVersionId);
    const to = versions.find((v) => v.id === toVersionId);
    if (!from) throw notFound('notFound', 'fromVersionId');
    if (!to) throw notFound('notFound', 'toVersionId');
    if (from.actionPlanId !== to.actionPlanId) throw badInput('toVersionId', 'versionsOfDifferentPlans');
    const sections = await this.db.getRepository(ActionPlanSectionEntity).find({ where: { versionId: In([from.id, to.id]) }, order: { position: 'ASC' } });
    const measures = await this.db.getRepository(ActionPlanMeasureEntity).find({ where: { versionId: In([from.id, to.id]) }, order: { position: 'ASC' } });
    const reasons = await this.reasons(areaId, from, to);
    return {
      from,
      to,
      sections: diffSections(sections.filter((s) => s.versionId === from.id), sections.filter((s) => s.versionId === to.id), reasons),
      measures: diffMeasures(measures.filter((m) => m.versionId === from.id), measures.filter((m) => m.versionId === to.id), reasons),
    };
  }

  private async reasons(areaId: string, from: ActionPlanVersionEntity, to: ActionPlanVersionEntity): Promise<ReasonsByTarget> {
    const byTarget: ReasonsByTarget = new Map();
    if (to.number <= from.number) return byTarget;
    const between = await this.db.getRepository(ActionPlanVersionEntity).findBy({ actionPlanId: to.actionPlanId, number: Between(from.number + 1, to.number) });
    if (!between.length) return byTarget;
    const numberOf = new Map(between.map((v) => [v.id, v.number]));
    const links = await this.db.getRepository(ChangeLinkEntity).find({ where: { versionId: In([...numberOf.keys()]), areaId }, order: { createdAt: 'ASC' } });
    if (!links.length) return byTarget;
    const comments = await this.db.getRepository(CommentEntity).findBy({ id: In([...new Set(links.map((l) => l.commentId))]) });
    const commentById = new Map(comments.map((c) => [c.id, c]));
    for (const link of links) {
      const comment = commentById.get(link.commentId);
      const reason: ChangeReason = {
        linkId: link.id,
        commentId: link.commentId,
        versionNumber: numberOf.get(link.versionId)!,
        field: link.field,
        excerpt: comment && !comment.hiddenAt ? excerpt(comment.body) : '',
        outcome: comment?.outcome ?? null,
        justification: comment?.justification ?? null,
      };
      const key = link.sectionLineageId ? sectionKey(link.sectionLineageId) : measureKey(link.measureId!);
      byTarget.set(key, [...(byTarget.get(key) ?? []), reason]);
    }
    return byTarget;
  }

  private async refresh(tx: EntityManager, version: ActionPlanVersionEntity) {
    const plan = (await tx.getRepository(ActionPlanEntity).findOneBy({ id: version.actionPlanId }))!;
    return refreshCopies(tx, version.areaId, version.id, await copyMeasures(tx, version.areaId, plan.strategicPlanId, plan.year));
  }

  private async sectionOf(tx: EntityManager, areaId: string, id: string, field: string): Promise<ActionPlanSectionEntity> {
    const section = await tx.getRepository(ActionPlanSectionEntity).findOneBy({ id, areaId });
    if (!section) throw notFound('notFound', field);
    return section;
  }

  /**
   * The version, locked (exclusively for changes of the version itself, shared for saves of its
   * sections, so issuing waits for saves in flight and saves after it see it issued); CONFLICT
   * when it is issued.
   */
  private async lockDraft(
    tx: EntityManager,
    areaId: string,
    versionId: string,
    field: string,
    mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write',
  ): Promise<ActionPlanVersionEntity> {
    const version = await tx.getRepository(ActionPlanVersionEntity).findOne({ where: { id: versionId, areaId }, lock: { mode } });
    if (!version) throw notFound('notFound', field);
    if (version.state !== ActionPlanVersionState.DRAFT) throw conflict('versionIssued', field);
    return version;
  }
}
