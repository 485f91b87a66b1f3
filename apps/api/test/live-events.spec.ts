import { loadConfiguration } from '../src/config/configuration';
import { LiveEvents } from '../src/live/live-events.service';

/** The transport of live events, in memory and through Redis between two API instances. */
describe('live events', () => {
  const memory = () => new LiveEvents(loadConfiguration({}));

  it('a stream yields its first value, then what is published to its topics, in order', async () => {
    const live = memory();
    const stream = live.stream<{ n: number }>(['round:1', 'round:2'], async () => ({ n: 0 }));
    expect(await stream.next()).toEqual({ value: { n: 0 }, done: false });
    await live.publish('round:1', { n: 1 });
    await live.publish('round:3', { n: 99 });
    await live.publish('round:2', { n: 2 });
    expect(await stream.next()).toEqual({ value: { n: 1 }, done: false });
    expect(await stream.next()).toEqual({ value: { n: 2 }, done: false });
    await stream.return!();
    await live.onModuleDestroy();
  });

  it('ending a stream that waits for an event ends it at once and unsubscribes', async () => {
    const live = memory();
    const stream = live.stream<{ n: number }>(['round:1']);
    const waiting = stream.next();
    await new Promise((resolve) => setImmediate(resolve));
    await stream.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    // Nothing is delivered after the end.
    await live.publish('round:1', { n: 1 });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  const redisUrl = process.env['KOMPLAN_TEST_REDIS_URL'];
  (redisUrl ? it : it.skip)('with REDIS_URL an event published by one instance reaches a stream of another', async () => {
    const first = new LiveEvents(loadConfiguration({ REDIS_URL: redisUrl }));
    const second = new LiveEvents(loadConfiguration({ REDIS_URL: redisUrl }));
    expect([first.transport, second.transport]).toEqual(['redis', 'redis']);
    const topic = `test:${Date.now()}:${Math.random()}`;
    // The first value comes only once Redis confirmed the subscription, so the publish cannot be missed.
    const stream = second.stream<{ text: string }>([topic], async () => ({ text: 'subscribed' }));
    expect((await stream.next()).value).toEqual({ text: 'subscribed' });
    await first.publish(topic, { text: 'Připomínka k opatření 2.1.3' });
    expect((await stream.next()).value).toEqual({ text: 'Připomínka k opatření 2.1.3' });
    await stream.return!();
    await Promise.all([first.onModuleDestroy(), second.onModuleDestroy()]);
  });

  it('REDIS_URL must be a redis address', () => {
    expect(() => loadConfiguration({ REDIS_URL: 'http://localhost:6379' })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ address/);
  });
});
