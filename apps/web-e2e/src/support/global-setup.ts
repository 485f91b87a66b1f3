import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** A port nobody listens on (or KOMPLAN_E2E_PORT when given). */
async function freePort(): Promise<string> {
  if (process.env['KOMPLAN_E2E_PORT']) return process.env['KOMPLAN_E2E_PORT'];
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(String(typeof address === 'object' && address ? address.port : 3456)));
    });
  });
}

/**
 * Starts the built Komplan (dist/) exactly as `npm start` does: demo data, one address for the
 * web app and /graphql. Without DATABASE_URL it uses a fresh embedded PostgreSQL in tmp/.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
    throw new Error('Build first: npx nx run-many -t build --projects=api,web');
  }
  const dataDir = join(root, 'tmp/e2e-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: await freePort(),
    KOMPLAN_DEMO: 'true',
    KOMPLAN_DATA_DIR: dataDir,
    WEB_DIST_DIR: join(root, 'dist/apps/web'),
  };
  if (process.env['DATABASE_URL']) {
    const url = new URL(process.env['DATABASE_URL']);
    url.pathname = `/komplan_e2e_${Date.now()}`;
    env['DATABASE_URL'] = url.toString();
    // Tests that arrange data the API cannot make yet read the database of the app they drive.
    process.env['KOMPLAN_E2E_DATABASE_URL'] = url.toString();
  }
  const server = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  (globalThis as { __KOMPLAN_SERVER__?: ChildProcess }).__KOMPLAN_SERVER__ = server;
  const output: string[] = [];
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Komplan did not start in 120 s:\n${output.join('')}`)), 120_000);
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = output.join('').match(/Komplan runs at (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => reject(new Error(`Komplan exited with ${code}:\n${output.join('')}`)));
  });
  process.env['KOMPLAN_E2E_URL'] = address;
  // The database the server uses, for tests that arrange what the UI cannot make yet.
  process.env['KOMPLAN_E2E_DATABASE_URL'] = env['DATABASE_URL'] ?? embeddedDatabaseUrl(dataDir);
}

/** The embedded cluster's address, from its pid file (its fourth line is the port); see database/embedded-postgres.ts. */
function embeddedDatabaseUrl(dataDir: string): string {
  const port = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
  return `postgres://komplan:komplan@127.0.0.1:${port}/komplan`;
}
