import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { StrategicPlanEntity } from './strategic-plan.entity';

@ObjectType('Priority', { description: 'A priority of a medium-term plan (priorita); it holds goals.' })
@Entity('strategy_priorities')
@Index('strategy_priorities_plan_position_idx', ['planId', 'position'])
export class PriorityEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the priority.' })
  declare id: string;

  @ManyToOne(() => StrategicPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: StrategicPlanEntity;

  @Field(() => ID, { description: 'The plan.' })
  @Column({ type: 'uuid' })
  planId!: string;

  @Field(() => Int, { description: 'Order in the plan, from 1 without gaps; it is the priority\'s number.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Title of the priority.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What the priority is about.' })
  @Column({ type: 'text', default: '' })
  description!: string;
}
