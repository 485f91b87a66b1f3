import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { TargetGroup } from '../services/service-catalogue';
import { PracticeLanguage, PracticeState } from './practice.enums';

@ObjectType('Practice', { description: 'An article of the good-practice library (Databáze dobré praxe).' })
@Entity('practices')
@Index('practices_area_state_published_idx', ['areaId', 'state', 'publishedAt'])
// GIN: full-text search and tag filters (tags @> ARRAY[...]).
@Index('practices_search_idx', ['search'], { type: 'gin' })
@Index('practices_tags_idx', ['tags'], { type: 'gin' })
export class PracticeEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the article.' })
  declare id: string;

  @Field({ description: 'When the article was created.' })
  declare createdAt: Date;

  @Field({ description: 'Title of the article.' })
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'Summary (perex): a few sentences shown in the list of articles.' })
  @Column({ type: 'varchar', length: 1000, default: '' })
  summary!: string;

  @Field({ description: 'Text of the article in Markdown.' })
  @Column({ type: 'text', default: '' })
  body!: string;

  @Field(() => [String], { description: 'Tags, lower-case and without repeated spaces, in the order given.' })
  @Column({ type: 'text', array: true, default: '{}' })
  tags!: string[];

  @Field(() => [TargetGroup], { description: 'Target groups the practice is about.' })
  @Column({ type: 'enum', enum: TargetGroup, enumName: 'target_group', array: true, default: '{}' })
  targetGroups!: TargetGroup[];

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  @Field(() => ID, { nullable: true, description: 'The organisation of the area behind the practice, if any.' })
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  author?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field(() => PracticeState, { description: 'Draft or published.' })
  @Column({ type: 'enum', enum: PracticeState, enumName: 'practice_state', default: PracticeState.DRAFT })
  state!: PracticeState;

  @Field(() => Date, { nullable: true, description: 'When the article was (last) published; null for a draft.' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Field(() => PracticeLanguage, { description: 'Language the article is written in.' })
  @Column({ type: 'enum', enum: PracticeLanguage, enumName: 'practice_language', default: PracticeLanguage.CS })
  language!: PracticeLanguage;

  @Field(() => Int, { description: 'Revision of the text, raised by every save; a save must name the revision it started from.' })
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Field({ description: 'When the article was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * The stored full-text document: title weight A, summary and tags B, body C, each through the
   * `komplan_unaccent` text search configuration (word tokens through unaccent, then simple), so
   * "pecovatelska" and "pečovatelská" are the same lexeme; GIN-indexed. PostgreSQL keeps it (a
   * BEFORE INSERT OR UPDATE trigger, migration GoodPractice); the app never writes it and reads it
   * in SQL only. Not a GENERATED column: TypeORM 1.1 reads a generated column's expression from a
   * `typeorm_metadata` row keyed by database name, so every database cloned from the migrated test
   * template (and any renamed one) would show a schema difference.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  search?: string;
}
