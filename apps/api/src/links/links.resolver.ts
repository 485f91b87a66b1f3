import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../access/access.policy';
import { RequestContext } from '../access/request-context';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { visibleIntentions } from '../intentions/intention-visibility';
import { MeasureEntity } from '../measures/measure.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { DecisionEntity } from '../meetings/decision.entity';
import { IntentionMeasureEntity } from './intention-measure.entity';
import { discussionsLoader } from './links.loaders';
import { MeasureDiscussion } from './measure-discussion.types';

/** Whether the viewer belongs to the area of the row (measures and intentions are never public). */
async function inArea(ctx: RequestContext, areaId: string): Promise<boolean> {
  const viewer = await ctx.req.komplan?.viewer;
  return !!viewer?.person && viewer.area?.id === areaId;
}

const newestFirst = (a: DevelopmentIntentionEntity, b: DevelopmentIntentionEntity) =>
  b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);

@Resolver(() => AgendaItemEntity)
export class AgendaItemLinksResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField('measure', () => MeasureEntity, { nullable: true, description: 'The measure discussed under the item (only for members of the area).' })
  async measure(@Parent() item: AgendaItemEntity, @Context() ctx: RequestContext): Promise<MeasureEntity | null> {
    if (!item.measureId || !(await inArea(ctx, item.areaId))) return null;
    return ctx.loaders.one(MeasureEntity).load(item.measureId);
  }

  @ResolveField('intentionId', () => ID, {
    nullable: true,
    description:
      'Identifier of the development intention discussed under the item (members of the area only), also when the viewer may not see the intention: an agenda saved again keeps the link.',
  })
  async intentionId(@Parent() item: AgendaItemEntity, @Context() ctx: RequestContext): Promise<string | null> {
    return item.intentionId && (await inArea(ctx, item.areaId)) ? item.intentionId : null;
  }

  @ResolveField('intention', () => DevelopmentIntentionEntity, {
    nullable: true,
    description: 'The development intention discussed under the item; null when the viewer may not see it (e.g. another provider’s draft).',
  })
  async intention(@Parent() item: AgendaItemEntity, @Context() ctx: RequestContext): Promise<DevelopmentIntentionEntity | null> {
    if (!item.intentionId) return null;
    const [visible] = await visibleIntentions(ctx, this.policy, [await ctx.loaders.one(DevelopmentIntentionEntity).load(item.intentionId)]);
    return visible ?? null;
  }
}

@Resolver(() => MeasureEntity)
export class MeasureLinksResolver {
  constructor(private readonly policy: AccessPolicy) {}

  @ResolveField(() => [MeasureDiscussion], { description: 'Meetings of the area that discussed the measure (not cancelled ones), newest first, with their decisions.' })
  async discussions(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<MeasureDiscussion[]> {
    const viewer = await ctx.req.komplan?.viewer;
    if (!viewer?.person || viewer.area?.id !== measure.areaId) return [];
    return discussionsLoader(ctx, viewer).load(measure.id);
  }

  @ResolveField(() => [DevelopmentIntentionEntity], { description: 'Development intentions serving the measure that the viewer may see, newest first.' })
  async intentions(@Parent() measure: MeasureEntity, @Context() ctx: RequestContext): Promise<DevelopmentIntentionEntity[]> {
    const links = await ctx.loaders.many(IntentionMeasureEntity, 'measureId').load(measure.id);
    const intentions = await ctx.loaders.one(DevelopmentIntentionEntity).loadMany(links.map((link) => link.intentionId));
    return (await visibleIntentions(ctx, this.policy, intentions)).sort(newestFirst);
  }
}

@Resolver(() => DevelopmentIntentionEntity)
export class IntentionMeasuresResolver {
  @ResolveField(() => [MeasureEntity], { description: 'Measures of the plan the intention serves, by title.' })
  async measures(@Parent() intention: DevelopmentIntentionEntity, @Context() ctx: RequestContext): Promise<MeasureEntity[]> {
    if (!(await inArea(ctx, intention.areaId))) return [];
    const links = await ctx.loaders.many(IntentionMeasureEntity, 'intentionId').load(intention.id);
    const measures = await ctx.loaders.one(MeasureEntity).loadMany(links.map((link) => link.measureId));
    return measures.filter((m): m is MeasureEntity => m instanceof MeasureEntity).sort((a, b) => a.title.localeCompare(b.title));
  }
}

@Resolver(() => MeasureDiscussion)
export class MeasureDiscussionResolver {
  @ResolveField(() => [DecisionEntity], { description: 'Decisions taken at the meeting, in order.' })
  decisions(@Parent() discussion: MeasureDiscussion, @Context() ctx: RequestContext): Promise<DecisionEntity[]> {
    return ctx.loaders.many(DecisionEntity, 'meetingId', { position: 'ASC' }).load(discussion.meeting.id);
  }
}
