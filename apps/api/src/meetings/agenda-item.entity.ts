import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { PersonEntity } from '../people/person.entity';
import { MeetingEntity } from './meeting.entity';

@ObjectType('AgendaItem', { description: 'One item of a meeting agenda.' })
@Entity('agenda_items')
@Index('agenda_items_meeting_position_idx', ['meetingId', 'position'])
@Index('agenda_items_measure_idx', ['measureId'])
@Index('agenda_items_intention_idx', ['intentionId'])
export class AgendaItemEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the item.' })
  declare id: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: 'Order of the item, from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'What is discussed.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  presenter?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  presenterId!: string | null;

  @Field({ description: 'Notes for the item.' })
  @Column({ type: 'text', default: '' })
  notes!: string;

  @Field(() => Int, { nullable: true, description: 'Planned duration in minutes.' })
  @Column({ type: 'int', nullable: true })
  durationMinutes!: number | null;

  /** The measure discussed under the item, if any. */
  @ManyToOne(() => MeasureEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  measure?: MeasureEntity | null;

  @Column({ type: 'uuid', nullable: true })
  measureId!: string | null;

  /** The development intention discussed under the item, if any. */
  @ManyToOne(() => DevelopmentIntentionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  intention?: DevelopmentIntentionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  intentionId!: string | null;
}
