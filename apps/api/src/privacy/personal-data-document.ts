import { auditActionLabel } from '../audit/audit-log.service';
import { Locale, translate } from '../common/i18n/translate';
import { Block, bold, DocumentModel, heading, paragraph, TableBlock } from '../documents/document-model';
import { formatDate } from '../documents/document-format';
import { PersonalDataExport } from './personal-data.types';

/** A label of the `privacy` catalogue in the document's language. */
const text = (locale: Locale, key: string, params?: Record<string, string | number>): string => translate(locale, `privacy.${key}`, params);

/** An enum value in words ("PRESENT" → "přítomen"); an unknown value is printed as it is. */
function value(locale: Locale, kind: string, code: string | null): string {
  if (code === null) return '—';
  const key = `privacy.values.${kind}.${code}`;
  const label = translate(locale, key);
  return label === key ? code : label;
}

const date = (iso: string | null, locale: Locale): string => (iso ? formatDate(iso, locale) : '—');

function table(headers: string[], rows: string[][]): TableBlock {
  return { kind: 'table', columns: headers.map((header) => ({ header, type: 'text' as const })), rows, repeatHeader: true };
}

/** A section: its heading, then the table, or "nothing recorded" when there are no rows. */
function section(locale: Locale, title: string, headers: string[], rows: string[][]): Block[] {
  return [heading(3, title), rows.length ? table(headers, rows) : paragraph(text(locale, 'document.nothing'))];
}

/**
 * The personal-data export as a readable document (PDF): the account, then for each area the
 * person, memberships, meetings, comments with their earlier texts, votes, proposals, the audit
 * lines and the other records naming them, then comments written as a visitor. Same data as the
 * JSON download, in the requester's language.
 */
export function buildPersonalDataDocument(data: PersonalDataExport, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => text(locale, `document.${key}`, params);
  const blocks: Block[] = [
    heading(1, t('title')),
    paragraph(bold(`${t('generatedFor')}: `), data.account.email, '   ', bold(`${t('date')}: `), formatDate(data.generatedAt, locale)),
    heading(2, t('account')),
    table([t('field'), t('value')], [
      [t('email'), data.account.email],
      [t('language'), data.account.locale],
      [t('createdAt'), date(data.account.createdAt, locale)],
    ]),
  ];
  for (const area of data.areas) {
    const { person } = area;
    blocks.push(
      heading(2, area.area.name),
      table([t('field'), t('value')], [
        [t('fullName'), person.fullName],
        [t('email'), person.email ?? '—'],
        [t('phone'), person.phone ?? '—'],
        [t('roles'), person.roles.map((role) => value(locale, 'role', role)).join(', ')],
        [t('createdAt'), date(person.createdAt, locale)],
      ]),
      ...section(locale, t('groups'), [t('group'), t('role'), t('organisation'), t('since'), t('until')], area.groupMemberships.map((m) => [
        m.group,
        value(locale, 'groupRole', m.role),
        m.organisation ?? '—',
        date(m.joinedAt, locale),
        date(m.leftAt, locale),
      ])),
      ...section(locale, t('organisations'), [t('organisation'), t('position'), t('since'), t('until')], area.organisationMemberships.map((m) => [
        m.organisation,
        m.position ?? '—',
        date(m.since, locale),
        date(m.until, locale),
      ])),
      ...section(locale, t('meetings'), [t('meeting'), t('date'), t('reply'), t('attendance')], area.meetings.map((m) => [
        m.meeting,
        date(m.startsAt, locale),
        value(locale, 'reply', m.reply),
        value(locale, 'attendance', m.attendance),
      ])),
      ...section(locale, t('comments'), [t('round'), t('date'), t('stance'), t('text')], area.comments.map((c) => [
        c.round,
        date(c.createdAt, locale),
        value(locale, 'stance', c.stance),
        [c.body, ...c.revisions.map((r) => `${t('revision', { revision: r.revision })}: ${r.body}`)].join('\n'),
      ])),
      ...section(locale, t('votes'), [t('round'), t('choice'), t('reservation'), t('date')], area.votes.map((v) => [
        v.round,
        value(locale, 'choice', v.choice),
        v.reservation ?? '—',
        date(v.updatedAt, locale),
      ])),
      ...section(locale, t('eligible'), [t('round')], area.approvalRoundsEligible.map((r) => [r.round])),
      ...section(locale, t('measures'), [t('measureTitle'), t('date')], area.measuresProposed.map((m) => [m.title, date(m.createdAt, locale)])),
      ...section(locale, t('audit'), [t('date'), t('action'), t('subject')], area.auditLines.map((a) => [
        date(a.createdAt, locale),
        auditActionLabel(locale, a.action),
        a.subjectType,
      ])),
      ...section(locale, t('otherRecords'), [t('record'), t('count')], area.otherRecords.map((r) => [
        value(locale, 'record', `${r.table}/${r.column}`),
        String(r.rows.length),
      ])),
    );
  }
  blocks.push(
    heading(2, t('guestComments')),
    ...(data.guestComments.length
      ? [
          table([t('date'), t('fullName'), t('text'), t('consent')], data.guestComments.map((c) => [
            date(c.createdAt, locale),
            `${c.name}\n${c.email}`,
            c.body,
            [date(c.consentAt, locale), c.consentText ?? t('consentNotRecorded')].join('\n'),
          ])),
        ]
      : [paragraph(t('nothing'))]),
  );
  return {
    locale,
    title: t('title'),
    subtitle: data.account.email,
    meta: { areaName: data.areas.map((area) => area.area.name).join(', ') || 'Komplan', date: data.generatedAt.slice(0, 10) },
    titlePage: false,
    toc: false,
    blocks,
  };
}
