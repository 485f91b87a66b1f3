import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { GroupRole } from './group.enums';
import { WorkingGroupEntity } from './working-group.entity';

/** A person's seat in a group. Removing a member ends the seat (`leftAt`), history is kept. */
@ObjectType('GroupMembership', { description: 'A person in a working group, for the organisation they represent there.' })
@Entity('group_memberships')
@Index('group_memberships_active_key', ['groupId', 'personId'], { unique: true, where: 'left_at IS NULL' })
export class GroupMembershipEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the membership.' })
  declare id: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  group?: WorkingGroupEntity;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @Field(() => GroupRole, { description: 'Coordinator or member.' })
  @Column({ type: 'enum', enum: GroupRole, enumName: 'group_role', default: GroupRole.MEMBER })
  role!: GroupRole;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Field({ description: 'When the person joined the group.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the person left the group; empty while a member.' })
  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
