import { createHash } from 'node:crypto';
import { isLocale, Locale, translate } from '../common/i18n/translate';

/**
 * The stable code of an anonymised person: the first four hex digits of the SHA-256 of their id
 * ("7F3A"). The same person always gets the same code, so erasing twice changes nothing.
 */
export function pseudonymCode(personId: string): string {
  return createHash('sha256').update(personId).digest('hex').slice(0, 4).toUpperCase();
}

/**
 * The name an anonymised person keeps: "Účastník 7F3A" / "Uczestnik 7F3A" / "Participant 7F3A",
 * in the language of the person's area. It is stored as one text (in `people.full_name` and
 * wherever the name was copied into a text), so every page, document and export shows the same.
 */
export function pseudonym(personId: string, areaLocale: string): string {
  const locale: Locale = isLocale(areaLocale) ? areaLocale : 'cs';
  return translate(locale, 'privacy.pseudonym', { code: pseudonymCode(personId) });
}
