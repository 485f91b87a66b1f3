import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FundingSource } from '../../measures/measure.enums';
import { SettlementOutcome } from '../../comments/comment.enums';
import { ActionPlanMeasureEntity } from '../action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plan-section.entity';
import { ActionPlanVersionEntity } from '../action-plan-version.entity';
import { DiffStatus, PlanField } from '../action-plan.enums';
import { DiffKind } from '../text-diff';

registerEnumType(DiffKind, {
  name: 'DiffKind',
  description: 'A piece of a text diff.',
  valuesMap: {
    EQUAL: { description: 'In both texts.' },
    INSERT: { description: 'Only in the later text (inserted).' },
    DELETE: { description: 'Only in the earlier text (deleted).' },
  },
});

@ObjectType('ActionPlanMeasureCost', { description: 'A yearly cost of a measure as copied into a version.' })
export class ActionPlanMeasureCost {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => FundingSource, { description: 'Who pays this part.' })
  source!: FundingSource;

  @Field({ description: 'Amount as an exact decimal string with two decimals, e.g. "1250000.10".' })
  amount!: string;
}

@ObjectType('ActionPlanMeasureIndicator', { description: 'An indicator of a measure as copied into a version.' })
export class ActionPlanMeasureIndicator {
  @Field({ description: 'What is counted.' })
  name!: string;

  @Field({ description: 'Unit.' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Value at the start, an exact decimal string.' })
  baseline!: string | null;

  @Field({ description: 'Value to reach, an exact decimal string.' })
  target!: string;
}

@ObjectType('ActionPlanMeasureActivity', { description: 'An activity of a measure as copied into a version.' })
export class ActionPlanMeasureActivity {
  @Field({ description: 'Number, e.g. "2.1.3.1".' })
  number!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What is done.' })
  description!: string;
}

@ObjectType('TextDiffSegment', { description: 'A piece of a word-level diff: text in both versions, inserted or deleted.' })
export class TextDiffSegment {
  @Field(() => DiffKind, { description: 'Equal, inserted or deleted.' })
  kind!: DiffKind;

  @Field({ description: 'The text of the piece (words and the spaces between them).' })
  text!: string;
}

@ObjectType('ChangeReason', { description: 'The settled comment a change was made because of, as the diff shows it.' })
export class ChangeReason {
  @Field(() => ID, { description: 'The link.' })
  linkId!: string;

  @Field(() => ID, { description: 'The comment.' })
  commentId!: string;

  @Field(() => Int, { description: 'Number of the version in which the change was made.' })
  versionNumber!: number;

  @Field(() => PlanField, { nullable: true, description: 'The field the link names; null for the whole section or measure.' })
  field!: PlanField | null;

  @Field({ description: 'The beginning of the comment\'s text (empty for a hidden comment).' })
  excerpt!: string;

  @Field(() => SettlementOutcome, { nullable: true, description: 'How the comment was settled.' })
  outcome!: SettlementOutcome | null;

  @Field(() => String, { nullable: true, description: 'Justification of the settlement.' })
  justification!: string | null;
}

@ObjectType('FieldDiff', { description: 'The difference in one field between two versions.' })
export class FieldDiff {
  @Field(() => PlanField, { description: 'The field.' })
  field!: PlanField;

  @Field({ description: 'Whether the field differs.' })
  changed!: boolean;

  @Field(() => [TextDiffSegment], { description: 'Word-level diff of the field as text (lists one item a line).' })
  segments!: TextDiffSegment[];

  @Field(() => [ChangeReason], { description: 'Comments the change of this field (or of the whole section or measure) was linked to.' })
  reasons!: ChangeReason[];
}

@ObjectType('SectionDiff', { description: 'How a section (matched by its lineage) differs between two versions.' })
export class SectionDiff {
  @Field(() => ID, { description: 'The section\'s lineage.' })
  lineageId!: string;

  @Field(() => DiffStatus, { description: 'Added, removed, changed or unchanged.' })
  status!: DiffStatus;

  @Field(() => ActionPlanSectionEntity, { nullable: true, description: 'The section in the earlier version.' })
  from!: ActionPlanSectionEntity | null;

  @Field(() => ActionPlanSectionEntity, { nullable: true, description: 'The section in the later version.' })
  to!: ActionPlanSectionEntity | null;

  @Field(() => [FieldDiff], { description: 'Title and body.' })
  fields!: FieldDiff[];

  @Field(() => [ChangeReason], { description: 'Every comment a change of this section was linked to.' })
  reasons!: ChangeReason[];
}

@ObjectType('MeasureDiff', { description: 'How a measure (matched by the measure of the medium-term plan) differs between two versions.' })
export class MeasureDiff {
  @Field(() => ID, { description: 'The measure of the medium-term plan.' })
  measureId!: string;

  @Field(() => DiffStatus, { description: 'Added, removed, changed or unchanged.' })
  status!: DiffStatus;

  @Field(() => ActionPlanMeasureEntity, { nullable: true, description: 'The measure in the earlier version.' })
  from!: ActionPlanMeasureEntity | null;

  @Field(() => ActionPlanMeasureEntity, { nullable: true, description: 'The measure in the later version.' })
  to!: ActionPlanMeasureEntity | null;

  @Field(() => [FieldDiff], { description: 'Every compared field.' })
  fields!: FieldDiff[];

  @Field(() => [ChangeReason], { description: 'Every comment a change of this measure was linked to.' })
  reasons!: ChangeReason[];
}

@ObjectType('ActionPlanDiff', { description: 'What changed between two versions of an action plan.' })
export class ActionPlanDiff {
  @Field(() => ActionPlanVersionEntity, { description: 'The earlier version.' })
  from!: ActionPlanVersionEntity;

  @Field(() => ActionPlanVersionEntity, { description: 'The later version.' })
  to!: ActionPlanVersionEntity;

  @Field(() => [SectionDiff], { description: 'Sections, in the order of the later version (removed ones where they were).' })
  sections!: SectionDiff[];

  @Field(() => [MeasureDiff], { description: 'Measures, in the order of the later version (removed ones where they were).' })
  measures!: MeasureDiff[];
}

/** Carried in the extensions of a section's CONFLICT error: the section as stored (`theirs`) and as sent (`yours`). */
export interface SectionConflictExtensions {
  theirs: { title: string; body: string; revision: number; updatedAt: string; updatedByName: string | null };
  yours: { title: string; body: string; revision: number };
}
