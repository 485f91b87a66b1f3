import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { MeasureState } from './measure.enums';

@ObjectType('Measure', { description: 'A measure of a medium-term plan (opatření), under a goal.' })
@Entity('measures')
@Index('measures_goal_position_idx', ['goalId', 'position'])
@Index('measures_plan_idx', ['planId'])
export class MeasureEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the measure.' })
  declare id: string;

  @Field({ description: 'When the measure was proposed.' })
  declare createdAt: Date;

  @ManyToOne(() => StrategicPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: StrategicPlanEntity;

  @Field(() => ID, { description: 'The plan.' })
  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  goal?: GoalEntity;

  @Field(() => ID, { description: 'The goal the measure serves.' })
  @Column({ type: 'uuid' })
  goalId!: string;

  @Field(() => Int, { description: 'Order under the goal, from 1 without gaps.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Title of the measure.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What will be done.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'The need the measure answers.' })
  @Column({ type: 'text', default: '' })
  rationale!: string;

  @Field(() => [String], { description: 'Target groups, in the words of the area (e.g. "senioři 65+"), as its working groups name them.' })
  @Column({ type: 'varchar', length: 200, array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  responsibleOrganisation?: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  responsibleOrganisationId!: string | null;

  @Field(() => Int, { description: 'First year of the timeline (within the plan\'s period).' })
  @Column({ type: 'int' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the timeline (within the plan\'s period).' })
  @Column({ type: 'int' })
  toYear!: number;

  @Field(() => MeasureState, { description: 'Where the measure is in its life.' })
  @Column({ type: 'enum', enum: MeasureState, enumName: 'measure_state', default: MeasureState.PROPOSED })
  state!: MeasureState;

  @ManyToOne(() => MeasureEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  mergedInto?: MeasureEntity | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  proposedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;
}
