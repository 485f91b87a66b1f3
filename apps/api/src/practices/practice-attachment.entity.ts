import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { PracticeEntity } from './practice.entity';

/**
 * A file attached to a good-practice article, stored in PostgreSQL. `content` is never selected
 * unless asked for, so listing attachments does not read the files.
 */
@ObjectType('PracticeAttachment', { description: 'A file attached to a good-practice article.' })
@Entity('practice_attachments')
@Index('practice_attachments_practice_idx', ['practiceId', 'createdAt'])
export class PracticeAttachmentEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the attachment.' })
  declare id: string;

  @Field({ description: 'When the file was uploaded.' })
  declare createdAt: Date;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  practice?: PracticeEntity;

  @Field(() => ID, { description: 'The article.' })
  @Column({ type: 'uuid' })
  practiceId!: string;

  @Field({ description: 'Name of the file as uploaded.' })
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Field({ description: 'Media type, e.g. application/pdf.' })
  @Column({ type: 'varchar', length: 120 })
  mediaType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'int' })
  size!: number;

  @Field({ description: 'SHA-256 of the content, hexadecimal.' })
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  uploadedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;
}
