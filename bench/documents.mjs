#!/usr/bin/env node
// `node bench/documents.mjs`: renders the action plan of a demo-sized area (60 measures) and a
// settlement table of 200 comments as DOCX and PDF with the built API (dist; build first with
// `npx nx run api:build`), prints the times as key=value lines and leaves the files in
// tmp/documents for a look. A benchmark, not a test: nothing here fails on a slow machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(root, 'dist/apps/api/documents');
const { buildActionPlanDocument } = require(join(dist, 'action-plan-document.js'));
const { buildSettlementDocument } = require(join(dist, 'settlement-document.js'));
const { renderDocx } = require(join(dist, 'docx-renderer.js'));
const { renderPdf } = require(join(dist, 'pdf-renderer.js'));

const MEASURES = Number(process.env.BENCH_MEASURES ?? 60);
const SOURCES = ['MUNICIPALITY', 'REGION', 'STATE', 'EU_FUNDS', 'OTHER'];
const priorities = ['Senioři doma a v bezpečí', 'Lidé se zdravotním postižením', 'Rodiny s dětmi', 'Lidé ohrožení sociálním vyloučením', 'Cizinci a národnostní menšiny'];
const measures = Array.from({ length: MEASURES }, (_, i) => {
  const p = (i % 5) + 1;
  const g = (Math.floor(i / 5) % 3) + 1;
  return {
    number: `${p}.${g}.${Math.floor(i / 15) + 1}`,
    priorityTitle: `${p} ${priorities[p - 1]}`,
    goalTitle: `${p}.${g} Dostupné služby v přirozeném prostředí (cíl ${g})`,
    title: `Rozšíření terénní pečovatelské služby o víkendové a večerní směny č. ${i + 1}`,
    description: 'Služba bude poskytována i o **víkendech** a ve večerních hodinách, aby lidé mohli zůstat *doma* co nejdéle.\n\n- navýšení úvazků pečovatelek o 2,5\n- nový automobil pro terénní práci',
    rationale: 'Analýza potřeb ukázala, že 38 % uživatelů potřebuje péči mimo pracovní dobu; čekací pořadník má 120 žadatelů.',
    targetGroups: ['senioři', 'lidé se zdravotním postižením'],
    responsibleOrganisationName: 'Městská charita Plzeň, z. ú.',
    partnerNames: ['Statutární město Plzeň', 'Plzeňský kraj'],
    fromYear: 2026,
    toYear: 2027,
    costs: [2026, 2027].flatMap((year) => SOURCES.slice(0, 3 + (i % 3)).map((source, s) => ({ year, source, amount: `${(i + 1) * 10000 + s * 2500}.${String((i * 7 + s) % 100).padStart(2, '0')}` }))),
    indicators: [
      { name: 'Počet podpořených osob', unit: 'osoby', baseline: '120', target: '180' },
      { name: 'Hodiny přímé péče za rok', unit: 'hodiny', baseline: '8500.5', target: '12000' },
    ],
    activities: [{ number: `${i + 1}.1`, title: 'Nábor pečovatelek', description: 'výběrové řízení a zaškolení' }],
  };
});
const plan = {
  areaName: 'Plzeň',
  plan: { title: 'Akční plán sociálních služeb města Plzně na rok 2026', year: 2026 },
  version: { number: 3, issuedAt: '2026-03-05' },
  resolution: { body: 'Zastupitelstvo města Plzně', number: 'ZM/123/2026', decidedOn: '2026-04-16' },
  currency: 'Kč',
  sections: [
    { title: 'Úvod', body: '# Proč akční plán\n\nAkční plán navazuje na **střednědobý plán** rozvoje sociálních služeb.\n\n1. zajistit dostupnost\n2. podpořit pečující' },
    { title: 'Analýza potřeb', body: 'Ve městě žije **38 000** seniorů. Žluťoučký kůň úpěl ďábelské ódy; zażółć gęślą jaźń.' },
  ],
  measures,
};
const settlement = {
  areaName: 'Plzeň',
  roundTitle: 'Připomínky k návrhu akčního plánu 2026',
  versionNumber: 2,
  planTitle: plan.plan.title,
  date: '2026-02-20',
  rows: Array.from({ length: 200 }, (_, i) => ({
    no: i + 1,
    author: `Jana Nováková ${i + 1}`,
    organisation: i % 3 ? 'Diakonie ČCE – středisko Západní Čechy' : null,
    target: i % 4 ? `opatření 2.1.${(i % 5) + 1}` : 'celý návrh',
    stance: ['SUPPORT', 'NEUTRAL', 'OBJECTION'][i % 3],
    text: 'Navrhujeme doplnit do opatření také odlehčovací službu pro pečující o osoby s demencí, protože kapacita současných služeb nestačí. '.repeat((i % 4) + 1),
    outcome: ['ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'EXPLAINED'][i % 4],
    justification: 'Připomínka byla projednána v pracovní skupině Senioři dne 12. 2. 2026.',
    changeMade: i % 4 === 0 ? 'Doplněna aktivita 2.1.3.2 Odlehčovací služba.' : null,
    settledBy: 'Petr Svoboda',
    settledAt: '2026-02-18',
  })),
};

const out = join(root, 'tmp/documents');
mkdirSync(out, { recursive: true });
const createdAt = new Date('2026-03-05T10:00:00Z');
async function time(name, render) {
  await render(); // warm-up (fonts read and parsed once)
  const started = performance.now();
  const buffer = await render();
  const ms = performance.now() - started;
  console.log(`${name}_ms=${ms.toFixed(0)}`);
  console.log(`${name}_bytes=${buffer.length}`);
  return buffer;
}
const planDoc = buildActionPlanDocument(plan, 'cs');
const settlementDoc = buildSettlementDocument(settlement, 'cs');
console.log(`plan_measures=${MEASURES}`);
writeFileSync(join(out, 'action-plan.pdf'), await time('plan_pdf', () => renderPdf(planDoc, { createdAt })));
writeFileSync(join(out, 'action-plan.docx'), await time('plan_docx', () => renderDocx(planDoc, { createdAt })));
writeFileSync(join(out, 'settlement.pdf'), await time('settlement_pdf', () => renderPdf(settlementDoc, { createdAt })));
writeFileSync(join(out, 'settlement.docx'), await time('settlement_docx', () => renderDocx(settlementDoc, { createdAt })));
writeFileSync(join(out, 'action-plan-pl.pdf'), await renderPdf(buildActionPlanDocument({ ...plan, areaName: 'Gmina Cieszyn', currency: 'zł' }, 'pl'), { createdAt }));
console.log(`files=${out}`);
