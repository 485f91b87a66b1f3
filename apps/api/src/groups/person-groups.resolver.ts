import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsNull } from 'typeorm';
import { RequestContext } from '../access/request-context';
import { PersonEntity } from '../people/person.entity';
import { GroupMembershipEntity } from './group-membership.entity';

/** The groups side of a person: where they sit (kept here so that people do not depend on groups). */
@Resolver(() => PersonEntity)
export class PersonGroupsResolver {
  @ResolveField(() => [GroupMembershipEntity], {
    description: 'Working groups the person is a member of, current first (with includeFormer also those left).',
  })
  groups(
    @Parent() person: PersonEntity,
    @Context() ctx: RequestContext,
    @Args('includeFormer', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Also the groups the person has left.' })
    includeFormer: boolean | null,
  ): Promise<GroupMembershipEntity[]> {
    const all = includeFormer ?? false;
    return ctx.loaders
      .many(GroupMembershipEntity, 'personId', { leftAt: { direction: 'DESC', nulls: 'FIRST' }, joinedAt: 'ASC' }, all ? {} : { leftAt: IsNull() }, all ? 'all' : 'current')
      .load(person.id);
  }
}
