import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfiguration } from '../src/config/configuration';
import { createApp } from '../src/create-app';

describe('the committed GraphQL schema', () => {
  it('is what the code generates (run `npx nx run api:schema` after changing the API)', async () => {
    const schemaFile = join(mkdtempSync(join(tmpdir(), 'komplan-schema-')), 'schema.gql');
    const url = new URL(process.env['KOMPLAN_TEST_SERVER_URL']!);
    url.pathname = '/komplan_test_template';
    const app = await createApp({ config: loadConfiguration({}), databaseUrl: url.toString(), schemaFile, logger: false });
    await app.init();
    await app.close();
    const generated = readFileSync(schemaFile, 'utf8');
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    expect(committed).toBe(generated);
  });

  it('documents every type and field', () => {
    const committed = readFileSync(join(__dirname, '../schema.gql'), 'utf8');
    const lines = committed.split('\n');
    const undocumented: string[] = [];
    lines.forEach((line, index) => {
      const field = line.match(/^ {2}(\w+)(\(|:)/);
      const type = line.match(/^(type|input|enum) (\w+)/);
      if (!field && !type) return;
      if (type && ['Query', 'Mutation', 'Subscription'].includes(type[2]!)) return;
      let previous = index - 1;
      while (previous >= 0 && lines[previous]!.trim() === '') previous -= 1;
      if (!lines[previous]!.trim().endsWith('"""')) undocumented.push(line.trim());
    });
    expect(undocumented).toEqual([]);
  });
});
