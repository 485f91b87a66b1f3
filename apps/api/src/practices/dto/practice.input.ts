import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim } from '../../common/validation/transforms';
import { TargetGroup } from '../../services/service-catalogue';
import { PracticeLanguage } from '../practice.enums';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../practice-tags';

const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value;

@InputType({ description: 'A new good-practice article (a draft).' })
export class CreatePracticeInput {
  @Field({ description: 'Title of the article.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'Summary (perex): a few sentences shown in the list.' })
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  summary: string = '';

  @Field(() => String, { defaultValue: '', description: 'Text of the article in Markdown.' })
  @IsString()
  @MaxLength(100_000)
  body: string = '';

  @Field(() => [String], { defaultValue: [], description: `Tags (free words, at most ${MAX_TAGS}); stored lower-case, without repeats.` })
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags: string[] = [];

  @Field(() => [TargetGroup], { defaultValue: [], description: 'Target groups the practice is about.' })
  @IsArray()
  @IsEnum(TargetGroup, { each: true })
  targetGroups: TargetGroup[] = [];

  @Field(() => ID, { nullable: true, description: 'The organisation of the area behind the practice (required for members and providers).' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => PracticeLanguage, { defaultValue: PracticeLanguage.CS, description: 'Language the article is written in.' })
  @IsEnum(PracticeLanguage)
  language: PracticeLanguage = PracticeLanguage.CS;
}

@InputType({ description: 'Changes to a good-practice article; fields left out stay as they are.' })
export class UpdatePracticeInput {
  @Field(() => ID, { description: 'The article to change.' })
  @IsUUID('all')
  id!: string;

  @Field(() => Int, { description: 'The revision the edit started from; a stale one gets CONFLICT.' })
  @IsInt()
  @Min(1)
  revision!: number;

  @Field(() => String, { nullable: true, description: 'Title of the article.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Summary (perex).' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(1000)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Text of the article in Markdown.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100_000)
  body?: string;

  @Field(() => [String], { nullable: true, description: `Tags (at most ${MAX_TAGS}).` })
  @Transform(trimEach)
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags?: string[];

  @Field(() => [TargetGroup], { nullable: true, description: 'Target groups the practice is about.' })
  @IsOptionalNotNull()
  @IsArray()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => ID, { nullable: true, description: 'The organisation behind the practice; null for none (area coordinators only).' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => PracticeLanguage, { nullable: true, description: 'Language the article is written in.' })
  @IsOptionalNotNull()
  @IsEnum(PracticeLanguage)
  language?: PracticeLanguage;
}
