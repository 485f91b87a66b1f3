import { Module } from '@nestjs/common';
import { GroupMembershipsResolver } from './group-memberships.resolver';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

/** Working groups of an area, their members and coordinators. */
@Module({ providers: [GroupsService, GroupsResolver, GroupMembershipsResolver], exports: [GroupsService] })
export class GroupsModule {}
