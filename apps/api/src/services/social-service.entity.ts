import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from './service-catalogue';

@ObjectType('SocialService', { description: 'A registered social service of a provider organisation in the area.' })
@Entity('social_services')
@Index('social_services_area_registration_key', ['areaId', 'registrationId'], { unique: true })
export class SocialServiceEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the service.' })
  declare id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Field(() => ServiceType, { description: 'Kind of service under Act 108/2006 Coll.' })
  @Column({ type: 'enum', enum: ServiceType, enumName: 'service_type' })
  type!: ServiceType;

  @Field({ description: 'Registration identifier of the service (7 digits, "identifikátor služby").' })
  @Column({ type: 'varchar', length: 7 })
  registrationId!: string;

  @Field({ description: 'Name of the service, e.g. "Pečovatelská služba Charity Olomouc".' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => [TargetGroup], { description: 'Whom the service is for.' })
  @Column({ type: 'enum', enum: TargetGroup, enumName: 'target_group', array: true })
  targetGroups!: TargetGroup[];

  @Field(() => ServiceForm, { description: 'Residential, outpatient or field.' })
  @Column({ type: 'enum', enum: ServiceForm, enumName: 'service_form' })
  form!: ServiceForm;

  @Field(() => Int, { description: 'Capacity, counted in `capacityUnit`.' })
  @Column({ type: 'integer' })
  capacity!: number;

  @Field(() => CapacityUnit, { description: 'Unit of the capacity.' })
  @Column({ type: 'enum', enum: CapacityUnit, enumName: 'capacity_unit' })
  capacityUnit!: CapacityUnit;

  @Field({ description: 'Where the service is provided, e.g. "Olomouc a obce ORP Olomouc".' })
  @Column({ type: 'varchar', length: 300, default: '' })
  areaServed!: string;

  @Field({ description: 'Contact: telephone, e-mail or address.' })
  @Column({ type: 'varchar', length: 300, default: '' })
  contact!: string;
}
