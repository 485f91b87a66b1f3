import csDocuments from '@komplan/i18n/locales/cs/documents.json';
import csErrors from '@komplan/i18n/locales/cs/errors.json';
import csFields from '@komplan/i18n/locales/cs/fields.json';
import csAudit from '@komplan/i18n/locales/cs/audit.json';
import csPrivacy from '@komplan/i18n/locales/cs/privacy.json';
import enDocuments from '@komplan/i18n/locales/en/documents.json';
import enErrors from '@komplan/i18n/locales/en/errors.json';
import enFields from '@komplan/i18n/locales/en/fields.json';
import enAudit from '@komplan/i18n/locales/en/audit.json';
import enPrivacy from '@komplan/i18n/locales/en/privacy.json';
import plDocuments from '@komplan/i18n/locales/pl/documents.json';
import plErrors from '@komplan/i18n/locales/pl/errors.json';
import plFields from '@komplan/i18n/locales/pl/fields.json';
import plAudit from '@komplan/i18n/locales/pl/audit.json';
import plPrivacy from '@komplan/i18n/locales/pl/privacy.json';
import csNotifications from '@komplan/i18n/locales/cs/notifications.json';
import enNotifications from '@komplan/i18n/locales/en/notifications.json';
import plNotifications from '@komplan/i18n/locales/pl/notifications.json';
import { MessageParams } from '../errors/domain.exception';

export type Locale = 'cs' | 'pl' | 'en';
export const LOCALES: readonly Locale[] = ['cs', 'pl', 'en'];
export const DEFAULT_LOCALE: Locale = 'cs';

type Catalogue = { [key: string]: string | Catalogue };
/** The API needs the error messages, the field labels, the texts of the generated documents, audit actions, privacy texts and notification e-mails. */
const catalogues: Record<Locale, Catalogue> = {
  cs: { errors: csErrors, fields: csFields, documents: csDocuments, audit: csAudit, privacy: csPrivacy, notifications: csNotifications },
  pl: { errors: plErrors, fields: plFields, documents: plDocuments, audit: plAudit, privacy: plPrivacy, notifications: plNotifications },
  en: { errors: enErrors, fields: enFields, documents: enDocuments, audit: enAudit, privacy: enPrivacy, notifications: enNotifications },
};

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates a catalogue key; `{{name}}` placeholders are filled as i18next does on the web. */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = lookup(catalogues[locale], key) ?? lookup(catalogues[DEFAULT_LOCALE], key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The label of a field for error messages, e.g. `input.endsAt` → "Konec". */
export function fieldLabel(locale: Locale, fieldPath: string): string {
  const last = fieldPath.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? fieldPath;
  return lookup(catalogues[locale], `fields.${last}`) ?? last;
}

/** Picks the first supported language of an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return undefined;
}
