import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PlanStatus } from './strategy.enums';

@ObjectType('StrategicPlan', { description: 'A medium-term plan of social services of the area for a period of years (střednědobý plán).' })
@Entity('strategic_plans')
export class StrategicPlanEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the plan.' })
  declare id: string;

  @Field({ description: 'When the plan was set up.' })
  declare createdAt: Date;

  @Field({ description: 'Title of the plan, e.g. "Střednědobý plán rozvoje sociálních služeb 2025–2027".' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'Introduction of the plan.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => Int, { description: 'First year of the period.' })
  @Column({ type: 'int' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period (inclusive).' })
  @Column({ type: 'int' })
  toYear!: number;

  @Field(() => PlanStatus, { description: 'Draft or adopted.' })
  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status!: PlanStatus;

  @Field(() => Date, { nullable: true, description: 'When the plan was adopted.' })
  @Column({ type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;
}
