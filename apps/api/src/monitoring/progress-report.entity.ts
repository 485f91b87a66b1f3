import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { FundingSource } from '../measures/measure.enums';
import { MeasureEntity } from '../measures/measure.entity';
import { PersonEntity } from '../people/person.entity';
import { ProgressState } from './monitoring.enums';

/**
 * What the responsible organisation reports on one measure for one year: how far it got, in words,
 * what was spent from which source and the value of each indicator. A draft until submitted; only
 * submitted reports count in the evaluation. Every save names the revision it started from.
 */
@ObjectType('ProgressReport', { description: 'A progress report on a measure for one year (hlášení o plnění opatření).' })
@Entity('progress_reports')
@Index('progress_reports_measure_year_key', ['measureId', 'year'], { unique: true })
@Index('progress_reports_area_year_idx', ['areaId', 'year'])
export class ProgressReportEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the report.' })
  declare id: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @Field(() => ID, { description: 'The measure of the medium-term plan reported on.' })
  @Column({ type: 'uuid' })
  measureId!: string;

  @Field(() => Int, { description: 'The reported year.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => ProgressState, { description: 'How far the measure got in the year.' })
  @Column({ type: 'enum', enum: ProgressState, enumName: 'progress_state' })
  state!: ProgressState;

  @Field({ description: 'What was done, in words.' })
  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Field(() => Int, { description: 'Revision, from 1; a save names the revision it started from.' })
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Field(() => Date, { nullable: true, description: 'When the report was submitted; null while it is a draft.' })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  submittedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @Field({ description: 'When the report was last saved.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  updatedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}

/** What a report says was spent from one funding source (exact minor units, like measure costs). */
@Entity('progress_report_spending')
@Index('progress_report_spending_report_source_key', ['reportId', 'source'], { unique: true })
export class ProgressSpendingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  report?: ProgressReportEntity;

  @Column({ type: 'uuid' })
  reportId!: string;

  @Column({ type: 'enum', enum: FundingSource, enumName: 'funding_source' })
  source!: FundingSource;

  /** Whole minor units (haléře, grosze); pg returns bigint as a string. */
  @Column({ type: 'bigint' })
  amountMinor!: string;
}

/** The value a report gives for one indicator of its measure in the year (exact decimal). */
@Entity('progress_indicator_values')
@Index('progress_indicator_values_report_indicator_key', ['reportId', 'indicatorId'], { unique: true })
export class ProgressIndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  report?: ProgressReportEntity;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => MeasureIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  indicator?: MeasureIndicatorEntity;

  @Column({ type: 'uuid' })
  indicatorId!: string;

  @Column({ type: 'numeric' })
  value!: string;
}
