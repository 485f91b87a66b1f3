import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AreaEntity } from './area.entity';

/**
 * Columns every tenant-owned row has: its id, the planning area it belongs to and when it was
 * created. Queries always filter by `areaId`; nothing crosses areas.
 */
export abstract class AreaScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  area?: AreaEntity;

  @Column({ type: 'uuid' })
  areaId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
