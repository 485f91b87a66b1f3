import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { ActionPlanState } from './action-plan.enums';

/**
 * A yearly action plan (akční plán / plan działania) of an area: text sections plus the accepted
 * measures of its medium-term plan, drafted in numbered versions.
 */
@ObjectType('ActionPlan', { description: 'A yearly action plan of the area, drafted in numbered versions.' })
@Entity('action_plans')
@Index('action_plans_area_year_key', ['areaId', 'year'], { unique: true })
export class ActionPlanEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the action plan.' })
  declare id: string;

  @Field({ description: 'When the action plan was started.' })
  declare createdAt: Date;

  @ManyToOne(() => StrategicPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  strategicPlan?: StrategicPlanEntity;

  @Field(() => ID, { description: 'The medium-term plan whose measures the action plan carries out.' })
  @Column({ type: 'uuid' })
  strategicPlanId!: string;

  @Field(() => Int, { description: 'The year the action plan is for (within the medium-term plan\'s period).' })
  @Column({ type: 'int' })
  year!: number;

  @Field({ description: 'Title, e.g. "Akční plán sociálních služeb města Plzně na rok 2026".' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => ActionPlanState, { description: 'Where the plan is between drafting and the council.' })
  @Column({ type: 'enum', enum: ActionPlanState, enumName: 'action_plan_state', default: ActionPlanState.DRAFT })
  state!: ActionPlanState;

  @Field(() => Date, { nullable: true, description: 'When the council approved the plan.' })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the approved plan was published on the public portal.' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
