import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FundingSource } from '../../measures/measure.enums';
import { MAX_YEAR, MIN_YEAR } from '../../strategy/dto/strategy.inputs';
import { ProgressState } from '../monitoring.enums';

/** An indicator value: a decimal with a dot, up to 12 digits and 4 decimals (as indicator targets). */
export const INDICATOR_VALUE = /^-?\d{1,12}(\.\d{1,4})?$/;
export const NARRATIVE_MAX = 20_000;

@ArgsType()
export class MonitoringPlanArgs {
  @Field(() => ID, { description: 'An approved action plan; its year is the reported year.' })
  @IsUUID('all')
  actionPlanId!: string;
}

@InputType({ description: 'What was spent on a measure in the year from one funding source.' })
export class ProgressSpendingInput {
  @Field(() => FundingSource, { description: 'Who paid.' })
  @IsEnum(FundingSource)
  source!: FundingSource;

  @Field({ description: 'Amount in major units as a decimal string with at most two decimals and a dot ("125000.50"); stored exactly.' })
  @IsString()
  amount!: string;
}

@InputType({ description: 'The value of one indicator of the measure for the year.' })
export class ProgressIndicatorValueInput {
  @Field(() => ID, { description: 'The indicator of the measure.' })
  @IsUUID('all')
  indicatorId!: string;

  @Field({ description: 'The value as a decimal string with a dot ("130", "2.5").' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Matches(INDICATOR_VALUE)
  value!: string;
}

@InputType({ description: 'A save of the progress report on a measure for a year; `submit` hands it to the coordinator.' })
export class SaveProgressReportInput {
  @Field(() => ID, { description: 'The measure of the medium-term plan.' })
  @IsUUID('all')
  measureId!: string;

  @Field(() => Int, { description: 'The reported year (the year of an approved action plan carrying the measure).' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The revision the editor started from; null for a new report. CONFLICT when somebody saved since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number | null;

  @Field(() => ProgressState, { description: 'How far the measure got in the year.' })
  @IsEnum(ProgressState)
  state!: ProgressState;

  @Field({ description: 'What was done, in words (required to submit), at most 20 000 characters.' })
  @IsString()
  @MaxLength(NARRATIVE_MAX)
  narrative!: string;

  @Field(() => [ProgressSpendingInput], { description: 'Spending by funding source (one line per source).' })
  @ValidateNested({ each: true })
  @Type(() => ProgressSpendingInput)
  @ArrayMaxSize(10)
  spending!: ProgressSpendingInput[];

  @Field(() => [ProgressIndicatorValueInput], { description: 'Values of the measure\'s indicators (all of them to submit).' })
  @ValidateNested({ each: true })
  @Type(() => ProgressIndicatorValueInput)
  @ArrayMaxSize(100)
  indicatorValues!: ProgressIndicatorValueInput[];

  @Field({ description: 'Submit the report (counted in the evaluation) rather than keep it as a draft.' })
  @IsBoolean()
  submit!: boolean;
}

@InputType({ description: 'A reminder to a responsible organisation of its missing reports for the plan\'s year.' })
export class RemindOrganisationInput {
  @Field(() => ID, { description: 'The approved action plan.' })
  @IsUUID('all')
  actionPlanId!: string;

  @Field(() => ID, { description: 'The responsible organisation.' })
  @IsUUID('all')
  organisationId!: string;
}
