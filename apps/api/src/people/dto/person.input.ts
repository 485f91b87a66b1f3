import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { emailOrNull, trim, trimOrNull } from '../../common/validation/transforms';
import { AreaRole } from '../area-role.enum';

@InputType({ description: 'A new participant of the area, optionally with the organisation they represent.' })
export class CreatePersonInput {
  @Field({ description: 'Full name as shown in attendance lists.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail; unique in the area. Needed to invite the person to log in.' })
  @Transform(emailOrNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => [AreaRole], { description: 'Roles of the person in the area (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(AreaRole, { each: true })
  roles!: AreaRole[];

  @Field(() => ID, { nullable: true, description: 'Organisation the person represents, from today.' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Position in that organisation, e.g. "ředitelka".' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;
}

@InputType({ description: 'Changes to a person; fields left out stay as they are, null empties e-mail or phone.' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person to change.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name as shown in attendance lists.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName?: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail; unique in the area. Null removes it.' })
  @Transform(emailOrNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number. Null removes it.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => [AreaRole], { nullable: true, description: 'Roles of the person in the area (at least one); replaces the current ones.' })
  @IsOptionalNotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(AreaRole, { each: true })
  roles?: AreaRole[];
}
