import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/pagination';
import { MeetingEntity } from '../meeting.entity';

export const MeetingPage = Paginated(MeetingEntity, 'MeetingPage');

@ObjectType({ description: 'Counts of replies and attendance of a meeting.' })
export class AttendanceSummary {
  @Field(() => Int, { description: 'People invited.' })
  invited!: number;

  @Field(() => Int, { description: 'Invitees who replied they will attend.' })
  attending!: number;

  @Field(() => Int, { description: 'Invitees who declined.' })
  declined!: number;

  @Field(() => Int, { description: 'Invitees who replied maybe.' })
  maybe!: number;

  @Field(() => Int, { description: 'Invitees who have not replied.' })
  pending!: number;

  @Field(() => Int, { description: 'Invitees recorded present.' })
  present!: number;

  @Field(() => Int, { description: 'Invitees recorded excused.' })
  excused!: number;

  @Field(() => Int, { description: 'Invitees recorded absent.' })
  absent!: number;

  @Field(() => Int, { description: 'Walk-in guests recorded.' })
  guests!: number;
}
