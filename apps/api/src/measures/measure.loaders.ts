import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import { RequestContext } from '../access/request-context';
import { hasAreaRole } from '../access/viewer';
import { GroupRole } from '../groups/group.enums';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { MeasurePartnerEntity, MeasureProposerEntity } from './measure-links.entity';
import { MeasureEntity } from './measure.entity';

/** Partner organisations of measures, by name: two queries for any number of measures. */
export async function partnersOf(ctx: RequestContext, measure: MeasureEntity): Promise<OrganisationEntity[]> {
  const links = await ctx.loaders.many(MeasurePartnerEntity, 'measureId').load(measure.id);
  const organisations = await ctx.loaders.one(OrganisationEntity).loadMany(links.map((link) => link.organisationId));
  return organisations.filter((o): o is OrganisationEntity => o instanceof OrganisationEntity).sort((a, b) => a.name.localeCompare(b.name));
}

/** Working groups proposing measures, by name: two queries for any number of measures. */
export async function proposersOf(ctx: RequestContext, measure: MeasureEntity): Promise<WorkingGroupEntity[]> {
  const links = await ctx.loaders.many(MeasureProposerEntity, 'measureId').load(measure.id);
  const groups = await ctx.loaders.one(WorkingGroupEntity).loadMany(links.map((link) => link.groupId));
  return groups.filter((g): g is WorkingGroupEntity => g instanceof WorkingGroupEntity).sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether the viewer edits the measure (area coordinator, or coordinator of a proposing group): the same answer as Rules.measureEditor. */
export async function canEdit(ctx: RequestContext, measure: MeasureEntity): Promise<boolean> {
  const viewer = await ctx.req.komplan?.viewer;
  if (!viewer?.person || viewer.area?.id !== measure.areaId) return false;
  if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
  const personId = viewer.person.id;
  const coordinated = ctx.loaders.custom(`coordinatedGroups`, (db: DataSource) =>
    new DataLoader<string, Set<string>>(async (people) => {
      const rows = await db.getRepository(GroupMembershipEntity).find({
        where: { personId: In([...people]), role: GroupRole.COORDINATOR, leftAt: IsNull() },
      });
      return people.map((id) => new Set(rows.filter((row) => row.personId === id).map((row) => row.groupId)));
    }),
  );
  const [groups, links] = await Promise.all([coordinated.load(personId), ctx.loaders.many(MeasureProposerEntity, 'measureId').load(measure.id)]);
  return links.some((link) => groups.has(link.groupId));
}
