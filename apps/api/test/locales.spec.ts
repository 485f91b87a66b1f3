import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../libs/i18n/locales');
type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** Plural forms differ by language (cs/pl have few/many, en not): compare the base keys. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the cs, pl and en catalogues', () => {
  const namespaces = readdirSync(join(root, 'cs')).filter((file) => file.endsWith('.json'));

  it.each(namespaces)('%s has the same keys in every language', (file) => {
    const load = (locale: string) => JSON.parse(readFileSync(join(root, locale, file), 'utf8')) as Tree;
    const reference = [...new Set(keys(load('cs')).map(base))].sort();
    for (const locale of ['pl', 'en']) {
      expect({ locale, keys: [...new Set(keys(load(locale)).map(base))].sort() }).toEqual({ locale, keys: reference });
    }
  });
});
