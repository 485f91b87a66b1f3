import { Locale, translate } from '../common/i18n/translate';
import { MessageParams } from '../common/errors/domain.exception';

/** A text of the `documents` catalogue in the document's language. */
export const documentText = (locale: Locale, key: string, params?: MessageParams): string => translate(locale, `documents.${key}`, params);

/**
 * "strana {{page}} z {{pages}}" cut around its two numbers, so that a renderer can put its own
 * page fields (Word) or numbers (PDF) between the pieces, in the order the language puts them.
 */
export function pageLabelParts(locale: Locale): (string | 'PAGE' | 'PAGES')[] {
  const marked = documentText(locale, 'page', { page: '\u0001', pages: '\u0002' });
  return marked
    .split(/(\u0001|\u0002)/)
    .filter((part) => part !== '')
    .map((part) => (part === '\u0001' ? 'PAGE' : part === '\u0002' ? 'PAGES' : part));
}
