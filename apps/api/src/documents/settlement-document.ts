import { Locale } from '../common/i18n/translate';
import { CommentStance, SettlementOutcome } from '../comments/comment.enums';
import { DocumentModel, heading, paragraph, bold } from './document-model';
import { formatDate } from './document-format';
import { documentText } from './document-labels';

/** One comment with its settlement, as the table prints it. */
export interface SettlementDocumentRow {
  /** Order number of the comment in the round. */
  no: number | string;
  author: string;
  organisation: string | null;
  /** What the comment is about, in words: "celý návrh", "2 Analýza potřeb", "opatření 2.1.3", or the quoted passage. */
  target: string;
  stance: CommentStance;
  text: string;
  /** Null while the comment is not settled. */
  outcome: SettlementOutcome | null;
  justification: string | null;
  /** The change made in the next version, in words. */
  changeMade: string | null;
  settledBy: string | null;
  settledAt: Date | string | null;
}

export interface SettlementDocumentInput {
  areaName: string;
  roundTitle: string;
  versionNumber: number;
  /** The plan the round was about, e.g. "Akční plán sociálních služeb města Plzně na rok 2026". */
  planTitle?: string;
  rows: readonly SettlementDocumentRow[];
  /** The date of the document (default: today). */
  date?: Date | string;
}

/**
 * The settlement table (tabulka vypořádání připomínek): every comment of a round with its author,
 * target, stance, text, and how it was settled, on landscape pages with the header repeated.
 */
export function buildSettlementDocument(input: SettlementDocumentInput, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => documentText(locale, key, params);
  const none = t('none');
  const title = t('settlement.title');
  const version = documentText(locale, 'actionPlan.versionNumber', { number: input.versionNumber });
  const counts = Object.values(SettlementOutcome)
    .map((outcome) => ({ outcome, count: input.rows.filter((row) => row.outcome === outcome).length }))
    .filter(({ count }) => count > 0)
    .map(({ outcome, count }) => `${t(`settlement.outcomes.${outcome}`)} ${count}`);
  const unsettled = input.rows.filter((row) => row.outcome === null).length;
  if (unsettled) counts.push(`${t('settlement.unsettled')} ${unsettled}`);
  const date = input.date ?? new Date();
  return {
    locale,
    title,
    subtitle: input.roundTitle,
    meta: { areaName: input.areaName, date: typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10), version },
    titlePage: false,
    toc: false,
    orientation: 'landscape',
    blocks: [
      heading(1, title),
      paragraph(bold(`${t('settlement.round')}: `), `${input.roundTitle} (${[input.planTitle, version].filter(Boolean).join(', ')})`),
      paragraph(bold(`${t('area')}: `), input.areaName, '   ', bold(`${t('date')}: `), formatDate(date, locale)),
      paragraph(t('settlement.summary', { count: input.rows.length }), counts.length ? ` (${counts.join(', ')})` : ''),
      {
        kind: 'table',
        repeatHeader: true,
        columns: [
          { header: t('settlement.columns.no'), type: 'text', width: 0.45 },
          { header: t('settlement.columns.author'), type: 'text', width: 1.5 },
          { header: t('settlement.columns.target'), type: 'text', width: 1.4 },
          { header: t('settlement.columns.stance'), type: 'text', width: 0.95 },
          { header: t('settlement.columns.text'), type: 'text', width: 3.1 },
          { header: t('settlement.columns.outcome'), type: 'text', width: 1.4 },
          { header: t('settlement.columns.justification'), type: 'text', width: 2.6 },
          { header: t('settlement.columns.changeMade'), type: 'text', width: 2 },
          { header: t('settlement.columns.settledBy'), type: 'text', width: 1.3 },
        ],
        rows: input.rows.map((row) => [
          String(row.no),
          [row.author, row.organisation].filter(Boolean).join('\n'),
          row.target,
          t(`settlement.stances.${row.stance}`),
          row.text,
          row.outcome ? t(`settlement.outcomes.${row.outcome}`) : t('settlement.unsettled'),
          row.justification || none,
          row.changeMade || none,
          row.settledBy ? [row.settledBy, row.settledAt ? formatDate(row.settledAt, locale) : ''].filter(Boolean).join('\n') : none,
        ]),
      },
    ],
  };
}
