import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { MeetingKind } from '../meeting.enums';

@InputType({ description: 'Which meetings to list; every condition is optional.' })
export class MeetingFilter {
  @Field(() => Date, { nullable: true, description: 'Meetings ending after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Meetings starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Meetings of this group only.' })
  @IsOptional()
  @IsUUID('all')
  groupId?: string | null;

  @Field(() => MeetingKind, { nullable: true, description: 'Meetings of this kind only.' })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind | null;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true, description: 'Conditions on the meetings listed.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingFilter)
  filter?: MeetingFilter | null;
}

@ArgsType()
export class UpcomingMeetingsArgs {
  @Field(() => Int, { defaultValue: 5, description: 'How many meetings at most (1–50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 5;
}

@ArgsType()
export class PublicMeetingsArgs extends PageArgs {
  @Field(() => String, { description: 'Short name of the area.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  areaSlug!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Past meetings (newest first) instead of upcoming ones (soonest first).' })
  @IsBoolean()
  past = false;
}

@ArgsType()
export class PublicMeetingArgs {
  @Field(() => String, { description: 'Short name of the area.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  areaSlug!: string;

  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  id!: string;
}
