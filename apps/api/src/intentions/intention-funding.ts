import { Field, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';

/** Annual funding of an intention by source, in the area's currency with two decimals (exact numeric). */
@ObjectType('IntentionFunding', { description: 'Annual funding by source; decimal amounts as text, e.g. "1250000.00".' })
export class IntentionFunding {
  @Field({ description: 'From the municipality.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  municipality!: string;

  @Field({ description: 'From the region.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  region!: string;

  @Field({ description: 'From the state (subsidy of the ministry).' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  state!: string;

  @Field({ description: 'From EU funds.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  eu!: string;

  @Field({ description: 'Other sources (own income, clients, donors).' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 })
  other!: string;
}

export const FUNDING_SOURCES = ['municipality', 'region', 'state', 'eu', 'other'] as const;
