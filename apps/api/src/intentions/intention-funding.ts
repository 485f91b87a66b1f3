import { Column } from 'typeorm';

/** Annual funding of an intention by source, exact numeric with two decimals (columns embedded in the intention). */
export class IntentionFundingColumns {
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  municipality!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  region!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  state!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  eu!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  other!: string;
}

export const FUNDING_SOURCES = ['municipality', 'region', 'state', 'eu', 'other'] as const;
