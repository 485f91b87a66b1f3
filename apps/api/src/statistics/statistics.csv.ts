import { csvDecimal, csvFile } from '../common/csv';
import { Locale } from '../common/i18n/translate';
import { MeetingKind } from '../meetings/meeting.enums';
import { ParticipationFigures } from './statistics.types';
import { StatisticsReport } from './statistics.service';

/** Column headers and kind names of the CSV, per language (the file leaves the app, so it is translated here). */
const LABELS: Record<Locale, { columns: string[]; total: string; kinds: Record<MeetingKind, string> }> = {
  cs: {
    columns: ['Druh setkání', 'Setkání', 'Osoby', 'Organizace', 'Pozváno', 'Přítomno', 'Hosté', 'Účast (%)', 'Osobohodiny'],
    total: 'Celkem',
    kinds: {
      WORKING_GROUP: 'Pracovní skupina',
      MANAGEMENT_TEAM: 'Manažerský tým',
      PUBLIC_FORUM: 'Veřejné fórum',
      TRAINING: 'Vzdělávání',
      WORKSHOP: 'Workshop',
      SUPERVISION: 'Supervize',
    },
  },
  pl: {
    columns: ['Rodzaj spotkania', 'Spotkania', 'Osoby', 'Organizacje', 'Zaproszeni', 'Obecni', 'Goście', 'Frekwencja (%)', 'Osobogodziny'],
    total: 'Razem',
    kinds: {
      WORKING_GROUP: 'Grupa robocza',
      MANAGEMENT_TEAM: 'Zespół zarządzający',
      PUBLIC_FORUM: 'Forum publiczne',
      TRAINING: 'Szkolenie',
      WORKSHOP: 'Warsztat',
      SUPERVISION: 'Superwizja',
    },
  },
  en: {
    columns: ['Kind of meeting', 'Meetings', 'Persons', 'Organisations', 'Invited', 'Present', 'Guests', 'Attendance (%)', 'Person-hours'],
    total: 'Total',
    kinds: {
      WORKING_GROUP: 'Working group',
      MANAGEMENT_TEAM: 'Management team',
      PUBLIC_FORUM: 'Public forum',
      TRAINING: 'Training',
      WORKSHOP: 'Workshop',
      SUPERVISION: 'Supervision',
    },
  },
};

function decimal(value: number, locale: Locale): string {
  return csvDecimal(String(Math.round(value * 100) / 100), locale);
}

function row(label: string, figures: ParticipationFigures, locale: Locale): string[] {
  return [
    label,
    String(figures.meetings),
    String(figures.distinctPersons),
    String(figures.distinctOrganisations),
    String(figures.invited),
    String(figures.present),
    String(figures.guests),
    figures.attendanceRate === null ? '' : decimal(figures.attendanceRate * 100, locale),
    decimal(figures.personHours, locale),
  ];
}

/** The report as CSV for Excel: UTF-8 with BOM, `;`-separated, CRLF, one row per kind and a total. */
export function statisticsCsv(report: StatisticsReport, locale: Locale): string {
  const labels = LABELS[locale];
  return csvFile([
    labels.columns,
    ...report.byKind.map(({ kind, figures }) => row(labels.kinds[kind], figures, locale)),
    row(labels.total, report, locale),
  ]);
}
