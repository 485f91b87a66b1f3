import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { IsDateOnly } from '../../common/validation/is-date-only.decorator';

@InputType({ description: 'A new funded project of the area.' })
export class CreateFundedProjectInput {
  @Field({ description: 'Name of the project.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @Field({ description: 'Registration number, unique in the area.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registrationNumber!: string;

  @Field({ description: 'First day (YYYY-MM-DD).' })
  @IsDateOnly()
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD); not before the first.' })
  @IsDateOnly()
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: 'Changes of a funded project; omitted fields stay as they are.' })
export class UpdateFundedProjectInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name of the project.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Registration number, unique in the area.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateOnly()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD).' })
  @IsOptional()
  @IsDateOnly()
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@ArgsType()
export class FundedProjectsArgs extends PageArgs {}
