#!/usr/bin/env node
// `npm start`: builds the API and the web app, then runs Komplan with the demo data on one address.
// Without DATABASE_URL an embedded PostgreSQL keeps its data in .data/postgres (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Komplan needs Node.js 20.19 or newer (this is ${process.version}).`);
  process.exit(1);
}

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
console.log('Building the API and the web app…');
const build = spawnSync(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  console.error('The build failed (output above).');
  process.exit(build.status ?? 1);
}

const app = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env: { ...env, KOMPLAN_DEMO: process.env.KOMPLAN_DEMO ?? 'true', WEB_DIST_DIR: join(root, 'dist/apps/web') },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code) => process.exit(code ?? 0));
