import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { MAX_YEAR, MIN_YEAR } from '../../strategy/dto/strategy.inputs';
import { PlanField } from '../action-plan.enums';

/** Longest heading and text of a section. */
export const SECTION_TITLE_MAX = 300;
export const SECTION_BODY_MAX = 100_000;

@InputType({ description: 'A new action plan: version 1 is started as a draft with the default sections and the accepted measures.' })
export class CreateActionPlanInput {
  @Field(() => ID, { description: 'The medium-term plan whose measures the action plan carries out.' })
  @IsUUID('all')
  strategicPlanId!: string;

  @Field(() => Int, { description: 'The year, within the medium-term plan\'s period; one action plan per year.' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @Field({ description: 'Title, e.g. "Akční plán sociálních služeb města Plzně na rok 2026".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;
}

@InputType({ description: 'A save of a section of a draft; it names the revision it started from.' })
export class UpdateActionPlanSectionInput {
  @Field(() => ID, { description: 'The section.' })
  @IsUUID('all')
  id!: string;

  @Field({ description: 'Heading of the section.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION_TITLE_MAX)
  title!: string;

  @Field({ description: 'Text of the section (Markdown), at most 100 000 characters.' })
  @IsString()
  @MaxLength(SECTION_BODY_MAX)
  body!: string;

  @Field(() => Int, { description: 'The revision the editor started from; CONFLICT when somebody saved since.' })
  @IsInt()
  @Min(1)
  revision!: number;
}

@InputType({ description: 'A new section of a draft.' })
export class AddActionPlanSectionInput {
  @Field(() => ID, { description: 'The draft version.' })
  @IsUUID('all')
  versionId!: string;

  @Field({ description: 'Heading of the section.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION_TITLE_MAX)
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Where to put it, from 1; at the end when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number | null;
}

@InputType({ description: 'Moves a section of a draft to another position.' })
export class MoveActionPlanSectionInput {
  @Field(() => ID, { description: 'The section.' })
  @IsUUID('all')
  id!: string;

  @Field(() => Int, { description: 'The new position, from 1.' })
  @IsInt()
  @Min(1)
  position!: number;
}

@InputType({ description: 'Issues a draft version: it becomes immutable and the next draft starts from it.' })
export class IssueActionPlanVersionInput {
  @Field(() => ID, { description: 'The draft version.' })
  @IsUUID('all')
  versionId!: string;

  @Field({ description: 'What changed against the previous version.' })
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  changeNote!: string;
}

@InputType({ description: 'Links a change in a draft to the settled comment (on the previous issued version) that caused it.' })
export class LinkChangeInput {
  @Field(() => ID, { description: 'The draft version in which the change is made.' })
  @IsUUID('all')
  versionId!: string;

  @Field(() => ID, { nullable: true, description: 'The changed section (its lineage); give this or measureId.' })
  @IsOptional()
  @IsUUID('all')
  sectionLineageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The changed measure of the medium-term plan; give this or sectionLineageId.' })
  @IsOptional()
  @IsUUID('all')
  measureId?: string | null;

  @Field(() => PlanField, { nullable: true, description: 'The changed field; the whole section or measure when left out.' })
  @IsOptional()
  @IsEnum(PlanField)
  field?: PlanField | null;

  @Field(() => ID, { description: 'The settled comment.' })
  @IsUUID('all')
  commentId!: string;
}

@ArgsType()
export class VersionIdArgs {
  @Field(() => ID, { description: 'The version.' })
  @IsUUID('all')
  versionId!: string;
}

@ArgsType()
export class ActionPlanDiffArgs {
  @Field(() => ID, { description: 'The earlier version.' })
  @IsUUID('all')
  fromVersionId!: string;

  @Field(() => ID, { description: 'The later version.' })
  @IsUUID('all')
  toVersionId!: string;
}
