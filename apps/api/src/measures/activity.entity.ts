import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { MeasureEntity } from './measure.entity';

@ObjectType('Activity', { description: 'An activity of a measure (aktivita): one concrete step of carrying it out.' })
@Entity('measure_activities')
@Index('measure_activities_measure_position_idx', ['measureId', 'position'])
export class ActivityEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the activity.' })
  declare id: string;

  @ManyToOne(() => StrategicPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: StrategicPlanEntity;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @Field(() => ID, { description: 'The measure.' })
  @Column({ type: 'uuid' })
  measureId!: string;

  @Field(() => Int, { description: 'Order in the measure, from 1 without gaps.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Title of the activity.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What is done.' })
  @Column({ type: 'text', default: '' })
  description!: string;
}
