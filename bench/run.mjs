#!/usr/bin/env node
// `npm run bench`: starts the built Komplan with the demo data on a fresh embedded PostgreSQL
// (or DATABASE_URL), then measures what people wait for and prints the figures:
//   - start-up to first answer (migrations + demo data on an empty database),
//   - GraphQL latency (p50/p95/max) of the pages people open most,
//   - the server's resident memory after the runs,
//   - then bench/drafts.mjs: the action-plan draft with comments (key=value lines).
// Bounded: a fixed number of requests, all to 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PORT = process.env.BENCH_PORT ?? '3999';
const base = `http://127.0.0.1:${PORT}`;

const build = spawnSync(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '--projects=api,web'], {
  cwd: root,
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(1);

const dataDir = join(root, 'tmp/bench-postgres');
rmSync(dataDir, { recursive: true, force: true });
const started = performance.now();
const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env: { ...process.env, PORT, KOMPLAN_DEMO: 'true', KOMPLAN_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('Komplan runs at')) resolve();
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const startupMs = performance.now() - started;

let cookie = '';
async function gql(query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-komplan-area': 'plzen', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const set = response.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0];
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function measure(name, query, variables) {
  await gql(query, variables); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    await gql(query, variables);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${name.padEnd(46)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   max ${times.at(-1).toFixed(1).padStart(7)} ms`);
}

try {
  const t0 = performance.now();
  await gql(`mutation { login(input: { email: "koordinator@plzen.example", password: "komplan-demo" }) { account { id } } }`);
  const loginMs = performance.now() - t0;
  console.log(`\nKomplan benchmark (${RUNS} runs each, demo data)`);
  console.log(`start-up on an empty database (migrations + demo data)   ${(startupMs / 1000).toFixed(1)} s`);
  console.log(`log-in (argon2id verification)                           ${loginMs.toFixed(0)} ms\n`);
  await measure('dashboard: me + myUpcomingMeetings', `{ me { person { fullName } coordinatedGroupIds } myUpcomingMeetings(limit: 5) { id title startsAt myInvitation { reply } } }`);
  await measure('groups with members and organisations', `{ groups { id name members { person { fullName } organisation { name } role } } }`);
  await measure(
    'meetings list, 100 per page, nested',
    `query($page: Int!) { meetings(page: $page, pageSize: 100) { total items { id title startsAt group { name } agenda { title presenter { fullName } } invitations { person { fullName } organisation { name } reply attendance } minutes { status } decisions { text } attendanceSummary { present } canManage } } }`,
    { page: 1 },
  );
  await measure(
    'participation statistics, one year',
    `query($from: String!, $to: String!) { participationStatistics(from: $from, to: $to) { meetings distinctPersons distinctOrganisations attendanceRate personHours } }`,
    { from: `${new Date().getFullYear() - 1}-01-01`, to: `${new Date().getFullYear()}-12-31` },
  );
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const rss = status.match(/VmRSS:\s+(\d+) kB/)?.[1];
  const hwm = status.match(/VmHWM:\s+(\d+) kB/)?.[1];
  if (rss) console.log(`\nserver memory: resident ${(Number(rss) / 1024).toFixed(0)} MiB, peak ${(Number(hwm) / 1024).toFixed(0)} MiB`);
} finally {
  server.kill('SIGTERM');
}

// The action-plan draft with 200 measures, 2000 comments and 150 listening subscribers.
const drafts = spawnSync(process.execPath, [join(root, 'bench/drafts.mjs')], { cwd: root, env: process.env, stdio: 'inherit' });
if (drafts.status !== 0) process.exit(drafts.status ?? 1);
