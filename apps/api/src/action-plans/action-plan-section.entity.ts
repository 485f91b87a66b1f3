import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { ActionPlanVersionEntity } from './action-plan-version.entity';
import { SectionKind } from './action-plan.enums';

/**
 * A text section of one version. `lineageId` is shared by the copies of the same section in every
 * version, so that versions can be compared section by section. `revision` is the optimistic lock:
 * a save names the revision it started from and fails with CONFLICT when somebody saved since.
 */
@ObjectType('ActionPlanSection', { description: 'A text section of an action plan version (Markdown).' })
@Entity('action_plan_sections')
@Index('action_plan_sections_version_lineage_key', ['versionId', 'lineageId'], { unique: true })
@Index('action_plan_sections_version_position_idx', ['versionId', 'position'])
export class ActionPlanSectionEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the section in this version.' })
  declare id: string;

  @ManyToOne(() => ActionPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  version?: ActionPlanVersionEntity;

  @Field(() => ID, { description: 'The version.' })
  @Column({ type: 'uuid' })
  versionId!: string;

  @Field(() => ID, { description: 'The same section across versions.' })
  @Column({ type: 'uuid' })
  lineageId!: string;

  @Field(() => SectionKind, { description: 'What the section is about.' })
  @Column({ type: 'enum', enum: SectionKind, enumName: 'action_plan_section_kind', default: SectionKind.OTHER })
  kind!: SectionKind;

  @Field(() => Int, { description: 'Order in the version, from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Heading of the section.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'Text of the section (Markdown).' })
  @Column({ type: 'text', default: '' })
  body!: string;

  @Field(() => Int, { description: 'Revision of the text, raised by every save; a save must name the revision it started from.' })
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Field({ description: 'When the section was last saved.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  updatedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
