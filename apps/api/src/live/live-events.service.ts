import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';

/**
 * Where live events go. One API instance keeps them in memory; with REDIS_URL set they travel
 * through Redis pub/sub, so a comment posted on one instance reaches the subscribers of every other.
 * Payloads are small and JSON-safe (ids and counts): each subscriber loads what it may see itself.
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly engine: PubSubEngine;
  private readonly redis: Redis[] = [];
  /** Which transport carries the events: "memory" or "redis". */
  readonly transport: 'memory' | 'redis';

  constructor(@Inject(CONFIGURATION) config: EnvironmentVariables) {
    if (config.REDIS_URL) {
      const connect = (role: string) => {
        const client = new Redis(config.REDIS_URL!, { connectionName: `komplan-${role}`, maxRetriesPerRequest: 3 });
        client.on('error', (error: Error) => this.logger.warn(`Redis ${role}: ${error.message}`));
        this.redis.push(client);
        return client;
      };
      this.engine = new RedisPubSub({ publisher: connect('publisher'), subscriber: connect('subscriber') });
      this.transport = 'redis';
    } else {
      // Hundreds of people may watch one round: no listener limit on a topic.
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter: emitter });
      this.transport = 'memory';
    }
  }

  /** Sends an event to every subscriber of the topic, on every instance. */
  async publish<T extends object>(topic: string, payload: T): Promise<void> {
    await this.engine.publish(topic, payload);
  }

  /**
   * The events of the topics, for a subscription resolver. The stream first subscribes (with Redis:
   * until Redis confirms), then yields `first()` if given — e.g. the current counts, which also
   * tells the client that nothing published from now on will be missed — and then every event.
   * Ending the stream (the client unsubscribes or disconnects) unsubscribes.
   */
  stream<T>(topics: string[], first?: () => Promise<T>): AsyncIterableIterator<T> {
    const engine = this.engine;
    const queue: T[] = [];
    const ids: number[] = [];
    let pending: ((result: IteratorResult<T>) => void) | undefined;
    let ended = false;
    let firstDone = first === undefined;

    const deliver = (payload: T) => {
      if (ended) return;
      if (pending) {
        const resolve = pending;
        pending = undefined;
        resolve({ value: payload, done: false });
      } else queue.push(payload);
    };
    const setup = Promise.all(topics.map((topic) => engine.subscribe(topic, deliver, {}))).then((subscribed) => {
      ids.push(...subscribed);
    });
    const end = async (): Promise<IteratorResult<T>> => {
      ended = true;
      queue.length = 0;
      pending?.({ value: undefined, done: true });
      pending = undefined;
      await setup.catch(() => undefined);
      for (const id of ids.splice(0)) engine.unsubscribe(id);
      return { value: undefined, done: true };
    };

    // Written by hand rather than as an async generator: `return()` must end a stream that is
    // waiting for its next event at once, not after that event arrives.
    const iterator: AsyncIterableIterator<T> = {
      async next(): Promise<IteratorResult<T>> {
        await setup;
        if (ended) return { value: undefined, done: true };
        if (!firstDone) {
          firstDone = true;
          return { value: await first!(), done: false };
        }
        if (queue.length > 0) return { value: queue.shift()!, done: false };
        return new Promise((resolve) => (pending = resolve));
      },
      return: end,
      async throw(error?: unknown): Promise<IteratorResult<T>> {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Resolves once the Redis connections (if any) are ready; useful before the first publish in tests and benchmarks. */
  async ready(): Promise<void> {
    await Promise.all(
      this.redis.map((client) =>
        client.status === 'ready' ? undefined : new Promise<void>((resolve, reject) => {
          client.once('ready', () => resolve());
          client.once('end', () => reject(new Error('Redis connection ended')));
        }),
      ),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.redis.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
