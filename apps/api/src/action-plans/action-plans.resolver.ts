import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { ErrorCode } from '../common/errors/error-code.enum';
import { translate } from '../common/i18n/translate';
import { GraphQLError } from 'graphql';
import { IdArgs } from '../common/id.args';
import { CommentEntity } from '../comments/comment.entity';
import { SettlementOutcome } from '../comments/comment.enums';
import { fromMinorUnits, sumMinorUnits, toMinorUnits } from '../common/money';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { ActionPlanMeasureEntity } from './action-plan-measure.entity';
import { ActionPlanSectionEntity } from './action-plan-section.entity';
import { ActionPlanVersionEntity } from './action-plan-version.entity';
import { ActionPlanEntity } from './action-plan.entity';
import { ActionPlanVersionState } from './action-plan.enums';
import { Actor, ActionPlansService, excerpt } from './action-plans.service';
import { ChangeLinkEntity } from './change-link.entity';
import {
  ActionPlanDiffArgs,
  AddActionPlanSectionInput,
  CreateActionPlanInput,
  IssueActionPlanVersionInput,
  LinkChangeInput,
  MoveActionPlanSectionInput,
  UpdateActionPlanSectionInput,
  VersionIdArgs,
} from './dto/action-plan.inputs';
import { ActionPlanDiff, ActionPlanMeasureActivity, ActionPlanMeasureCost, ActionPlanMeasureIndicator } from './dto/action-plan.types';

type InputOf<T> = { input?: Partial<T> };

async function actorOf(viewer: Promise<Viewer>): Promise<Actor> {
  const current = await viewer;
  return { areaId: current.area!.id, personId: current.person!.id, locale: current.locale };
}

const coordinatorOn = <Args>(entity: Parameters<typeof Rules.areaRoleOn>[0], pick: (args: Args) => string | undefined | null) =>
  Rules.areaRoleOn<Args>(entity, pick, AreaRole.COORDINATOR);

/** Versions of a plan by number: one query for any number of plans. */
const versionsOf = (ctx: RequestContext, planId: string) => ctx.loaders.many(ActionPlanVersionEntity, 'actionPlanId', { number: 'ASC' }).load(planId);

/**
 * A visitor (no person in the area) reaches a version only through a public comment round: they
 * read that version's text, and nothing else of the plan (other versions, the medium-term plan,
 * who wrote what, links to comments of other rounds).
 */
const isVisitor = async (viewer: Promise<Viewer>): Promise<boolean> => (await viewer).person === null;

@Resolver(() => ActionPlanEntity)
export class ActionPlansResolver {
  constructor(private readonly service: ActionPlansService) {}

  @Query(() => [ActionPlanEntity], { description: 'Action plans of the area, the latest year first.' })
  @Authorize(Rules.areaMember())
  async actionPlans(@CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanEntity[]> {
    return this.service.list((await actorOf(viewer)).areaId);
  }

  @Query(() => ActionPlanEntity, { nullable: true, description: 'One action plan of the area.' })
  @Authorize(Rules.areaMember())
  async actionPlan(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanEntity | null> {
    return isUUID(id, 'all') ? this.service.find((await actorOf(viewer)).areaId, id) : null;
  }

  @Query(() => ActionPlanVersionEntity, { nullable: true, description: 'One version of an action plan of the area.' })
  @Authorize(Rules.areaMember())
  async actionPlanVersion(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanVersionEntity | null> {
    return this.service.findVersion((await actorOf(viewer)).areaId, id);
  }

  @Query(() => ActionPlanDiff, { description: 'What changed between two versions of one action plan, per section and per measure field.' })
  @Authorize(Rules.areaMember())
  async actionPlanDiff(@Args() args: ActionPlanDiffArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanDiff> {
    return this.service.diff((await actorOf(viewer)).areaId, args.fromVersionId, args.toVersionId);
  }

  @Mutation(() => ActionPlanEntity, {
    description: 'Starts an action plan for a year of a medium-term plan (the area coordinator): version 1 as a draft with the default sections and copies of the accepted measures.',
  })
  @Authorize(coordinatorOn<InputOf<CreateActionPlanInput>>(StrategicPlanEntity, (args) => args.input?.strategicPlanId))
  async createActionPlan(@Args('input') input: CreateActionPlanInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanEntity> {
    return this.service.create(await actorOf(viewer), input);
  }

  @ResolveField(() => StrategicPlanEntity, { description: 'The medium-term plan.' })
  async strategicPlan(@Parent() plan: ActionPlanEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<StrategicPlanEntity> {
    const current = await viewer;
    // Field resolvers run outside the exception filter: the refusal is shaped here as it would be there.
    if (current.person === null) throw new GraphQLError(translate(current.locale, 'errors.forbidden'), { extensions: { code: ErrorCode.FORBIDDEN } });
    return (await ctx.loaders.one(StrategicPlanEntity).load(plan.strategicPlanId))!;
  }

  @ResolveField(() => [ActionPlanVersionEntity], { description: 'Every version, by number.' })
  async versions(@Parent() plan: ActionPlanEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanVersionEntity[]> {
    return (await isVisitor(viewer)) ? [] : versionsOf(ctx, plan.id);
  }

  @ResolveField(() => ActionPlanVersionEntity, { nullable: true, description: 'The draft version (the working copy), if any.' })
  async draft(@Parent() plan: ActionPlanEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanVersionEntity | null> {
    if (await isVisitor(viewer)) return null;
    return (await versionsOf(ctx, plan.id)).find((v) => v.state === ActionPlanVersionState.DRAFT) ?? null;
  }

  @ResolveField(() => ActionPlanVersionEntity, { nullable: true, description: 'The last issued version, if any.' })
  async latestIssued(@Parent() plan: ActionPlanEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanVersionEntity | null> {
    if (await isVisitor(viewer)) return null;
    return (await versionsOf(ctx, plan.id)).filter((v) => v.state === ActionPlanVersionState.ISSUED).pop() ?? null;
  }
}

@Resolver(() => ActionPlanVersionEntity)
export class ActionPlanVersionsResolver {
  constructor(private readonly service: ActionPlansService) {}

  @Mutation(() => ActionPlanVersionEntity, { description: 'Re-copies the measures into a draft: new accepted ones added, changed ones updated, ineligible ones dropped (the area coordinator).' })
  @Authorize(coordinatorOn<{ versionId?: string }>(ActionPlanVersionEntity, (args) => args.versionId))
  async refreshActionPlanMeasures(@Args() { versionId }: VersionIdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanVersionEntity> {
    return this.service.refreshMeasures(await actorOf(viewer), versionId);
  }

  @Mutation(() => ActionPlanVersionEntity, {
    description: 'Issues a draft version (the area coordinator): measures refreshed, the version becomes immutable, the next draft starts from it. Audited.',
  })
  @Authorize(coordinatorOn<InputOf<IssueActionPlanVersionInput>>(ActionPlanVersionEntity, (args) => args.input?.versionId))
  async issueActionPlanVersion(@Args('input') input: IssueActionPlanVersionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanVersionEntity> {
    return this.service.issue(await actorOf(viewer), input);
  }

  @ResolveField(() => ActionPlanEntity, { description: 'The action plan.' })
  async actionPlan(@Parent() version: ActionPlanVersionEntity, @Context() ctx: RequestContext): Promise<ActionPlanEntity> {
    return (await ctx.loaders.one(ActionPlanEntity).load(version.actionPlanId))!;
  }

  @ResolveField(() => [ActionPlanSectionEntity], { description: 'Text sections, in order.' })
  sections(@Parent() version: ActionPlanVersionEntity, @Context() ctx: RequestContext): Promise<ActionPlanSectionEntity[]> {
    return ctx.loaders.many(ActionPlanSectionEntity, 'versionId', { position: 'ASC' }).load(version.id);
  }

  @ResolveField(() => [ActionPlanMeasureEntity], { description: 'Measures, in strategy order.' })
  measures(@Parent() version: ActionPlanVersionEntity, @Context() ctx: RequestContext): Promise<ActionPlanMeasureEntity[]> {
    return ctx.loaders.many(ActionPlanMeasureEntity, 'versionId', { position: 'ASC' }).load(version.id);
  }

  @ResolveField(() => [ChangeLinkEntity], { description: 'Changes made in this version linked to the settled comments that caused them.' })
  async changeLinks(@Parent() version: ActionPlanVersionEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<ChangeLinkEntity[]> {
    if (await isVisitor(viewer)) return [];
    return ctx.loaders.many(ChangeLinkEntity, 'versionId', { createdAt: 'ASC' }).load(version.id);
  }

  @ResolveField(() => PersonEntity, { nullable: true, description: 'Who issued the version.' })
  async issuedBy(@Parent() version: ActionPlanVersionEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity | null> {
    if (await isVisitor(viewer)) return null;
    return version.issuedById ? ctx.loaders.one(PersonEntity).load(version.issuedById) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the version is the editable draft.' })
  isDraft(@Parent() version: ActionPlanVersionEntity): boolean {
    return version.state === ActionPlanVersionState.DRAFT;
  }
}

@Resolver(() => ActionPlanSectionEntity)
export class ActionPlanSectionsResolver {
  constructor(private readonly service: ActionPlansService) {}

  @Mutation(() => ActionPlanSectionEntity, {
    description: 'Saves a section of a draft (the area coordinator). It must name the revision it started from: CONFLICT, with both texts in the extensions, when somebody saved since.',
  })
  @Authorize(coordinatorOn<InputOf<UpdateActionPlanSectionInput>>(ActionPlanSectionEntity, (args) => args.input?.id))
  async updateActionPlanSection(@Args('input') input: UpdateActionPlanSectionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanSectionEntity> {
    return this.service.updateSection(await actorOf(viewer), input);
  }

  @Mutation(() => ActionPlanSectionEntity, { description: 'Adds an empty section to a draft (the area coordinator).' })
  @Authorize(coordinatorOn<InputOf<AddActionPlanSectionInput>>(ActionPlanVersionEntity, (args) => args.input?.versionId))
  async addActionPlanSection(@Args('input') input: AddActionPlanSectionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanSectionEntity> {
    return this.service.addSection(await actorOf(viewer), input);
  }

  @Mutation(() => ActionPlanSectionEntity, { description: 'Moves a section of a draft to another position (the area coordinator).' })
  @Authorize(coordinatorOn<InputOf<MoveActionPlanSectionInput>>(ActionPlanSectionEntity, (args) => args.input?.id))
  async moveActionPlanSection(@Args('input') input: MoveActionPlanSectionInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanSectionEntity> {
    return this.service.moveSection(await actorOf(viewer), input);
  }

  @Mutation(() => Boolean, { description: 'Removes a section from a draft (the area coordinator); those after it move up.' })
  @Authorize(coordinatorOn<{ id?: string }>(ActionPlanSectionEntity, (args) => args.id))
  async removeActionPlanSection(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.removeSection(await actorOf(viewer), id);
  }

  @ResolveField(() => PersonEntity, { nullable: true, description: 'Who saved the section last.' })
  async updatedBy(@Parent() section: ActionPlanSectionEntity, @Context() ctx: RequestContext, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity | null> {
    if (await isVisitor(viewer)) return null;
    return section.updatedById ? ctx.loaders.one(PersonEntity).load(section.updatedById) : null;
  }
}

@Resolver(() => ActionPlanMeasureEntity)
export class ActionPlanMeasuresResolver {
  @ResolveField(() => [ActionPlanMeasureCost], { description: 'Yearly costs by funding source, within the timeline.' })
  costs(@Parent() measure: ActionPlanMeasureEntity): ActionPlanMeasureCost[] {
    return measure.costs;
  }

  @ResolveField(() => String, { description: 'Sum of the costs, an exact decimal string with two decimals.' })
  totalCost(@Parent() measure: ActionPlanMeasureEntity): string {
    return fromMinorUnits(sumMinorUnits(measure.costs.map((cost) => toMinorUnits(cost.amount, 'costs'))));
  }

  @ResolveField(() => String, { description: 'Sum of the costs in the action plan\'s year, an exact decimal string with two decimals.' })
  async yearCost(@Parent() measure: ActionPlanMeasureEntity, @Context() ctx: RequestContext): Promise<string> {
    const version = await ctx.loaders.one(ActionPlanVersionEntity).load(measure.versionId);
    const plan = version ? await ctx.loaders.one(ActionPlanEntity).load(version.actionPlanId) : null;
    const costs = measure.costs.filter((cost) => cost.year === plan?.year);
    return fromMinorUnits(sumMinorUnits(costs.map((cost) => toMinorUnits(cost.amount, 'costs'))));
  }

  @ResolveField(() => [ActionPlanMeasureIndicator], { description: 'Indicators, in order.' })
  indicators(@Parent() measure: ActionPlanMeasureEntity): ActionPlanMeasureIndicator[] {
    return measure.indicators;
  }

  @ResolveField(() => [ActionPlanMeasureActivity], { description: 'Activities, in order.' })
  activities(@Parent() measure: ActionPlanMeasureEntity): ActionPlanMeasureActivity[] {
    return measure.activities;
  }
}

@Resolver(() => ChangeLinkEntity)
export class ChangeLinksResolver {
  constructor(private readonly service: ActionPlansService) {}

  @Mutation(() => ChangeLinkEntity, {
    description: 'Links a change in a draft to a settled comment of a round on the previous issued version of the same plan (the area coordinator).',
  })
  @Authorize(coordinatorOn<InputOf<LinkChangeInput>>(ActionPlanVersionEntity, (args) => args.input?.versionId))
  async linkChange(@Args('input') input: LinkChangeInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ChangeLinkEntity> {
    return this.service.linkChange(await actorOf(viewer), input);
  }

  @Mutation(() => Boolean, { description: 'Removes a link from a change in a draft to a comment (the area coordinator).' })
  @Authorize(coordinatorOn<{ id?: string }>(ChangeLinkEntity, (args) => args.id))
  async unlinkChange(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.unlinkChange(await actorOf(viewer), id);
  }

  @ResolveField(() => String, { description: 'The beginning of the comment\'s text (empty for a hidden comment).' })
  async commentExcerpt(@Parent() link: ChangeLinkEntity, @Context() ctx: RequestContext): Promise<string> {
    const comment = await ctx.loaders.one(CommentEntity).load(link.commentId);
    return comment && !comment.hiddenAt ? excerpt(comment.body) : '';
  }

  @ResolveField(() => SettlementOutcome, { nullable: true, description: 'How the comment was settled.' })
  async commentOutcome(@Parent() link: ChangeLinkEntity, @Context() ctx: RequestContext): Promise<SettlementOutcome | null> {
    return (await ctx.loaders.one(CommentEntity).load(link.commentId))?.outcome ?? null;
  }

  @ResolveField(() => Int, { description: 'Number of the version in which the change was made.' })
  async versionNumber(@Parent() link: ChangeLinkEntity, @Context() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.one(ActionPlanVersionEntity).load(link.versionId))?.number ?? 0;
  }
}
