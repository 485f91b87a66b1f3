import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfiguration } from '../config/configuration';
import { createApp } from '../create-app';
import { resolveDatabase } from '../database/database-url';

/** Writes the GraphQL schema generated from the code to apps/api/schema.gql (committed). */
async function main(): Promise<void> {
  const config = loadConfiguration();
  const database = await resolveDatabase(config.DATABASE_URL, config.KOMPLAN_DATA_DIR);
  const schemaFile = join(__dirname, '../../../../apps/api/schema.gql');
  const app = await createApp({ config, databaseUrl: database.url, schemaFile, logger: false });
  await app.init();
  await app.close();
  await database.embedded?.stop();
  console.log(`Wrote ${schemaFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
