import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { MeasureEntity } from '../measures/measure.entity';

/** A measure of the plan that a development intention serves (both of the same area). */
@Entity('intention_measures')
@Index('intention_measures_measure_idx', ['measureId'])
export class IntentionMeasureEntity {
  @ManyToOne(() => DevelopmentIntentionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  intention?: DevelopmentIntentionEntity;

  @PrimaryColumn({ type: 'uuid' })
  intentionId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @PrimaryColumn({ type: 'uuid' })
  measureId!: string;
}
