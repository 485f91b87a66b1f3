import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { GroupRole } from '../group.enums';

@InputType({ description: 'A person joining a working group.' })
export class AddGroupMemberInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all')
  groupId!: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID('all')
  personId!: string;

  @Field(() => GroupRole, { nullable: true, defaultValue: GroupRole.MEMBER, description: 'Coordinator or member of the group (member when left empty).' })
  @IsOptional()
  @IsEnum(GroupRole)
  role?: GroupRole | null = GroupRole.MEMBER;

  @Field(() => ID, {
    nullable: true,
    description: 'Organisation the person represents in the group; left out, the one organisation they currently represent (if exactly one).',
  })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;
}

@InputType({ description: 'A person leaving a working group (the membership is kept as history).' })
export class RemoveGroupMemberInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all')
  groupId!: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID('all')
  personId!: string;
}
