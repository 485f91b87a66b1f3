import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { RECORD_REFERENCES } from './person-references';
import { AreaPersonalData, GuestCommentData, PersonalDataExport } from './personal-data.types';

type Row = Record<string, unknown>;

async function sequentially(queries: (() => Promise<Row[]>)[]): Promise<Row[][]> {
  const results: Row[][] = [];
  for (const query of queries) results.push(await query());
  return results;
}

const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));
const isoOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : iso(value));

/**
 * Collects everything Komplan holds about an account: the account, its person in every area and
 * every row that points at that person (person-references.ts lists them all), plus the comments
 * written as a visitor with the same e-mail. Only rows of this account's people are read.
 */
@Injectable()
export class PersonalDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(account: AccountEntity): Promise<PersonalDataExport> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const people: Row[] = await tx.query(
        `SELECT p.*, p.roles::text[] AS roles, a.slug AS area_slug, a.name AS area_name FROM people p JOIN areas a ON a.id = p.area_id
          WHERE p.account_id = $1 ORDER BY a.name, p.id`,
        [account.id],
      );
      const areas: AreaPersonalData[] = [];
      for (const person of people) areas.push(await this.areaData(tx, person));
      const emails = [account.email, ...people.map((person) => person['email'])].filter((email): email is string => typeof email === 'string');
      return {
        generatedAt: new Date().toISOString(),
        account: { email: account.email, locale: account.locale, createdAt: iso(account.createdAt) },
        areas,
        guestComments: await this.guestComments(tx, emails),
      };
    });
  }

  /** Comments of visitors (no person) written with one of these e-mails, in any area. */
  async guestComments(tx: EntityManager, emails: string[]): Promise<GuestCommentData[]> {
    if (emails.length === 0) return [];
    const rows: Row[] = await tx.query(
      `SELECT c.id, c.created_at, c.guest_name, c.guest_email, c.body, c.consent_at, c.consent_text, r.title AS round, a.name AS area
         FROM comments c JOIN comment_rounds r ON r.id = c.round_id JOIN areas a ON a.id = c.area_id
        WHERE c.author_id IS NULL AND lower(c.guest_email) = ANY($1) ORDER BY c.created_at, c.id`,
      [emails.map((email) => email.toLowerCase())],
    );
    return rows.map((row) => ({
      id: String(row['id']),
      area: String(row['area']),
      round: String(row['round']),
      createdAt: iso(row['created_at']),
      name: String(row['guest_name']),
      email: String(row['guest_email']),
      body: String(row['body']),
      consentAt: isoOrNull(row['consent_at']),
      consentText: (row['consent_text'] as string | null) ?? null,
    }));
  }

  private async areaData(tx: EntityManager, person: Row): Promise<AreaPersonalData> {
    const id = String(person['id']);
    const q = (sql: string): Promise<Row[]> => tx.query(sql, [id]);
    // One after the other: the queries share the transaction's connection.
    const [groups = [], organisations = [], meetings = [], comments = [], revisions = [], votes = [], eligible = [], measures = [], audit = []] = await sequentially([
      () => q(`SELECT g.name AS group_name, m.role, o.name AS organisation, m.joined_at, m.left_at FROM group_memberships m
           JOIN working_groups g ON g.id = m.group_id LEFT JOIN organisations o ON o.id = m.organisation_id
          WHERE m.person_id = $1 ORDER BY m.joined_at, m.id`),
      () => q(`SELECT o.name AS organisation, m.position, m.since::text AS since, m.until::text AS until FROM organisation_memberships m
           JOIN organisations o ON o.id = m.organisation_id WHERE m.person_id = $1 ORDER BY m.since, m.id`),
      () => q(`SELECT mt.title AS meeting, mt.starts_at, i.reply, i.replied_at, i.attendance, o.name AS organisation FROM meeting_invitations i
           JOIN meetings mt ON mt.id = i.meeting_id LEFT JOIN organisations o ON o.id = i.organisation_id
          WHERE i.person_id = $1 ORDER BY mt.starts_at, i.id`),
      () => q(`SELECT c.id, r.title AS round, c.created_at, c.stance, c.body, c.hidden_at, c.outcome, c.justification FROM comments c
           JOIN comment_rounds r ON r.id = c.round_id WHERE c.author_id = $1 ORDER BY c.created_at, c.id`),
      () => q(`SELECT v.comment_id, v.revision, v.stance, v.body, v.replaced_at FROM comment_revisions v
           JOIN comments c ON c.id = v.comment_id WHERE c.author_id = $1 ORDER BY v.comment_id, v.revision`),
      () => q(`SELECT r.title AS round, v.choice, v.reservation, v.created_at, v.updated_at FROM votes v
           JOIN approval_rounds r ON r.id = v.round_id WHERE v.person_id = $1 ORDER BY v.created_at, v.id`),
      () => q(`SELECT r.title AS round FROM approval_round_voters v JOIN approval_rounds r ON r.id = v.round_id
          WHERE v.person_id = $1 ORDER BY r.opens_at, r.id`),
      () => q(`SELECT title, state, created_at FROM measures WHERE proposed_by_id = $1 ORDER BY created_at, id`),
      () => q(`SELECT created_at, action, subject_type, subject_id, details FROM audit_log WHERE actor_id = $1 ORDER BY created_at, id`),
    ]);
    const otherRecords: AreaPersonalData['otherRecords'] = [];
    for (const reference of RECORD_REFERENCES) {
      const rows: { row: Row }[] = await tx.query(
        `SELECT to_jsonb(t) - $2::text[] AS row FROM "${reference.table}" t WHERE t."${reference.column}" = $1 ORDER BY t.id`,
        [id, ['token_hash', ...(reference.omit ?? [])]],
      );
      if (rows.length > 0) otherRecords.push({ table: reference.table, column: reference.column, rows: rows.map((row) => row.row) });
    }
    return {
      area: { slug: String(person['area_slug']), name: String(person['area_name']) },
      person: {
        id,
        fullName: String(person['full_name']),
        email: (person['email'] as string | null) ?? null,
        phone: (person['phone'] as string | null) ?? null,
        roles: person['roles'] as string[],
        createdAt: iso(person['created_at']),
      },
      groupMemberships: groups.map((row) => ({
        group: String(row['group_name']),
        role: String(row['role']),
        organisation: (row['organisation'] as string | null) ?? null,
        joinedAt: iso(row['joined_at']),
        leftAt: isoOrNull(row['left_at']),
      })),
      organisationMemberships: organisations.map((row) => ({
        organisation: String(row['organisation']),
        position: (row['position'] as string | null) ?? null,
        since: String(row['since']),
        until: (row['until'] as string | null) ?? null,
      })),
      meetings: meetings.map((row) => ({
        meeting: String(row['meeting']),
        startsAt: iso(row['starts_at']),
        reply: String(row['reply']),
        repliedAt: isoOrNull(row['replied_at']),
        attendance: (row['attendance'] as string | null) ?? null,
        organisation: (row['organisation'] as string | null) ?? null,
      })),
      comments: comments.map((row) => ({
        id: String(row['id']),
        round: String(row['round']),
        createdAt: iso(row['created_at']),
        stance: (row['stance'] as string | null) ?? null,
        body: String(row['body']),
        hiddenAt: isoOrNull(row['hidden_at']),
        outcome: (row['outcome'] as string | null) ?? null,
        justification: (row['justification'] as string | null) ?? null,
        revisions: revisions
          .filter((revision) => revision['comment_id'] === row['id'])
          .map((revision) => ({
            revision: Number(revision['revision']),
            stance: (revision['stance'] as string | null) ?? null,
            body: String(revision['body']),
            replacedAt: iso(revision['replaced_at']),
          })),
      })),
      votes: votes.map((row) => ({
        round: String(row['round']),
        choice: String(row['choice']),
        reservation: (row['reservation'] as string | null) ?? null,
        castAt: iso(row['created_at']),
        updatedAt: iso(row['updated_at']),
      })),
      approvalRoundsEligible: eligible.map((row) => ({ round: String(row['round']) })),
      measuresProposed: measures.map((row) => ({ title: String(row['title']), state: String(row['state']), createdAt: iso(row['created_at']) })),
      auditLines: audit.map((row) => ({
        createdAt: iso(row['created_at']),
        action: String(row['action']),
        subjectType: String(row['subject_type']),
        subjectId: String(row['subject_id']),
        details: row['details'] as Record<string, unknown>,
      })),
      otherRecords,
    };
  }
}
