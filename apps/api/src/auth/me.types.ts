import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AreaEntity } from '../areas/area.entity';
import { PersonEntity } from '../people/person.entity';
import { AccountEntity } from './account.entity';

@ObjectType({ description: 'A planning area the account takes part in, and the person it is there.' })
export class Membership {
  @Field(() => AreaEntity, { description: 'The area.' })
  area!: AreaEntity;

  @Field(() => PersonEntity, { description: 'The account’s person in that area.' })
  person!: PersonEntity;
}

@ObjectType({ description: 'The logged-in account, its areas and its rights in the area of the request.' })
export class Me {
  @Field(() => AccountEntity, { description: 'The account.' })
  account!: AccountEntity;

  @Field(() => [Membership], { description: 'Every area the account takes part in.' })
  memberships!: Membership[];

  @Field(() => PersonEntity, { nullable: true, description: 'The person in the area named by the request, if any.' })
  person!: PersonEntity | null;

  @Field(() => [ID], { description: 'Groups of this area that the person coordinates (all groups for the area coordinator).' })
  coordinatedGroupIds!: string[];
}
