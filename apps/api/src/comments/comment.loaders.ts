import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Loaders } from '../graphql/loaders.service';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { CommentRoundGroupEntity } from './comment-round.entity';
import { CommentRoundCounts } from './comment.types';

const EMPTY_COUNTS: CommentRoundCounts = { comments: 0, replies: 0, unsettled: 0, hidden: 0, support: 0, neutral: 0, objection: 0 };

/** Counts of any number of rounds in one statement. */
export function roundCounts(loaders: Loaders): DataLoader<string, CommentRoundCounts> {
  return loaders.custom('commentRoundCounts', (db) =>
    new DataLoader<string, CommentRoundCounts>(async (roundIds) => {
      const rows: (Record<keyof CommentRoundCounts, string> & { round_id: string })[] = await db.query(
        `SELECT round_id,
                count(*) FILTER (WHERE parent_id IS NULL AND hidden_at IS NULL) AS comments,
                count(*) FILTER (WHERE parent_id IS NOT NULL AND hidden_at IS NULL) AS replies,
                count(*) FILTER (WHERE parent_id IS NULL AND hidden_at IS NULL AND outcome IS NULL) AS unsettled,
                count(*) FILTER (WHERE hidden_at IS NOT NULL) AS hidden,
                count(*) FILTER (WHERE parent_id IS NULL AND hidden_at IS NULL AND stance = 'SUPPORT') AS support,
                count(*) FILTER (WHERE parent_id IS NULL AND hidden_at IS NULL AND stance = 'NEUTRAL') AS neutral,
                count(*) FILTER (WHERE parent_id IS NULL AND hidden_at IS NULL AND stance = 'OBJECTION') AS objection
           FROM comments WHERE round_id = ANY($1) GROUP BY round_id`,
        [[...roundIds]],
      );
      const byRound = new Map(rows.map((row) => [row.round_id, row]));
      return roundIds.map((id) => {
        const row = byRound.get(id);
        if (!row) return EMPTY_COUNTS;
        const counts = { ...EMPTY_COUNTS };
        for (const key of Object.keys(EMPTY_COUNTS) as (keyof CommentRoundCounts)[]) counts[key] = Number(row[key]);
        return counts;
      });
    }),
    'shared',
  );
}

/**
 * The number of each first comment in its round (1, 2, … by posting time, hidden ones included so
 * that numbers never shift): one statement for any number of comments. Replies have none.
 */
export function commentNumbers(loaders: Loaders): DataLoader<string, number | null> {
  return loaders.custom('commentNumbers', (db) =>
    new DataLoader<string, number | null>(async (ids) => {
      const rows: { id: string; n: string }[] = await db.query(
        `SELECT id, n FROM (
           SELECT id, row_number() OVER (PARTITION BY round_id ORDER BY created_at, id) AS n
             FROM comments
            WHERE parent_id IS NULL AND round_id IN (SELECT round_id FROM comments WHERE id = ANY($1))
         ) numbered WHERE id = ANY($1)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.id, Number(row.n)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    'shared',
  );
}

/** The invited groups of any number of rounds (by name), in two statements. */
export function roundGroups(loaders: Loaders): DataLoader<string, WorkingGroupEntity[]> {
  return loaders.custom('commentRoundGroups', (db) =>
    new DataLoader<string, WorkingGroupEntity[]>(async (roundIds) => {
      const links = await db.getRepository(CommentRoundGroupEntity).findBy({ roundId: In([...roundIds]) });
      const groups = links.length
        ? await db.getRepository(WorkingGroupEntity).find({ where: { id: In([...new Set(links.map((l) => l.groupId))]) }, order: { name: 'ASC' } })
        : [];
      const byId = new Map(groups.map((group) => [group.id, group]));
      return roundIds.map((roundId) =>
        links
          .filter((link) => link.roundId === roundId)
          .map((link) => byId.get(link.groupId)!)
          .filter(Boolean)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
  );
}
