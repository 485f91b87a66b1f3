import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../services/service-catalogue';
import { SocialServiceEntity } from '../services/social-service.entity';
import { IntentionKind, IntentionState } from './intention.enums';
import { IntentionFunding, IntentionFundingColumns } from './intention-funding';

@ObjectType('DevelopmentIntention', { description: "A provider's development intention (rozvojový záměr) for one of its services or a new one." })
@Entity('development_intentions')
@Index('development_intentions_area_state_idx', ['areaId', 'state'])
export class DevelopmentIntentionEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the intention.' })
  declare id: string;

  @Field({ description: 'When the intention was first saved.' })
  declare createdAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Field(() => IntentionKind, { description: 'What the intention asks for.' })
  @Column({ type: 'enum', enum: IntentionKind, enumName: 'intention_kind' })
  kind!: IntentionKind;

  @Field(() => IntentionState, { description: 'Where the intention is in its review.' })
  @Column({ type: 'enum', enum: IntentionState, enumName: 'intention_state', default: IntentionState.DRAFT })
  state!: IntentionState;

  @ManyToOne(() => SocialServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  service?: SocialServiceEntity;

  @Field(() => ID, { nullable: true, description: 'The registered service concerned; empty for a new service.' })
  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'Type of the new service (new services only).' })
  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type', nullable: true })
  newServiceType!: ServiceType | null;

  @Field(() => ServiceForm, { nullable: true, description: 'Form of the new service (new services only).' })
  @Column({ type: 'enum', enum: ServiceForm, enumName: 'service_form', nullable: true })
  newServiceForm!: ServiceForm | null;

  @Field(() => String, { nullable: true, description: 'Name of the new service (new services only).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  newServiceName!: string | null;

  @Field(() => [TargetGroup], { description: 'Target groups of the new service; for a registered service, those of the service.' })
  @Column({ type: 'enum', enum: TargetGroup, enumName: 'target_group', array: true, default: '{}' })
  newServiceTargetGroups!: TargetGroup[];

  @Field(() => Int, { description: 'Capacity today (0 for a new service).' })
  @Column({ type: 'integer' })
  currentCapacity!: number;

  @Field(() => Int, { description: 'Capacity when the intention is realised (0 for a termination).' })
  @Column({ type: 'integer' })
  proposedCapacity!: number;

  @Field(() => CapacityUnit, { description: 'Unit of both capacities.' })
  @Column({ type: 'enum', enum: CapacityUnit, enumName: 'capacity_unit' })
  capacityUnit!: CapacityUnit;

  @Field({ description: 'Change of staff in full-time equivalents, e.g. "1.50" or "-0.50".' })
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  fteChange!: string;

  @Field({ description: 'Annual cost, exact with two decimals, e.g. "1250000.00".' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  annualCost!: string;

  @Field(() => IntentionFunding, { description: 'Annual funding by source; together at most the annual cost.' })
  @Column(() => IntentionFundingColumns, { prefix: 'funding' })
  funding!: IntentionFundingColumns;

  @Field(() => Int, { description: 'Year the change is to start.' })
  @Column({ type: 'integer' })
  startYear!: number;

  @Field({ description: 'Why the area needs it.' })
  @Column({ type: 'text' })
  justification!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  reviewingGroup?: WorkingGroupEntity;

  @Column({ type: 'uuid' })
  reviewingGroupId!: string;

  @Field(() => String, { nullable: true, description: "Reasons of the working group's opinion." })
  @Column({ type: 'text', nullable: true })
  opinionReasons!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn()
  opinionMeeting?: MeetingEntity;

  @Field(() => ID, { nullable: true, description: 'The meeting where the group discussed the intention.' })
  @Column({ type: 'uuid', nullable: true })
  opinionMeetingId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the intention was submitted.' })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
