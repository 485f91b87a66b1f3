import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { OrganisationSide } from '../organisation-side.enum';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or the registration number (case and accents do not matter).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => OrganisationSide, { nullable: true, description: 'Only organisations of this side.' })
  @IsOptional()
  @IsEnum(OrganisationSide)
  side?: OrganisationSide | null;
}
