import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType({ description: 'E-mail and password to log in with.' })
export class LoginInput {
  @Field({ description: 'E-mail address of the account.' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Password of the account.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'Change of the password of the logged-in account.' })
export class ChangePasswordInput {
  @Field({ description: 'The password used now.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: 'The new password, at least 10 characters.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  newPassword!: string;
}

@InputType({ description: 'Acceptance of an invitation link: the password of the new account.' })
export class AcceptInvitationInput {
  @Field({ description: 'The secret from the invitation link.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  token!: string;

  @Field({ description: 'Password for the account (or the existing account’s password), at least 10 characters.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'Preferred interface language of the logged-in account.' })
export class SetLocaleInput {
  @Field({ description: 'cs, pl or en.' })
  @IsIn(['cs', 'pl', 'en'])
  locale!: string;
}
