import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { required } from '../graphql/required';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { AddGroupMemberInput, RemoveGroupMemberInput } from './dto/group-member.input';
import { WorkingGroupEntity } from './working-group.entity';
import { GroupMembershipEntity } from './group-membership.entity';
import { GroupsService } from './groups.service';

const ofInputGroup = Rules.groupCoordinator<{ input?: { groupId?: string } }>((args) => args.input?.groupId);

@Resolver(() => GroupMembershipEntity)
export class GroupMembershipsResolver {
  constructor(private readonly groups: GroupsService) {}

  @Mutation(() => GroupMembershipEntity, { description: 'Seats a person in a working group that is not archived.' })
  @Authorize(ofInputGroup)
  async addGroupMember(@Args('input') input: AddGroupMemberInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<GroupMembershipEntity> {
    return this.groups.addMember(await viewer, input);
  }

  @Mutation(() => GroupMembershipEntity, { description: 'Ends a person’s membership of a group; it stays in the group’s history.' })
  @Authorize(ofInputGroup)
  async removeGroupMember(
    @Args('input') input: RemoveGroupMemberInput,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<GroupMembershipEntity> {
    return this.groups.removeMember(await viewer, input);
  }

  @ResolveField(() => WorkingGroupEntity, { description: 'The group.' })
  group(@Parent() membership: GroupMembershipEntity, @Context() ctx: RequestContext): Promise<WorkingGroupEntity> {
    return required(ctx.loaders.one(WorkingGroupEntity).load(membership.groupId), `group ${membership.groupId}`);
  }

  @ResolveField(() => PersonEntity, { description: 'The member.' })
  person(@Parent() membership: GroupMembershipEntity, @Context() ctx: RequestContext): Promise<PersonEntity> {
    return required(ctx.loaders.one(PersonEntity).load(membership.personId), `person ${membership.personId}`);
  }

  @ResolveField(() => OrganisationEntity, { nullable: true, description: 'The organisation the person represents in the group.' })
  async organisation(@Parent() membership: GroupMembershipEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity | null> {
    return membership.organisationId ? ctx.loaders.one(OrganisationEntity).load(membership.organisationId) : null;
  }
}
