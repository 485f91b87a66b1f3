import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { Page, pageComplexity } from '../common/pagination';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { actorName, auditActionLabel, AuditLogService } from './audit-log.service';
import { AuditActionOption, AuditLogArgs, AuditLogPage } from './audit-log.types';

/** The audit log of the area, for its coordinators. */
@Resolver(() => AuditEntryEntity)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditLogPage, { description: 'The audit log of the area, newest first, filtered (area coordinators).', complexity: pageComplexity })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async auditLog(@Args() args: AuditLogArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<AuditEntryEntity>> {
    return this.log.page((await viewer).area!, args.filter ?? {}, args.offset, args.pageSize);
  }

  @Query(() => [AuditActionOption], { description: 'The actions recorded in the area\'s audit log, with labels (for the filter; area coordinators).' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async auditActions(@CurrentViewer() viewer: Promise<Viewer>): Promise<AuditActionOption[]> {
    const { area, locale } = await viewer;
    const actions = await this.log.actions(area!);
    return actions.map((action) => ({ action, label: auditActionLabel(locale, action) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  }

  @ResolveField(() => String, { description: 'The action in words, in the requester\'s language.' })
  async actionLabel(@Parent() entry: AuditEntryEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string> {
    return auditActionLabel((await viewer).locale, entry.action);
  }

  @ResolveField(() => String, { description: 'Who did it: the person\'s name (a pseudonym after erasure), or "system".' })
  async actorName(@Parent() entry: AuditEntryEntity, @CurrentViewer() viewer: Promise<Viewer>, @Context() ctx: RequestContext): Promise<string> {
    const actor = entry.actorId ? await ctx.loaders.one(PersonEntity).load(entry.actorId) : null;
    return actorName(actor, (await viewer).locale);
  }

  @ResolveField(() => String, { nullable: true, description: 'The person who did it; null when done by the system.' })
  actorId(@Parent() entry: AuditEntryEntity): string | null {
    return entry.actorId;
  }
}
