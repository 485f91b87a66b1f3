import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FundingSource } from './measure.enums';
import { MeasureEntity } from './measure.entity';

@ObjectType('MeasureCost', { description: 'Estimated cost of a measure in one year from one funding source.' })
@Entity('measure_costs')
@Index('measure_costs_measure_year_source_key', ['measureId', 'year', 'source'], { unique: true })
export class MeasureCostEntity {
  @Field(() => ID, { description: 'Identifier of the line.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @Column({ type: 'uuid' })
  measureId!: string;

  @Field(() => Int, { description: 'The year (within the measure\'s timeline).' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => FundingSource, { description: 'Who pays this part.' })
  @Column({ type: 'enum', enum: FundingSource, enumName: 'funding_source' })
  source!: FundingSource;

  /** Whole minor units of the area's currency (haléře, grosze): exact, never a float; pg returns bigint as a string. */
  @Column({ type: 'bigint' })
  amountMinor!: string;
}
