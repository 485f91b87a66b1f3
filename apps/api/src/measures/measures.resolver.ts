import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { activityNumber, childrenOf, measureNumber } from '../strategy/numbering';
import { ActivitiesService } from './activities.service';
import { ActivityEntity } from './activity.entity';
import {
  ChangeMeasureStateInput,
  CreateActivityInput,
  MoveActivityInput,
  MoveMeasureInput,
  ProposeMeasureInput,
  UpdateActivityInput,
  UpdateMeasureInput,
} from './dto/measure.inputs';
import { MeasureCostEntity } from './measure-cost.entity';
import { MeasureIndicatorEntity } from './measure-indicator.entity';
import { canEdit, partnersOf, proposersOf } from './measure.loaders';
import { MeasureStateChangeEntity } from './measure-state-change.entity';
import { MeasureEntity } from './measure.entity';
import { Actor, MeasuresService } from './measures.service';
import { fromMinorUnits, sumMinorUnits } from '../common/money';

type InputOf<T> = { input?: Partial<T> };

/** The area and person of the viewer; the rules have made sure both are there. */
async function actorOf(viewer: Promise<Viewer>): Promise<Actor> {
  const current = await viewer;
  return { areaId: current.area!.id, personId: current.person!.id };
}

const editorOfInput = Rules.measureEditor<InputOf<{ id: string }>>((args) => args.input?.id);

@Resolver(() => MeasureEntity)
export class MeasuresResolver {
  constructor(private readonly service: MeasuresService) {}

  @Query(() => MeasureEntity, { nullable: true, description: 'One measure of the area with its history.' })
  @Authorize(Rules.areaMember())
  async measure(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeasureEntity | null> {
    const { areaId } = await actorOf(viewer);
    return isUUID(id, 'all') ? this.service.find(areaId, id) : null;
  }

  @Mutation(() => MeasureEntity, {
    description: 'Proposes a measure under a goal (state PROPOSED): members for working groups they sit in, the area coordinator for anyone.',
  })
  @Authorize(
    Rules.any<InputOf<ProposeMeasureInput>>(
      Rules.areaRoleOn(GoalEntity, (args: InputOf<ProposeMeasureInput>) => args.input?.goalId, AreaRole.COORDINATOR),
      Rules.groupMembers((args) => args.input?.proposingGroupIds),
    ),
  )
  async proposeMeasure(@Args('input') input: ProposeMeasureInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeasureEntity> {
    return this.service.propose(await actorOf(viewer), input);
  }

  @Mutation(() => MeasureEntity, { description: 'Changes a measure that is not closed: the area coordinator or a coordinator of a proposing group.' })
  @Authorize(editorOfInput)
  async updateMeasure(@Args('input') input: UpdateMeasureInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeasureEntity> {
    return this.service.update(await actorOf(viewer), input);
  }

  @Mutation(() => MeasureEntity, { description: 'Moves a measure to another position or under another goal of the same plan (the area coordinator).' })
  @Authorize(Rules.areaRoleOn<InputOf<MoveMeasureInput>>(MeasureEntity, (args) => args.input?.id, AreaRole.COORDINATOR))
  async moveMeasure(@Args('input') input: MoveMeasureInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeasureEntity> {
    return this.service.move(await actorOf(viewer), input);
  }

  @Mutation(() => MeasureEntity, { description: 'Moves a measure to another state as the lifecycle table allows; recorded in its history.' })
  @Authorize(editorOfInput)
  async changeMeasureState(@Args('input') input: ChangeMeasureStateInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MeasureEntity> {
    return this.service.changeState(await actorOf(viewer), input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a measure that is still PROPOSED and has no activities (CONFLICT otherwise: withdraw or reject it).' })
  @Authorize(Rules.measureEditor<{ id?: string }>((args) => args.id))
  async deleteMeasure(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.delete(await actorOf(viewer), id);
  }

  @ResolveField(() => String, { description: 'Number of the measure in the plan, e.g. "2.1.3".' })
  number(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<string> {
    return measureNumber(ctx.loaders, measure);
  }

  @ResolveField(() => OrganisationEntity, { nullable: true, description: 'Organisation responsible for carrying it out.' })
  responsibleOrganisation(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity | null> | null {
    return measure.responsibleOrganisationId ? ctx.loaders.one(OrganisationEntity).load(measure.responsibleOrganisationId) : null;
  }

  @ResolveField(() => [OrganisationEntity], { description: 'Partner organisations, by name.' })
  partners(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity[]> {
    return partnersOf(ctx, measure);
  }

  @ResolveField(() => [WorkingGroupEntity], { description: 'Working groups proposing the measure; their coordinators edit it.' })
  proposingGroups(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<WorkingGroupEntity[]> {
    return proposersOf(ctx, measure);
  }

  @ResolveField(() => PersonEntity, { nullable: true, description: 'Who proposed it.' })
  proposedBy(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<PersonEntity | null> | null {
    return measure.proposedById ? ctx.loaders.one(PersonEntity).load(measure.proposedById) : null;
  }

  @ResolveField(() => MeasureEntity, { nullable: true, description: 'For a MERGED measure: the measure it was merged into.' })
  mergedInto(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<MeasureEntity | null> | null {
    return measure.mergedIntoId ? ctx.loaders.one(MeasureEntity).load(measure.mergedIntoId) : null;
  }

  @ResolveField(() => [MeasureCostEntity], { description: 'Estimated costs by year and funding source.' })
  costs(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<MeasureCostEntity[]> {
    return ctx.loaders.many(MeasureCostEntity, 'measureId', { year: 'ASC', source: 'ASC' }).load(measure.id);
  }

  @ResolveField(() => String, { description: 'Sum of all estimated costs, a decimal string with two decimals (e.g. "12345678.90"), exact.' })
  async totalCost(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<string> {
    const costs = await this.costs(measure, ctx);
    return fromMinorUnits(sumMinorUnits(costs.map((cost) => cost.amountMinor)));
  }

  @ResolveField(() => [MeasureIndicatorEntity], { description: 'Indicators, in order.' })
  indicators(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<MeasureIndicatorEntity[]> {
    return ctx.loaders.many(MeasureIndicatorEntity, 'measureId', { position: 'ASC' }).load(measure.id);
  }

  @ResolveField(() => [MeasureStateChangeEntity], { description: 'Every change of state, oldest first, starting with the proposal.' })
  history(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<MeasureStateChangeEntity[]> {
    return ctx.loaders.many(MeasureStateChangeEntity, 'measureId', { changedAt: 'ASC', id: 'ASC' }).load(measure.id);
  }

  @ResolveField(() => [ActivityEntity], { description: 'Activities of the measure, in order.' })
  activities(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<ActivityEntity[]> {
    return childrenOf(ctx.loaders, ActivityEntity, 'measureId', measure.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the measure and move its state.' })
  canEdit(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<boolean> {
    return canEdit(ctx, measure);
  }
}

@Resolver(() => GoalEntity)
export class GoalMeasuresResolver {
  @ResolveField(() => [MeasureEntity], { description: 'Measures serving the goal, in order (every state, closed ones too).' })
  measures(@Parent() goal: GoalEntity, @Context() ctx: RequestContext): Promise<MeasureEntity[]> {
    return childrenOf(ctx.loaders, MeasureEntity, 'goalId', goal.id);
  }
}

@Resolver(() => MeasureCostEntity)
export class MeasureCostResolver {
  @ResolveField(() => String, { description: 'Amount as a decimal string with two decimals, e.g. "12345678.90" (stored exactly in minor units).' })
  amount(@Parent() cost: MeasureCostEntity): string {
    return fromMinorUnits(cost.amountMinor);
  }
}

@Resolver(() => MeasureStateChangeEntity)
export class MeasureStateChangeResolver {
  @ResolveField(() => PersonEntity, { nullable: true, description: 'Who changed the state (null if the person has since been removed).' })
  changedBy(@Parent() change: MeasureStateChangeEntity, @Context() ctx: RequestContext): Promise<PersonEntity | null> | null {
    return change.changedById ? ctx.loaders.one(PersonEntity).load(change.changedById) : null;
  }

  @ResolveField(() => MeasureEntity, { nullable: true, description: 'For a merge: the measure merged into.' })
  mergedInto(@Parent() change: MeasureStateChangeEntity, @Context() ctx: RequestContext): Promise<MeasureEntity | null> | null {
    return change.mergedIntoId ? ctx.loaders.one(MeasureEntity).load(change.mergedIntoId) : null;
  }
}

@Resolver(() => ActivityEntity)
export class ActivitiesResolver {
  constructor(private readonly service: ActivitiesService) {}

  @Mutation(() => ActivityEntity, { description: 'Adds an activity to a measure: whoever edits the measure.' })
  @Authorize(Rules.measureEditor<InputOf<CreateActivityInput>>((args) => args.input?.measureId))
  async createActivity(@Args('input') input: CreateActivityInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActivityEntity> {
    return this.service.create((await actorOf(viewer)).areaId, input);
  }

  @Mutation(() => ActivityEntity, { description: 'Changes an activity: whoever edits its measure.' })
  @Authorize(Rules.activityEditor<InputOf<UpdateActivityInput>>((args) => args.input?.id))
  async updateActivity(@Args('input') input: UpdateActivityInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActivityEntity> {
    return this.service.update((await actorOf(viewer)).areaId, input);
  }

  @Mutation(() => ActivityEntity, { description: 'Moves an activity within its measure or into another measure of the plan: whoever edits both.' })
  @Authorize(
    Rules.all<InputOf<MoveActivityInput>>(
      Rules.activityEditor((args: InputOf<MoveActivityInput>) => args.input?.id),
      Rules.measureEditor((args: InputOf<MoveActivityInput>) => args.input?.measureId),
    ),
  )
  async moveActivity(@Args('input') input: MoveActivityInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ActivityEntity> {
    return this.service.move((await actorOf(viewer)).areaId, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an activity: whoever edits its measure; those after it are renumbered.' })
  @Authorize(Rules.activityEditor<{ id?: string }>((args) => args.id))
  async deleteActivity(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.delete((await actorOf(viewer)).areaId, id);
  }

  @ResolveField(() => String, { description: 'Number of the activity, e.g. "2.1.3.1".' })
  number(@Parent() activity: ActivityEntity, @Context() ctx: RequestContext): Promise<string> {
    return activityNumber(ctx.loaders, activity);
  }
}
