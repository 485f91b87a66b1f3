import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { ActionPlanEntity } from './action-plan.entity';
import { ActionPlanVersionState } from './action-plan.enums';

/**
 * One numbered version of an action plan. At most one version of a plan is a DRAFT (the working
 * copy, numbered after the last issued one); issued versions never change.
 */
@ObjectType('ActionPlanVersion', { description: 'A numbered version of an action plan; immutable once issued.' })
@Entity('action_plan_versions')
@Index('action_plan_versions_plan_number_key', ['actionPlanId', 'number'], { unique: true })
@Index('action_plan_versions_one_draft_key', ['actionPlanId'], { unique: true, where: `"state" = 'DRAFT'` })
export class ActionPlanVersionEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the version.' })
  declare id: string;

  @Field({ description: 'When the version was started.' })
  declare createdAt: Date;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  actionPlan?: ActionPlanEntity;

  @Field(() => ID, { description: 'The action plan.' })
  @Column({ type: 'uuid' })
  actionPlanId!: string;

  @Field(() => Int, { description: 'Number of the version, from 1.' })
  @Column({ type: 'int' })
  number!: number;

  @Field(() => ActionPlanVersionState, { description: 'Draft (editable) or issued (immutable).' })
  @Column({ type: 'enum', enum: ActionPlanVersionState, enumName: 'action_plan_version_state', default: ActionPlanVersionState.DRAFT })
  state!: ActionPlanVersionState;

  @Field(() => Date, { nullable: true, description: 'When the version was issued.' })
  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  issuedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @Field({ description: 'What changed against the previous version, in the words of the coordinator.' })
  @Column({ type: 'text', default: '' })
  changeNote!: string;
}
