import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@InputType({ description: 'Registration settings of a training, seminar or workshop.' })
export class SetMeetingRegistrationInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;

  @Field({ description: 'Whether people of the area may register themselves.' })
  @IsBoolean()
  open!: boolean;

  @Field(() => Date, { nullable: true, description: 'Registration closes at this instant; empty: when the meeting starts.' })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;
}

@InputType({ description: 'The meeting the viewer registers for or cancels their registration of.' })
export class MeetingRegistrationInput {
  @Field(() => ID, { description: 'The meeting.' })
  @IsUUID('all')
  meetingId!: string;
}

@ArgsType()
export class TrainingsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Past trainings (newest first) instead of upcoming ones (soonest first).' })
  @IsBoolean()
  past: boolean = false;
}
