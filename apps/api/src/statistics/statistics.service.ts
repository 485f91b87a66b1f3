import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { badInput } from '../common/errors/domain.exception';
import { MeetingKind } from '../meetings/meeting.enums';
import { FundedProjectEntity } from '../trainings/funded-project.entity';
import { ParticipationFigures, ParticipationStatistics, StatisticsArgs } from './statistics.types';

const MAX_YEARS = 5;

export interface StatisticsReport extends ParticipationStatistics {
  /** The same figures for each kind of meeting (every kind, in the order of the enum). */
  byKind: { kind: MeetingKind; figures: ParticipationFigures }[];
}

interface FiguresRow {
  kind: MeetingKind | null;
  totals: boolean;
  meetings: number;
  persons: number;
  organisations: number;
  invited: number;
  present: number;
  recorded: number;
  guests: number;
  person_hours: number;
}

/**
 * Participation statistics, aggregated by PostgreSQL in one statement: meetings of the period
 * (by their start date in the area time zone) joined to everyone who was there — invitees with
 * their attendance and walk-in guests — grouped by kind and in total.
 */
const FIGURES_SQL = `
WITH m AS (
  SELECT id, kind, EXTRACT(EPOCH FROM ends_at - starts_at) / 3600.0 AS hours
    FROM meetings
   WHERE area_id = $1 AND cancelled_at IS NULL
     AND (starts_at AT TIME ZONE $2)::date BETWEEN $3::date AND $4::date
     AND ($5::uuid IS NULL OR group_id = $5::uuid)
     AND ($6::uuid IS NULL OR project_id = $6::uuid)
),
p AS (
  SELECT i.meeting_id, TRUE AS invited, i.attendance::text AS attendance,
         'p:' || i.person_id::text AS person_key,
         'o:' || i.organisation_id::text AS organisation_key
    FROM meeting_invitations i JOIN m ON m.id = i.meeting_id
  UNION ALL
  SELECT g.meeting_id, FALSE, 'PRESENT',
         'g:' || lower(btrim(g.full_name)),
         COALESCE('o:' || g.organisation_id::text, 'n:' || lower(NULLIF(btrim(g.organisation_name), '')))
    FROM meeting_guests g JOIN m ON m.id = g.meeting_id
)
SELECT m.kind,
       GROUPING(m.kind) = 1 AS totals,
       COUNT(DISTINCT m.id)::int AS meetings,
       COUNT(DISTINCT p.person_key) FILTER (WHERE p.attendance = 'PRESENT')::int AS persons,
       COUNT(DISTINCT p.organisation_key) FILTER (WHERE p.attendance = 'PRESENT')::int AS organisations,
       COUNT(*) FILTER (WHERE p.invited)::int AS invited,
       COUNT(*) FILTER (WHERE p.invited AND p.attendance = 'PRESENT')::int AS present,
       COUNT(*) FILTER (WHERE p.invited AND p.attendance IS NOT NULL)::int AS recorded,
       COUNT(*) FILTER (WHERE NOT p.invited)::int AS guests,
       COALESCE(SUM(m.hours) FILTER (WHERE p.attendance = 'PRESENT'), 0)::float AS person_hours
  FROM m LEFT JOIN p ON p.meeting_id = m.id
 GROUP BY GROUPING SETS ((m.kind), ())`;

/** Midnight UTC of a calendar day, or null for a day that does not exist (e.g. 2025-02-30). */
function dayOf(value: string): number | null {
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time;
}

function figuresOf(row: FiguresRow | undefined): ParticipationFigures {
  if (!row) {
    return { meetings: 0, distinctPersons: 0, distinctOrganisations: 0, invited: 0, present: 0, guests: 0, attendanceRate: null, personHours: 0 };
  }
  return {
    meetings: row.meetings,
    distinctPersons: row.persons,
    distinctOrganisations: row.organisations,
    invited: row.invited,
    present: row.present,
    guests: row.guests,
    attendanceRate: row.recorded > 0 ? row.present / row.recorded : null,
    personHours: Math.round(row.person_hours * 100) / 100,
  };
}

@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(area: AreaEntity, args: StatisticsArgs): Promise<StatisticsReport> {
    this.checkPeriod(args.from, args.to);
    if (args.projectId && !(await this.db.getRepository(FundedProjectEntity).existsBy({ id: args.projectId, areaId: area.id }))) {
      throw badInput('projectId', 'unknownProject');
    }
    const rows: FiguresRow[] = await this.db.query(FIGURES_SQL, [area.id, area.timezone, args.from, args.to, args.groupId ?? null, args.projectId ?? null]);
    const totals = figuresOf(rows.find((row) => row.totals));
    const byKind = Object.values(MeetingKind).map((kind) => ({
      kind,
      figures: figuresOf(rows.find((row) => !row.totals && row.kind === kind)),
    }));
    return {
      from: args.from,
      to: args.to,
      groupId: args.groupId ?? null,
      projectId: args.projectId ?? null,
      ...totals,
      meetingsByKind: byKind.map(({ kind, figures }) => ({ kind, count: figures.meetings })),
      byKind,
    };
  }

  private checkPeriod(from: string, to: string): void {
    const start = dayOf(from);
    const end = dayOf(to);
    if (start === null) throw badInput('from', 'validation.isIso8601');
    if (end === null) throw badInput('to', 'validation.isIso8601');
    if (end < start) throw badInput('to', 'periodReversed');
    const limit = new Date(start);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_YEARS);
    if (end >= limit.getTime()) throw badInput('to', 'periodTooLong');
  }
}
