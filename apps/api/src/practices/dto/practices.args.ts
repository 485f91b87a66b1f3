import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { TargetGroup } from '../../services/service-catalogue';
import { PracticeLanguage, PracticeSort, PracticeState } from '../practice.enums';

/** The search of the library: text, filters, order and page. */
@ArgsType()
export class PracticeSearchArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find, with or without diacritics; the last word may be unfinished ("pecovatel" finds "pečovatelská").',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only articles with this tag.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Only articles about this target group.' })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup | null;

  @Field(() => ID, { nullable: true, description: 'Only articles of this organisation.' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => PracticeLanguage, { nullable: true, description: 'Only articles in this language.' })
  @IsOptional()
  @IsEnum(PracticeLanguage)
  language?: PracticeLanguage | null;

  @Field(() => PracticeSort, { defaultValue: PracticeSort.RELEVANCE, description: 'Order of the results.' })
  @IsEnum(PracticeSort)
  sort: PracticeSort = PracticeSort.RELEVANCE;
}

@ArgsType()
export class PracticesArgs extends PracticeSearchArgs {
  @Field(() => PracticeState, { nullable: true, description: 'Only articles in this state.' })
  @IsOptional()
  @IsEnum(PracticeState)
  state?: PracticeState | null;
}

@ArgsType()
export class PublicPracticesArgs extends PracticeSearchArgs {
  @Field({ description: 'The planning area (its slug).' })
  @IsString()
  @MaxLength(60)
  areaSlug!: string;
}

@ArgsType()
export class PublicPracticeArgs {
  @Field({ description: 'The planning area (its slug).' })
  @IsString()
  @MaxLength(60)
  areaSlug!: string;

  @Field(() => ID, { description: 'The article.' })
  @IsUUID('all')
  id!: string;
}

@ArgsType()
export class PublicPracticeTagsArgs {
  @Field({ description: 'The planning area (its slug).' })
  @IsString()
  @MaxLength(60)
  areaSlug!: string;
}
