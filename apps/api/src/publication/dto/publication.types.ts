import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionPlanEntity } from '../../action-plans/action-plan.entity';
import { ActionPlanVersionEntity } from '../../action-plans/action-plan-version.entity';
import { SectionKind } from '../../action-plans/action-plan.enums';
import { FundingSource } from '../../measures/measure.enums';
import { CouncilResolutionEntity } from '../council-resolution.entity';

@ObjectType('PublishedActionPlan', { description: 'An action plan approved by the council and published on the public portal (read-only).' })
export class PublishedActionPlan {
  @Field(() => ID, { description: 'Identifier of the action plan.' })
  id!: string;

  /** The area (not shown; it scopes the loaders). */
  areaId!: string;

  @Field({ description: 'Title of the plan.' })
  title!: string;

  @Field(() => Int, { description: 'The year the plan is for.' })
  year!: number;

  @Field(() => Date, { nullable: true, description: 'When the council approved it.' })
  approvedAt!: Date | null;

  @Field({ description: 'When it was published.' })
  publishedAt!: Date;
}

@ObjectType('PublishedSection', { description: 'A text section of a published plan.' })
export class PublishedSection {
  @Field(() => ID, { description: 'Identifier of the section.' })
  id!: string;

  @Field(() => SectionKind, { description: 'What the section is about.' })
  kind!: SectionKind;

  @Field(() => Int, { description: 'Order, from 1.' })
  position!: number;

  @Field({ description: 'Heading.' })
  title!: string;

  @Field({ description: 'Text (Markdown).' })
  body!: string;
}

@ObjectType('PublishedMeasureCost', { description: 'A yearly cost of a published measure.' })
export class PublishedMeasureCost {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => FundingSource, { description: 'Who pays this part.' })
  source!: FundingSource;

  @Field({ description: 'Amount as an exact decimal string with two decimals, e.g. "1250000.00".' })
  amount!: string;
}

@ObjectType('PublishedIndicator', { description: 'An indicator of a published measure.' })
export class PublishedIndicator {
  @Field({ description: 'What is counted.' })
  name!: string;

  @Field({ description: 'Unit.' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Value at the start (decimal text), null when not known.' })
  baseline!: string | null;

  @Field({ description: 'Value to reach (decimal text).' })
  target!: string;
}

@ObjectType('PublishedMeasure', { description: 'A measure of a published plan, as it stands in the approved version.' })
export class PublishedMeasure {
  @Field(() => ID, { description: 'Identifier of the measure in the approved version.' })
  id!: string;

  @Field(() => Int, { description: 'Order (strategy order), from 1.' })
  position!: number;

  @Field({ description: 'Number in the strategy, e.g. "2.1.3".' })
  number!: string;

  @Field({ description: 'Number and title of the priority.' })
  priorityTitle!: string;

  @Field({ description: 'Number and title of the goal.' })
  goalTitle!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What will be done.' })
  description!: string;

  @Field({ description: 'The need the measure answers.' })
  rationale!: string;

  @Field(() => [String], { description: 'Target groups.' })
  targetGroups!: string[];

  @Field(() => String, { nullable: true, description: 'Responsible organisation.' })
  responsibleOrganisationName!: string | null;

  @Field(() => [String], { description: 'Partner organisations.' })
  partnerNames!: string[];

  @Field(() => Int, { description: 'First year of the timeline.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the timeline.' })
  toYear!: number;

  @Field(() => [PublishedMeasureCost], { description: 'Yearly costs by funding source.' })
  costs!: PublishedMeasureCost[];

  @Field(() => [PublishedIndicator], { description: 'Indicators.' })
  indicators!: PublishedIndicator[];
}

@ObjectType('ActionPlanCouncil', { description: 'What the council clerk and the coordinator need about an action plan before and after the council.' })
export class ActionPlanCouncil {
  @Field(() => ActionPlanEntity, { description: 'The action plan.' })
  actionPlan!: ActionPlanEntity;

  @Field(() => ActionPlanVersionEntity, { nullable: true, description: 'The version the participants approved (the one the council decides on), if any.' })
  approvedVersion!: ActionPlanVersionEntity | null;

  @Field(() => [CouncilResolutionEntity], { description: 'Resolutions recorded so far, newest first.' })
  resolutions!: CouncilResolutionEntity[];

  @Field({ description: 'Whether the viewer may record the council\'s resolution now (clerk or area coordinator, plan waiting for the council).' })
  canRecord!: boolean;

  @Field({ description: 'Whether the viewer may publish the plan now (area coordinator, plan approved, not yet published).' })
  canPublish!: boolean;
}
