import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { CommentStance } from './comment.enums';

/** An earlier text of a comment, kept when its author edits it. */
@ObjectType('CommentRevision', { description: 'An earlier text of a comment, kept when its author edited it.' })
@Entity('comment_revisions')
@Index('comment_revisions_comment_revision_key', ['commentId', 'revision'], { unique: true })
export class CommentRevisionEntity {
  @Field(() => ID, { description: 'Identifier of the revision.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  comment?: CommentEntity;

  @Field(() => ID, { description: 'The comment.' })
  @Column({ type: 'uuid' })
  commentId!: string;

  @Field(() => Int, { description: 'Which revision of the comment this text was.' })
  @Column({ type: 'int' })
  revision!: number;

  @Field(() => CommentStance, { nullable: true, description: 'The stance of that revision.' })
  @Column({ type: 'enum', enum: CommentStance, enumName: 'comment_stance', nullable: true })
  stance!: CommentStance | null;

  @Field({ description: 'The text of that revision.' })
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'When this text was replaced by the next one.' })
  @CreateDateColumn({ type: 'timestamptz' })
  replacedAt!: Date;
}
