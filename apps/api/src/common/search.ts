import { DataSource, EntityManager, EntityTarget } from 'typeorm';

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

/** ICU collations that sort names the way each language does (in Czech, Č after C and Ch after H). */
const ICU_COLLATIONS: Record<string, string> = { cs: 'cs-x-icu', pl: 'pl-x-icu', en: 'und-x-icu' };
const availableCollations = new WeakMap<DataSource, Map<string, Promise<boolean>>>();

/**
 * SQL to sort by a name column in the order of `locale`. PostgreSQL builds with ICU (the usual
 * ones, and the embedded one) have the language's collation; without it, names are sorted folded.
 */
export async function orderByNameSql(db: DataSource, column: string, locale: string | undefined): Promise<string> {
  const collation = ICU_COLLATIONS[locale ?? 'cs'] ?? ICU_COLLATIONS['cs']!;
  let known = availableCollations.get(db);
  if (!known) availableCollations.set(db, (known = new Map()));
  let available = known.get(collation);
  if (!available) {
    available = db.query('SELECT 1 FROM pg_collation WHERE collname = $1', [collation]).then((rows: unknown[]) => rows.length > 0);
    known.set(collation, available);
  }
  return (await available) ? `${column} COLLATE "${collation}"` : foldSql(column);
}

/**
 * Whether another row of the area already has this name, regardless of case (JavaScript lower-
 * cases every letter; PostgreSQL's lower() in a C-locale database only the ASCII ones).
 */
export async function isNameTaken(
  manager: EntityManager,
  entity: EntityTarget<{ id: string; areaId: string; name: string }>,
  areaId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const candidates = await manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .select(['row.id', 'row.name'])
    .where('row.areaId = :areaId', { areaId })
    .andWhere(`${foldSql('row.name')} = :folded`, { folded: fold(name) })
    .getMany();
  const lower = name.toLowerCase();
  return candidates.some((row) => row.id !== exceptId && row.name.toLowerCase() === lower);
}
