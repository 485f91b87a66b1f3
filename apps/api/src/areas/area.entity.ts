import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AreaKind {
  CITY = 'CITY',
  MICROREGION = 'MICROREGION',
}
registerEnumType(AreaKind, { name: 'AreaKind', description: 'Whether the planning area is a city or a micro-region.' });

/** A planning area: the tenant. Every other row belongs to exactly one area. */
@ObjectType('Area', { description: 'A planning area (a city or a micro-region) that runs its own community planning.' })
@Entity('areas')
export class AreaEntity {
  @Field(() => ID, { description: 'Identifier of the area.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Short name used in addresses, e.g. "plzen".' })
  @Column({ type: 'varchar', length: 60, unique: true })
  slug!: string;

  @Field({ description: 'Name of the area, e.g. "Statutární město Plzeň".' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => AreaKind, { description: 'City or micro-region.' })
  @Column({ type: 'enum', enum: AreaKind, enumName: 'area_kind' })
  kind!: AreaKind;

  @Field({ description: 'IANA time zone in which the area schedules its meetings.' })
  @Column({ type: 'varchar', length: 60, default: 'Europe/Prague' })
  timezone!: string;

  @Field({ description: 'Language the area uses by default (cs, pl or en).' })
  @Column({ type: 'varchar', length: 5, default: 'cs' })
  defaultLocale!: string;

  @Field({ description: 'When the area was set up.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
