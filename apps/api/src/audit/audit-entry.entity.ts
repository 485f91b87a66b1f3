import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * One line of an area's audit log: who did what to which object, and when. Written in the same
 * transaction as the change it records (settlements, votes, closes, resolutions, …).
 */
@ObjectType('AuditEntry', { description: 'A line of the audit log: who did what and when.' })
@Entity('audit_log')
@Index('audit_log_area_created_idx', ['areaId', 'createdAt'])
@Index('audit_log_subject_idx', ['subjectId'])
export class AuditEntryEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  declare id: string;

  @Field({ description: 'When it happened.' })
  declare createdAt: Date;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  actor?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: 'What was done, e.g. "comment.settled", "round.closed", "vote.cast".' })
  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Field({ description: 'Kind of object acted on, e.g. "Comment", "CommentRound", "ActionPlanVersion".' })
  @Column({ type: 'varchar', length: 40 })
  subjectType!: string;

  @Field(() => ID, { description: 'The object acted on.' })
  @Column({ type: 'uuid' })
  subjectId!: string;

  /** Details of the change (e.g. the outcome of a settlement), as JSON. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
