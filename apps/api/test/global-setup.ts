import 'reflect-metadata';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { connectionOptions } from '../src/database/connection-options';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';

export const TEMPLATE_DATABASE = 'komplan_test_template';

/**
 * Starts the test PostgreSQL (DATABASE_URL's server, or an embedded one in tmp/) and builds a
 * template database with every migration applied. Each test file clones it (fast, isolated).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(join(__dirname, '../../../tmp/test-postgres'), 55432);
    (globalThis as { __KOMPLAN_PG__?: typeof embedded }).__KOMPLAN_PG__ = embedded;
    serverUrl = embedded.adminUrl;
  }
  const template = new URL(serverUrl);
  template.pathname = `/${TEMPLATE_DATABASE}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  // Leftovers of an interrupted run.
  const stale = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'komplan_test_%'`);
  for (const row of stale.rows as { datname: string }[]) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  await client.end();
  await ensureDatabase(template.toString());
  // Migrations need no entities; loading none keeps the GraphQL decorators out of this process
  // (with a single test file jest runs it here, and they would be registered twice).
  const dataSource = new DataSource(connectionOptions(template.toString()));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env['KOMPLAN_TEST_SERVER_URL'] = admin.toString();
  const redis = await reachableRedis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  if (redis) process.env['KOMPLAN_TEST_REDIS_URL'] = redis;
  else console.warn('\nNo Redis reachable (REDIS_URL or 127.0.0.1:6379): the tests of live events across API instances are skipped.');
}

/** The Redis URL if a server answers there (the tests across API instances need one). */
async function reachableRedis(url: string): Promise<string | undefined> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}
