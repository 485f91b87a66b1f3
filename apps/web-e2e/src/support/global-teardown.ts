import { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __KOMPLAN_SERVER__?: ChildProcess }).__KOMPLAN_SERVER__;
  if (!server || server.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
    setTimeout(() => {
      server.kill('SIGKILL');
      resolve();
    }, 15_000).unref();
  });
}
