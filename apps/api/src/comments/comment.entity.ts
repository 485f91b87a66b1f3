import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { ActionPlanMeasureEntity } from '../action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { CommentRoundEntity } from './comment-round.entity';
import { CommentStance, CommentTarget, SettlementOutcome } from './comment.enums';

/**
 * A comment in a round, or a reply in its thread (`parentId`, `threadId` = the first comment).
 *
 * A PASSAGE comment quotes words of a section's text or of a measure's field: the quote is anchored
 * by its position in the text as the reader shows it (the rendered text content of that field,
 * `quoteStart`..`quoteEnd`, UTF-16 offsets as the browser counts them) together with the exact
 * words and up to 32 characters before and after (a W3C Web Annotation text-quote + text-position
 * selector). Issued versions never change, so the highlight lands on the same words after a
 * reload; the quote and its context re-anchor it should the rendering ever count differently.
 *
 * The author is a person of the area, or a visitor of a PUBLIC round who gave a name, an e-mail
 * and consent (`guest*`, `consentAt`). Settlement fields are filled by the coordinator.
 */
@ObjectType('Comment', { description: 'A comment on an action plan version, or a reply in its thread.' })
@Entity('comments')
@Index('comments_round_created_idx', ['roundId', 'createdAt'])
@Index('comments_thread_idx', ['threadId'])
@Index('comments_section_idx', ['sectionId'])
@Index('comments_plan_measure_idx', ['planMeasureId'])
@Index('comments_author_idx', ['authorId'])
@Check('comments_author_check', `"author_id" IS NOT NULL OR ("guest_name" IS NOT NULL AND "guest_email" IS NOT NULL AND "consent_at" IS NOT NULL)`)
export class CommentEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the comment.' })
  declare id: string;

  @Field({ description: 'When the comment was posted.' })
  declare createdAt: Date;

  @ManyToOne(() => CommentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: CommentRoundEntity;

  @Field(() => ID, { description: 'The round.' })
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  parent?: CommentEntity | null;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to; null for the first comment of a thread.' })
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  thread?: CommentEntity | null;

  @Field(() => ID, { nullable: true, description: 'The first comment of the thread; null for the first comment itself.' })
  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  @Field(() => CommentTarget, { description: 'What the comment is about (replies take their thread\'s).' })
  @Column({ type: 'enum', enum: CommentTarget, enumName: 'comment_target' })
  target!: CommentTarget;

  @ManyToOne(() => ActionPlanSectionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  section?: ActionPlanSectionEntity | null;

  @Field(() => ID, { nullable: true, description: 'The section commented on (SECTION, or PASSAGE in a section).' })
  @Column({ type: 'uuid', nullable: true })
  sectionId!: string | null;

  @ManyToOne(() => ActionPlanMeasureEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  planMeasure?: ActionPlanMeasureEntity | null;

  @Field(() => ID, { nullable: true, description: 'The measure of the version commented on (MEASURE, or PASSAGE in a measure).' })
  @Column({ type: 'uuid', nullable: true })
  planMeasureId!: string | null;

  @Field(() => String, { nullable: true, description: 'For a PASSAGE: the quoted text\'s field ("body" of a section; "title", "description" or "rationale" of a measure).' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  quoteField!: string | null;

  @Field(() => String, { nullable: true, description: 'For a PASSAGE: the quoted words exactly.' })
  @Column({ type: 'text', nullable: true })
  quoteExact!: string | null;

  @Field(() => String, { nullable: true, description: 'For a PASSAGE: up to 32 characters before the quote.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  quotePrefix!: string | null;

  @Field(() => String, { nullable: true, description: 'For a PASSAGE: up to 32 characters after the quote.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  quoteSuffix!: string | null;

  @Field(() => Int, { nullable: true, description: 'For a PASSAGE: where the quote starts in the field\'s text (UTF-16 offset).' })
  @Column({ type: 'int', nullable: true })
  quoteStart!: number | null;

  @Field(() => Int, { nullable: true, description: 'For a PASSAGE: where the quote ends in the field\'s text (UTF-16 offset, exclusive).' })
  @Column({ type: 'int', nullable: true })
  quoteEnd!: number | null;

  @Field(() => CommentStance, { nullable: true, description: 'Support, neutral or objection; null for replies.' })
  @Column({ type: 'enum', enum: CommentStance, enumName: 'comment_stance', nullable: true })
  stance!: CommentStance | null;

  /** Text of the comment (plain text, paragraphs separated by blank lines); exposed by CommentsResolver, empty when hidden from the viewer. */
  @Column({ type: 'text' })
  body!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  author?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  organisation?: OrganisationEntity | null;

  /** The organisation the author spoke for when commenting (their membership at that time). */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** A visitor's name (PUBLIC rounds only). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  guestName!: string | null;

  /** A visitor's e-mail (never shown to other participants). */
  @Column({ type: 'varchar', length: 320, nullable: true })
  guestEmail!: string | null;

  /** When a visitor consented to the processing of their name and e-mail. */
  @Column({ type: 'timestamptz', nullable: true })
  consentAt!: Date | null;

  /** The wording of the consent the visitor agreed to, exactly as shown to them (privacy/consent.ts). */
  @Column({ type: 'text', nullable: true })
  consentText!: string | null;

  @Field(() => Int, { description: 'Revision of the text, raised by every edit of the author.' })
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Field({ description: 'When the comment was last changed (text, visibility or settlement).' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the author last edited the text.' })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a coordinator hid the comment (moderation).' })
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  hiddenBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById!: string | null;

  /** Why the comment was hidden (visible to coordinators). */
  @Column({ type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Field(() => SettlementOutcome, { nullable: true, description: 'How the comment was settled; null while unsettled.' })
  @Column({ type: 'enum', enum: SettlementOutcome, enumName: 'settlement_outcome', nullable: true })
  outcome!: SettlementOutcome | null;

  @Field(() => String, { nullable: true, description: 'Justification of the settlement.' })
  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @Field(() => String, { nullable: true, description: 'The change made to the text because of the comment, in words.' })
  @Column({ type: 'text', nullable: true })
  changeMade!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the comment was settled.' })
  @Column({ type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  settledBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  settledById!: string | null;
}
