import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../common/validation/transforms';

@InputType({ description: 'Confirmation of the erasure of one\'s own personal data.' })
export class ErasePersonalDataInput {
  @Field({ description: 'The account\'s e-mail address, typed again to confirm.' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  confirmEmail!: string;
}

@InputType({ description: 'A coordinator erases the personal data of a person without an account.' })
export class ErasePersonInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID('all')
  personId!: string;
}
