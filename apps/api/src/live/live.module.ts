import { Global, Module } from '@nestjs/common';
import { LiveEvents } from './live-events.service';

/** Live events for GraphQL subscriptions (in memory, or through Redis with REDIS_URL). */
@Global()
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveModule {}
