import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { SessionEntity } from '../auth/session.entity';
import { recordAudit } from '../audit/audit-log';
import { badInput, notFound } from '../common/errors/domain.exception';
import { PersonEntity } from '../people/person.entity';
import { pseudonym, pseudonymCode } from './pseudonym';

/**
 * Text columns that are not scrubbed by the name scan: the person's own identity columns (set
 * explicitly), secrets, and the names of other people (two people may share a name).
 */
const NOT_SCANNED = new Set(['people.full_name', 'people.email', 'people.phone', 'people.calendar_token', 'account_invitations.token_hash']);

/**
 * Tables without an `area_id` whose texts are scanned through the area-scoped row they belong
 * to (an edited comment's earlier texts, a measure's state changes, a vote's reservation…).
 */
const CHILD_TABLES: Record<string, { parent: string; key: string }> = {
  comment_revisions: { parent: 'comments', key: 'comment_id' },
  measure_state_changes: { parent: 'measures', key: 'measure_id' },
  measure_indicators: { parent: 'measures', key: 'measure_id' },
  votes: { parent: 'approval_rounds', key: 'round_id' },
};

/** Names shorter than this are not replaced in free texts (a bare "Jan" would damage unrelated words). */
const MIN_SCRUBBED_NAME = 5;

interface TextColumn {
  table: string;
  column: string;
  jsonb: boolean;
}

/** A letter next to a name makes it part of a longer word (PostgreSQL regular expression class). */
const LETTER = '[0-9A-Za-z\u00C0-\u024F_]';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A needle matching either case of every letter ("Eva" → "[Ee][Vv][Aa]"), spelled out because
 * PostgreSQL's case-insensitive matching of "Á"/"á" depends on the database's ctype (C in many clusters).
 */
const caseless = (text: string): string =>
  [...text]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      return lower === upper || lower.length !== 1 || upper.length !== 1 ? escapeRegExp(char) : `[${lower}${upper}]`;
    })
    .join('');

/**
 * Erasure of personal data ("right to be forgotten"). The account and its sessions are deleted;
 * each person row stays (attendance, comments, votes and documents keep their counts) but is
 * anonymised: the name becomes a stable pseudonym (pseudonym.ts), e-mail and phone are removed,
 * memberships end, the calendar feed's secret changes. The name (and e-mail) is replaced by the
 * pseudonym in every text of the area: comment authorship of a visitor with the same e-mail,
 * guest entries of the attendance register, minutes, decisions, agenda notes, audit details… —
 * found by scanning every text/varchar/jsonb column rather than by a list that could go stale.
 * Everything in one transaction; erasing an anonymised person again changes nothing.
 */
@Injectable()
export class ErasureService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The account's own request: every area's person, the account and its sessions. */
  async eraseAccount(account: AccountEntity, confirmEmail: string): Promise<void> {
    if (confirmEmail.trim().toLowerCase() !== account.email.toLowerCase()) throw badInput('input.confirmEmail', 'erasureEmailMismatch');
    await this.db.transaction(async (tx) => {
      const people = await tx.getRepository(PersonEntity).find({ where: { accountId: account.id }, relations: { area: true } });
      for (const person of people) await this.anonymise(tx, person, person.area!, person.id, { self: true });
      await this.anonymiseGuestComments(tx, account.email, null, account.id);
      await tx.getRepository(SessionEntity).delete({ accountId: account.id });
      await tx.getRepository(AccountEntity).delete({ id: account.id });
    });
  }

  /** A coordinator erases a person of the area who has no account (an account's owner erases it themselves). */
  async erasePerson(area: AreaEntity, personId: string, actorId: string | null): Promise<PersonEntity> {
    return this.db.transaction(async (tx) => {
      const person = await tx.getRepository(PersonEntity).findOne({ where: { id: personId, areaId: area.id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw notFound('unknownPerson', 'personId');
      if (person.accountId) throw badInput('personId', 'erasurePersonHasAccount');
      await this.anonymise(tx, person, area, actorId, { self: false });
      return tx.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
    });
  }

  private async anonymise(tx: EntityManager, person: PersonEntity, area: AreaEntity, actorId: string | null, details: { self: boolean }): Promise<void> {
    if (person.anonymisedAt) {
      if (person.accountId) await tx.getRepository(PersonEntity).update({ id: person.id }, { accountId: null });
      return;
    }
    const name = pseudonym(person.id, area.defaultLocale);
    if (person.email) await this.anonymiseGuestComments(tx, person.email, person, person.id);
    const needles = [person.fullName, person.email].filter((text): text is string => !!text && text.trim().length >= MIN_SCRUBBED_NAME);
    await this.scrubTexts(tx, area.id, needles, name);
    await tx.getRepository(PersonEntity).update(
      { id: person.id },
      { fullName: name, email: null, phone: null, accountId: null, calendarToken: randomBytes(24).toString('hex'), anonymisedAt: new Date() },
    );
    await tx.query(`UPDATE group_memberships SET left_at = now() WHERE person_id = $1 AND left_at IS NULL`, [person.id]);
    await tx.query(
      `UPDATE organisation_memberships SET until = GREATEST(since, CURRENT_DATE - 1)
        WHERE person_id = $1 AND (until IS NULL OR until >= CURRENT_DATE)`,
      [person.id],
    );
    await tx.query(`DELETE FROM account_invitations WHERE person_id = $1 AND accepted_at IS NULL`, [person.id]);
    await recordAudit(tx, { areaId: area.id, actorId, action: 'person.erased', subjectType: 'Person', subjectId: person.id, details });
  }

  /**
   * Comments written as a visitor with this e-mail. In the person's area they become the
   * anonymised person's (the visitor's name and e-mail go); in other areas the visitor entry is
   * replaced by a pseudonym and an address that cannot receive mail.
   */
  private async anonymiseGuestComments(tx: EntityManager, email: string, person: PersonEntity | null, seed: string): Promise<void> {
    const rows: { id: string; area_id: string; guest_name: string; default_locale: string }[] = await tx.query(
      `SELECT c.id, c.area_id, c.guest_name, a.default_locale FROM comments c JOIN areas a ON a.id = c.area_id
        WHERE c.author_id IS NULL AND lower(c.guest_email) = lower($1)`,
      [email],
    );
    for (const row of rows) {
      if (person && row.area_id === person.areaId) {
        await tx.query(`UPDATE comments SET author_id = $2, guest_name = NULL, guest_email = NULL WHERE id = $1`, [row.id, person.id]);
        if (row.guest_name.trim().length >= MIN_SCRUBBED_NAME) await this.scrubTexts(tx, row.area_id, [row.guest_name], pseudonym(person.id, row.default_locale));
      } else {
        const name = pseudonym(seed, row.default_locale);
        await tx.query(`UPDATE comments SET guest_name = $2, guest_email = $3 WHERE id = $1`, [
          row.id,
          name,
          `anonymised-${pseudonymCode(seed).toLowerCase()}@anonymised.invalid`,
        ]);
        if (row.guest_name.trim().length >= MIN_SCRUBBED_NAME) await this.scrubTexts(tx, row.area_id, [row.guest_name], name);
      }
    }
  }

  /** Replaces each needle (case-insensitive) by `replacement` in every text of the area's rows. */
  private async scrubTexts(tx: EntityManager, areaId: string, needles: string[], replacement: string): Promise<void> {
    if (needles.length === 0) return;
    // Whole names only: "Eva Nová" is replaced, "Eva Nováková" (somebody else) is not. Letters are
    // spelled out (Latin incl. Czech and Polish diacritics) rather than [[:alpha:]], which depends on the database's locale.
    const pattern = `(?<!${LETTER})(?:${needles.map(caseless).join('|')})(?!${LETTER})`;
    for (const { table, column, jsonb } of await this.textColumns(tx)) {
      if (NOT_SCANNED.has(`${table}.${column}`)) continue;
      const child = CHILD_TABLES[table];
      const scope = child ? `"${child.key}" IN (SELECT id FROM "${child.parent}" WHERE area_id = $3)` : `area_id = $3`;
      const value = jsonb ? `regexp_replace("${column}"::text, $1, $2, 'g')::jsonb` : `regexp_replace("${column}", $1, $2, 'g')`;
      const match = jsonb ? `"${column}"::text ~ $1` : `"${column}" ~ $1`;
      await tx.query(`UPDATE "${table}" SET "${column}" = ${value} WHERE ${scope} AND ${match}`, [pattern, replacement, areaId]);
    }
  }

  private columns?: TextColumn[];

  /** Every text, varchar and jsonb column of the tenant's tables (area-scoped, or a child of one). */
  private async textColumns(tx: EntityManager): Promise<TextColumn[]> {
    if (!this.columns) {
      const rows: { table_name: string; column_name: string; data_type: string; scoped: boolean }[] = await tx.query(
        `SELECT c.table_name, c.column_name, c.data_type,
                EXISTS (SELECT 1 FROM information_schema.columns s
                         WHERE s.table_schema = c.table_schema AND s.table_name = c.table_name AND s.column_name = 'area_id') AS scoped
           FROM information_schema.columns c
          WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'character varying', 'jsonb')
          ORDER BY c.table_name, c.column_name`,
      );
      this.columns = rows
        .filter((row) => row.scoped || CHILD_TABLES[row.table_name])
        .map((row) => ({ table: row.table_name, column: row.column_name, jsonb: row.data_type === 'jsonb' }));
    }
    return this.columns;
  }
}
