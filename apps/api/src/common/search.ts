/**
 * Case- and diacritics-insensitive search without the unaccent extension: both the column and the
 * search text are lower-cased and stripped of Czech, Slovak, Polish and German accents with the
 * built-in translate(). Upper-case letters are listed too, because lower() leaves non-ASCII letters
 * alone in a database with the C locale.
 */
const LETTERS: Record<string, string> = {
  a: 'áäą',
  c: 'čć',
  d: 'ď',
  e: 'éěëę',
  i: 'í',
  l: 'ĺľł',
  n: 'ňń',
  o: 'óôöő',
  r: 'ŕř',
  s: 'šś',
  t: 'ť',
  u: 'úůüű',
  y: 'ý',
  z: 'žźż',
};
const PAIRS = Object.entries(LETTERS).flatMap(([plain, accented]) =>
  [...accented].flatMap((char) => [[char, plain] as const, [char.toUpperCase(), plain] as const]),
);
const FROM = PAIRS.map(([char]) => char).join('');
const TO = PAIRS.map(([, plain]) => plain).join('');
const FOLD = new Map<string, string>(PAIRS);

/** SQL expression folding `expression` for comparison with `foldedPattern`. */
export const foldSql = (expression: string): string => `translate(lower(${expression}), '${FROM}', '${TO}')`;

/** The same folding in JavaScript. */
export const fold = (text: string): string => [...text.toLowerCase()].map((char) => FOLD.get(char) ?? char).join('');

/** A LIKE pattern matching values that contain `search` (folded; %, _ and \ taken literally). */
export const containsPattern = (search: string): string => `%${fold(search.trim()).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
