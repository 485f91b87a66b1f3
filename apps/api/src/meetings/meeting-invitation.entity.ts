import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { Attendance, InvitationReply } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';

/** An invitee of a meeting: their reply and, once taken, their attendance. */
@ObjectType('MeetingInvitation', { description: 'A person invited to a meeting, their reply and attendance.' })
@Entity('meeting_invitations')
@Index('meeting_invitations_meeting_person_key', ['meetingId', 'personId'], { unique: true })
@Index('meeting_invitations_person_idx', ['personId'])
export class MeetingInvitationEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  declare id: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: MeetingEntity;

  @Field(() => ID, { description: 'The meeting.' })
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  /** The organisation the person came for, fixed when attendance is taken. */
  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Field(() => InvitationReply, { description: "The invitee's reply." })
  @Column({ type: 'enum', enum: InvitationReply, enumName: 'invitation_reply', default: InvitationReply.PENDING })
  reply!: InvitationReply;

  @Field(() => Date, { nullable: true, description: 'When the invitee replied.' })
  @Column({ type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  @Field(() => Attendance, { nullable: true, description: 'Attendance, once recorded.' })
  @Column({ type: 'enum', enum: Attendance, enumName: 'attendance', nullable: true })
  attendance!: Attendance | null;
}
