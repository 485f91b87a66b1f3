import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionPlanEntity } from '../../action-plans/action-plan.entity';
import { FundingSource } from '../../measures/measure.enums';
import { MonitoringReminderEntity } from '../monitoring-reminder.entity';
import { ProgressState, ReportStatus } from '../monitoring.enums';
import { ProgressReportEntity } from '../progress-report.entity';

@ObjectType('ProgressSpending', { description: 'What a report says was spent from one funding source.' })
export class ProgressSpending {
  @Field(() => FundingSource, { description: 'Who paid.' })
  source!: FundingSource;

  @Field({ description: 'Amount as a decimal string with two decimals ("125000.50").' })
  amount!: string;
}

@ObjectType('ProgressIndicatorValue', { description: 'The value a report gives for one indicator.' })
export class ProgressIndicatorValue {
  @Field(() => ID, { description: 'The indicator of the measure.' })
  indicatorId!: string;

  @Field({ description: 'The value as an exact decimal string.' })
  value!: string;
}

@ObjectType('PlannedCost', { description: 'The planned cost of a measure in the reported year from one funding source.' })
export class PlannedCost {
  @Field(() => FundingSource, { description: 'Who is to pay.' })
  source!: FundingSource;

  @Field({ description: 'Amount as a decimal string with two decimals.' })
  amount!: string;
}

/** A measure of an approved action plan, with where its report for the plan's year is. */
@ObjectType('ReportableMeasure', { description: 'A measure of an approved action plan and its progress report for the plan\'s year.' })
export class ReportableMeasure {
  @Field(() => ID, { description: 'The measure of the medium-term plan.' })
  measureId!: string;

  @Field(() => Int, { description: 'The reported year.' })
  year!: number;

  @Field({ description: 'Number in the strategy, e.g. "2.1.3".' })
  number!: string;

  @Field({ description: 'Title of the measure.' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The responsible organisation (null when none is named).' })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the responsible organisation.' })
  organisationName!: string | null;

  @Field(() => ReportStatus, { description: 'Missing, draft or submitted.' })
  status!: ReportStatus;

  @Field(() => ProgressReportEntity, { nullable: true, description: 'The report, once one has been saved.' })
  report!: ProgressReportEntity | null;
}

@ObjectType('OrganisationReporting', { description: 'How far one responsible organisation is with its reports for the year.' })
export class OrganisationReporting {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => Int, { description: 'Measures it is responsible for in the plan.' })
  measureCount!: number;

  @Field(() => Int, { description: 'Of them, with a submitted report.' })
  submittedCount!: number;

  @Field(() => Int, { description: 'Of them, without a submitted report (missing or draft).' })
  missingCount!: number;

  @Field(() => MonitoringReminderEntity, { nullable: true, description: 'The last reminder sent to it for this plan.' })
  lastReminder!: MonitoringReminderEntity | null;
}

@ObjectType('MonitoringOverview', { description: 'The coordinator\'s view of the reports for an approved action plan\'s year.' })
export class MonitoringOverview {
  @Field(() => ActionPlanEntity, { description: 'The action plan.' })
  actionPlan!: ActionPlanEntity;

  @Field(() => Int, { description: 'The reported year.' })
  year!: number;

  @Field(() => [ReportableMeasure], { description: 'Every measure of the approved version, in strategy order.' })
  measures!: ReportableMeasure[];

  @Field(() => [OrganisationReporting], { description: 'Responsible organisations by name, with their missing reports and last reminder.' })
  organisations!: OrganisationReporting[];
}

@ObjectType('MyProgressReports', { description: 'The measures the viewer\'s organisations report on for an approved plan\'s year, and the reminders they got.' })
export class MyProgressReports {
  @Field(() => ActionPlanEntity, { description: 'The action plan.' })
  actionPlan!: ActionPlanEntity;

  @Field(() => Int, { description: 'The reported year.' })
  year!: number;

  @Field(() => [ReportableMeasure], { description: 'Measures of the approved version whose responsible organisation the viewer currently represents.' })
  measures!: ReportableMeasure[];

  @Field(() => [MonitoringReminderEntity], { description: 'Reminders of this plan to the viewer\'s organisations, newest first.' })
  reminders!: MonitoringReminderEntity[];
}

@ObjectType('EvaluationMeasure', { description: 'A measure in the yearly evaluation with the state its submitted report gives.' })
export class EvaluationMeasure {
  @Field(() => ID, { description: 'The measure.' })
  measureId!: string;

  @Field({ description: 'Number in the strategy.' })
  number!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Responsible organisation.' })
  organisationName!: string | null;

  @Field(() => ProgressState, { nullable: true, description: 'The reported state; null when no report was submitted.' })
  state!: ProgressState | null;
}

@ObjectType('EvaluationStateCount', { description: 'How many measures are in one reported state.' })
export class EvaluationStateCount {
  @Field(() => ProgressState, { description: 'The state.' })
  state!: ProgressState;

  @Field(() => Int, { description: 'Number of measures.' })
  count!: number;
}

@ObjectType('EvaluationIndicator', { description: 'An indicator against its target: baseline, target, reported value and % of the target.' })
export class EvaluationIndicator {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId!: string;

  @Field({ description: 'Number of the measure.' })
  measureNumber!: string;

  @Field({ description: 'Title of the measure.' })
  measureTitle!: string;

  @Field({ description: 'What is counted.' })
  name!: string;

  @Field({ description: 'Unit.' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Value at the start (exact decimal).' })
  baseline!: string | null;

  @Field({ description: 'Value to reach (exact decimal).' })
  target!: string;

  @Field(() => String, { nullable: true, description: 'Value reported for the year (exact decimal); null when not reported.' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'Reported value as a percentage of the target, one decimal ("86.7"); null when not reported or the target is 0.' })
  percentOfTarget!: string | null;
}

@ObjectType('EvaluationMoney', { description: 'Money planned (measure costs of the year) and spent (submitted reports) from one funding source.' })
export class EvaluationMoney {
  @Field(() => FundingSource, { description: 'Funding source.' })
  source!: FundingSource;

  @Field({ description: 'Planned, decimal string with two decimals.' })
  planned!: string;

  @Field({ description: 'Spent, decimal string with two decimals.' })
  spent!: string;
}

@ObjectType('MonitoringEvaluation', { description: 'The yearly evaluation of an approved action plan, from the submitted progress reports.' })
export class MonitoringEvaluation {
  @Field(() => ID, { description: 'The action plan.' })
  actionPlanId!: string;

  @Field({ description: 'Title of the action plan.' })
  planTitle!: string;

  @Field(() => Int, { description: 'The evaluated year.' })
  year!: number;

  @Field(() => Int, { description: 'Measures of the approved version.' })
  measureCount!: number;

  @Field(() => Int, { description: 'Measures without a submitted report.' })
  notReportedCount!: number;

  @Field(() => [EvaluationStateCount], { description: 'Measures per reported state, every state listed (also with 0).' })
  stateCounts!: EvaluationStateCount[];

  @Field(() => [EvaluationMeasure], { description: 'Every measure with its reported state, in strategy order.' })
  measures!: EvaluationMeasure[];

  @Field(() => [EvaluationIndicator], { description: 'Every indicator of the plan\'s measures, in strategy order.' })
  indicators!: EvaluationIndicator[];

  @Field(() => [EvaluationMoney], { description: 'Planned and spent per funding source (sources with neither are left out).' })
  money!: EvaluationMoney[];

  @Field({ description: 'Planned in total.' })
  plannedTotal!: string;

  @Field({ description: 'Spent in total.' })
  spentTotal!: string;
}
