import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { GroupKind } from './group.enums';

@ObjectType('WorkingGroup', { description: 'A working group of the area (or its management team).' })
@Entity('working_groups')
@Index('working_groups_area_name_key', ['areaId', 'name'], { unique: true })
export class WorkingGroupEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the group.' })
  declare id: string;

  @Field({ description: 'When the group was set up.' })
  declare createdAt: Date;

  @Field({ description: 'Name of the group, e.g. "Senioři".' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => GroupKind, { description: 'Target-group working group or management team.' })
  @Column({ type: 'enum', enum: GroupKind, enumName: 'group_kind' })
  kind!: GroupKind;

  @Field(() => String, { nullable: true, description: 'Target group the group plans for, e.g. "senioři 65+".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  targetGroup!: string | null;

  @Field({ description: 'What the group does.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => Date, { nullable: true, description: 'When the group was archived; archived groups keep their history.' })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
