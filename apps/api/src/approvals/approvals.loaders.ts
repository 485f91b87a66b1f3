import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestContext } from '../access/request-context';
import { PersonEntity } from '../people/person.entity';
import { ApprovalRoundEntity } from './approval-round.entity';
import { ApprovalVoter } from './dto/approval.types';
import { VoteEntity } from './vote.entity';

/** The viewer's own votes in rounds: one query for any number of rounds. */
export function myVoteOf(ctx: RequestContext, personId: string, round: ApprovalRoundEntity): Promise<VoteEntity | null> {
  return ctx.loaders
    .custom(`myVotes:${personId}`, (db: DataSource) =>
      new DataLoader<string, VoteEntity | null>(async (roundIds) => {
        const votes = await db.getRepository(VoteEntity).findBy({ personId, roundId: In([...roundIds]) });
        return roundIds.map((id) => votes.find((vote) => vote.roundId === id) ?? null);
      }),
    )
    .load(round.id);
}

/** Whether the person is an eligible voter of rounds: one query for any number of rounds. */
export function isVoterIn(ctx: RequestContext, personId: string, round: ApprovalRoundEntity): Promise<boolean> {
  return ctx.loaders
    .custom(`voterIn:${personId}`, (db: DataSource) =>
      new DataLoader<string, boolean>(async (roundIds) => {
        const rows: { round_id: string }[] = await db.query(
          `SELECT round_id FROM approval_round_voters WHERE person_id = $1 AND round_id = ANY($2)`,
          [personId, [...roundIds]],
        );
        const found = new Set(rows.map((row) => row.round_id));
        return roundIds.map((id) => found.has(id));
      }),
    )
    .load(round.id);
}

/** Eligible voters of rounds with whether (and when) they voted, by name: two queries for any number of rounds. */
export async function votersOf(ctx: RequestContext, round: ApprovalRoundEntity): Promise<ApprovalVoter[]> {
  const rows = await ctx.loaders
    .custom('approvalVoters', (db: DataSource) =>
      new DataLoader<string, { personId: string; votedAt: Date | null }[]>(async (roundIds) => {
        const found: { round_id: string; person_id: string; voted_at: Date | null }[] = await db.query(
          `SELECT v.round_id, v.person_id, vo.updated_at AS voted_at
             FROM approval_round_voters v
             LEFT JOIN votes vo ON vo.round_id = v.round_id AND vo.person_id = v.person_id
            WHERE v.round_id = ANY($1)`,
          [[...roundIds]],
        );
        return roundIds.map((id) => found.filter((row) => row.round_id === id).map((row) => ({ personId: row.person_id, votedAt: row.voted_at })));
      }),
    )
    .load(round.id);
  const people = await ctx.loaders.one(PersonEntity).loadMany(rows.map((row) => row.personId));
  return rows
    .map((row, index) => ({ person: people[index], voted: row.votedAt !== null, votedAt: row.votedAt }))
    .filter((voter): voter is ApprovalVoter => voter.person instanceof PersonEntity)
    .sort((a, b) => a.person.fullName.localeCompare(b.person.fullName, 'cs'));
}
