import { isLocale, Locale, translate } from '../common/i18n/translate';
import { MailMessage } from './mailer.service';
import { NOTIFICATION_KINDS, NotificationKind, NotificationSubject } from './notification.enums';
import { NotificationParams } from './notification.entity';
import { digestDay, kindLabel, notificationText, preferencesPath, subjectPath } from './notification-texts';

/** A notification with what its e-mail needs: the recipient's address and language, the area. */
export interface MailItem {
  id: string;
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  params: NotificationParams;
  createdAt: Date;
  email: string | null;
  locale: string | null;
  areaSlug: string;
  areaName: string;
  areaTimezone: string;
  areaLocale: string;
}

/** The recipient's language: their account's, else the area's, else Czech. */
export const recipientLocale = (item: Pick<MailItem, 'locale' | 'areaLocale'>): Locale =>
  isLocale(item.locale) ? item.locale : isLocale(item.areaLocale) ? item.areaLocale : 'cs';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function footer(item: MailItem, locale: Locale, baseUrl: string): { text: string; html: string } {
  const url = `${baseUrl}${preferencesPath(item.areaSlug)}`;
  const text = translate(locale, 'notifications.email.footer', { area: item.areaName, url });
  return { text, html: `<p style="color:#555;font-size:12px">${escapeHtml(text).replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)}</p>` };
}

/** The e-mail of one notification sent right away: its text as the subject, a link to the object. */
export function immediateMail(item: MailItem, baseUrl: string): MailMessage {
  const locale = recipientLocale(item);
  const text = notificationText(item.kind, item.params, locale, item.areaTimezone);
  const link = `${baseUrl}${subjectPath(item.areaSlug, item.subjectType, item.subjectId)}`;
  const open = translate(locale, 'notifications.email.open');
  const greeting = translate(locale, 'notifications.email.greeting');
  const foot = footer(item, locale, baseUrl);
  return {
    to: item.email!,
    subject: translate(locale, 'notifications.email.subject', { text }),
    text: `${greeting}\n\n${text}\n\n${open}: ${link}\n\n-- \n${foot.text}\n`,
    html:
      `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">` +
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(text)}</p>` +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>${foot.html}</body></html>`,
  };
}

/** The daily digest of one person: every item grouped by kind (in the order of the kinds), each with its link. */
export function digestMail(items: MailItem[], day: string, baseUrl: string): MailMessage {
  const first = items[0]!;
  const locale = recipientLocale(first);
  const groups = NOTIFICATION_KINDS.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter((group) => group.items.length > 0);
  const intro = translate(locale, 'notifications.email.digestIntro', { area: first.areaName });
  const lines = (group: (typeof groups)[number]) =>
    group.items.map((item) => ({
      text: notificationText(item.kind, item.params, locale, item.areaTimezone),
      link: `${baseUrl}${subjectPath(item.areaSlug, item.subjectType, item.subjectId)}`,
    }));
  const foot = footer(first, locale, baseUrl);
  const text = [
    intro,
    ...groups.map((group) => [`\n${kindLabel(group.kind, locale)}`, ...lines(group).map((line) => `- ${line.text}\n  ${line.link}`)].join('\n')),
    `\n-- \n${foot.text}\n`,
  ].join('\n');
  const html =
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5"><p>${escapeHtml(intro)}</p>` +
    groups
      .map(
        (group) =>
          `<h2 style="font-size:16px">${escapeHtml(kindLabel(group.kind, locale))}</h2><ul>` +
          lines(group).map((line) => `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.text)}</a></li>`).join('') +
          '</ul>',
      )
      .join('') +
    `${foot.html}</body></html>`;
  return { to: first.email!, subject: translate(locale, 'notifications.email.digestSubject', { date: digestDay(day, locale) }), text, html };
}
