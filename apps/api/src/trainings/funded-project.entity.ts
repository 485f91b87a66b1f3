import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';

/**
 * A funded project (e.g. an ESF project of the Operational Programme Employment) the area reports
 * participation to. Meetings are assigned to it by their organisers; its report is the statistics
 * of those meetings.
 */
@ObjectType('FundedProject', { description: 'A funded project (e.g. ESF) whose meetings are reported together.' })
@Entity('funded_projects')
@Index('funded_projects_area_number_key', ['areaId', 'registrationNumber'], { unique: true })
export class FundedProjectEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the project.' })
  declare id: string;

  @Field({ description: 'Name of the project.' })
  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Field({ description: 'Registration number, e.g. "CZ.03.02.XX/00/22_XXX/0000000".' })
  @Column({ type: 'varchar', length: 100 })
  registrationNumber!: string;

  @Field({ description: 'First day of the project (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day of the project (YYYY-MM-DD, inclusive).' })
  @Column({ type: 'date' })
  endsOn!: string;

  @Field({ description: 'Notes: funder, programme, contact.' })
  @Column({ type: 'text', default: '' })
  description!: string;
}
