import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LOCALES = ['cs', 'pl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'komplan.locale';
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// Every namespace file of the shared catalogues: libs/i18n/locales/<locale>/<namespace>.json
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../libs/i18n/locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const match = path.match(/locales\/(\w+)\/(\w+)\.json$/);
  if (!match) continue;
  const [, locale, namespace] = match as unknown as [string, string, string];
  (resources[locale] ??= {})[namespace] = module.default;
}

function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (LOCALES.includes(stored as Locale)) return stored as Locale;
  return 'cs';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'cs',
  defaultNS: 'common',
  ns: Object.keys(resources['cs'] ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export const currentLocale = (): Locale => (LOCALES.includes(i18n.language as Locale) ? (i18n.language as Locale) : 'cs');

/**
 * A download address in the reader's language: `?lang=` (or `&lang=`) appended. A browser download
 * sends none of the web app's headers, and the server would otherwise fall back to the account's
 * or the browser's language.
 */
export function withLocale(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${currentLocale()}`;
}

export default i18n;
