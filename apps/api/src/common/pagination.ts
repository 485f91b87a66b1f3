import { Type } from '@nestjs/common';
import { ArgsType, ComplexityEstimatorArgs, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** Page arguments shared by every list that grows: `page` from 1, `pageSize` up to 200. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Page number, from 1.' })
  @IsInt()
  @Min(1)
  page = 1;

  @Field(() => Int, { defaultValue: 20, description: 'Items per page (1–200).' })
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 20;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** A page type for `item`: `{ items, total }` (the web app shows "1–20 of 143"). */
export function Paginated<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name, { description: `A page of ${item.name.replace(/Entity$/, '')} items.` })
  class PageType implements Page<T> {
    @Field(() => [item], { description: 'Items of this page.' })
    items!: T[];

    @Field(() => Int, { description: 'Number of items on all pages.' })
    total!: number;
  }
  return PageType;
}

/**
 * Query complexity of a page: what one item costs times the page size, so that asking for 200
 * richly nested items is weighed as 200 of them (see graphql/limits.ts).
 */
export const pageComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + childComplexity * (typeof args['pageSize'] === 'number' ? args['pageSize'] : 20);
