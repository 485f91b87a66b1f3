import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Whom to invite to log in to the area.' })
export class InvitePersonInput {
  @Field(() => ID, { description: 'The person; they need an e-mail and no account yet.' })
  @IsUUID('all')
  personId!: string;
}
