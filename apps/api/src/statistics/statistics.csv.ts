import { CellValue, ColumnKind, ExportTable, tableCsv } from '../common/table-export';
import { Locale } from '../common/i18n/translate';
import { MeetingKind } from '../meetings/meeting.enums';
import { ParticipationFigures } from './statistics.types';
import { StatisticsReport } from './statistics.service';

/** Column headers and kind names of the CSV, per language (the file leaves the app, so it is translated here). */
const LABELS: Record<Locale, { sheet: string; columns: string[]; total: string; kinds: Record<MeetingKind, string> }> = {
  cs: {
    sheet: 'Statistiky účasti',
    columns: ['Druh setkání', 'Setkání', 'Osoby', 'Organizace', 'Pozváno', 'Přítomno', 'Hosté', 'Účast (%)', 'Osobohodiny'],
    total: 'Celkem',
    kinds: {
      WORKING_GROUP: 'Pracovní skupina',
      MANAGEMENT_TEAM: 'Manažerský tým',
      PUBLIC_FORUM: 'Veřejné fórum',
      TRAINING: 'Školení',
      WORKSHOP: 'Workshop',
      SEMINAR: 'Seminář',
      SUPERVISION: 'Supervize',
    },
  },
  pl: {
    sheet: 'Statystyki uczestnictwa',
    columns: ['Rodzaj spotkania', 'Spotkania', 'Osoby', 'Organizacje', 'Zaproszeni', 'Obecni', 'Goście', 'Frekwencja (%)', 'Osobogodziny'],
    total: 'Razem',
    kinds: {
      WORKING_GROUP: 'Grupa robocza',
      MANAGEMENT_TEAM: 'Zespół zarządzający',
      PUBLIC_FORUM: 'Forum publiczne',
      TRAINING: 'Szkolenie',
      WORKSHOP: 'Warsztat',
      SEMINAR: 'Seminarium',
      SUPERVISION: 'Superwizja',
    },
  },
  en: {
    sheet: 'Participation',
    columns: ['Kind of meeting', 'Meetings', 'Persons', 'Organisations', 'Invited', 'Present', 'Guests', 'Attendance (%)', 'Person-hours'],
    total: 'Total',
    kinds: {
      WORKING_GROUP: 'Working group',
      MANAGEMENT_TEAM: 'Management team',
      PUBLIC_FORUM: 'Public forum',
      TRAINING: 'Training',
      WORKSHOP: 'Workshop',
      SEMINAR: 'Seminar',
      SUPERVISION: 'Supervision',
    },
  },
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

function row(label: string, figures: ParticipationFigures): CellValue[] {
  return [
    label,
    figures.meetings,
    figures.distinctPersons,
    figures.distinctOrganisations,
    figures.invited,
    figures.present,
    figures.guests,
    figures.attendanceRate === null ? null : round2(figures.attendanceRate * 100),
    round2(figures.personHours),
  ];
}

/** The report as a table: one row per kind of meeting and a total, headers in the requester's language. */
export function statisticsTable(report: StatisticsReport, locale: Locale): ExportTable {
  const labels = LABELS[locale];
  const kinds: ColumnKind[] = ['text', 'integer', 'integer', 'integer', 'integer', 'integer', 'integer', 'decimal', 'decimal'];
  return {
    sheet: labels.sheet,
    columns: labels.columns.map((header, i) => ({ header, kind: kinds[i]!, width: i === 0 ? 26 : Math.max(12, header.length + 4) })),
    rows: [...report.byKind.map(({ kind, figures }) => row(labels.kinds[kind], figures)), row(labels.total, report)],
  };
}

/** The report as CSV for Excel: UTF-8 with BOM, `;`-separated, CRLF, one row per kind and a total. */
export function statisticsCsv(report: StatisticsReport, locale: Locale): string {
  return tableCsv(statisticsTable(report, locale), locale);
}
