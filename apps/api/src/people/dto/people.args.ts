import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { AreaRole } from '../area-role.enum';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail (case and accents do not matter).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => AreaRole, { nullable: true, description: 'Only people with this role.' })
  @IsOptional()
  @IsEnum(AreaRole)
  role?: AreaRole | null;
}
