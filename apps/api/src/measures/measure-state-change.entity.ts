import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { MeasureState } from './measure.enums';
import { MeasureEntity } from './measure.entity';

@ObjectType('MeasureStateChange', { description: 'One change of a measure\'s state: who, when and why. The first one records the proposal.' })
@Entity('measure_state_changes')
@Index('measure_state_changes_measure_idx', ['measureId', 'changedAt'])
export class MeasureStateChangeEntity {
  @Field(() => ID, { description: 'Identifier of the change.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @Column({ type: 'uuid' })
  measureId!: string;

  @Field(() => MeasureState, { nullable: true, description: 'State before; null for the proposal itself.' })
  @Column({ type: 'enum', enum: MeasureState, enumName: 'measure_state', nullable: true })
  fromState!: MeasureState | null;

  @Field(() => MeasureState, { description: 'State after.' })
  @Column({ type: 'enum', enum: MeasureState, enumName: 'measure_state' })
  toState!: MeasureState;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  changedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @Field({ description: 'When.' })
  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Field({ description: 'Why (required for rejection, merging and withdrawal).' })
  @Column({ type: 'text', default: '' })
  reason!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  mergedInto?: MeasureEntity | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;
}
