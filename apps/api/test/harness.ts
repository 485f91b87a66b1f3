import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client as WsClient, createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { loadConfiguration } from '../src/config/configuration';
import { createApp } from '../src/create-app';
import { createDataSource, QueryCounter } from '../src/database/data-source';
import { Fixtures } from './fixtures';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string };
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
}

/** Calls /graphql the way the web app does: JSON POST, session cookie, area and locale headers. */
export class GqlClient {
  constructor(
    readonly baseUrl: string,
    private cookie: string | undefined,
    readonly area: string | undefined,
    readonly locale?: string,
  ) {}

  withArea(area: string | undefined): GqlClient {
    return new GqlClient(this.baseUrl, this.cookie, area, this.locale);
  }

  withLocale(locale: string): GqlClient {
    return new GqlClient(this.baseUrl, this.cookie, this.area, locale);
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.area) headers['x-komplan-area'] = this.area;
    if (this.locale) headers['x-komplan-locale'] = this.locale;
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const setCookie = response.headers.get('set-cookie');
    const session = setCookie?.match(/komplan_session=([^;]*)/);
    if (session) this.cookie = session[1] ? `komplan_session=${session[1]}` : undefined;
    return (await response.json()) as GqlResponse<T>;
  }

  /** The data of a request that must succeed. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The first error of a request that must fail. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
    const result = await this.request(query, variables);
    const first = result.errors?.[0];
    if (!first) throw new Error(`Expected an error, got data: ${JSON.stringify(result.data)}`);
    return first;
  }

  /**
   * Subscribes over graphql-ws the way the web app does: the session cookie on the socket's opening
   * request, the area and language as connection parameters.
   */
  async subscribe<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<LiveSubscription<T>> {
    const cookie = this.cookie;
    const origin = this.baseUrl;
    class SessionSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), origin } });
      }
    }
    const client = createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: SessionSocket,
      connectionParams: { area: this.area, locale: this.locale },
      lazy: false,
      retryAttempts: 0,
    });
    const subscription = new LiveSubscription<T>(client);
    await subscription.start(query, variables);
    return subscription;
  }

  /** GET of a non-GraphQL endpoint with this client's cookie. */
  /** A plain GET with the session (a download); `extra` adds headers a browser would send, e.g. Accept-Language. */
  async get(path: string, extra: Record<string, string> = {}): Promise<Response> {
    const headers: Record<string, string> = { ...extra };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.locale) headers['x-komplan-locale'] = this.locale;
    return fetch(`${this.baseUrl}${path}`, { headers });
  }
}

/**
 * One subscription of a test: collects what arrives, and waits for the event a test expects.
 * Waiting gives up after `patienceMs` so a lost event fails the test instead of hanging it.
 */
export class LiveSubscription<T> {
  readonly events: GqlResponse<T>[] = [];
  private waiters: { test: (event: GqlResponse<T>) => boolean; resolve: (event: GqlResponse<T>) => void }[] = [];
  private dispose?: () => void;

  constructor(private readonly client: WsClient) {}

  /** Resolves once the socket is open and the subscription sent; see `next` for waiting on events. */
  async start(query: string, variables: Record<string, unknown>): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const offError = this.client.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
      this.dispose = this.client.subscribe<T>(
        { query, variables },
        {
          next: (event) => this.receive(event as GqlResponse<T>),
          error: (error) => this.receive({ errors: Array.isArray(error) ? (error as GqlError[]) : [{ message: String((error as Error)?.message ?? error) }] }),
          complete: () => undefined,
        },
      );
      this.client.on('connected', () => {
        offError();
        resolve();
      });
    });
  }

  private receive(event: GqlResponse<T>): void {
    this.events.push(event);
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (waiter.test(event)) waiter.resolve(event);
      else this.waiters.push(waiter);
    }
  }

  /** The first event (already received or still to come) that passes the test. */
  next(test: (event: GqlResponse<T>) => boolean = () => true, patienceMs = 10_000): Promise<GqlResponse<T>> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No matching event within ${patienceMs} ms; got ${JSON.stringify(this.events)}`)), patienceMs);
      this.waiters.push({ test, resolve: (event) => (clearTimeout(timer), resolve(event)) });
    });
  }

  async close(): Promise<void> {
    this.dispose?.();
    await this.client.dispose();
  }
}

/**
 * One running Komplan per test file, on its own database cloned from the migrated template.
 * `db` is a separate connection for arranging fixtures and checking what was stored.
 */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
    readonly baseUrl: string,
    readonly fixtures: Fixtures,
    private readonly databaseName: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const serverUrl = process.env['KOMPLAN_TEST_SERVER_URL'];
    if (!serverUrl) throw new Error('The jest global setup did not run (KOMPLAN_TEST_SERVER_URL is unset).');
    const databaseName = `komplan_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}" TEMPLATE komplan_test_template`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    return TestApp.boot(url.toString(), databaseName, env);
  }

  /** A second API instance on the same database (e.g. to show events crossing instances through Redis). */
  async another(env: Record<string, string> = {}): Promise<TestApp> {
    const url = new URL(process.env['KOMPLAN_TEST_SERVER_URL']!);
    url.pathname = `/${this.databaseName}`;
    const second = await TestApp.boot(url.toString(), this.databaseName, env);
    second.ownsDatabase = false;
    return second;
  }

  private ownsDatabase = true;

  private static async boot(databaseUrl: string, databaseName: string, env: Record<string, string>): Promise<TestApp> {
    const config = loadConfiguration({ ...env, DATABASE_URL: databaseUrl });
    const app = await createApp({ config, databaseUrl, logger: false });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const db = createDataSource(databaseUrl);
    await db.initialize();
    const baseUrl = `http://127.0.0.1:${address.port}`;
    return new TestApp(app, db, baseUrl, new Fixtures(db, baseUrl), databaseName);
  }

  /** The anonymous public, optionally looking at one area. */
  anonymous(area?: string, locale?: string): GqlClient {
    return new GqlClient(this.baseUrl, undefined, area, locale);
  }

  /** Logs in through the real `login` mutation. */
  async login(email: string, password: string, area?: string): Promise<GqlClient> {
    const client = new GqlClient(this.baseUrl, undefined, area);
    await client.ok(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, { input: { email, password } });
    return client;
  }

  /** Number of SQL statements the app has sent so far. */
  get queryCount(): number {
    return (this.app.get(DataSource).logger as QueryCounter).count;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.db.destroy();
    if (!this.ownsDatabase) return;
    const admin = new Client({ connectionString: process.env['KOMPLAN_TEST_SERVER_URL'] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${this.databaseName}" WITH (FORCE)`);
    await admin.end();
  }
}
