import { Field, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';

/**
 * Annual funding of an intention by source, exact numeric with two decimals (columns embedded in
 * the intention). Storage only: the GraphQL shape is `IntentionFunding` below, and the input is
 * `IntentionFundingInput` — one class per role, so no type has to be both input and output.
 */
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

/** The funding as the API returns it: every source, exact, with two decimals. */
@ObjectType('IntentionFunding', { description: 'Annual funding by source; exact amounts as decimal text with two decimals, e.g. "1250000.10".' })
export class IntentionFunding implements Record<(typeof FUNDING_SOURCES)[number], string> {
  @Field(() => String, { description: 'From the municipality.' })
  municipality!: string;

  @Field(() => String, { description: 'From the region.' })
  region!: string;

  @Field(() => String, { description: 'From the state (subsidy of the ministry).' })
  state!: string;

  @Field(() => String, { description: 'From EU funds.' })
  eu!: string;

  @Field(() => String, { description: 'Other sources (own income, clients, donors).' })
  other!: string;
}
