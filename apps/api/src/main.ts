import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { resolve } from 'node:path';
import { ConfigurationError, loadConfiguration } from './config/configuration';
import { createDataSource } from './database/data-source';
import { resolveDatabase } from './database/database-url';
import { createApp } from './create-app';
import { DEMO_LOGINS, loadDemoData } from './demo/demo-data';

/**
 * Starts Komplan: database (DATABASE_URL or the embedded one), migrations, demo data in demo
 * mode, then the API and the web app on one address.
 */
async function main(): Promise<void> {
  const config = loadConfiguration();
  config.WEB_DIST_DIR ??= resolve(__dirname, '../web');
  const logger = new Logger('Komplan');
  const database = await resolveDatabase(config.DATABASE_URL, config.KOMPLAN_DATA_DIR);
  if (database.embedded) logger.log(`Embedded PostgreSQL with its data in ${config.KOMPLAN_DATA_DIR}`);

  const migrator = createDataSource(database.url);
  await migrator.initialize();
  const ran = await migrator.runMigrations();
  if (ran.length) logger.log(`Migrations run: ${ran.map((migration) => migration.name).join(', ')}`);
  if (config.KOMPLAN_DEMO) {
    const loaded = await loadDemoData(migrator);
    if (loaded) logger.log('Demo data loaded.');
  }
  await migrator.destroy();

  const app = await createApp({ config, databaseUrl: database.url });
  app.enableShutdownHooks();
  const stopEmbedded = async () => database.embedded?.stop();
  process.once('SIGINT', () => void app.close().then(stopEmbedded).then(() => process.exit(0)));
  process.once('SIGTERM', () => void app.close().then(stopEmbedded).then(() => process.exit(0)));
  await app.listen(config.PORT, '0.0.0.0');

  const address = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const lines = [`Komplan runs at ${address}  (GraphQL: ${address}/graphql)`];
  if (config.KOMPLAN_DEMO) {
    lines.push('Demo logins (password for all: ' + DEMO_LOGINS.password + '):');
    for (const login of DEMO_LOGINS.accounts) lines.push(`  ${login.email.padEnd(34)} ${login.who}`);
  }
  console.log(`\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
