import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfiguration } from '../config/configuration';
import { createDataSource } from './data-source';
import { resolveDatabase } from './database-url';

/**
 * `migrate run | revert | generate <Name>` against DATABASE_URL (or the embedded server).
 * `generate` writes the difference between the entities and the migrated schema as a new
 * migration into src/database/migrations.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfiguration();
  const database = await resolveDatabase(config.DATABASE_URL, config.KOMPLAN_DATA_DIR);
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  try {
    if (command === 'run') {
      const done = await dataSource.runMigrations();
      console.log(done.length ? `Ran ${done.map((m) => m.name).join(', ')}` : 'The schema is up to date.');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration();
      console.log('Reverted the last migration.');
    } else if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
      await dataSource.runMigrations();
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.log('No changes: the migrations already describe the entities.');
        return;
      }
      const timestamp = Date.now();
      const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
      const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
      const down = [...sql.downQueries].reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
      const file = join(__dirname, '../../../../apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
      );
      console.log(`Wrote ${file}`);
    } else {
      console.error('Usage: migrate run | revert | generate <PascalCaseName>');
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
