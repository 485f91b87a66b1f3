import { Locale } from '../common/i18n/translate';
import { bold, DocumentModel, heading, paragraph } from './document-model';
import { formatDate, formatDecimal } from './document-format';
import { documentText } from './document-labels';

/** What a certificate of attendance says, in plain values. */
export interface CertificateInput {
  number: string;
  participant: string;
  /** The organisation the participant came for, when recorded. */
  organisation: string | null;
  trainingTitle: string;
  /** Kind of the meeting in words ("školení", "seminář", "workshop"). */
  kindName: string;
  /** First and last day (ISO `YYYY-MM-DD`, in the meeting's time zone); the same day for a one-day training. */
  firstDay: string;
  lastDay: string;
  /** Duration in hours as exact decimal text ("6" or "4.5"). */
  hours: string;
  place: string | null;
  /** Who organised it: the working group, else the area. */
  organiser: string;
  areaName: string;
  /** Date of issue (ISO `YYYY-MM-DD`). */
  issuedOn: string;
}

/** The certificate of attendance (osvědčení o účasti) of one participant of a training, seminar or workshop. */
export function buildCertificateDocument(input: CertificateInput, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => documentText(locale, `certificate.${key}`, params);
  const title = t('title');
  const days =
    input.firstDay === input.lastDay ? formatDate(input.firstDay, locale) : `${formatDate(input.firstDay, locale)} – ${formatDate(input.lastDay, locale)}`;
  const line = (label: string, value: string) => paragraph(bold(`${label}: `), value);
  return {
    locale,
    title,
    subtitle: input.trainingTitle,
    meta: { areaName: input.areaName, date: input.issuedOn },
    titlePage: false,
    toc: false,
    blocks: [
      heading(1, title),
      line(t('number'), input.number),
      paragraph(t('certifies')),
      heading(2, input.participant),
      ...(input.organisation ? [paragraph(input.organisation)] : []),
      paragraph(t('attended', { kind: input.kindName })),
      heading(2, input.trainingTitle),
      line(t('dates'), days),
      line(t('duration'), t('hours', { hours: formatDecimal(input.hours, locale) })),
      ...(input.place ? [line(t('place'), input.place)] : []),
      line(t('organiser'), input.organiser),
      line(documentText(locale, 'area'), input.areaName),
      line(t('issuedOn'), formatDate(input.issuedOn, locale)),
      paragraph(''),
      paragraph(t('signature')),
    ],
  };
}
