import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * How Komplan connects and migrates, without the entities: enough to run the migrations
 * (the test setup does so without loading the GraphQL-decorated entity classes).
 */
export function connectionOptions(url: string): PostgresOptions {
  return {
    type: 'postgres',
    url,
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // PostgreSQL 13+ has gen_random_uuid() built in: no extension (and no superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 10 },
  };
}
