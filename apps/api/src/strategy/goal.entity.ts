import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PriorityEntity } from './priority.entity';
import { StrategicPlanEntity } from './strategic-plan.entity';

@ObjectType('Goal', { description: 'A goal under a priority (cíl); it holds measures.' })
@Entity('strategy_goals')
@Index('strategy_goals_priority_position_idx', ['priorityId', 'position'])
export class GoalEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the goal.' })
  declare id: string;

  @ManyToOne(() => StrategicPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: StrategicPlanEntity;

  @Field(() => ID, { description: 'The plan.' })
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PriorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  priority?: PriorityEntity;

  @Field(() => ID, { description: 'The priority the goal belongs to.' })
  @Column({ type: 'uuid' })
  priorityId!: string;

  @Field(() => Int, { description: 'Order under the priority, from 1 without gaps.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Title of the goal.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What the goal is to achieve.' })
  @Column({ type: 'text', default: '' })
  description!: string;
}
