import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
import { PageArgs } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only.decorator';
import { trim } from '../../common/validation/transforms';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../../services/service-catalogue';
import { IntentionKind, IntentionState } from '../intention.enums';

/** Money: non-negative, at most 999 999 999 999.99, two decimals at most. */
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
/** FTE change of numeric(6,2): −9999.99 to 9999.99. */
const FTE = /^-?\d{1,4}(\.\d{1,2})?$/;

@InputType({ description: 'Annual funding by source; amounts as decimal text with a point, e.g. "250000.50". Left out = 0.' })
export class IntentionFundingInput {
  @Field(() => String, { nullable: true, description: 'From the municipality.' })
  @IsOptional()
  @Matches(MONEY)
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'From the region.' })
  @IsOptional()
  @Matches(MONEY)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'From the state.' })
  @IsOptional()
  @Matches(MONEY)
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'From EU funds.' })
  @IsOptional()
  @Matches(MONEY)
  eu?: string | null;

  @Field(() => String, { nullable: true, description: 'Other sources.' })
  @IsOptional()
  @Matches(MONEY)
  other?: string | null;
}

@InputType({ description: 'The service a NEW_SERVICE intention would create.' })
export class NewServiceInput {
  @Field(() => ServiceType, { description: 'Kind of service under Act 108/2006 Coll.' })
  @IsEnum(ServiceType)
  type!: ServiceType;

  @Field(() => ServiceForm, { description: 'Residential, outpatient or field; the type must allow it.' })
  @IsEnum(ServiceForm)
  form!: ServiceForm;

  @Field({ description: 'Name of the new service.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => [TargetGroup], { description: 'Whom it is for (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(13)
  @ArrayUnique()
  @IsEnum(TargetGroup, { each: true })
  targetGroups!: TargetGroup[];
}

@InputType({ description: 'The content of a development intention (a draft is saved whole).' })
export class IntentionInput {
  @Field(() => IntentionKind, { description: 'What the intention asks for.' })
  @IsEnum(IntentionKind)
  kind!: IntentionKind;

  @Field(() => ID, { nullable: true, description: "The organisation's registered service; leave out for a new service." })
  @IsOptional()
  @IsUUID('all')
  serviceId?: string | null;

  @Field(() => NewServiceInput, { nullable: true, description: 'The new service (NEW_SERVICE only).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewServiceInput)
  newService?: NewServiceInput | null;

  @Field(() => Int, { nullable: true, description: "Capacity today; left out, the service's registered capacity (0 for a new service)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  currentCapacity?: number | null;

  @Field(() => Int, { description: 'Capacity when realised (0 or more; 0 for a termination).' })
  @IsInt()
  @Min(0)
  proposedCapacity!: number;

  @Field(() => CapacityUnit, { description: "Unit of the capacities: the service's unit, fitting its form." })
  @IsEnum(CapacityUnit)
  capacityUnit!: CapacityUnit;

  @Field({ description: 'Change of staff in FTE, decimal text e.g. "1.5" or "-0.25".' })
  @Matches(FTE)
  fteChange!: string;

  @Field({ description: 'Annual cost, decimal text e.g. "1250000" or "1250000.50".' })
  @Matches(MONEY)
  annualCost!: string;

  @Field(() => IntentionFundingInput, { nullable: true, description: 'Annual funding by source; together at most the annual cost.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntentionFundingInput)
  funding?: IntentionFundingInput | null;

  @Field(() => Int, { description: 'Year the change is to start.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  startYear!: number;

  @Field({ description: 'Why the area needs it.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  justification!: string;

  @Field(() => ID, { description: 'The working group that reviews the intention.' })
  @IsUUID('all')
  reviewingGroupId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Measures of the plan the intention serves (of the same area); replaces the links. Left out when saving a draft again: the links stay as they are.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  linkedMeasureIds?: string[] | null;
}

@InputType({ description: 'A new development intention of a provider organisation (saved as a draft).' })
export class CreateIntentionInput extends IntentionInput {
  @Field(() => ID, { description: 'The provider organisation submitting it.' })
  @IsUUID('all')
  organisationId!: string;
}

@InputType({ description: 'A draft saved again (all of its content).' })
export class UpdateIntentionInput extends IntentionInput {
  @Field(() => ID, { description: 'The draft.' })
  @IsUUID('all')
  id!: string;
}

@InputType({ description: 'A step of an intention with an optional note.' })
export class IntentionStepInput {
  @Field(() => ID, { description: 'The intention.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'A note kept in the history.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string | null;
}

@InputType({ description: "The working group's opinion of a submitted intention." })
export class IntentionOpinionInput {
  @Field(() => ID, { description: 'The intention.' })
  @IsUUID('all')
  id!: string;

  @Field({ description: 'Recommended (true) or not recommended (false).' })
  @IsBoolean()
  recommended!: boolean;

  @Field({ description: 'Reasons of the opinion.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reasons!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting where the group discussed it.' })
  @IsOptional()
  @IsUUID('all')
  meetingId?: string | null;
}

@InputType({ description: "The regional authority's outcome of a forwarded intention." })
export class IntentionOutcomeInput {
  @Field(() => ID, { description: 'The intention.' })
  @IsUUID('all')
  id!: string;

  @Field({ description: 'Included in the regional network (true) or not (false).' })
  @IsBoolean()
  included!: boolean;

  @Field(() => String, { nullable: true, description: "The region's reasons or reference." })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string | null;
}

@InputType({ description: 'The submission deadline for intentions starting in a year.' })
export class IntentionCallInput {
  @Field(() => Int, { description: 'Start year of the intentions.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ description: 'Last day of submission (YYYY-MM-DD).' })
  @IsDateOnly()
  deadline!: string;
}

@InputType({ description: 'Which intentions to list; every condition is optional.' })
export class IntentionFilter {
  @Field(() => IntentionState, { nullable: true, description: 'In this state only.' })
  @IsOptional()
  @IsEnum(IntentionState)
  state?: IntentionState | null;

  @Field(() => IntentionKind, { nullable: true, description: 'Of this kind only.' })
  @IsOptional()
  @IsEnum(IntentionKind)
  kind?: IntentionKind | null;

  @Field(() => ID, { nullable: true, description: 'Of this organisation only.' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reviewed by this group only.' })
  @IsOptional()
  @IsUUID('all')
  reviewingGroupId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Starting in this year only.' })
  @IsOptional()
  @IsInt()
  startYear?: number | null;
}

@ArgsType()
export class IntentionsArgs extends PageArgs {
  @Field(() => IntentionFilter, { nullable: true, description: 'Conditions on the intentions listed.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntentionFilter)
  filter?: IntentionFilter | null;
}
