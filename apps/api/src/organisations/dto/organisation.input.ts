import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim, trimOrNull } from '../../common/validation/transforms';
import { OrganisationSide } from '../organisation-side.enum';

const WEB_ADDRESS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'A new organisation of the area.' })
export class CreateOrganisationInput {
  @Field({ description: 'Name of the organisation; unique in the area.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => OrganisationSide, { description: 'Side of planning it represents.' })
  @IsEnum(OrganisationSide)
  side!: OrganisationSide;

  @Field(() => String, { nullable: true, description: 'Company registration number (IČO / REGON).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(20)
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Web address (https://…).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsUrl(WEB_ADDRESS)
  @MaxLength(300)
  website?: string | null;
}

@InputType({ description: 'Changes to an organisation; fields left out stay as they are, null empties the optional ones.' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation to change.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name of the organisation; unique in the area.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => OrganisationSide, { nullable: true, description: 'Side of planning it represents.' })
  @IsOptionalNotNull()
  @IsEnum(OrganisationSide)
  side?: OrganisationSide;

  @Field(() => String, { nullable: true, description: 'Company registration number (IČO / REGON).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(20)
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Web address (https://…).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsUrl(WEB_ADDRESS)
  @MaxLength(300)
  website?: string | null;
}
