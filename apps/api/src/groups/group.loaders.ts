import DataLoader from 'dataloader';
import { Loaders } from '../graphql/loaders.service';
import { foldSql } from '../common/search';
import { GroupMembershipEntity } from './group-membership.entity';

/**
 * Memberships per group: coordinators first, then by the person's name; with `includeFormer`
 * also the ended ones (after the current). One query for all groups of a request.
 */
export function groupMembers(loaders: Loaders, includeFormer: boolean): DataLoader<string, GroupMembershipEntity[]> {
  return loaders.custom(`groupMembers:${includeFormer ? 'all' : 'current'}`, (db) =>
    new DataLoader<string, GroupMembershipEntity[]>(async (groupIds) => {
      const query = db
        .getRepository(GroupMembershipEntity)
        .createQueryBuilder('m')
        .innerJoin('m.person', 'p')
        .where('m.groupId IN (:...groupIds)', { groupIds });
      if (!includeFormer) query.andWhere('m.leftAt IS NULL');
      const rows = await query
        .orderBy('m.leftAt', 'DESC', 'NULLS FIRST')
        .addOrderBy('m.role')
        .addOrderBy(foldSql('p.full_name'))
        .addOrderBy('p.full_name')
        .addOrderBy('m.joinedAt')
        .getMany();
      const grouped = new Map<string, GroupMembershipEntity[]>(groupIds.map((id) => [id, []]));
      for (const row of rows) grouped.get(row.groupId)?.push(row);
      return groupIds.map((id) => grouped.get(id) ?? []);
    }),
  );
}

/** Number of current members per group, in one query. */
export function groupMemberCounts(loaders: Loaders): DataLoader<string, number> {
  return loaders.custom('groupMemberCounts', (db) =>
    new DataLoader<string, number>(async (groupIds) => {
      const rows = await db
        .getRepository(GroupMembershipEntity)
        .createQueryBuilder('m')
        .select('m.group_id', 'groupId')
        .addSelect('COUNT(*)::int', 'count')
        .where('m.groupId IN (:...groupIds)', { groupIds })
        .andWhere('m.leftAt IS NULL')
        .groupBy('m.group_id')
        .getRawMany<{ groupId: string; count: number }>();
      const counts = new Map(rows.map((row) => [row.groupId, row.count]));
      return groupIds.map((id) => counts.get(id) ?? 0);
    }),
  );
}
