import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { areaIdOf, Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { AreaRole } from '../people/area-role.enum';
import {
  CreateGoalInput,
  CreatePriorityInput,
  CreateStrategicPlanInput,
  MoveGoalInput,
  MovePriorityInput,
  UpdateStrategicPlanInput,
  UpdateStrategyNodeInput,
} from './dto/strategy.inputs';
import { GoalEntity } from './goal.entity';
import { childrenOf, goalNumber, priorityNumber } from './numbering';
import { PriorityEntity } from './priority.entity';
import { StrategicPlanEntity } from './strategic-plan.entity';
import { StrategyService } from './strategy.service';

type InputOf<T> = { input?: Partial<T> };
const COORDINATOR = AreaRole.COORDINATOR;

@Resolver(() => StrategicPlanEntity)
export class StrategicPlansResolver {
  constructor(private readonly service: StrategyService) {}

  @Query(() => [StrategicPlanEntity], { description: 'Medium-term plans of the area, the latest period first.' })
  @Authorize(Rules.areaMember())
  async strategicPlans(@CurrentViewer() viewer: Promise<Viewer>): Promise<StrategicPlanEntity[]> {
    return this.service.listPlans(areaIdOf(await viewer));
  }

  @Query(() => StrategicPlanEntity, {
    nullable: true,
    description: 'One medium-term plan; ask for its priorities → goals → measures → activities to get the whole numbered tree.',
  })
  @Authorize(Rules.areaMember())
  async strategicPlan(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<StrategicPlanEntity | null> {
    return isUUID(id, 'all') ? this.service.findPlan(areaIdOf(await viewer), id) : null;
  }

  @Mutation(() => StrategicPlanEntity, { description: 'Sets up a medium-term plan (a draft) for a period of years.' })
  @Authorize(Rules.areaRole(COORDINATOR))
  async createStrategicPlan(@Args('input') input: CreateStrategicPlanInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<StrategicPlanEntity> {
    return this.service.createPlan(areaIdOf(await viewer), input);
  }

  @Mutation(() => StrategicPlanEntity, { description: 'Changes the title, introduction or period of a plan; the period must keep every measure\'s timeline.' })
  @Authorize(Rules.areaRoleOn<InputOf<UpdateStrategicPlanInput>>(StrategicPlanEntity, (args) => args.input?.id, COORDINATOR))
  async updateStrategicPlan(@Args('input') input: UpdateStrategicPlanInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<StrategicPlanEntity> {
    return this.service.updatePlan(areaIdOf(await viewer), input);
  }

  @Mutation(() => StrategicPlanEntity, { description: 'Records the plan as adopted: accepted measures may then be carried out.' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(StrategicPlanEntity, (args) => args.id, COORDINATOR))
  async adoptStrategicPlan(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<StrategicPlanEntity> {
    return this.service.adoptPlan(areaIdOf(await viewer), id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft plan without priorities (CONFLICT otherwise).' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(StrategicPlanEntity, (args) => args.id, COORDINATOR))
  async deleteStrategicPlan(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.deletePlan(areaIdOf(await viewer), id);
  }

  @ResolveField(() => [PriorityEntity], { description: 'Priorities of the plan, in order.' })
  priorities(@Parent() plan: StrategicPlanEntity, @Context() ctx: RequestContext): Promise<PriorityEntity[]> {
    return childrenOf(ctx.loaders, PriorityEntity, 'planId', plan.id);
  }
}

@Resolver(() => PriorityEntity)
export class PrioritiesResolver {
  constructor(private readonly service: StrategyService) {}

  @Mutation(() => PriorityEntity, { description: 'Adds a priority to a plan; those after its position are renumbered.' })
  @Authorize(Rules.areaRoleOn<InputOf<CreatePriorityInput>>(StrategicPlanEntity, (args) => args.input?.planId, COORDINATOR))
  async createPriority(@Args('input') input: CreatePriorityInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PriorityEntity> {
    return this.service.createPriority(areaIdOf(await viewer), input);
  }

  @Mutation(() => PriorityEntity, { description: 'Changes the title or description of a priority.' })
  @Authorize(Rules.areaRoleOn<InputOf<UpdateStrategyNodeInput>>(PriorityEntity, (args) => args.input?.id, COORDINATOR))
  async updatePriority(@Args('input') input: UpdateStrategyNodeInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PriorityEntity> {
    return this.service.updatePriority(areaIdOf(await viewer), input);
  }

  @Mutation(() => PriorityEntity, { description: 'Moves a priority to another position; everything in the plan is renumbered.' })
  @Authorize(Rules.areaRoleOn<InputOf<MovePriorityInput>>(PriorityEntity, (args) => args.input?.id, COORDINATOR))
  async movePriority(@Args('input') input: MovePriorityInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PriorityEntity> {
    return this.service.movePriority(areaIdOf(await viewer), input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a priority without goals (CONFLICT otherwise); those after it are renumbered.' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(PriorityEntity, (args) => args.id, COORDINATOR))
  async deletePriority(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.deletePriority(areaIdOf(await viewer), id);
  }

  @ResolveField(() => String, { description: 'Number of the priority in the plan, e.g. "2" (from its position).' })
  number(@Parent() priority: PriorityEntity): string {
    return priorityNumber(priority);
  }

  @ResolveField(() => [GoalEntity], { description: 'Goals of the priority, in order.' })
  goals(@Parent() priority: PriorityEntity, @Context() ctx: RequestContext): Promise<GoalEntity[]> {
    return childrenOf(ctx.loaders, GoalEntity, 'priorityId', priority.id);
  }
}

@Resolver(() => GoalEntity)
export class GoalsResolver {
  constructor(private readonly service: StrategyService) {}

  @Mutation(() => GoalEntity, { description: 'Adds a goal under a priority; those after its position are renumbered.' })
  @Authorize(Rules.areaRoleOn<InputOf<CreateGoalInput>>(PriorityEntity, (args) => args.input?.priorityId, COORDINATOR))
  async createGoal(@Args('input') input: CreateGoalInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<GoalEntity> {
    return this.service.createGoal(areaIdOf(await viewer), input);
  }

  @Mutation(() => GoalEntity, { description: 'Changes the title or description of a goal.' })
  @Authorize(Rules.areaRoleOn<InputOf<UpdateStrategyNodeInput>>(GoalEntity, (args) => args.input?.id, COORDINATOR))
  async updateGoal(@Args('input') input: UpdateStrategyNodeInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<GoalEntity> {
    return this.service.updateGoal(areaIdOf(await viewer), input);
  }

  @Mutation(() => GoalEntity, { description: 'Moves a goal to another position or under another priority of the same plan; both are renumbered.' })
  @Authorize(Rules.areaRoleOn<InputOf<MoveGoalInput>>(GoalEntity, (args) => args.input?.id, COORDINATOR))
  async moveGoal(@Args('input') input: MoveGoalInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<GoalEntity> {
    return this.service.moveGoal(areaIdOf(await viewer), input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a goal without measures (CONFLICT otherwise); those after it are renumbered.' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(GoalEntity, (args) => args.id, COORDINATOR))
  async deleteGoal(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.deleteGoal(areaIdOf(await viewer), id);
  }

  @ResolveField(() => String, { description: 'Number of the goal in the plan, e.g. "2.1".' })
  number(@Parent() goal: GoalEntity, @Context() ctx: RequestContext): Promise<string> {
    return goalNumber(ctx.loaders, goal);
  }
}
