import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.decorator';
import { trim } from '../../common/validation/transforms';
import { ResolutionOutcome } from '../council-resolution.entity';

@InputType({ description: 'The council\'s resolution on an action plan, as the clerk records it.' })
export class RecordCouncilResolutionInput {
  @Field(() => ID, { description: 'The action plan (waiting for the council).' })
  @IsUUID('all')
  actionPlanId!: string;

  @Field(() => ID, { description: 'The version the council decided on: the one the participants approved.' })
  @IsUUID('all')
  versionId!: string;

  @Field({ description: 'The body that decided, e.g. "Zastupitelstvo města Plzně".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  body!: string;

  @Field({ description: 'Number of the resolution, e.g. "ZMP 123/2026".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  number!: string;

  @Field({ description: 'Date of the session (YYYY-MM-DD), not in the future.' })
  @IsDateOnly()
  decidedOn!: string;

  @Field(() => ResolutionOutcome, { description: 'What was resolved.' })
  @IsEnum(ResolutionOutcome)
  outcome!: ResolutionOutcome;

  @Field(() => String, { nullable: true, description: 'A note (conditions, amendments).' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

@ArgsType()
export class ActionPlanIdArgs {
  @Field(() => ID, { description: 'The action plan.' })
  @IsUUID('all')
  actionPlanId!: string;
}

@ArgsType()
export class PublishedActionPlansArgs {
  @Field(() => String, { description: 'Short name of the area.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  areaSlug!: string;
}

@ArgsType()
export class PublishedActionPlanArgs extends PublishedActionPlansArgs {
  @Field(() => ID, { description: 'The action plan.' })
  @IsUUID('all')
  id!: string;
}
