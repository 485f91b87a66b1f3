import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../../libs/i18n/locales');
const apiSrc = join(__dirname, '../src');
const LOCALES = ['cs', 'pl', 'en'] as const;
type Locale = (typeof LOCALES)[number];
type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`),
  );
}
const keys = (tree: Tree) => entries(tree).map(([key]) => key);

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Plural forms differ by language (cs/pl have few/many, en not): compare the base keys. */
const base = (key: string) => key.replace(PLURAL, '');
/** The forms each language needs (CLDR cardinal categories for whole numbers and i18next's _many for cs decimals). */
const PLURAL_FORMS: Record<Locale, string[]> = { cs: ['one', 'few', 'many', 'other'], pl: ['one', 'few', 'many', 'other'], en: ['one', 'other'] };

const namespaces = readdirSync(join(root, 'cs')).filter((file) => file.endsWith('.json'));
const load = (locale: string, file: string) => JSON.parse(readFileSync(join(root, locale, file), 'utf8')) as Tree;

/**
 * Texts that are the same in Czech and English on purpose: names, abbreviations, formats. A long cs
 * text equal to the en one elsewhere is an untranslated copy.
 */
const SAME_IN_CS_AND_EN = new Set<string>([]);

describe('the cs, pl and en catalogues', () => {
  it.each(namespaces)('%s has the same keys in every language', (file) => {
    const reference = [...new Set(keys(load('cs', file)).map(base))].sort();
    for (const locale of ['pl', 'en']) {
      expect({ locale, keys: [...new Set(keys(load(locale, file)).map(base))].sort() }).toEqual({ locale, keys: reference });
    }
  });

  it.each(namespaces)('%s has every plural form each language needs and no other', (file) => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const all = keys(load(locale, file));
      for (const plural of new Set(all.filter((key) => PLURAL.test(key)).map(base))) {
        const forms = all.filter((key) => base(key) === plural && PLURAL.test(key)).map((key) => key.slice(plural.length + 1));
        const needed = PLURAL_FORMS[locale];
        const missing = needed.filter((form) => !forms.includes(form));
        const extra = forms.filter((form) => !needed.includes(form));
        if (missing.length) problems.push(`${locale}: ${plural} lacks _${missing.join(', _')}`);
        if (extra.length) problems.push(`${locale}: ${plural} has unused _${extra.join(', _')}`);
        if (all.includes(plural)) problems.push(`${locale}: ${plural} is both plural and plain`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(namespaces)('%s has no empty text', (file) => {
    const empty = LOCALES.flatMap((locale) => entries(load(locale, file)).filter(([, text]) => !text.trim()).map(([key]) => `${locale}: ${key}`));
    expect(empty).toEqual([]);
  });

  it.each(namespaces)('%s has no long English sentence copied into Czech or Polish', (file) => {
    const en = new Map(entries(load('en', file)));
    const copies = (['cs', 'pl'] as const).flatMap((locale) =>
      entries(load(locale, file))
        .filter(([key, text]) => text === en.get(key) && text.split(/\s+/).length >= 4 && !SAME_IN_CS_AND_EN.has(`${file}:${key}`))
        .map(([key]) => `${locale}: ${key}`),
    );
    expect(copies).toEqual([]);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function has(locale: Locale, catalogue: string, key: string): boolean {
  let node: string | Tree | undefined = load(locale, `${catalogue}.json`);
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return false;
    node = node[part];
  }
  return typeof node === 'string';
}

describe('the keys the API names', () => {
  const files = sources(apiSrc);
  const used: { file: string; key: string }[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const name = relative(apiSrc, file);
    const add = (key: string) => used.push({ file: name, key });
    // badInput('input.x', 'key'), notFound('key'), conflict('key'), new DomainException(ErrorCode.X, 'key')
    for (const match of code.matchAll(/\bbadInput\(\s*[^,]+,\s*'([\w.]+)'/g)) add(`errors.${match[1]}`);
    for (const match of code.matchAll(/\b(?:notFound|conflict)\(\s*'([\w.]+)'/g)) add(`errors.${match[1]}`);
    for (const match of code.matchAll(/new DomainException\(\s*ErrorCode\.\w+,\s*'([\w.]+)'/g)) add(`errors.${match[1]}`);
    // translate(locale, 'errors.x'), documentText(locale, 'x'), { label: 'ns.key' }
    for (const match of code.matchAll(/\btranslate\(\s*[\w.]+,\s*'((?:errors|fields|documents)\.[\w.]+)'/g)) add(match[1]!);
    for (const match of code.matchAll(/\bdocumentText\(\s*[\w.]+,\s*'([\w.]+)'/g)) add(`documents.${match[1]}`);
    for (const match of code.matchAll(/\blabel:\s*'((?:errors|fields|documents)\.[\w.]+)'/g)) add(match[1]!);
  }

  it('finds the keys (the reader works)', () => {
    expect(used.length).toBeGreaterThan(150);
    expect(used).toContainEqual({ file: join('auth', 'auth.service.ts'), key: 'errors.invalidCredentials' });
  });

  it.each(LOCALES)('every message key of apps/api/src is in the %s catalogue', (locale) => {
    const missing = used.filter(({ key }) => !has(locale, key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)));
    expect([...new Set(missing.map(({ file, key }) => `${file}: ${key}`))]).toEqual([]);
  });

  it.each(LOCALES)('every validation constraint of the inputs has a message in %s', async (locale) => {
    // Load every file that declares validated inputs, then read what class-validator registered.
    for (const file of files) {
      if (/\/(dto\/|[\w-]+\.(types|args|inputs?)\.ts$)|common\/(pagination|id\.args)\.ts$/.test(file)) await import(file);
    }
    const constraints = new Set<string>();
    for (const meta of getMetadataStorage()['validationMetadatas'].values()) {
      for (const one of meta) {
        // IsOptional and ValidateIf only decide whether the others run.
        if (one.type !== 'conditionalValidation') constraints.add(one.name ?? one.type);
      }
    }
    expect(constraints.size).toBeGreaterThan(10);
    expect([...constraints].filter((name) => !has(locale, 'errors', `validation.${name}`)).sort()).toEqual([]);
  });
});
