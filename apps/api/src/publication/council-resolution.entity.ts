import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';

export enum ResolutionOutcome {
  APPROVED = 'APPROVED',
  NOT_APPROVED = 'NOT_APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(ResolutionOutcome, {
  name: 'ResolutionOutcome',
  description: 'What the council resolved about an action plan.',
  valuesMap: {
    APPROVED: { description: 'Approved (schváleno / przyjęto).' },
    NOT_APPROVED: { description: 'Not approved.' },
    RETURNED: { description: 'Returned for changes (a new version will be needed).' },
  },
});

/** A council's resolution on an action plan version, recorded by the council clerk. */
@ObjectType('CouncilResolution', { description: 'A resolution of the council (zastupitelstvo / rada gminy) on an action plan.' })
@Entity('council_resolutions')
@Index('council_resolutions_plan_idx', ['actionPlanId'])
export class CouncilResolutionEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the resolution record.' })
  declare id: string;

  @Field({ description: 'When the resolution was recorded.' })
  declare createdAt: Date;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  actionPlan?: ActionPlanEntity;

  @Field(() => ID, { description: 'The action plan.' })
  @Column({ type: 'uuid' })
  actionPlanId!: string;

  @ManyToOne(() => ActionPlanVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  version?: ActionPlanVersionEntity;

  @Field(() => ID, { description: 'The issued version the council decided on.' })
  @Column({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'The body that decided, e.g. "Zastupitelstvo města Plzně".' })
  @Column({ type: 'varchar', length: 200 })
  body!: string;

  @Field({ description: 'Number of the resolution, e.g. "ZMP 123/2026".' })
  @Column({ type: 'varchar', length: 60 })
  number!: string;

  @Field({ description: 'Date of the session (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  decidedOn!: string;

  @Field(() => ResolutionOutcome, { description: 'What was resolved.' })
  @Column({ type: 'enum', enum: ResolutionOutcome, enumName: 'resolution_outcome' })
  outcome!: ResolutionOutcome;

  @Field({ description: 'A note (conditions, amendments).' })
  @Column({ type: 'text', default: '' })
  note!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  recordedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;
}
