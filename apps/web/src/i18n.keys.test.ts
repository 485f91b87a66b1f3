import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every translation key the web code names exists in the cs, pl and en catalogues.
 *
 * Read from the source as the code really writes it: `t('key')` in the namespace of the file's
 * `useTranslation('ns')` (or `common`), `t('ns:key')`, keys chosen by a condition
 * (`t(open ? 'a' : 'b')`), keys built from a template (`t(\`nav.${key}\`)`: some key must match),
 * `<Trans i18nKey>`, any literal `'ns:key'` (zod messages with their namespace) and the bare zod
 * messages of the `*.schema.ts` files, which `fieldError` reads as `common:form.<message>`.
 */
const src = __dirname;
const localesDir = join(src, '../../../libs/i18n/locales');
const LOCALES = ['cs', 'pl', 'en'] as const;
type Tree = { [key: string]: string | Tree };

const catalogue: Record<string, Record<string, Map<string, string | null>>> = {};
for (const locale of LOCALES) {
  catalogue[locale] = {};
  for (const file of readdirSync(join(localesDir, locale)).filter((name) => name.endsWith('.json'))) {
    const flat = new Map<string, string | null>();
    const walk = (tree: Tree, prefix: string) => {
      for (const [key, value] of Object.entries(tree)) {
        flat.set(`${prefix}${key}`, typeof value === 'string' ? value : null);
        if (typeof value !== 'string') walk(value, `${prefix}${key}.`);
      }
    };
    walk(JSON.parse(readFileSync(join(localesDir, locale, file), 'utf8')) as Tree, '');
    catalogue[locale]![file.replace(/\.json$/, '')] = flat;
  }
}
const namespaces = Object.keys(catalogue['cs']!);
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The arguments of the call whose `(` is at `open`, as source text. */
function callArguments(code: string, open: number): string[] {
  const args: string[] = [];
  let start = open + 1;
  let depth = 0;
  let quote: string | null = null;
  for (let i = open + 1; i < code.length; i++) {
    const char = code[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
      else if (quote === '`' && char === '$' && code[i + 1] === '{') {
        // Skip the ${…} of a template: it holds no key of its own.
        let inner = 0;
        for (i += 1; i < code.length; i++) {
          if (code[i] === '{') inner++;
          else if (code[i] === '}' && --inner === 0) break;
        }
      }
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) {
      if (depth === 0) return [...args, code.slice(start, i)];
      depth--;
    } else if (char === ',' && depth === 0) {
      args.push(code.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

/** String literals of an expression; a template's ${…} parts become `*`. */
function literals(expression: string): string[] {
  const found: string[] = [];
  const pattern = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const match of expression.matchAll(pattern)) {
    const text = match[1] ?? match[2] ?? match[3] ?? '';
    found.push(match[3] !== undefined ? text.replace(/\$\{[^}]*\}/g, '*') : text);
  }
  return found;
}

interface Use {
  file: string;
  key: string;
  /** Called with `count`: the key needs its plural forms. */
  plural?: true;
}

function usesIn(file: string): Use[] {
  const code = readFileSync(file, 'utf8');
  const ns = code.match(/useTranslation\(\s*'(\w+)'/)?.[1] ?? 'common';
  const name = relative(src, file);
  const uses: Use[] = [];
  const qualify = (key: string) => (/^\w+:/.test(key) ? key : `${ns}:${key}`);
  for (const match of code.matchAll(/(?<![\w$])(?:i18n\.)?t\(/g)) {
    const [first = '', options = ''] = callArguments(code, match.index + match[0].length - 1);
    for (const key of literals(first)) {
      if (!/^(\w+:)?[\w*]+(\.[\w*]+)*$/.test(key)) continue;
      uses.push(/\bcount\b/.test(options) ? { file: name, key: qualify(key), plural: true } : { file: name, key: qualify(key) });
    }
  }
  for (const match of code.matchAll(/i18nKey=\{?["'`]([^"'`]+)["'`]/g)) uses.push({ file: name, key: qualify(match[1]!) });
  for (const match of code.matchAll(/'(\w+):([\w.]+)'/g)) {
    if (namespaces.includes(match[1]!)) uses.push({ file: name, key: `${match[1]}:${match[2]}` });
  }
  if (file.endsWith('.schema.ts')) {
    // z.string().min(1, 'required'), z.number({ error: 'required' }), .refine(…, 'invalid'), issue('field', 'key')
    for (const match of code.matchAll(/(?:[(,]\s*'([a-z][a-zA-Z]*)'\s*\)|(?:error|message):\s*'([a-z][a-zA-Z]*)')/g)) {
      uses.push({ file: name, key: `common:form.${match[1] ?? match[2]}` });
    }
  }
  return uses;
}

function exists(locale: string, key: string, plural = false): boolean {
  const [ns, path] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const keys = catalogue[locale]![ns];
  if (!keys) return false;
  if (path.includes('*')) {
    const pattern = new RegExp(`^${path.split('*').map((part) => part.replace(/[.]/g, '\\.')).join('.+')}$`);
    return [...keys.keys()].some((candidate) => pattern.test(candidate.replace(PLURAL, '')));
  }
  if (plural && !keys.has(path)) return ['one', 'other'].every((form) => keys.has(`${path}_${form}`));
  // A count without plural forms only as a label ("Komentáře (3)", "oprávněných hlasovat: 3"), never "3 komentáře".
  if (plural) return !/\{\{count\}\}\s*\p{L}/u.test(keys.get(path) ?? '');
  return keys.has(path) || ['one', 'other'].some((form) => keys.has(`${path}_${form}`));
}

const uses = sourceFiles(src).flatMap(usesIn);

describe('translation keys used by the web app', () => {
  it('finds the keys the pages use (the reader works)', () => {
    expect(uses.length).toBeGreaterThan(500);
    expect(uses).toContainEqual({ file: join('app', 'AreaLayout.tsx'), key: 'common:nav.*' });
    expect(uses).toContainEqual({ file: join('comments', 'CommentThread.tsx'), key: 'comments:thread.history', plural: true });
  });

  it.each(LOCALES)('every key exists in the %s catalogue', (locale) => {
    const missing = uses.filter((use) => !exists(locale, use.key, use.plural)).map((use) => `${use.file}: ${use.key}${use.plural ? ' (plural)' : ''}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
