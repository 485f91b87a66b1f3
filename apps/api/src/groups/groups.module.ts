import { Module } from '@nestjs/common';
import { GroupMembershipsResolver } from './group-memberships.resolver';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { PersonGroupsResolver } from './person-groups.resolver';

/** Working groups of an area, their members and coordinators. */
@Module({ providers: [GroupsService, GroupsResolver, GroupMembershipsResolver, PersonGroupsResolver], exports: [GroupsService] })
export class GroupsModule {}
