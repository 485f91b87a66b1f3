import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim } from '../../common/validation/transforms';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

@InputType({ description: 'A new medium-term plan of the area.' })
export class CreateStrategicPlanInput {
  @Field({ description: 'Title of the plan.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Introduction of the plan.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => Int, { description: 'First year of the period.' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period (inclusive, not before the first).' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  toYear!: number;
}

@InputType({ description: 'Changes to a medium-term plan; fields left out stay as they are.' })
export class UpdateStrategicPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Title of the plan.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Introduction of the plan; null empties it.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'First year of the period; every measure\'s timeline must stay inside.' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Last year of the period; every measure\'s timeline must stay inside.' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  toYear?: number;
}

@InputType({ description: 'A new priority of a plan.' })
export class CreatePriorityInput {
  @Field(() => ID, { description: 'The plan.' })
  @IsUUID('all')
  planId!: string;

  @Field({ description: 'Title of the priority.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the priority is about.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position among the priorities, from 1; left out, at the end. Those after it move down.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: 'A new goal under a priority.' })
export class CreateGoalInput {
  @Field(() => ID, { description: 'The priority.' })
  @IsUUID('all')
  priorityId!: string;

  @Field({ description: 'Title of the goal.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the goal is to achieve.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position under the priority, from 1; left out, at the end.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: 'Changes to the title or description of a priority or goal; fields left out stay as they are.' })
export class UpdateStrategyNodeInput {
  @Field(() => ID, { description: 'The priority or goal.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Description; null empties it.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string | null;
}

@InputType({ description: 'A priority moved to another position in its plan.' })
export class MovePriorityInput {
  @Field(() => ID, { description: 'The priority.' })
  @IsUUID('all')
  id!: string;

  @Field(() => Int, { description: 'New position, from 1; the others are renumbered.' })
  @IsInt()
  position!: number;
}

@InputType({ description: 'A goal moved to another position, possibly under another priority of the same plan.' })
export class MoveGoalInput {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID('all')
  id!: string;

  @Field(() => ID, { description: 'The priority it goes under (the same one to reorder).' })
  @IsUUID('all')
  priorityId!: string;

  @Field(() => Int, { nullable: true, description: 'New position under that priority, from 1; left out, at the end.' })
  @IsOptional()
  @IsInt()
  position?: number | null;
}
