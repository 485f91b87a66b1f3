import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { MeasureEntity } from './measure.entity';

/** A partner organisation of a measure. */
@Entity('measure_partners')
@Index('measure_partners_organisation_idx', ['organisationId'])
export class MeasurePartnerEntity {
  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @PrimaryColumn({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: OrganisationEntity;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;
}

/** A working group that proposes a measure; its coordinators may edit the measure and move its state. */
@Entity('measure_proposers')
@Index('measure_proposers_group_idx', ['groupId'])
export class MeasureProposerEntity {
  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: MeasureEntity;

  @PrimaryColumn({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  group?: WorkingGroupEntity;

  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;
}
