import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PracticeEntity } from '../practice.entity';

@ObjectType('PracticeSnippetPart', { description: 'A piece of a search snippet; `match` pieces are the words found.' })
export class PracticeSnippetPart {
  @Field({ description: 'The text of the piece.' })
  text!: string;

  @Field({ description: 'Whether the piece is a word the search matched (to highlight).' })
  match!: boolean;
}

@ObjectType('PracticeHit', { description: 'An article found by the library search, with its snippet.' })
export class PracticeHit {
  @Field(() => PracticeEntity, { description: 'The article.' })
  practice!: PracticeEntity;

  @Field(() => Float, { nullable: true, description: 'How well it matches the search text (higher is better); null without a search text.' })
  rank!: number | null;

  @Field(() => [PracticeSnippetPart], { description: 'Where the words were found (or the summary without a search text).' })
  snippet!: PracticeSnippetPart[];
}

@ObjectType('PracticeHitPage', { description: 'A page of search results of the good-practice library.' })
export class PracticeHitPage {
  @Field(() => [PracticeHit], { description: 'Results of this page.' })
  items!: PracticeHit[];

  @Field(() => Int, { description: 'Number of results on all pages.' })
  total!: number;
}

@ObjectType('PracticeTag', { description: 'A tag used by articles, with how many use it.' })
export class PracticeTag {
  @Field({ description: 'The tag.' })
  tag!: string;

  @Field(() => Int, { description: 'Number of articles with it.' })
  count!: number;
}
