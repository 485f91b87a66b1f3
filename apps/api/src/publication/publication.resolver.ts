import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanMeasureEntity } from '../action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { ActionPlanState } from '../action-plans/action-plan.enums';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { hasAreaRole, Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { AreaRole } from '../people/area-role.enum';
import { CouncilResolutionEntity, ResolutionOutcome } from './council-resolution.entity';
import { ActionPlanIdArgs, PublishedActionPlanArgs, PublishedActionPlansArgs, RecordCouncilResolutionInput } from './dto/publication.inputs';
import { ActionPlanCouncil, PublishedActionPlan, PublishedMeasure, PublishedSection } from './dto/publication.types';
import { Actor, PublicationService } from './publication.service';

type InputOf<T> = { input?: Partial<T> };

async function actorOf(viewer: Promise<Viewer>): Promise<Actor> {
  const current = await viewer;
  return { area: current.area!, personId: current.person!.id };
}

@Resolver(() => ActionPlanCouncil)
export class PublicationResolver {
  constructor(private readonly service: PublicationService) {}

  @Query(() => ActionPlanCouncil, { nullable: true, description: 'The council part of an action plan: the approved version, the resolutions and what the viewer may do.' })
  @Authorize(Rules.areaMember())
  async actionPlanCouncil(@Args() { actionPlanId }: ActionPlanIdArgs, @CurrentViewer() viewerPromise: Promise<Viewer>): Promise<ActionPlanCouncil | null> {
    const viewer = await viewerPromise;
    const plan = await this.service.findPlan(viewer.area!.id, actionPlanId);
    if (!plan) return null;
    const [approvedVersion, resolutions] = await Promise.all([
      this.service.approvedVersionOf(plan.id),
      this.service.resolutions(plan.areaId, plan.id),
    ]);
    return {
      actionPlan: plan,
      approvedVersion,
      resolutions,
      canRecord: plan.state === ActionPlanState.AWAITING_COUNCIL && hasAreaRole(viewer, AreaRole.COUNCIL_CLERK, AreaRole.COORDINATOR),
      canPublish: plan.state === ActionPlanState.APPROVED && plan.publishedAt === null && hasAreaRole(viewer, AreaRole.COORDINATOR),
    };
  }

  @Mutation(() => CouncilResolutionEntity, {
    description: 'Records the council\'s resolution on the approved version of a plan waiting for the council (the council clerk or the area coordinator).',
  })
  @Authorize(
    Rules.areaRoleOn<InputOf<RecordCouncilResolutionInput>>(ActionPlanEntity, (args) => args.input?.actionPlanId, AreaRole.COUNCIL_CLERK, AreaRole.COORDINATOR),
  )
  async recordCouncilResolution(@Args('input') input: RecordCouncilResolutionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<CouncilResolutionEntity> {
    return this.service.recordResolution(await actorOf(viewer), input);
  }

  @Mutation(() => ActionPlanEntity, { description: 'Publishes a plan the council approved on the public portal (the area coordinator).' })
  @Authorize(Rules.areaRoleOn<{ actionPlanId?: string }>(ActionPlanEntity, (args) => args.actionPlanId, AreaRole.COORDINATOR))
  async publishActionPlan(@Args() { actionPlanId }: ActionPlanIdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanEntity> {
    return this.service.publish(await actorOf(viewer), actionPlanId);
  }

  @Query(() => [PublishedActionPlan], { description: 'Published action plans of an area, newest first (every plan ever published); no login needed.' })
  @Authorize(Rules.anyone())
  publishedActionPlans(@Args() { areaSlug }: PublishedActionPlansArgs): Promise<PublishedActionPlan[]> {
    return this.service.listPublished(areaSlug);
  }

  @Query(() => PublishedActionPlan, { nullable: true, description: 'One published action plan of an area (null for any other); no login needed.' })
  @Authorize(Rules.anyone())
  publishedActionPlan(@Args() { areaSlug, id }: PublishedActionPlanArgs): Promise<PublishedActionPlan | null> {
    return this.service.getPublished(areaSlug, id);
  }
}

/** The council resolution that approved each plan (the latest APPROVED one): one query for any number of plans. */
function approvingResolution(ctx: RequestContext, planId: string): Promise<CouncilResolutionEntity | null> {
  return ctx.loaders
    .custom('approvingResolutions', (db: DataSource) =>
      new DataLoader<string, CouncilResolutionEntity | null>(async (planIds) => {
        const rows = await db
          .getRepository(CouncilResolutionEntity)
          .createQueryBuilder('c')
          .distinctOn(['c.actionPlanId'])
          .where('c.actionPlanId IN (:...planIds) AND c.outcome = :outcome', { planIds: [...planIds], outcome: ResolutionOutcome.APPROVED })
          .orderBy('c.actionPlanId')
          .addOrderBy('c.createdAt', 'DESC')
          .getMany();
        return planIds.map((id) => rows.find((row) => row.actionPlanId === id) ?? null);
      }),
    )
    .load(planId);
}

@Resolver(() => PublishedActionPlan)
export class PublishedActionPlanResolver {
  @ResolveField(() => CouncilResolutionEntity, { nullable: true, description: 'The council\'s resolution that approved the plan.' })
  resolution(@Parent() plan: PublishedActionPlan, @Context() ctx: RequestContext): Promise<CouncilResolutionEntity | null> {
    return approvingResolution(ctx, plan.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Number of the approved version.' })
  async versionNumber(@Parent() plan: PublishedActionPlan, @Context() ctx: RequestContext): Promise<number | null> {
    const resolution = await approvingResolution(ctx, plan.id);
    if (!resolution) return null;
    return (await ctx.loaders.one(ActionPlanVersionEntity).load(resolution.versionId))?.number ?? null;
  }

  @ResolveField(() => [PublishedSection], { description: 'Text sections of the approved version, in order.' })
  async sections(@Parent() plan: PublishedActionPlan, @Context() ctx: RequestContext): Promise<PublishedSection[]> {
    const resolution = await approvingResolution(ctx, plan.id);
    if (!resolution) return [];
    const sections = await ctx.loaders.many(ActionPlanSectionEntity, 'versionId', { position: 'ASC' }).load(resolution.versionId);
    return sections.map(({ id, kind, position, title, body }) => ({ id, kind, position, title, body }));
  }

  @ResolveField(() => [PublishedMeasure], { description: 'Measures of the approved version, in strategy order.' })
  async measures(@Parent() plan: PublishedActionPlan, @Context() ctx: RequestContext): Promise<PublishedMeasure[]> {
    const resolution = await approvingResolution(ctx, plan.id);
    if (!resolution) return [];
    const measures = await ctx.loaders.many(ActionPlanMeasureEntity, 'versionId', { position: 'ASC' }).load(resolution.versionId);
    return measures.map((m) => ({
      id: m.id,
      position: m.position,
      number: m.number,
      priorityTitle: m.priorityTitle,
      goalTitle: m.goalTitle,
      title: m.title,
      description: m.description,
      rationale: m.rationale,
      targetGroups: m.targetGroups,
      responsibleOrganisationName: m.responsibleOrganisationName,
      partnerNames: m.partnerNames,
      fromYear: m.fromYear,
      toYear: m.toYear,
      costs: m.costs,
      indicators: m.indicators,
    }));
  }
}
