import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim, trimOrNull } from '../../common/validation/transforms';
import { MAX_YEAR, MIN_YEAR } from '../../strategy/dto/strategy.inputs';
import { FundingSource, MeasureState } from '../measure.enums';

/** A decimal number as text: "120", "2.5", "-3" (indicators can fall). */
const DECIMAL = /^-?\d{1,12}(\.\d{1,4})?$/;
const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value;

@InputType({ description: 'Estimated cost of a measure in one year from one source.' })
export class MeasureCostInput {
  @Field(() => Int, { description: 'The year, within the measure\'s timeline.' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @Field(() => FundingSource, { description: 'Who pays this part.' })
  @IsEnum(FundingSource)
  source!: FundingSource;

  @Field({
    description:
      'Amount in the area\'s currency (Kč, zł) as a decimal string with at most two decimals and a dot, e.g. "12345678.90"; 0 to 999999999999.99. Stored exactly in minor units.',
  })
  @IsString()
  amount!: string;
}

@InputType({ description: 'An indicator of a measure.' })
export class MeasureIndicatorInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The indicator being kept (its values reported in monitoring stay with it); empty for a new indicator.',
  })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ description: 'What is counted, e.g. "počet podpořených osob".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @Field({ description: 'Unit, e.g. "osoby".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Value at the start as a decimal string ("120", "2.5"); null when not known.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @Matches(DECIMAL)
  baseline?: string | null;

  @Field({ description: 'Value to reach as a decimal string.' })
  @Transform(trim)
  @IsString()
  @Matches(DECIMAL)
  target!: string;
}

/** The fields a measure's proposer and editors fill in; on update, left out = unchanged, lists are replaced whole. */
@InputType({ isAbstract: true })
class MeasureContentInput {
  @Field(() => String, { nullable: true, description: 'What will be done.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The need the measure answers.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  rationale?: string | null;

  @Field(() => [String], { nullable: true, description: 'Target groups in the words of the area, e.g. ["senioři 65+"].' })
  @Transform(trimEach)
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  targetGroups?: string[];

  @Field(() => ID, { nullable: true, description: 'Organisation responsible for carrying it out; null removes it.' })
  @IsOptional()
  @IsUUID('all')
  responsibleOrganisationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Partner organisations.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  partnerOrganisationIds?: string[];

  @Field(() => [MeasureCostInput], { nullable: true, description: 'Estimated costs per year and funding source.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MeasureCostInput)
  costs?: MeasureCostInput[];

  @Field(() => [MeasureIndicatorInput], { nullable: true, description: 'Indicators, in order.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MeasureIndicatorInput)
  indicators?: MeasureIndicatorInput[];
}

@InputType({ description: 'A measure proposed under a goal. It starts as PROPOSED.' })
export class ProposeMeasureInput extends MeasureContentInput {
  @Field(() => ID, { description: 'The goal the measure serves.' })
  @IsUUID('all')
  goalId!: string;

  @Field({ description: 'Title of the measure.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => Int, { description: 'First year of the timeline, within the plan\'s period.' })
  @IsInt()
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the timeline, within the plan\'s period.' })
  @IsInt()
  toYear!: number;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Working groups proposing it. A member proposes for groups they belong to (at least one); the area coordinator may leave it empty.',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  proposingGroupIds: string[] = [];

  @Field(() => Int, { nullable: true, description: 'Position under the goal, from 1; left out, at the end.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: 'Changes to a measure; fields left out stay as they are, lists given replace the old ones.' })
export class UpdateMeasureInput extends MeasureContentInput {
  @Field(() => ID, { description: 'The measure.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Title of the measure.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'First year of the timeline.' })
  @IsOptionalNotNull()
  @IsInt()
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Last year of the timeline.' })
  @IsOptionalNotNull()
  @IsInt()
  toYear?: number;

  @Field(() => [ID], { nullable: true, description: 'Working groups proposing it (at least one stays when the measure had any).' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  proposingGroupIds?: string[];
}

@InputType({ description: 'A measure moved to another position, possibly under another goal of the same plan.' })
export class MoveMeasureInput {
  @Field(() => ID, { description: 'The measure.' })
  @IsUUID('all')
  id!: string;

  @Field(() => ID, { description: 'The goal it goes under (the same one to reorder).' })
  @IsUUID('all')
  goalId!: string;

  @Field(() => Int, { nullable: true, description: 'New position under that goal, from 1; left out, at the end.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: 'A change of a measure\'s state, as the lifecycle table allows.' })
export class ChangeMeasureStateInput {
  @Field(() => ID, { description: 'The measure.' })
  @IsUUID('all')
  id!: string;

  @Field(() => MeasureState, { description: 'The new state.' })
  @IsEnum(MeasureState)
  state!: MeasureState;

  @Field(() => String, { nullable: true, description: 'Why; required for REJECTED, MERGED and WITHDRAWN.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'For MERGED: the open measure of the same plan it is merged into.' })
  @IsOptional()
  @IsUUID('all')
  mergedIntoId?: string | null;
}

@InputType({ description: 'A new activity of a measure.' })
export class CreateActivityInput {
  @Field(() => ID, { description: 'The measure.' })
  @IsUUID('all')
  measureId!: string;

  @Field({ description: 'Title of the activity.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'What is done.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position in the measure, from 1; left out, at the end.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: 'Changes to an activity; fields left out stay as they are.' })
export class UpdateActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Title of the activity.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'What is done; null empties it.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;
}

@InputType({ description: 'An activity moved to another position, possibly into another measure of the same plan.' })
export class MoveActivityInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsUUID('all')
  id!: string;

  @Field(() => ID, { description: 'The measure it goes into (the same one to reorder).' })
  @IsUUID('all')
  measureId!: string;

  @Field(() => Int, { nullable: true, description: 'New position in that measure, from 1; left out, at the end.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}
