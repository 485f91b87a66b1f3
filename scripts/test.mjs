#!/usr/bin/env node
// `npm test`: every test of Komplan, in the order that fails fastest.
//   1. lint and type-check (API, web app, browser tests; Nx module boundaries)
//   2. API tests (jest, real PostgreSQL: DATABASE_URL's server or an embedded one)
//   3. web tests (vitest)
//   4. build, then the browser tests (playwright-core on the system Chromium) against the built app
// Ends with one line "Summary: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!chromium) {
  console.error(
    'Chromium is missing: the browser tests drive the system Chromium.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chromium and set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
env.CHROMIUM_PATH = chromium;

let passed = 0;
let failed = 0;
const started = Date.now();

function step(title, args) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

function countJest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  return true;
}

function finish(ok) {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\nAll test steps took ${seconds} s.`);
  if (!ok && failed === 0) failed = 1;
  console.log(`Summary: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

const nx = bin('nx', 'dist/bin/nx.js');
if (!step('Lint and type-check', [nx, 'run-many', '-t', 'lint', 'typecheck', '--projects=api,web,web-e2e', '--output-style=stream', '--skip-nx-cache'])) {
  finish(false);
}

// The web app's generated operation types must match the committed schema and operations.
const codegenOut = join(root, 'tmp/codegen-check/');
rmSync(codegenOut, { recursive: true, force: true });
env.KOMPLAN_CODEGEN_OUT = codegenOut;
if (!step('GraphQL codegen is current', [bin('@graphql-codegen/cli', 'cjs/bin.js'), '--config', 'apps/web/codegen.ts', '--silent'])) finish(false);
delete env.KOMPLAN_CODEGEN_OUT;
const committed = join(root, 'apps/web/src/gql');
const stale = readdirSync(codegenOut).filter((file) => !existsSync(join(committed, file)) || readFileSync(join(committed, file), 'utf8') !== readFileSync(join(codegenOut, file), 'utf8'));
if (stale.length) {
  console.error(`apps/web/src/gql is stale (${stale.join(', ')}): run \`npx nx run web:codegen\` and commit.`);
  finish(false);
}

const apiReport = join(reports, 'api.json');
const apiOk = step('API tests (jest, PostgreSQL)', [bin('jest', 'bin/jest.js'), '-c', 'apps/api/jest.config.cjs', '--json', `--outputFile=${apiReport}`]);
countJest(apiReport);

const webReport = join(reports, 'web.json');
const webOk = step('Web tests (vitest)', [bin('vitest', 'vitest.mjs'), 'run', '--config', 'apps/web/vite.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${webReport}`]);
countJest(webReport);

if (!step('Build', [nx, 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'])) finish(false);

const e2eReport = join(reports, 'e2e.json');
const e2eOk = step('Browser tests (Chromium)', [bin('jest', 'bin/jest.js'), '-c', 'apps/web-e2e/jest.config.cjs', '--json', `--outputFile=${e2eReport}`]);
countJest(e2eReport);

finish(apiOk && webOk && e2eOk);
