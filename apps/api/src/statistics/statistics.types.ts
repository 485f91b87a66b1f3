import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MeetingKind } from '../meetings/meeting.enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period and group of a participation report; shared by the GraphQL query and the CSV download. */
@ArgsType()
export class StatisticsArgs {
  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD, in the area time zone).' })
  @Matches(DATE)
  from!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD, inclusive).' })
  @Matches(DATE)
  to!: string;

  @Field(() => ID, { nullable: true, description: 'Meetings of this group only.' })
  @IsOptional()
  @IsUUID('all')
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings assigned to this funded project only.' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string | null;
}

/** The query string of the CSV download: the same arguments plus the area (downloads send no headers). */
export class StatisticsCsvQuery extends StatisticsArgs {
  @IsString()
  @MaxLength(60)
  area!: string;

  /** The language of the file (cs, pl, en) when the link names it; read by the ViewerService. */
  @IsOptional()
  @IsIn(['cs', 'pl', 'en'])
  lang?: string;
}

@ObjectType({ description: 'Number of meetings of one kind.' })
export class MeetingKindCount {
  @Field(() => MeetingKind, { description: 'Kind of meeting.' })
  kind!: MeetingKind;

  @Field(() => Int, { description: 'Meetings of that kind.' })
  count!: number;
}

/** Participation figures of one kind of meeting, or of all of them. */
export interface ParticipationFigures {
  meetings: number;
  distinctPersons: number;
  distinctOrganisations: number;
  invited: number;
  present: number;
  guests: number;
  attendanceRate: number | null;
  personHours: number;
}

@ObjectType({ description: 'Participation in the meetings of a period: what EU-funded projects report.' })
export class ParticipationStatistics implements ParticipationFigures {
  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD, inclusive).' })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'The group, when the report is about one group.' })
  groupId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The funded project, when the report is about one project.' })
  projectId!: string | null;

  @Field(() => Int, { description: 'Meetings held (cancelled ones are not counted).' })
  meetings!: number;

  @Field(() => [MeetingKindCount], { description: 'Meetings by kind (every kind, zero included).' })
  meetingsByKind!: MeetingKindCount[];

  @Field(() => Int, { description: 'Different people present: invitees recorded present and guests (by name).' })
  distinctPersons!: number;

  @Field(() => Int, { description: 'Different organisations present: those recorded for present invitees and the guests’ ones.' })
  distinctOrganisations!: number;

  @Field(() => Int, { description: 'Invitations sent.' })
  invited!: number;

  @Field(() => Int, { description: 'Invitees recorded present.' })
  present!: number;

  @Field(() => Int, { description: 'Walk-in guests.' })
  guests!: number;

  @Field(() => Float, { nullable: true, description: 'present / (present + excused + absent); null when no attendance is recorded.' })
  attendanceRate!: number | null;

  @Field(() => Float, { description: 'Sum of the meeting durations in hours over every present invitee and guest.' })
  personHours!: number;
}
