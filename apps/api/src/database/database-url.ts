import { ensureDatabase, RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  /** Whether Komplan started the server itself (embedded) and so must stop it. */
  embedded?: RunningPostgres;
}

/** DATABASE_URL when given; otherwise an embedded PostgreSQL with its data in `dataDir`. */
export async function resolveDatabase(databaseUrl: string | undefined, dataDir: string): Promise<DatabaseHandle> {
  if (databaseUrl) {
    await ensureDatabase(databaseUrl);
    return { url: databaseUrl };
  }
  const embedded = await startEmbeddedPostgres(dataDir);
  const url = embedded.urlFor('komplan');
  await ensureDatabase(url);
  return { url, embedded };
}
