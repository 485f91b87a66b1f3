import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActionPlanMeasureEntity } from '../action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { AreaEntity } from '../areas/area.entity';
import { notFound } from '../common/errors/domain.exception';
import { Locale } from '../common/i18n/translate';
import { ColumnKind, ExportTable } from '../common/table-export';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { CommentRoundEntity } from './comment-round.entity';
import { CommentEntity } from './comment.entity';
import { CommentStance, CommentTarget, SettlementOutcome } from './comment.enums';
import { formatInstant } from './deadline';
import { SETTLEMENT_COLUMNS, SETTLEMENT_LABELS, SettlementColumn } from './settlement-labels';

/** One row of the settlement table, in the requester's language (for XLSX here, DOCX and PDF in documents/). */
export interface SettlementRow {
  /** Number of the comment in its round (1, 2, …; hidden comments keep their numbers but are left out). */
  number: number;
  /** The person's name, the visitor's name with "(public)", or a pseudonym of an erased person. */
  author: string;
  /** The organisation the author spoke for; empty when none. */
  organisation: string;
  /** "whole draft", the section's title, "2.1.3 Measure title", or either followed by the quoted passage in quotes. */
  target: string;
  stance: string;
  text: string;
  /** Empty while unsettled. */
  outcome: string;
  justification: string;
  changeMade: string;
  settledBy: string;
  /** When settled, in the area's time zone ("15. 3. 2026 14:05"); empty while unsettled. */
  settledAt: string;
  /** The same instant for renderers that format it themselves; null while unsettled. */
  settledAtDate: Date | null;
  /** The stance and the outcome as values, for renderers with labels of their own (documents/); outcome null while unsettled. */
  stanceValue: CommentStance | null;
  outcomeValue: SettlementOutcome | null;
}

export interface SettlementTable {
  round: CommentRoundEntity;
  /** Headers in the requester's language, by column. */
  headers: Record<SettlementColumn, string>;
  rows: SettlementRow[];
}

const COLUMN_SHAPES: Record<SettlementColumn, { kind: ColumnKind; width: number }> = {
  number: { kind: 'integer', width: 6 },
  author: { kind: 'text', width: 24 },
  organisation: { kind: 'text', width: 28 },
  target: { kind: 'text', width: 36 },
  stance: { kind: 'text', width: 12 },
  text: { kind: 'text', width: 60 },
  outcome: { kind: 'text', width: 18 },
  justification: { kind: 'text', width: 48 },
  changeMade: { kind: 'text', width: 40 },
  settledBy: { kind: 'text', width: 22 },
  settledAt: { kind: 'text', width: 18 },
};

/**
 * The settlement table of a round: every first comment of a thread that is not hidden, in the
 * order of their numbers, with its settlement. A constant number of statements for any size.
 */
@Injectable()
export class SettlementService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The rows of the round (of the area given) in the language given; NOT_FOUND for a round of another area. */
  async settlementRows(roundId: string, locale: Locale, areaId?: string): Promise<SettlementTable> {
    const round = await this.db.getRepository(CommentRoundEntity).findOneBy(areaId ? { id: roundId, areaId } : { id: roundId });
    if (!round) throw notFound('unknownCommentRound', 'roundId');
    const area = await this.db.getRepository(AreaEntity).findOneByOrFail({ id: round.areaId });
    const labels = SETTLEMENT_LABELS[locale];
    const comments = await this.db
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .leftJoinAndMapOne('c.author', PersonEntity, 'author', 'author.id = c.authorId')
      .leftJoinAndMapOne('c.organisation', OrganisationEntity, 'organisation', 'organisation.id = c.organisationId')
      .leftJoinAndMapOne('c.section', ActionPlanSectionEntity, 'section', 'section.id = c.sectionId')
      .leftJoinAndMapOne('c.planMeasure', ActionPlanMeasureEntity, 'measure', 'measure.id = c.planMeasureId')
      .leftJoinAndMapOne('c.settledBy', PersonEntity, 'settler', 'settler.id = c.settledById')
      .where('c.roundId = :roundId AND c.parentId IS NULL', { roundId })
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    const rows: SettlementRow[] = [];
    comments.forEach((c, index) => {
      if (c.hiddenAt) return;
      const about = c.section ? c.section.title : c.planMeasure ? `${c.planMeasure.number} ${c.planMeasure.title}` : labels.wholeDraft;
      const target = c.target === CommentTarget.PASSAGE ? `${about}: „${c.quoteExact ?? ''}“` : c.target === CommentTarget.DRAFT ? labels.wholeDraft : about;
      const author = c.author ? c.author.fullName : c.guestName ? `${c.guestName} (${labels.guest})` : labels.formerParticipant;
      rows.push({
        number: index + 1,
        author,
        organisation: c.organisation?.name ?? '',
        target,
        stance: c.stance ? labels.stances[c.stance] : '',
        text: c.body,
        outcome: c.outcome ? labels.outcomes[c.outcome] : '',
        justification: c.justification ?? '',
        changeMade: c.changeMade ?? '',
        settledBy: c.outcome ? (c.settledBy?.fullName ?? labels.formerParticipant) : '',
        settledAt: c.settledAt && c.outcome ? formatInstant(c.settledAt, locale, area.timezone) : '',
        settledAtDate: c.outcome ? c.settledAt : null,
        stanceValue: c.stance,
        outcomeValue: c.outcome,
      });
    });
    return { round, headers: labels.headers, rows };
  }

  /** The rows as a table for the XLSX download. */
  async exportTable(roundId: string, locale: Locale, areaId: string): Promise<ExportTable> {
    const { headers, rows } = await this.settlementRows(roundId, locale, areaId);
    return {
      sheet: SETTLEMENT_LABELS[locale].sheet,
      columns: SETTLEMENT_COLUMNS.map((column) => ({ header: headers[column], ...COLUMN_SHAPES[column] })),
      rows: rows.map((row) => SETTLEMENT_COLUMNS.map((column) => (row[column] === '' ? null : row[column]))),
    };
  }
}
