import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { CommentEntity } from '../comments/comment.entity';
import { PersonEntity } from '../people/person.entity';
import { ActionPlanVersionEntity } from './action-plan-version.entity';
import { PlanField } from './action-plan.enums';

/**
 * Links a change made in a version to the settled comment that caused it: a section (by lineage)
 * or a measure, optionally one field of it. The diff between two versions shows these links.
 */
@ObjectType('ChangeLink', { description: 'A change in a version linked to the settled comment that caused it.' })
@Entity('action_plan_change_links')
@Index('action_plan_change_links_version_idx', ['versionId'])
@Index('action_plan_change_links_comment_idx', ['commentId'])
export class ChangeLinkEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the link.' })
  declare id: string;

  @Field({ description: 'When the link was made.' })
  declare createdAt: Date;

  @ManyToOne(() => ActionPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  version?: ActionPlanVersionEntity;

  @Field(() => ID, { description: 'The version in which the change was made.' })
  @Column({ type: 'uuid' })
  versionId!: string;

  @Field(() => ID, { nullable: true, description: 'The changed section (its lineage, the same in every version).' })
  @Column({ type: 'uuid', nullable: true })
  sectionLineageId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The changed measure of the medium-term plan.' })
  @Column({ type: 'uuid', nullable: true })
  measureId!: string | null;

  @Field(() => PlanField, { nullable: true, description: 'The changed field; null for the whole section or measure.' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  field!: PlanField | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  comment?: CommentEntity;

  @Field(() => ID, { description: 'The comment that caused the change.' })
  @Column({ type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
