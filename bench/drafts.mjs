#!/usr/bin/env node
// The action-plan draft under load (part of `npm run bench`; needs the build in dist/).
// Seeds, on a fresh embedded PostgreSQL (or a `komplan_bench_drafts` database on DATABASE_URL's
// server), the demo city plus two issued drafts: 20 measures with 200 comments, and 200 measures
// with 2000 comments (half of them replies) and an approval round with 150 voters. Then prints
// key=value lines:
//   draft_sql_small / draft_sql_large  SQL statements of the full draft-with-comments query
//   draft_query_p50_ms / _p95_ms       its latency on the large draft (target p95 < 150)
//   comment_fanout_p95_ms              a comment posted while 150 subscribers listen, until the last
//                                      one has it (target p95 < 300)
//   web_initial_js_gzip_kb             JavaScript the browser loads first, gzipped
// The API runs in this process (so its SQL statements can be counted); the subscribers are real
// graphql-ws sockets over 127.0.0.1.
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (path) => require(join(root, 'dist/apps/api', path));
const { loadConfiguration } = dist('config/configuration.js');
const { createApp } = dist('create-app.js');
const { createDataSource } = dist('database/data-source.js');
const { ensureDatabase, startEmbeddedPostgres } = dist('database/embedded-postgres.js');
const { loadDemoData, DEMO_LOGINS } = dist('demo/demo-data.js');
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const FANOUT_RUNS = Number(process.env.BENCH_FANOUT_RUNS ?? 20);
const SUBSCRIBERS = 150;
const DAY = 86_400_000;

// ---------------------------------------------------------------- database
async function database() {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query('DROP DATABASE IF EXISTS komplan_bench_drafts WITH (FORCE)');
    await client.query('CREATE DATABASE komplan_bench_drafts');
    await client.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/komplan_bench_drafts';
    return { url: url.toString(), stop: async () => undefined };
  }
  const dataDir = join(root, 'tmp/bench-drafts-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  // Its own port range, away from a Komplan that may be running with the default one.
  const embedded = await startEmbeddedPostgres(dataDir, 54529);
  const url = embedded.urlFor('komplan');
  await ensureDatabase(url);
  return { url, stop: async () => embedded.stop() };
}

// ---------------------------------------------------------------- seed
const paragraph = (i) =>
  `Odstavec ${i}: Město podporuje dostupnost terénních a ambulantních služeb tak, aby lidé mohli co nejdéle žít doma. ` +
  `Pečující rodiny potřebují odlehčení, poradenství a krizovou pomoc i o víkendech; kapacity se plánují podle potřeb zjištěných v analýze.`;

async function seedDraft(db, ids, { year, measures, comments, voters }) {
  const plan = randomUUID();
  const version = randomUUID();
  await db.query(
    `INSERT INTO action_plans (id, area_id, strategic_plan_id, year, title) VALUES ($1, $2, $3, $4, $5)`,
    [plan, ids.area, ids.strategicPlan, year, `Akční plán (bench) ${year}`],
  );
  await db.query(
    `INSERT INTO action_plan_versions (id, area_id, action_plan_id, number, state, issued_at, issued_by_id) VALUES ($1, $2, $3, 1, 'ISSUED', now(), $4)`,
    [version, ids.area, plan, ids.coordinator],
  );
  const sections = [];
  for (const [position, kind] of ['INTRODUCTION', 'ANALYSIS', 'BUDGET_SUMMARY', 'IMPLEMENTATION'].entries()) {
    const id = randomUUID();
    sections.push(id);
    const body = Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('\n\n');
    await db.query(
      `INSERT INTO action_plan_sections (id, area_id, version_id, lineage_id, kind, position, title, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, ids.area, version, randomUUID(), kind, position + 1, `Kapitola ${position + 1}`, body],
    );
  }
  const copies = [];
  for (let i = 0; i < measures; i += 1) {
    const measure = randomUUID();
    const copy = randomUUID();
    copies.push(copy);
    const goal = ids.goals[i % ids.goals.length];
    await db.query(
      `INSERT INTO measures (id, area_id, plan_id, goal_id, position, title, description, rationale, target_groups, from_year, to_year, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'ACCEPTED')`,
      [measure, ids.area, ids.strategicPlan, goal, 1000 + i, `Opatření ${i + 1}`, paragraph(i), paragraph(i + 1), ['senioři'], ids.fromYear, ids.toYear],
    );
    await db.query(
      `INSERT INTO action_plan_measures (id, area_id, version_id, measure_id, position, number, priority_title, goal_title, title, description, rationale,
         target_groups, responsible_organisation_name, partner_names, proposing_group_names, from_year, to_year, measure_state, costs, indicators, activities)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'ACCEPTED', $18, $19, $20)`,
      [
        copy, ids.area, version, measure, i + 1, `9.${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, '9 Bench', `9.${Math.floor(i / 10) + 1} Cíl`,
        `Opatření ${i + 1}`, paragraph(i), paragraph(i + 1), ['senioři', 'rodiny'], 'Městská charita', ['Diakonie', 'Kraj'], ['Senioři'],
        ids.fromYear, ids.toYear,
        JSON.stringify([{ year: ids.fromYear, source: 'MUNICIPALITY', amount: '125000.50' }, { year: ids.fromYear, source: 'REGION', amount: '80000.00' }]),
        JSON.stringify([{ name: 'Počet klientů', unit: 'osoby', baseline: '120', target: '180' }]),
        JSON.stringify([{ number: `9.${i + 1}.1`, title: 'Nábor pečovatelek', description: '' }]),
      ],
    );
  }
  const round = randomUUID();
  await db.query(
    `INSERT INTO comment_rounds (id, area_id, version_id, title, audience, opens_at, closes_at, created_by_id) VALUES ($1, $2, $3, 'Připomínky (bench)', 'AREA_MEMBERS', $4, $5, $6)`,
    [round, ids.area, version, new Date(Date.now() - DAY), new Date(Date.now() + 7 * DAY), ids.coordinator],
  );
  const roots = [];
  const rows = [];
  for (let i = 0; i < comments; i += 1) {
    const id = randomUUID();
    const reply = i % 2 === 1;
    const parent = reply ? roots[roots.length - 1] : null;
    if (!reply) roots.push(id);
    const kind = ['DRAFT', 'SECTION', 'MEASURE', 'PASSAGE'][Math.floor(i / 2) % 4];
    const onSection = kind === 'SECTION' || (kind === 'PASSAGE' && i % 4 === 0);
    const created = new Date(Date.now() - DAY + i * 1000);
    rows.push([
      id, ids.area, round, parent, parent, reply ? 'DRAFT' : kind,
      !reply && onSection ? sections[i % sections.length] : null,
      !reply && !onSection && kind !== 'DRAFT' ? copies[i % copies.length] : null,
      !reply && kind === 'PASSAGE' ? (onSection ? 'body' : 'description') : null,
      !reply && kind === 'PASSAGE' ? 'terénních a ambulantních služeb' : null,
      reply ? null : ['SUPPORT', 'NEUTRAL', 'OBJECTION'][i % 3],
      `Připomínka ${i + 1}: doplnit kapacity odlehčovací služby a financování z rozpočtu kraje.`,
      ids.people[i % ids.people.length], created,
    ]);
  }
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const values = chunk.map((_, r) => `(${Array.from({ length: 14 }, (_, c) => `$${r * 14 + c + 1}`).join(', ')})`).join(', ');
    await db.query(
      `INSERT INTO comments (id, area_id, round_id, parent_id, thread_id, target, section_id, plan_measure_id, quote_field, quote_exact, stance, body, author_id, created_at) VALUES ${values}`,
      chunk.flat(),
    );
  }
  if (voters) {
    const approval = randomUUID();
    await db.query(
      `INSERT INTO approval_rounds (id, area_id, version_id, title, opens_at, closes_at, quorum_percent, approval_percent, created_by_id)
       VALUES ($1, $2, $3, 'Schválení (bench)', $4, $5, 50, 60, $6)`,
      [approval, ids.area, version, new Date(Date.now() - DAY), new Date(Date.now() + 7 * DAY), ids.coordinator],
    );
    for (const person of ids.people.slice(0, voters)) {
      await db.query(`INSERT INTO approval_round_voters (round_id, person_id) VALUES ($1, $2)`, [approval, person]);
    }
  }
  return { version, round };
}

// ---------------------------------------------------------------- measure
const DRAFT_QUERY = `query Draft($versionId: ID!, $roundId: ID!) {
  actionPlanVersion(id: $versionId) {
    id number state changeNote
    sections { id title body revision }
    measures { id number priorityTitle goalTitle title description rationale targetGroups responsibleOrganisationName partnerNames
      fromYear toYear totalCost costs { year source amount } indicators { name unit baseline target } activities { number title } }
  }
  commentRound(id: $roundId) { id phase viewerMayComment counts { comments replies unsettled support neutral objection } }
  comments(roundId: $roundId, pageSize: 100) {
    total
    items { id number target stance body sectionId planMeasureId quoteField quoteExact quoteStart quoteEnd outcome
      author { name guest } organisationName
      replies { id body createdAt author { name } } }
  }
}`;

const percentile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

async function main() {
  const db = await database();
  const migrator = createDataSource(db.url);
  await migrator.initialize();
  await migrator.runMigrations();
  await loadDemoData(migrator);
  await migrator.destroy();

  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  const [area] = (await sql.query(`SELECT id FROM areas WHERE slug = 'plzen'`)).rows;
  const [plan] = (await sql.query(`SELECT id, from_year, to_year FROM strategic_plans WHERE area_id = $1 ORDER BY created_at LIMIT 1`, [area.id])).rows;
  const goals = (await sql.query(`SELECT g.id FROM strategy_goals g JOIN strategy_priorities p ON p.id = g.priority_id WHERE p.plan_id = $1`, [plan.id])).rows.map((r) => r.id);
  const [coordinator] = (await sql.query(`SELECT id FROM people WHERE area_id = $1 AND email = 'koordinator@plzen.example'`, [area.id])).rows;
  const people = (await sql.query(`SELECT id FROM people WHERE area_id = $1 ORDER BY full_name LIMIT 150`, [area.id])).rows.map((r) => r.id);
  const ids = { area: area.id, strategicPlan: plan.id, fromYear: plan.from_year, toYear: plan.to_year, goals, coordinator: coordinator.id, people };
  const seedStarted = performance.now();
  const small = await seedDraft(sql, ids, { year: 2101, measures: 20, comments: 200, voters: 0 });
  const large = await seedDraft(sql, ids, { year: 2102, measures: 200, comments: 2000, voters: 150 });
  const seedMs = performance.now() - seedStarted;
  await sql.end();

  const config = loadConfiguration({ ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error', KOMPLAN_DEMO: 'false' });
  const app = await createApp({ config, databaseUrl: db.url, logger: false });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const counter = app.get(DataSource).logger;

  async function login(email) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, variables: { input: { email, password: DEMO_LOGINS.password } } }),
    });
    return response.headers.get('set-cookie').split(';')[0];
  }
  const coordinatorCookie = await login('koordinator@plzen.example');
  async function gql(cookie, query, variables) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-komplan-area': 'plzen', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  try {
    // SQL statements of the full draft-with-comments query: the same for 20 and for 200 measures.
    const statements = async (draft) => {
      await gql(coordinatorCookie, DRAFT_QUERY, { versionId: draft.version, roundId: draft.round });
      const before = counter.count;
      await gql(coordinatorCookie, DRAFT_QUERY, { versionId: draft.version, roundId: draft.round });
      return counter.count - before;
    };
    const sqlSmall = await statements(small);
    const sqlLarge = await statements(large);

    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      await gql(coordinatorCookie, DRAFT_QUERY, { versionId: large.version, roundId: large.round });
      times.push(performance.now() - t0);
    }

    // 150 subscribers (the demo logins, round robin) on the large draft's round.
    const cookies = await Promise.all(DEMO_LOGINS.accounts.map((account) => login(account.email)));
    const received = new Map(); // commentId -> count
    const waiting = new Map(); // commentId -> resolve
    const clients = [];
    await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, i) => {
        const cookie = cookies[i % cookies.length];
        class Socket extends WebSocket {
          constructor(address, protocols) {
            super(address, protocols, { headers: { cookie, origin: base } });
          }
        }
        const client = createClient({ url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: Socket, connectionParams: { area: 'plzen' }, lazy: false, retryAttempts: 0 });
        clients.push(client);
        return new Promise((resolve, reject) => {
          client.subscribe(
            { query: `subscription($roundId: ID!) { commentRoundEvents(roundId: $roundId) { kind commentId comment { id body author { name } } round { counts { comments } } } }`, variables: { roundId: large.round } },
            {
              next: ({ data }) => {
                const event = data?.commentRoundEvents;
                if (event?.kind === 'SUBSCRIBED') return resolve();
                if (event?.kind !== 'POSTED') return;
                const count = (received.get(event.commentId) ?? 0) + 1;
                received.set(event.commentId, count);
                if (count === SUBSCRIBERS) waiting.get(event.commentId)?.();
              },
              error: reject,
              complete: () => undefined,
            },
          );
        });
      }),
    );
    const fanout = [];
    for (let i = 0; i < FANOUT_RUNS; i += 1) {
      const t0 = performance.now();
      let posted;
      const allArrived = new Promise((resolve) => {
        posted = gql(coordinatorCookie, `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, {
          input: { roundId: large.round, target: 'DRAFT', stance: 'NEUTRAL', body: `Živá připomínka ${i + 1}` },
        }).then(({ postComment }) => {
          if (received.get(postComment.id) === SUBSCRIBERS) resolve();
          else waiting.set(postComment.id, resolve);
        });
      });
      await posted;
      await allArrived;
      fanout.push(performance.now() - t0);
    }
    await Promise.all(clients.map((client) => client.dispose()));

    // JavaScript the browser loads before the first page shows: the entry module and its preloads.
    const webDir = join(root, 'dist/apps/web');
    const html = readFileSync(join(webDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
    const gzipBytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(webDir, src.replace(/^\//, '')))).length, 0);

    console.log(`\nAction-plan draft benchmark (seeded in ${(seedMs / 1000).toFixed(1)} s: 20 measures + 200 comments; 200 measures + 2000 comments + 150 voters)`);
    console.log(`draft_sql_small=${sqlSmall}`);
    console.log(`draft_sql_large=${sqlLarge}`);
    console.log(`draft_query_p50_ms=${percentile(times, 0.5).toFixed(1)}`);
    console.log(`draft_query_p95_ms=${percentile(times, 0.95).toFixed(1)}`);
    console.log(`comment_fanout_p50_ms=${percentile(fanout, 0.5).toFixed(1)}`);
    console.log(`comment_fanout_p95_ms=${percentile(fanout, 0.95).toFixed(1)}`);
    console.log(`comment_fanout_subscribers=${SUBSCRIBERS}`);
    console.log(`web_initial_js_gzip_kb=${(gzipBytes / 1024).toFixed(1)}`);
  } finally {
    await app.close();
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
