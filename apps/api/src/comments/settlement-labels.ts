import { Locale } from '../common/i18n/translate';
import { CommentStance, SettlementOutcome } from './comment.enums';

/** The columns of the settlement table (tabulka vypořádání připomínek), in order. */
export const SETTLEMENT_COLUMNS = [
  'number',
  'author',
  'organisation',
  'target',
  'stance',
  'text',
  'outcome',
  'justification',
  'changeMade',
  'settledBy',
  'settledAt',
] as const;
export type SettlementColumn = (typeof SETTLEMENT_COLUMNS)[number];

export interface SettlementLabels {
  sheet: string;
  headers: Record<SettlementColumn, string>;
  stances: Record<CommentStance, string>;
  outcomes: Record<SettlementOutcome, string>;
  /** "Whole draft". */
  wholeDraft: string;
  /** Pseudonym of an erased person. */
  formerParticipant: string;
  /** Marks a visitor without an account, e.g. "Jana Nováková (veřejnost)". */
  guest: string;
}

/**
 * Everything the settlement table says, per language. The file leaves the app (to the council and
 * the public), so it is translated here like the other exports; the types make every language
 * name every column and value.
 */
export const SETTLEMENT_LABELS: Record<Locale, SettlementLabels> = {
  cs: {
    sheet: 'Vypořádání připomínek',
    headers: {
      number: 'Č.',
      author: 'Autor',
      organisation: 'Organizace',
      target: 'K čemu',
      stance: 'Postoj',
      text: 'Text připomínky',
      outcome: 'Vypořádání',
      justification: 'Odůvodnění',
      changeMade: 'Provedená změna',
      settledBy: 'Vypořádal(a)',
      settledAt: 'Vypořádáno',
    },
    stances: { SUPPORT: 'podpora', NEUTRAL: 'neutrální', OBJECTION: 'námitka' },
    outcomes: { ACCEPTED: 'akceptováno', PARTLY_ACCEPTED: 'akceptováno částečně', REJECTED: 'neakceptováno', EXPLAINED: 'vysvětleno' },
    wholeDraft: 'celý návrh',
    formerParticipant: 'bývalý účastník',
    guest: 'veřejnost',
  },
  pl: {
    sheet: 'Rozpatrzenie uwag',
    headers: {
      number: 'Nr',
      author: 'Autor',
      organisation: 'Organizacja',
      target: 'Czego dotyczy',
      stance: 'Stanowisko',
      text: 'Treść uwagi',
      outcome: 'Rozpatrzenie',
      justification: 'Uzasadnienie',
      changeMade: 'Wprowadzona zmiana',
      settledBy: 'Rozpatrzył(a)',
      settledAt: 'Data rozpatrzenia',
    },
    stances: { SUPPORT: 'poparcie', NEUTRAL: 'neutralne', OBJECTION: 'sprzeciw' },
    outcomes: { ACCEPTED: 'uwzględniona', PARTLY_ACCEPTED: 'uwzględniona częściowo', REJECTED: 'nieuwzględniona', EXPLAINED: 'wyjaśniona' },
    wholeDraft: 'cały projekt',
    formerParticipant: 'były uczestnik',
    guest: 'mieszkaniec',
  },
  en: {
    sheet: 'Comment settlement',
    headers: {
      number: 'No.',
      author: 'Author',
      organisation: 'Organisation',
      target: 'About',
      stance: 'Stance',
      text: 'Comment',
      outcome: 'Outcome',
      justification: 'Justification',
      changeMade: 'Change made',
      settledBy: 'Settled by',
      settledAt: 'Settled at',
    },
    stances: { SUPPORT: 'support', NEUTRAL: 'neutral', OBJECTION: 'objection' },
    outcomes: { ACCEPTED: 'accepted', PARTLY_ACCEPTED: 'partly accepted', REJECTED: 'rejected', EXPLAINED: 'explained' },
    wholeDraft: 'whole draft',
    formerParticipant: 'former participant',
    guest: 'public',
  },
};
