import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { FundingSource, MeasureState } from '../measures/measure.enums';
import { MeasureEntity } from '../measures/measure.entity';
import { ActionPlanVersionEntity } from './action-plan-version.entity';

/** A yearly cost of a measure as copied into a version; the amount is exact decimal text ("1250000.10"). */
export interface MeasureCostSnapshot {
  year: number;
  source: FundingSource;
  amount: string;
}

/** An indicator of a measure as copied into a version; values are exact decimal text. */
export interface MeasureIndicatorSnapshot {
  name: string;
  unit: string;
  baseline: string | null;
  target: string;
}

/** An activity of a measure as copied into a version. */
export interface MeasureActivitySnapshot {
  number: string;
  title: string;
  description: string;
}

/**
 * A measure of the medium-term plan as it stands in one version of an action plan: a copy of its
 * texts, numbers and names, so that an issued version never changes when the measure does, and
 * two versions can be compared field by field. The draft version's copies are refreshed from the
 * measures on request and when the version is issued.
 */
@ObjectType('ActionPlanMeasure', { description: 'A measure as it stands in one version of an action plan (a copy made for the version).' })
@Entity('action_plan_measures')
@Index('action_plan_measures_version_measure_key', ['versionId', 'measureId'], { unique: true })
@Index('action_plan_measures_version_position_idx', ['versionId', 'position'])
@Index('action_plan_measures_measure_idx', ['measureId'])
export class ActionPlanMeasureEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the measure in this version.' })
  declare id: string;

  @ManyToOne(() => ActionPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  version?: ActionPlanVersionEntity;

  @Field(() => ID, { description: 'The version.' })
  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  measure?: MeasureEntity;

  @Field(() => ID, { description: 'The measure of the medium-term plan (the same across versions).' })
  @Column({ type: 'uuid' })
  measureId!: string;

  @Field(() => Int, { description: 'Order in the version (strategy order), from 1.' })
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'Number in the strategy, e.g. "2.1.3".' })
  @Column({ type: 'varchar', length: 20 })
  number!: string;

  @Field({ description: 'Number and title of the priority, e.g. "2 Senioři doma".' })
  @Column({ type: 'varchar', length: 340 })
  priorityTitle!: string;

  @Field({ description: 'Number and title of the goal, e.g. "2.1 Dostupná pečovatelská služba".' })
  @Column({ type: 'varchar', length: 340 })
  goalTitle!: string;

  @Field({ description: 'Title of the measure.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'What will be done.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field({ description: 'The need the measure answers.' })
  @Column({ type: 'text', default: '' })
  rationale!: string;

  @Field(() => [String], { description: 'Target groups.' })
  @Column({ type: 'varchar', length: 200, array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @Field(() => String, { nullable: true, description: 'Name of the responsible organisation.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  responsibleOrganisationName!: string | null;

  @Field(() => [String], { description: 'Names of the partner organisations.' })
  @Column({ type: 'varchar', length: 300, array: true, default: () => "'{}'" })
  partnerNames!: string[];

  @Field(() => [String], { description: 'Names of the proposing working groups.' })
  @Column({ type: 'varchar', length: 200, array: true, default: () => "'{}'" })
  proposingGroupNames!: string[];

  @Field(() => Int, { description: 'First year of the timeline.' })
  @Column({ type: 'int' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the timeline.' })
  @Column({ type: 'int' })
  toYear!: number;

  @Field(() => MeasureState, { description: 'State of the measure when copied.' })
  @Column({ type: 'enum', enum: MeasureState, enumName: 'measure_state' })
  measureState!: MeasureState;

  /** Yearly costs by funding source. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  costs!: MeasureCostSnapshot[];

  /** Indicators. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicators!: MeasureIndicatorSnapshot[];

  /** Activities, in order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  activities!: MeasureActivitySnapshot[];
}
