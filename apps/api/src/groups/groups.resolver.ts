import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { required } from '../graphql/required';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { CreateGroupInput, UpdateGroupInput } from './dto/group.input';
import { GroupRole } from './group.enums';
import { groupMemberCounts, groupMembers } from './group.loaders';
import { GroupMembershipEntity } from './group-membership.entity';
import { GroupsService } from './groups.service';
import { WorkingGroupEntity } from './working-group.entity';

@Resolver(() => WorkingGroupEntity)
export class GroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @Query(() => [WorkingGroupEntity], { description: 'Working groups of the area: the management team first, then by name.' })
  @Authorize(Rules.areaMember())
  async groups(
    @CurrentViewer() viewer: Promise<Viewer>,
    @Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Also the archived groups.' })
    includeArchived: boolean | null,
  ): Promise<WorkingGroupEntity[]> {
    return this.service.list(await viewer, includeArchived ?? false);
  }

  @Query(() => WorkingGroupEntity, { nullable: true, description: 'One working group of the area (archived ones too); null when there is none.' })
  @Authorize(Rules.areaMember())
  async group(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<WorkingGroupEntity | null> {
    return this.service.find(await viewer, id);
  }

  @Mutation(() => WorkingGroupEntity, { description: 'Sets up a working group or the management team.' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async createGroup(@Args('input') input: CreateGroupInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<WorkingGroupEntity> {
    return this.service.create(await viewer, input);
  }

  @Mutation(() => WorkingGroupEntity, { description: 'Changes the name, target group or description of a group that is not archived.' })
  @Authorize(Rules.groupCoordinator<{ input?: { id?: string } }>((args) => args.input?.id))
  async updateGroup(@Args('input') input: UpdateGroupInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<WorkingGroupEntity> {
    return this.service.update(await viewer, input);
  }

  @Mutation(() => WorkingGroupEntity, { description: 'Archives a group: it keeps its history but no longer changes.' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(WorkingGroupEntity, (args) => args.id, AreaRole.COORDINATOR))
  async archiveGroup(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<WorkingGroupEntity> {
    return this.service.archive(await viewer, id);
  }

  @ResolveField(() => [GroupMembershipEntity], { description: 'Members of the group: coordinators first, then by name.' })
  members(
    @Parent() group: WorkingGroupEntity,
    @Context() ctx: RequestContext,
    @Args('includeFormer', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Also those who have left (after the current members).',
    })
    includeFormer: boolean | null,
  ): Promise<GroupMembershipEntity[]> {
    return groupMembers(ctx.loaders, includeFormer ?? false).load(group.id);
  }

  @ResolveField(() => Int, { description: 'Number of current members.' })
  memberCount(@Parent() group: WorkingGroupEntity, @Context() ctx: RequestContext): Promise<number> {
    return groupMemberCounts(ctx.loaders).load(group.id);
  }

  @ResolveField(() => [PersonEntity], { description: 'Current coordinators of the group.' })
  async coordinators(@Parent() group: WorkingGroupEntity, @Context() ctx: RequestContext): Promise<PersonEntity[]> {
    const members = await groupMembers(ctx.loaders, false).load(group.id);
    const people = ctx.loaders.one(PersonEntity);
    return Promise.all(
      members
        .filter((member) => member.role === GroupRole.COORDINATOR)
        .map((member) => required(people.load(member.personId), `person ${member.personId}`)),
    );
  }
}
