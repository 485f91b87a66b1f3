import { Inject } from '@nestjs/common';
import { Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { hasAreaRole, Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AreaRole } from '../people/area-role.enum';
import { links } from './calendar.service';
import { CalendarFeeds } from './calendar.types';
import { publicBaseUrl } from './public-url';

@Resolver(() => CalendarFeeds)
export class CalendarResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONFIGURATION) private readonly config: EnvironmentVariables,
  ) {}

  @Query(() => CalendarFeeds, { description: 'Calendar feeds to subscribe to: the area’s, the viewer’s own and the groups’.' })
  @Authorize(Rules.areaMember())
  async calendarFeeds(@CurrentViewer() viewer: Promise<Viewer>, @Context() ctx: RequestContext): Promise<CalendarFeeds> {
    const current = await viewer;
    const area = current.area!;
    const person = current.person!;
    const base = publicBaseUrl(this.config, ctx.req);
    const [groups, memberships] = await Promise.all([
      this.db.getRepository(WorkingGroupEntity).find({ where: { areaId: area.id, archivedAt: IsNull() }, order: { name: 'ASC' } }),
      this.db.getRepository(GroupMembershipEntity).find({ select: { groupId: true }, where: { personId: person.id, leftAt: IsNull() } }),
    ]);
    const everywhere = hasAreaRole(current, AreaRole.COORDINATOR);
    const memberOf = new Set(memberships.map((membership) => membership.groupId));
    return {
      area: links.areaFeed(base, area),
      personal: links.areaFeed(base, area, person.calendarToken),
      groups: groups.map((group) => ({
        group,
        url: links.groupFeed(base, area, group.id, everywhere || memberOf.has(group.id) ? person.calendarToken : undefined),
      })),
    };
  }
}
