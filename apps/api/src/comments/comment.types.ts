import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CommentAuthor', { description: 'Who wrote a comment: a person of the area or a visitor (never their e-mail).' })
export class CommentAuthor {
  @Field(() => String, { nullable: true, description: "The person's full name or the visitor's name; null when the person was erased (shown as a pseudonym)." })
  name!: string | null;

  @Field(() => ID, { nullable: true, description: 'The person of the area; null for visitors and erased people.' })
  personId!: string | null;

  @Field({ description: 'A visitor without an account (PUBLIC rounds).' })
  guest!: boolean;
}

@ObjectType('CommentRoundCounts', { description: 'How many comments a round has (hidden ones counted apart).' })
export class CommentRoundCounts {
  @Field(() => Int, { description: 'First comments of threads, not hidden.' })
  comments!: number;

  @Field(() => Int, { description: 'Replies, not hidden.' })
  replies!: number;

  @Field(() => Int, { description: 'First comments not hidden and not settled yet.' })
  unsettled!: number;

  @Field(() => Int, { description: 'Hidden comments and replies.' })
  hidden!: number;

  @Field(() => Int, { description: 'First comments (not hidden) supporting the text.' })
  support!: number;

  @Field(() => Int, { description: 'Neutral first comments (not hidden).' })
  neutral!: number;

  @Field(() => Int, { description: 'First comments (not hidden) objecting to the text.' })
  objection!: number;
}
