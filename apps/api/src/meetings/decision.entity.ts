import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { MeetingEntity } from './meeting.entity';

/** A decision taken at a meeting, kept as an item of its own (not buried in the minutes). */
@ObjectType('Decision', { description: 'A decision (usnesení) taken at a meeting.' })
@Entity('meeting_decisions')
@Index('meeting_decisions_meeting_position_idx', ['meetingId', 'position'])
export class DecisionEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the decision.' })
  declare id: string;

  @Field({ description: 'When the decision was recorded.' })
  declare createdAt: Date;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: 'Number of the decision within the meeting, from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Wording of the decision.' })
  @Column({ type: 'text' })
  text!: string;
}
