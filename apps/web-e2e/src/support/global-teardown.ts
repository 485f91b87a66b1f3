import { ChildProcess } from 'node:child_process';
import type { SMTPServer } from 'smtp-server';

export default async function globalTeardown(): Promise<void> {
  const smtp = (globalThis as { __KOMPLAN_SMTP__?: SMTPServer }).__KOMPLAN_SMTP__;
  if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
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
