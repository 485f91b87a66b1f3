import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDate, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsAfter } from '../../common/validation/is-after.decorator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim } from '../../common/validation/transforms';
import { CommentAudience } from '../comment.enums';

@InputType({ description: 'A new comment round on an issued version.' })
export class OpenCommentRoundInput {
  @Field(() => ID, { description: 'The issued version to comment on.' })
  @IsUUID('all')
  versionId!: string;

  @Field({ description: 'Title of the round, e.g. "Připomínky k návrhu akčního plánu 2026".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field({ defaultValue: '', description: 'What the coordinator asks the commenters (Markdown).' })
  @Transform(trim)
  @IsString()
  @MaxLength(10000)
  instructions: string = '';

  @Field(() => CommentAudience, { description: 'Who may comment.' })
  @IsEnum(CommentAudience)
  audience!: CommentAudience;

  @Field(() => [ID], { nullable: true, description: 'The working groups invited (audience GROUPS only; at least one).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  groupIds?: string[] | null;

  @Field(() => Date, { description: 'From when comments are taken.' })
  @IsDate()
  opensAt!: Date;

  @Field(() => Date, { description: 'Until when comments are taken and authors may edit them; later than the opening.' })
  @IsDate()
  @IsAfter('opensAt')
  closesAt!: Date;
}

@InputType({ description: 'Changes of a round that is not settled yet; left-out fields stay as they are.' })
export class UpdateCommentRoundInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New instructions (Markdown).' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(10000)
  instructions?: string;

  @Field(() => Date, { nullable: true, description: 'New opening time.' })
  @IsOptionalNotNull()
  @IsDate()
  opensAt?: Date;

  @Field(() => Date, { nullable: true, description: 'New closing time; later than the opening.' })
  @IsOptionalNotNull()
  @IsDate()
  @IsAfter('opensAt')
  closesAt?: Date;
}

@ArgsType()
export class CommentRoundsArgs {
  @Field(() => ID, { nullable: true, description: 'Rounds on this version.' })
  @IsOptional()
  @IsUUID('all')
  versionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rounds on any version of this action plan.' })
  @IsOptional()
  @IsUUID('all')
  actionPlanId?: string | null;
}

@ArgsType()
export class RoundIdArgs {
  @Field(() => ID, { description: 'The comment round.' })
  @IsUUID('all')
  roundId!: string;
}

@ArgsType()
export class PublicCommentRoundsArgs {
  @Field(() => String, { description: 'Short name of the area.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  areaSlug!: string;
}
