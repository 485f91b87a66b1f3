export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __KOMPLAN_PG__?: { stop(): Promise<void> } }).__KOMPLAN_PG__;
  await embedded?.stop();
}
