import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';

/** The coordinator reminded an organisation of the reports it still owes for a year. */
@ObjectType('MonitoringReminder', { description: 'A reminder to a responsible organisation of its missing progress reports for a year.' })
@Entity('monitoring_reminders')
@Index('monitoring_reminders_plan_organisation_idx', ['actionPlanId', 'organisationId', 'createdAt'])
export class MonitoringReminderEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the reminder.' })
  declare id: string;

  @Field({ description: 'When the organisation was reminded.' })
  declare createdAt: Date;

  @ManyToOne(() => ActionPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  actionPlan?: ActionPlanEntity;

  @Field(() => ID, { description: 'The action plan whose year is reported on.' })
  @Column({ type: 'uuid' })
  actionPlanId!: string;

  @Field(() => Int, { description: 'The reported year.' })
  @Column({ type: 'int' })
  year!: number;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity;

  @Field(() => ID, { description: 'The reminded organisation.' })
  @Column({ type: 'uuid' })
  organisationId!: string;

  @Field(() => [ID], { description: 'The measures whose reports were missing when the reminder was sent.' })
  @Column({ type: 'uuid', array: true })
  measureIds!: string[];

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  remindedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  remindedById!: string | null;
}
