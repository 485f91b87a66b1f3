import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { connectionOptions } from './connection-options';

/**
 * Counts the SQL statements a DataSource sends. Tests read it to show that lists do not grow
 * one query per row (N+1); it costs one increment per query.
 */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env['KOMPLAN_LOG_SQL_ERRORS'] === '1') console.error('SQL error', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The one description of Komplan's database; the app, the CLI and the tests all build on it. */
export function dataSourceOptions(url: string, logger: Logger = new QueryCounter()): DataSourceOptions {
  return { ...connectionOptions(url), entities: ENTITIES, logging: ['query', 'error'], logger };
}

export function createDataSource(url: string, logger?: Logger): DataSource {
  return new DataSource(dataSourceOptions(url, logger));
}
