import { formatInstant } from '../comments/deadline';
import { formatDate } from '../documents/document-format';
import { Locale, translate } from '../common/i18n/translate';
import { NotificationKind, NotificationSubject } from './notification.enums';
import { NotificationParams } from './notification.entity';

/** Parameters holding an instant (ISO string): written in the reader's language and the area's time zone. */
const INSTANTS = new Set(['startsAt', 'closesAt', 'opensAt']);
/** Parameters holding an enum value: translated through `notifications.values.<name>.<value>`. */
const VALUES = new Set(['outcome', 'result']);

/**
 * The text of a notification in the reader's language, e.g. "Pozvánka na jednání „Senioři“,
 * 5. 3. 2026 14:00". The same text is shown in the app and used in e-mails. A `variant`
 * parameter picks another wording of the kind (e.g. DECISION: approval or council).
 */
export function notificationText(kind: NotificationKind, params: NotificationParams, locale: Locale, timeZone: string): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (INSTANTS.has(name) && typeof value === 'string') filled[name] = formatInstant(new Date(value), locale, timeZone);
    else if (VALUES.has(name)) filled[name] = translate(locale, `notifications.values.${name}.${value}`);
    else filled[name] = value;
  }
  const variant = typeof params['variant'] === 'string' ? params['variant'] : 'text';
  return translate(locale, `notifications.kinds.${kind}.${variant}`, filled);
}

/** The label of a kind, e.g. "Pozvánky na jednání" (digest headings, preferences). */
export const kindLabel = (kind: NotificationKind, locale: Locale): string => translate(locale, `notifications.kinds.${kind}.label`);

/** A day for a digest's subject, e.g. "5. 3. 2026". */
export const digestDay = (day: string, locale: Locale): string => formatDate(day, locale);

const page = (segment: string) => (id: string) => `${segment}/${encodeURIComponent(id)}`;
const PAGES: Record<NotificationSubject, (id: string) => string> = {
  [NotificationSubject.MEETING]: page('meetings'),
  [NotificationSubject.COMMENT_ROUND]: page('comment-rounds'),
  [NotificationSubject.COMMENT]: page('comments'),
  [NotificationSubject.APPROVAL_ROUND]: page('approval-rounds'),
  [NotificationSubject.ACTION_PLAN]: page('action-plans'),
  [NotificationSubject.MEASURE]: page('measures'),
  // A reminder is read where the reports are made.
  [NotificationSubject.MONITORING_REMINDER]: () => 'my-reports',
};

/** Where the web app shows the object of a notification, e.g. `/a/plzen/meetings/<id>`. */
export function subjectPath(areaSlug: string, subjectType: NotificationSubject, subjectId: string): string {
  return `/a/${encodeURIComponent(areaSlug)}/${PAGES[subjectType](subjectId)}`;
}

/** The notifications preferences page of an area. */
export const preferencesPath = (areaSlug: string): string => `/a/${encodeURIComponent(areaSlug)}/notifications/preferences`;
