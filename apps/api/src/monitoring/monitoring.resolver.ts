import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { fromMinorUnits } from '../common/money';
import { MeasureCostEntity } from '../measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { MonitoringPlanArgs, RemindOrganisationInput, SaveProgressReportInput } from './dto/monitoring.inputs';
import {
  MonitoringEvaluation,
  MonitoringOverview,
  MyProgressReports,
  PlannedCost,
  ProgressIndicatorValue,
  ProgressSpending,
  ReportableMeasure,
} from './dto/monitoring.types';
import { MonitoringReminderEntity } from './monitoring-reminder.entity';
import { Actor, MonitoringService } from './monitoring.service';
import { ProgressIndicatorValueEntity, ProgressReportEntity, ProgressSpendingEntity } from './progress-report.entity';

type InputOf<T> = { input?: Partial<T> };
const planOf = (args: { actionPlanId?: string }) => args.actionPlanId;

async function actorOf(viewer: Promise<Viewer>): Promise<Actor> {
  const current = await viewer;
  return { area: current.area!, personId: current.person!.id };
}

@Resolver()
export class MonitoringResolver {
  constructor(private readonly service: MonitoringService) {}

  @Query(() => [ActionPlanEntity], { description: 'Action plans of the area the council approved (the ones monitored), newest year first.' })
  @Authorize(Rules.areaMember())
  async monitoringPlans(@CurrentViewer() viewer: Promise<Viewer>): Promise<ActionPlanEntity[]> {
    return this.service.approvedPlans((await viewer).area!.id);
  }

  @Query(() => MonitoringOverview, { description: 'Reports for an approved plan\'s year: every measure and what each responsible organisation still owes (the area coordinator).' })
  @Authorize(Rules.areaRoleOn(ActionPlanEntity, planOf, AreaRole.COORDINATOR))
  async monitoringOverview(@Args() { actionPlanId }: MonitoringPlanArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<MonitoringOverview> {
    return this.service.overview((await viewer).area!.id, actionPlanId);
  }

  @Query(() => MyProgressReports, { description: 'The measures the viewer\'s organisations report on for an approved plan\'s year ("my reports").' })
  @Authorize(Rules.areaRoleOn(ActionPlanEntity, planOf, AreaRole.COORDINATOR, AreaRole.MEMBER, AreaRole.PROVIDER, AreaRole.COUNCIL_CLERK))
  async myProgressReports(@Args() { actionPlanId }: MonitoringPlanArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<MyProgressReports> {
    const current = await viewer;
    return this.service.mine(current.area!.id, current.person!.id, actionPlanId);
  }

  @Query(() => MonitoringEvaluation, { description: 'The yearly evaluation of an approved plan from the submitted reports (the area coordinator and members).' })
  @Authorize(Rules.areaRoleOn(ActionPlanEntity, planOf, AreaRole.COORDINATOR, AreaRole.MEMBER))
  async monitoringEvaluation(@Args() { actionPlanId }: MonitoringPlanArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<MonitoringEvaluation> {
    return this.service.evaluation((await viewer).area!.id, actionPlanId);
  }

  @Mutation(() => ProgressReportEntity, {
    description: 'Saves (and with `submit`, submits) the progress report on a measure for a year (a member of its responsible organisation or the area coordinator).',
  })
  @Authorize(Rules.measureReporter<InputOf<SaveProgressReportInput>>((args) => args.input?.measureId))
  async saveProgressReport(@Args('input') input: SaveProgressReportInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ProgressReportEntity> {
    return this.service.save(await actorOf(viewer), input);
  }

  @Mutation(() => MonitoringReminderEntity, { description: 'Reminds a responsible organisation of its missing reports for an approved plan\'s year (the area coordinator).' })
  @Authorize(Rules.areaRoleOn<InputOf<RemindOrganisationInput>>(ActionPlanEntity, (args) => args.input?.actionPlanId, AreaRole.COORDINATOR))
  async remindOrganisation(@Args('input') input: RemindOrganisationInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<MonitoringReminderEntity> {
    return this.service.remind(await actorOf(viewer), input);
  }
}

@Resolver(() => ProgressReportEntity)
export class ProgressReportResolver {
  @ResolveField(() => [ProgressSpending], { description: 'Spending by funding source.' })
  async spending(@Parent() report: ProgressReportEntity, @Context() ctx: RequestContext): Promise<ProgressSpending[]> {
    const rows = await ctx.loaders.many(ProgressSpendingEntity, 'reportId', { source: 'ASC' }).load(report.id);
    return rows.map((row) => ({ source: row.source, amount: fromMinorUnits(row.amountMinor) }));
  }

  @ResolveField(() => [ProgressIndicatorValue], { description: 'Values of the indicators for the year.' })
  async indicatorValues(@Parent() report: ProgressReportEntity, @Context() ctx: RequestContext): Promise<ProgressIndicatorValue[]> {
    const rows = await ctx.loaders.many(ProgressIndicatorValueEntity, 'reportId').load(report.id);
    return rows.map((row) => ({ indicatorId: row.indicatorId, value: row.value }));
  }

  @ResolveField(() => String, { nullable: true, description: 'Who submitted the report.' })
  async submittedByName(@Parent() report: ProgressReportEntity, @Context() ctx: RequestContext): Promise<string | null> {
    return report.submittedById ? ((await ctx.loaders.one(PersonEntity).load(report.submittedById))?.fullName ?? null) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Who saved the report last.' })
  async updatedByName(@Parent() report: ProgressReportEntity, @Context() ctx: RequestContext): Promise<string | null> {
    return report.updatedById ? ((await ctx.loaders.one(PersonEntity).load(report.updatedById))?.fullName ?? null) : null;
  }
}

@Resolver(() => ReportableMeasure)
export class ReportableMeasureResolver {
  @ResolveField(() => [MeasureIndicatorEntity], { description: 'The measure\'s indicators, in order.' })
  indicators(@Parent() measure: ReportableMeasure, @Context() ctx: RequestContext): Promise<MeasureIndicatorEntity[]> {
    return ctx.loaders.many(MeasureIndicatorEntity, 'measureId', { position: 'ASC' }).load(measure.measureId);
  }

  @ResolveField(() => [PlannedCost], { description: 'The measure\'s planned costs for the reported year by funding source.' })
  async plannedCosts(@Parent() measure: ReportableMeasure, @Context() ctx: RequestContext): Promise<PlannedCost[]> {
    const costs = await ctx.loaders.many(MeasureCostEntity, 'measureId', { source: 'ASC' }).load(measure.measureId);
    return costs.filter((cost) => cost.year === measure.year).map((cost) => ({ source: cost.source, amount: fromMinorUnits(cost.amountMinor) }));
  }
}

@Resolver(() => MonitoringReminderEntity)
export class MonitoringReminderResolver {
  @ResolveField(() => String, { description: 'Name of the reminded organisation.' })
  async organisationName(@Parent() reminder: MonitoringReminderEntity, @Context() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.one(OrganisationEntity).load(reminder.organisationId))?.name ?? '';
  }

  @ResolveField(() => String, { nullable: true, description: 'Who sent the reminder.' })
  async remindedByName(@Parent() reminder: MonitoringReminderEntity, @Context() ctx: RequestContext): Promise<string | null> {
    return reminder.remindedById ? ((await ctx.loaders.one(PersonEntity).load(reminder.remindedById))?.fullName ?? null) : null;
  }
}
