import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { FundedProjectEntity } from '../trainings/funded-project.entity';
import { MeetingKind } from './meeting.enums';

@ObjectType('Meeting', { description: 'A meeting of a working group or of the whole area.' })
@Entity('meetings')
@Index('meetings_area_starts_at_idx', ['areaId', 'startsAt'])
@Index('meetings_group_starts_at_idx', ['groupId', 'startsAt'])
@Index('meetings_project_idx', ['projectId'])
export class MeetingEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the meeting.' })
  declare id: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  group?: WorkingGroupEntity | null;

  @Field(() => ID, { nullable: true, description: 'The group holding the meeting; empty for area-wide meetings.' })
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Field(() => MeetingKind, { description: 'Kind of meeting.' })
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field({ description: 'Title, e.g. "3. jednání PS Senioři".' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'Purpose and practical notes.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'Start (an instant; shown in the meeting time zone).' })
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: 'End (an instant).' })
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone of the meeting, by default the area one.' })
  @Column({ type: 'varchar', length: 60 })
  timezone!: string;

  @Field(() => String, { nullable: true, description: 'Address or room.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to join online.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Field(() => Int, { nullable: true, description: 'Maximum number of participants, where it matters.' })
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  @Field({ description: 'Public meetings and their published minutes are shown without login.' })
  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the meeting was cancelled.' })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Field({ description: 'Trainings, seminars and workshops: people of the area may register themselves while this is on.' })
  @Column({ type: 'boolean', default: false })
  registrationOpen!: boolean;

  @Field(() => Date, { nullable: true, description: 'Registration closes at this instant (if set); it always closes when the meeting starts.' })
  @Column({ type: 'timestamptz', nullable: true })
  registrationDeadline!: Date | null;

  @ManyToOne(() => FundedProjectEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  project?: FundedProjectEntity | null;

  @Field(() => ID, { nullable: true, description: 'The funded project the meeting is reported under.' })
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
