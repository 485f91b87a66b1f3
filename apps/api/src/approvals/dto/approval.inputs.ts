import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsAfter } from '../../common/validation/is-after.decorator';
import { trim, trimOrNull } from '../../common/validation/transforms';
import { VoteChoice } from '../approval.enums';

export const MAX_RESERVATION_LENGTH = 2000;

@InputType({ description: 'An approval round to open on an issued version.' })
export class OpenApprovalRoundInput {
  @Field(() => ID, { description: 'The issued version to vote on.' })
  @IsUUID('all')
  versionId!: string;

  @Field({ description: 'Title of the round, e.g. "Schválení akčního plánu 2026 řídící skupinou".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @Field(() => [ID], { description: 'Working groups whose current members may vote (e.g. the management team and the working groups).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  groupIds!: string[];

  @Field({ description: 'From when votes are taken.' })
  @IsDate()
  opensAt!: Date;

  @Field({ description: 'Until when votes are taken and may be changed.' })
  @IsDate()
  @IsAfter('opensAt')
  closesAt!: Date;

  @Field(() => Int, { description: 'Share of the eligible voters who must vote, in per cent (0–100).' })
  @IsInt()
  @Min(0)
  @Max(100)
  quorumPercent!: number;

  @Field(() => Int, { description: 'Share of approvals among the votes for or against needed, in per cent (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  approvalPercent!: number;
}

@InputType({ description: 'A vote, or a change of one\'s vote, in an open approval round.' })
export class CastVoteInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all')
  roundId!: string;

  @Field(() => VoteChoice, { description: 'The choice.' })
  @IsEnum(VoteChoice)
  choice!: VoteChoice;

  @Field(() => String, { nullable: true, description: 'The reservation: required with APPROVE_WITH_RESERVATIONS (at most 2000 characters), not allowed otherwise.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(MAX_RESERVATION_LENGTH)
  reservation?: string | null;
}

@ArgsType()
export class ApprovalRoundsArgs {
  @Field(() => ID, { nullable: true, description: 'Rounds on any version of this action plan.' })
  @IsOptional()
  @IsUUID('all')
  actionPlanId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rounds on this version.' })
  @IsOptional()
  @IsUUID('all')
  versionId?: string | null;
}

@ArgsType()
export class RoundIdArgs {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all')
  roundId!: string;
}
