import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { MinutesStatus } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';

/** The minutes of a meeting. `version` grows with every save; a save names the version it edited. */
@ObjectType('Minutes', { description: 'Minutes of a meeting.' })
@Entity('meeting_minutes')
@Index('meeting_minutes_meeting_key', ['meetingId'], { unique: true })
export class MinutesEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the minutes.' })
  declare id: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field({ description: 'Text of the minutes (Markdown).' })
  @Column({ type: 'text', default: '' })
  body!: string;

  @Field(() => MinutesStatus, { description: 'Draft or published.' })
  @Column({ type: 'enum', enum: MinutesStatus, enumName: 'minutes_status', default: MinutesStatus.DRAFT })
  status!: MinutesStatus;

  @Field(() => Int, { description: 'Version of the text; the next save must name it.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Date, { nullable: true, description: 'When the minutes were published.' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  updatedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Field({ description: 'When the minutes were last saved.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
