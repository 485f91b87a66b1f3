import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { MeetingEntity } from './meeting.entity';

/** Someone who came without an invitation (walk-in), recorded in the attendance register. */
@ObjectType('MeetingGuest', { description: 'A walk-in guest recorded in the attendance register.' })
@Entity('meeting_guests')
export class MeetingGuestEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the guest entry.' })
  declare id: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field({ description: 'Name of the guest.' })
  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation named by the guest when it is not registered.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisationName!: string | null;
}
