import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationSide } from './organisation-side.enum';

@ObjectType('Organisation', { description: 'An organisation taking part in planning: municipality, provider, NGO, users.' })
@Entity('organisations')
@Index('organisations_area_name_key', ['areaId', 'name'], { unique: true })
export class OrganisationEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the organisation.' })
  declare id: string;

  @Field({ description: 'Name of the organisation.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => OrganisationSide, { description: 'Side of planning it represents.' })
  @Column({ type: 'enum', enum: OrganisationSide, enumName: 'organisation_side' })
  side!: OrganisationSide;

  @Field(() => String, { nullable: true, description: 'Company registration number (IČO / REGON).' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Web address.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;
}
