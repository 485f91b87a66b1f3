import { recordAudit } from '../audit/audit-log';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Viewer } from '../access/viewer';
import { AccessPolicy } from '../access/access.policy';
import { badInput, notFound } from '../common/errors/domain.exception';
import { todayIn } from '../common/dates';
import { Page } from '../common/pagination';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { IntentionMeasureEntity } from '../links/intention-measure.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganisationSide } from '../organisations/organisation-side.enum';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SERVICE_TYPES } from '../services/service-catalogue';
import { serviceShapeProblems } from '../services/service-rules';
import { SocialServiceEntity } from '../services/social-service.entity';
import { DevelopmentIntentionEntity } from './development-intention.entity';
import {
  CreateIntentionInput,
  IntentionCallInput,
  IntentionFilter,
  IntentionInput,
  IntentionOpinionInput,
  IntentionOutcomeInput,
  IntentionStepInput,
  UpdateIntentionInput,
} from './dto/intention.input';
import { IntentionCallEntity } from './intention-call.entity';
import { formatHundredths, parseHundredths } from '../common/money';
import { FUNDING_SOURCES } from './intention-funding';
import { IntentionHistoryEntity } from './intention-history.entity';
import { IntentionAction, nextState } from './intention-transitions';
import { IntentionKind, IntentionState, PRIVATE_STATES } from './intention.enums';

/** Development intentions: drafts of providers, their review, forwarding and outcome. */
@Injectable()
export class IntentionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * The intentions the viewer may see: submitted ones (and later states) to every member of the
   * area; drafts and withdrawn drafts only to the staff of the owning provider organisation —
   * not to other providers and not to the coordinators, since nothing was submitted yet.
   */
  async visibleQuery(viewer: Viewer, filter: IntentionFilter | null | undefined): Promise<SelectQueryBuilder<DevelopmentIntentionEntity>> {
    const own = await this.policy.providerOrganisations(viewer);
    const query = this.db
      .getRepository(DevelopmentIntentionEntity)
      .createQueryBuilder('i')
      .where('i.areaId = :areaId', { areaId: viewer.area!.id })
      .andWhere(
        new Brackets((visible) => {
          visible.where('i.state NOT IN (:...private)', { private: PRIVATE_STATES });
          if (own.length > 0) visible.orWhere('i.organisationId IN (:...own)', { own });
        }),
      );
    if (filter?.state) query.andWhere('i.state = :state', { state: filter.state });
    if (filter?.kind) query.andWhere('i.kind = :kind', { kind: filter.kind });
    if (filter?.organisationId) query.andWhere('i.organisationId = :organisationId', { organisationId: filter.organisationId });
    if (filter?.reviewingGroupId) query.andWhere('i.reviewingGroupId = :groupId', { groupId: filter.reviewingGroupId });
    if (filter?.startYear) query.andWhere('i.startYear = :startYear', { startYear: filter.startYear });
    return query;
  }

  async list(viewer: Viewer, filter: IntentionFilter | null | undefined, offset: number, limit: number): Promise<Page<DevelopmentIntentionEntity>> {
    const query = await this.visibleQuery(viewer, filter);
    const [items, total] = await query.orderBy('i.createdAt', 'DESC').addOrderBy('i.id').skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  async find(viewer: Viewer, id: string): Promise<DevelopmentIntentionEntity | null> {
    return (await this.visibleQuery(viewer, null)).andWhere('i.id = :id', { id }).getOne();
  }

  async create(viewer: Viewer, input: CreateIntentionInput): Promise<DevelopmentIntentionEntity> {
    const areaId = viewer.area!.id;
    return this.db.transaction(async (tx) => {
      const organisation = await tx.getRepository(OrganisationEntity).findOneBy({ id: input.organisationId, areaId });
      if (!organisation) throw badInput('input.organisationId', 'unknownOrganisation');
      if (organisation.side !== OrganisationSide.PROVIDER) throw badInput('input.organisationId', 'notProviderOrganisation');
      const content = await this.content(tx, areaId, input.organisationId, input);
      const repo = tx.getRepository(DevelopmentIntentionEntity);
      const intention = await repo.save(repo.create({ areaId, organisationId: input.organisationId, state: IntentionState.DRAFT, ...content }));
      await this.linkMeasures(tx, intention, input.linkedMeasureIds);
      await this.record(tx, intention, viewer, null, '');
      return intention;
    });
  }

  async update(viewer: Viewer, input: UpdateIntentionInput): Promise<DevelopmentIntentionEntity> {
    return this.db.transaction(async (tx) => {
      const intention = await this.lock(tx, viewer, input.id);
      if (intention.state !== IntentionState.DRAFT) throw badInput('input.id', 'intentionNotDraft');
      Object.assign(intention, await this.content(tx, intention.areaId, intention.organisationId, input));
      await tx.getRepository(DevelopmentIntentionEntity).save(intention);
      await this.linkMeasures(tx, intention, input.linkedMeasureIds);
      await this.record(tx, intention, viewer, IntentionState.DRAFT, '');
      return intention;
    });
  }

  /** Submits a draft before the deadline of the call for its start year. */
  submit(viewer: Viewer, input: IntentionStepInput): Promise<DevelopmentIntentionEntity> {
    return this.step(viewer, input.id, 'SUBMIT', input.reason ?? '', async (tx, intention) => {
      const call = await tx.getRepository(IntentionCallEntity).findOneBy({ areaId: intention.areaId, year: intention.startYear });
      if (!call) throw badInput('startYear', 'noIntentionCall', { year: intention.startYear });
      const today = todayIn(viewer.area!.timezone);
      if (today > call.deadline) throw badInput('id', 'submissionDeadlinePassed', { date: call.deadline, year: call.year });
      intention.submittedAt = new Date();
    });
  }

  withdraw(viewer: Viewer, input: IntentionStepInput): Promise<DevelopmentIntentionEntity> {
    return this.step(viewer, input.id, 'WITHDRAW', input.reason ?? '');
  }

  recordOpinion(viewer: Viewer, input: IntentionOpinionInput): Promise<DevelopmentIntentionEntity> {
    return this.step(viewer, input.id, input.recommended ? 'RECOMMEND' : 'NOT_RECOMMEND', input.reasons, async (tx, intention) => {
      if (input.meetingId) {
        const meeting = await tx.getRepository(MeetingEntity).findOneBy({ id: input.meetingId, areaId: intention.areaId });
        if (!meeting || (meeting.groupId !== null && meeting.groupId !== intention.reviewingGroupId)) {
          throw badInput('input.meetingId', 'meetingNotOfGroup');
        }
      }
      intention.opinionReasons = input.reasons;
      intention.opinionMeetingId = input.meetingId ?? null;
    });
  }

  forward(viewer: Viewer, input: IntentionStepInput): Promise<DevelopmentIntentionEntity> {
    return this.step(viewer, input.id, 'FORWARD', input.reason ?? '');
  }

  recordOutcome(viewer: Viewer, input: IntentionOutcomeInput): Promise<DevelopmentIntentionEntity> {
    return this.step(viewer, input.id, input.included ? 'INCLUDE' : 'NOT_INCLUDE', input.reason ?? '');
  }

  async setCall(viewer: Viewer, input: IntentionCallInput): Promise<IntentionCallEntity> {
    const areaId = viewer.area!.id;
    await this.db
      .getRepository(IntentionCallEntity)
      .createQueryBuilder()
      .insert()
      .values({ areaId, year: input.year, deadline: input.deadline })
      .orUpdate(['deadline'], ['area_id', 'year'])
      .execute();
    return this.db.getRepository(IntentionCallEntity).findOneByOrFail({ areaId, year: input.year });
  }

  calls(areaId: string): Promise<IntentionCallEntity[]> {
    return this.db.getRepository(IntentionCallEntity).find({ where: { areaId }, order: { year: 'ASC' } });
  }

  /** One step of the transition table, recorded in the history, in one transaction. */
  private step(
    viewer: Viewer,
    id: string,
    action: IntentionAction,
    reason: string,
    check?: (tx: EntityManager, intention: DevelopmentIntentionEntity) => Promise<void>,
  ): Promise<DevelopmentIntentionEntity> {
    return this.db.transaction(async (tx) => {
      const intention = await this.lock(tx, viewer, id);
      const from = intention.state;
      intention.state = nextState(from, action);
      await check?.(tx, intention);
      await tx.getRepository(DevelopmentIntentionEntity).save(intention);
      await this.record(tx, intention, viewer, from, reason);
      return intention;
    });
  }

  /** The intention, locked; a draft of another organisation is not there for the viewer. */
  private async lock(tx: EntityManager, viewer: Viewer, id: string): Promise<DevelopmentIntentionEntity> {
    const intention = await tx.getRepository(DevelopmentIntentionEntity).findOne({
      where: { id, areaId: viewer.area!.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!intention) throw notFound('unknownIntention', 'id');
    if (PRIVATE_STATES.includes(intention.state) && !(await this.policy.representsProvider(viewer, intention.organisationId))) {
      throw notFound('unknownIntention', 'id');
    }
    return intention;
  }

  private async record(tx: EntityManager, intention: DevelopmentIntentionEntity, viewer: Viewer, from: IntentionState | null, reason: string): Promise<void> {
    await tx.getRepository(IntentionHistoryEntity).insert({
      areaId: intention.areaId,
      intentionId: intention.id,
      personId: viewer.person!.id,
      fromState: from,
      toState: intention.state,
      reason,
    });
    await recordAudit(tx, {
      areaId: intention.areaId,
      actorId: viewer.person!.id,
      action: from === null ? 'intention.created' : 'intention.transitioned',
      subjectType: 'DevelopmentIntention',
      subjectId: intention.id,
      details: { from, to: intention.state },
    });
  }

  /** The checked columns of a draft: the service belongs to the organisation, the numbers fit the kind and the form. */
  private async content(tx: EntityManager, areaId: string, organisationId: string, input: IntentionInput): Promise<Partial<DevelopmentIntentionEntity>> {
    const group = await tx.getRepository(WorkingGroupEntity).findOneBy({ id: input.reviewingGroupId, areaId });
    if (!group || group.archivedAt) throw badInput('input.reviewingGroupId', 'unknownGroup');
    let type;
    let form;
    let currentCapacity: number;
    if (input.kind === IntentionKind.NEW_SERVICE) {
      if (input.serviceId) throw badInput('input.serviceId', 'newServiceHasNoService');
      if (!input.newService) throw badInput('input.newService', 'newServiceRequired');
      if (input.currentCapacity) throw badInput('input.currentCapacity', 'newServiceCurrentCapacity');
      ({ type, form } = input.newService);
      currentCapacity = 0;
    } else {
      if (!input.serviceId) throw badInput('input.serviceId', 'serviceRequired');
      if (input.newService) throw badInput('input.newService', 'newServiceOnlyForNew');
      const service = await tx.getRepository(SocialServiceEntity).findOneBy({ id: input.serviceId, areaId, organisationId });
      if (!service) throw badInput('input.serviceId', 'unknownService');
      if (input.capacityUnit !== service.capacityUnit) throw badInput('input.capacityUnit', 'unitNotOfService');
      ({ type, form } = service);
      currentCapacity = input.currentCapacity ?? service.capacity;
    }
    const proposed = input.proposedCapacity;
    const [shape] = serviceShapeProblems(
      { type, form, capacityUnit: input.capacityUnit, capacities: [currentCapacity, proposed] },
      { form: input.kind === IntentionKind.NEW_SERVICE ? 'input.newService.form' : 'input.serviceId', capacityUnit: 'input.capacityUnit', capacity: 'input.proposedCapacity' },
    );
    if (shape) throw shape;
    if (input.kind === IntentionKind.CAPACITY_INCREASE && proposed <= currentCapacity) throw badInput('input.proposedCapacity', 'capacityMustIncrease', { current: currentCapacity });
    if (input.kind === IntentionKind.CAPACITY_DECREASE && proposed >= currentCapacity) throw badInput('input.proposedCapacity', 'capacityMustDecrease', { current: currentCapacity });
    if (input.kind === IntentionKind.TERMINATION && proposed !== 0) throw badInput('input.proposedCapacity', 'terminationCapacity');
    if (input.kind === IntentionKind.NEW_SERVICE && proposed === 0) throw badInput('input.proposedCapacity', 'newServiceCapacity');
    // Amounts kept in the stored form ("250000" → "250000.00"), so the saved draft reads back as a later query does.
    const funding = Object.fromEntries(FUNDING_SOURCES.map((source) => [source, formatHundredths(parseHundredths(input.funding?.[source]))])) as Record<
      (typeof FUNDING_SOURCES)[number],
      string
    >;
    const fundingTotal = FUNDING_SOURCES.reduce((sum, source) => sum + parseHundredths(funding[source]), 0n);
    if (fundingTotal > parseHundredths(input.annualCost)) throw badInput('input.funding', 'fundingExceedsCost');
    return {
      kind: input.kind,
      serviceId: input.kind === IntentionKind.NEW_SERVICE ? null : input.serviceId!,
      newServiceType: input.newService?.type ?? null,
      newServiceForm: input.newService?.form ?? null,
      newServiceName: input.newService?.name ?? null,
      newServiceTargetGroups: input.newService?.targetGroups ?? [],
      currentCapacity,
      proposedCapacity: proposed,
      capacityUnit: input.capacityUnit,
      fteChange: formatHundredths(parseHundredths(input.fteChange)),
      annualCost: formatHundredths(parseHundredths(input.annualCost)),
      funding,
      startYear: input.startYear,
      justification: input.justification,
      reviewingGroupId: group.id,
    };
  }

  /** Replaces the measures the intention serves (when given); each must be a measure of the intention's area. */
  private async linkMeasures(tx: EntityManager, intention: DevelopmentIntentionEntity, measureIds: string[] | null | undefined): Promise<void> {
    if (measureIds === null || measureIds === undefined) return;
    const ids = [...new Set(measureIds)];
    if (ids.length > 0) {
      const found = await tx.getRepository(MeasureEntity).find({ select: { id: true }, where: { id: In(ids), areaId: intention.areaId } });
      const known = new Set(found.map((measure) => measure.id));
      const index = measureIds.findIndex((id) => !known.has(id));
      if (index >= 0) throw badInput(`input.linkedMeasureIds.${index}`, 'unknownMeasure');
    }
    await tx.getRepository(IntentionMeasureEntity).delete({ intentionId: intention.id });
    if (ids.length > 0) await tx.getRepository(IntentionMeasureEntity).insert(ids.map((measureId) => ({ intentionId: intention.id, measureId })));
  }

  /** § number of the type concerned (for exports). */
  static section(intention: DevelopmentIntentionEntity, service: SocialServiceEntity | null): string {
    const type = service?.type ?? intention.newServiceType;
    return type ? SERVICE_TYPES[type].section : '';
  }
}
