import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { OrganisationEntity } from './organisation.entity';

/** A person works for (or represents) an organisation over a period. */
@ObjectType('OrganisationMembership', { description: 'A person representing an organisation over a period of time.' })
@Entity('organisation_memberships')
export class OrganisationMembershipEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the membership.' })
  declare id: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Field(() => String, { nullable: true, description: 'Position in the organisation, e.g. "ředitelka".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Field({ description: 'First day of the membership (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the membership (YYYY-MM-DD); empty while it lasts.' })
  @Column({ type: 'date', nullable: true })
  until!: string | null;
}
