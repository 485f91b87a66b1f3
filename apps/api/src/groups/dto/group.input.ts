import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim, trimOrNull } from '../../common/validation/transforms';
import { GroupKind } from '../group.enums';

@InputType({ description: 'A new working group (or the management team) of the area.' })
export class CreateGroupInput {
  @Field({ description: 'Name of the group, unique in the area, e.g. "Senioři".' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => GroupKind, { description: 'Target-group working group or management team.' })
  @IsEnum(GroupKind)
  kind!: GroupKind;

  @Field(() => String, { nullable: true, description: 'Target group the group plans for, e.g. "senioři 65+".' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  targetGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'What the group does.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: 'Changes to a working group; fields left out stay as they are.' })
export class UpdateGroupInput {
  @Field(() => ID, { description: 'The group to change.' })
  @IsUUID('all')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name of the group, unique in the area.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Target group the group plans for; null removes it.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  targetGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'What the group does; null empties it.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}
