/**
 * The text a visitor types, turned into a PostgreSQL tsquery for the `komplan_unaccent`
 * configuration (which strips diacritics, so "pecovatelska" and "pečovatelská" meet).
 *
 * PostgreSQL has no stemmer for Czech or Polish, so a word also matches its other endings: a word
 * of five letters or more ending in a vowel is searched as itself OR its vowel-less stem as a
 * prefix ("služba" → služba | služb:*, finding "služby", "službu"; "opieka" → opiek:*, "opieki").
 * The exact form weighs more in the rank. The last word is always a prefix: the visitor may not
 * have finished it ("pecovatel" finds "pečovatelská").
 */
const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 60;
const TRAILING_VOWELS = /[aeiouyáéěíóúůýąę]+$/u;

export function practiceTsQuery(text: string | null | undefined): string | null {
  const words = (text ?? '')
    .normalize('NFC')
    .toLocaleLowerCase('cs')
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  if (!words?.length) return null;
  return words
    .map((word, index) => {
      const last = index === words.length - 1;
      const stem = word.length >= 5 ? word.replace(TRAILING_VOWELS, '') : word;
      const forms = [last ? `${word}:*` : word];
      if (stem !== word && stem.length >= 4) forms.push(`${stem}:*`);
      return forms.length > 1 ? `(${forms.join(' | ')})` : forms[0]!;
    })
    .join(' & ');
}

/** Markers ts_headline puts around the words found (characters that do not occur in articles). */
export const MATCH_START = '\u0002';
export const MATCH_STOP = '\u0003';

/** Options of ts_headline: up to two fragments of about 15–30 words. */
export const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MinWords=12, MaxWords=30, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Markdown marks that would show as noise in a plain-text snippet. */
function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/[\u0000-\u0001\u0004-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Splits a headline into pieces, the matched words marked. */
export function snippetParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = new RegExp(`${MATCH_START}([^${MATCH_STOP}]*)${MATCH_STOP}`, 'g');
  let at = 0;
  for (const found of headline.matchAll(pattern)) {
    if (found.index > at) parts.push({ text: plain(headline.slice(at, found.index)), match: false });
    parts.push({ text: plain(found[1] ?? ''), match: true });
    at = found.index + found[0].length;
  }
  if (at < headline.length) parts.push({ text: plain(headline.slice(at)), match: false });
  return parts.filter((part) => part.text.length > 0);
}
