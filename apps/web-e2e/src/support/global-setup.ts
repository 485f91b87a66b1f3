import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

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

/** Where the e-mail the app sends is kept for the tests: one .eml file per message. */
export const MAIL_DIR = join(root, 'tmp/e2e-mail');

/**
 * A real SMTP server for the app's e-mail: every message it receives is written to tmp/e2e-mail/
 * as it arrived (<time>-<n>.eml). Returns its smtp:// address.
 */
async function startMailServer(): Promise<string> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      received += 1;
      const file = createWriteStream(join(MAIL_DIR, `${Date.now()}-${String(received).padStart(4, '0')}.eml`));
      stream.pipe(file);
      stream.once('error', callback);
      file.once('finish', () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (globalThis as { __KOMPLAN_SMTP__?: SMTPServer }).__KOMPLAN_SMTP__ = server;
  return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
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
  const smtpUrl = await startMailServer();
  // The digest CLI a test runs sends through the same server.
  process.env['KOMPLAN_E2E_SMTP_URL'] = smtpUrl;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: await freePort(),
    KOMPLAN_DEMO: 'true',
    KOMPLAN_DATA_DIR: dataDir,
    WEB_DIST_DIR: join(root, 'dist/apps/web'),
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'Komplan <komplan@plzen.example>',
    // Tests send the digests themselves (the CLI), never the in-process scheduler.
    NOTIFICATION_SCHEDULER: 'false',
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
