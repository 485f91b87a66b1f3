import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { emailOrNull, trim, trimOrNull } from '../../common/validation/transforms';
import { CommentStance, CommentTarget, SettlementOutcome } from '../comment.enums';

/** The fields a passage may quote: the body of a section, or these texts of a measure. */
export const SECTION_QUOTE_FIELDS = ['body'] as const;
export const MEASURE_QUOTE_FIELDS = ['title', 'description', 'rationale'] as const;
export const QUOTE_FIELDS = [...SECTION_QUOTE_FIELDS, ...MEASURE_QUOTE_FIELDS] as const;

@InputType({
  description:
    'A quoted passage: the exact words, up to 32 characters around them, and their position in the text of the field as the reader shows it (UTF-16 offsets).',
})
export class PassageQuoteInput {
  @Field({ description: 'The quoted field: "body" of a section; "title", "description" or "rationale" of a measure.' })
  @IsIn(QUOTE_FIELDS)
  field!: string;

  @Field({ description: 'The quoted words exactly (1–2000 characters).' })
  @IsString()
  @Length(1, 2000)
  exact!: string;

  @Field({ defaultValue: '', description: 'Up to 32 characters before the quote.' })
  @IsString()
  @MaxLength(32)
  prefix: string = '';

  @Field({ defaultValue: '', description: 'Up to 32 characters after the quote.' })
  @IsString()
  @MaxLength(32)
  suffix: string = '';

  @Field(() => Int, { description: "Where the quote starts in the field's text." })
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int, { description: "Where the quote ends in the field's text (exclusive); end − start is the length of the quote." })
  @IsInt()
  @Min(1)
  end!: number;
}

@InputType({ description: 'Who a visitor without an account is (PUBLIC rounds only).' })
export class GuestInput {
  @Field({ description: 'Name shown with the comment.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ description: 'E-mail for the answer; never shown to anybody but the coordinators.' })
  @Transform(emailOrNull)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field({ description: 'Consent to the processing of the name and e-mail; must be true.' })
  @IsBoolean()
  consent!: boolean;
}

@InputType({ description: 'A new comment in a round.' })
export class PostCommentInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all')
  roundId!: string;

  @Field(() => CommentTarget, { description: 'What the comment is about.' })
  @IsEnum(CommentTarget)
  target!: CommentTarget;

  @Field(() => ID, { nullable: true, description: 'The section (SECTION, or PASSAGE in a section).' })
  @IsOptional()
  @IsUUID('all')
  sectionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The measure of the version (MEASURE, or PASSAGE in a measure).' })
  @IsOptional()
  @IsUUID('all')
  planMeasureId?: string | null;

  @Field(() => PassageQuoteInput, { nullable: true, description: 'The quoted passage (PASSAGE only).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PassageQuoteInput)
  quote?: PassageQuoteInput | null;

  @Field(() => CommentStance, { description: 'Support, neutral or objection.' })
  @IsEnum(CommentStance)
  stance!: CommentStance;

  @Field({ description: 'Text of the comment.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body!: string;

  @Field(() => GuestInput, { nullable: true, description: 'A visitor without an account in a PUBLIC round: name, e-mail and consent.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuestInput)
  guest?: GuestInput | null;
}

@InputType({ description: 'A reply in the thread of a comment.' })
export class ReplyToCommentInput {
  @Field(() => ID, { description: 'The comment (or reply) answered.' })
  @IsUUID('all')
  parentId!: string;

  @Field({ description: 'Text of the reply.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body!: string;

  @Field(() => GuestInput, { nullable: true, description: 'A visitor without an account in a PUBLIC round.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuestInput)
  guest?: GuestInput | null;
}

@InputType({ description: "The author's new text of a comment, until the round closes." })
export class EditCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @IsUUID('all')
  id!: string;

  @Field({ description: 'New text.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body!: string;

  @Field(() => CommentStance, { nullable: true, description: 'New stance (first comments of a thread only); left out, it stays.' })
  @IsOptional()
  @IsEnum(CommentStance)
  stance?: CommentStance | null;

  @Field(() => Int, { description: 'The revision the edit started from; another edit since then is a CONFLICT.' })
  @IsInt()
  @Min(1)
  revision!: number;
}

@InputType({ description: 'A comment hidden by the moderator, with the reason.' })
export class HideCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  @IsUUID('all')
  id!: string;

  @Field({ description: 'Why it is hidden (shown to the coordinators).' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'How the coordinator settles a comment.' })
export class SettleCommentInput {
  @Field(() => ID, { description: 'The first comment of a thread.' })
  @IsUUID('all')
  id!: string;

  @Field(() => SettlementOutcome, { description: 'Accepted, partly accepted, rejected or explained.' })
  @IsEnum(SettlementOutcome)
  outcome!: SettlementOutcome;

  @Field(() => String, { nullable: true, description: 'Justification; required unless the comment is accepted.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  justification?: string | null;

  @Field(() => String, { nullable: true, description: 'The change made to the text, in words.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  changeMade?: string | null;
}

export enum CommentOrder {
  OLDEST = 'OLDEST',
  NEWEST = 'NEWEST',
  UNSETTLED_FIRST = 'UNSETTLED_FIRST',
}
registerEnumType(CommentOrder, {
  name: 'CommentOrder',
  description: 'Order of a list of comments.',
  valuesMap: {
    OLDEST: { description: 'Oldest first (the order of their numbers).' },
    NEWEST: { description: 'Newest first.' },
    UNSETTLED_FIRST: { description: 'Unsettled first, each part oldest first.' },
  },
});

@InputType({ description: 'Which comments to list; every condition is optional.' })
export class CommentFilter {
  @Field(() => CommentTarget, { nullable: true, description: 'About this kind of target only.' })
  @IsOptional()
  @IsEnum(CommentTarget)
  target?: CommentTarget | null;

  @Field(() => ID, { nullable: true, description: 'About this section (whole or a passage).' })
  @IsOptional()
  @IsUUID('all')
  sectionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this measure of the version (whole or a passage).' })
  @IsOptional()
  @IsUUID('all')
  planMeasureId?: string | null;

  @Field(() => CommentStance, { nullable: true, description: 'With this stance only.' })
  @IsOptional()
  @IsEnum(CommentStance)
  stance?: CommentStance | null;

  @Field(() => Boolean, { nullable: true, description: 'Settled (true) or unsettled (false) only.' })
  @IsOptional()
  @IsBoolean()
  settled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Hidden (true) or visible (false) only.' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean | null;
}

@ArgsType()
export class CommentsArgs extends PageArgs {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all')
  roundId!: string;

  @Field(() => CommentFilter, { nullable: true, description: 'Conditions.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommentFilter)
  filter?: CommentFilter | null;

  @Field(() => CommentOrder, { defaultValue: CommentOrder.OLDEST, description: 'Order of the threads.' })
  @IsEnum(CommentOrder)
  order: CommentOrder = CommentOrder.OLDEST;
}
