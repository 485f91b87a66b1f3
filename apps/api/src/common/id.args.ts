import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** The `id: ID!` argument of a query or mutation about one object. */
@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: 'Identifier of the object.' })
  @IsUUID('all')
  id!: string;
}
