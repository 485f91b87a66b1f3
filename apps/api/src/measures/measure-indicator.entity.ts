import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeasureEntity } from './measure.entity';

@ObjectType('MeasureIndicator', { description: 'How the fulfilment of a measure is measured.' })
@Entity('measure_indicators')
@Index('measure_indicators_measure_position_idx', ['measureId', 'position'])
export class MeasureIndicatorEntity {
  @Field(() => ID, { description: 'Identifier of the indicator.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @Column({ type: 'uuid' })
  measureId!: string;

  @Field(() => Int, { description: 'Order among the measure\'s indicators, from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'What is counted, e.g. "počet podpořených osob".' })
  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Field({ description: 'Unit, e.g. "osoby", "lůžka", "hodiny".' })
  @Column({ type: 'varchar', length: 60 })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Value at the start, as an exact decimal string (e.g. "120" or "2.5").' })
  @Column({ type: 'numeric', nullable: true })
  baseline!: string | null;

  @Field({ description: 'Value to reach, as an exact decimal string.' })
  @Column({ type: 'numeric' })
  target!: string;
}
