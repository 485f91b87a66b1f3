import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { PersonEntity } from '../people/person.entity';
import { CommentAudience } from './comment.enums';

/**
 * A comment round (připomínkové řízení / konsultacje) on one issued version: who may comment, from
 * when until when (the server refuses outside), and when the coordinator closed it as settled.
 */
@ObjectType('CommentRound', { description: 'A round of comments on one issued version of an action plan.' })
@Entity('comment_rounds')
@Index('comment_rounds_version_idx', ['versionId'])
export class CommentRoundEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the round.' })
  declare id: string;

  @Field({ description: 'When the round was set up.' })
  declare createdAt: Date;

  @ManyToOne(() => ActionPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  version?: ActionPlanVersionEntity;

  @Field(() => ID, { description: 'The issued version commented on.' })
  @Column({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Title of the round, e.g. "Připomínky k návrhu akčního plánu 2026".' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What the coordinator asks the commenters (Markdown).' })
  @Column({ type: 'text', default: '' })
  instructions!: string;

  @Field(() => CommentAudience, { description: 'Who may comment.' })
  @Column({ type: 'enum', enum: CommentAudience, enumName: 'comment_audience' })
  audience!: CommentAudience;

  @Field({ description: 'From when comments are taken.' })
  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Field({ description: 'Until when comments are taken and authors may edit them.' })
  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the coordinator closed the round as settled (every comment settled).' })
  @Column({ type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  settledBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  settledById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** A working group invited to comment in a round whose audience is GROUPS. */
@Entity('comment_round_groups')
@Index('comment_round_groups_group_idx', ['groupId'])
export class CommentRoundGroupEntity {
  @ManyToOne(() => CommentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: CommentRoundEntity;

  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  group?: WorkingGroupEntity;

  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;
}
