import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.decorator';
import { trimOrNull } from '../../common/validation/transforms';

@InputType({ description: 'A person starting to represent an organisation.' })
export class AddOrganisationMemberInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all')
  organisationId!: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID('all')
  personId!: string;

  @Field(() => String, { nullable: true, description: 'Position in the organisation, e.g. "ředitelka".' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @Field({ description: 'First day of the membership (YYYY-MM-DD).' })
  @IsDateOnly()
  since!: string;
}

@InputType({ description: 'The end of a person’s membership in an organisation.' })
export class EndOrganisationMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID('all')
  membershipId!: string;

  @Field({ description: 'Last day of the membership (YYYY-MM-DD), not before its first day.' })
  @IsDateOnly()
  until!: string;
}
