import type { MeasureActivitySnapshot, MeasureCostSnapshot, MeasureIndicatorSnapshot } from '../action-plans/action-plan-measure.entity';
import { Locale } from '../common/i18n/translate';
import { formatHundredths, parseHundredths } from '../common/money';
import { FundingSource } from '../measures/measure.enums';
import { Block, bold, DocumentModel, heading, pageBreak, paragraph, TableBlock, TableColumn, TextRun } from './document-model';
import { formatDate } from './document-format';
import { documentText } from './document-labels';
import { markdownToBlocks } from './markdown';

/** A measure as the action plan prints it (the fields of ActionPlanMeasureEntity, so a version's copies feed it directly). */
export interface ActionPlanDocumentMeasure {
  /** Number in the strategy, e.g. "2.1.3". */
  number: string;
  /** Number and title of the priority, e.g. "2 Senioři doma"; measures are grouped by it. */
  priorityTitle: string;
  /** Number and title of the goal, e.g. "2.1 Dostupná pečovatelská služba". */
  goalTitle: string;
  title: string;
  /** Markdown (the subset of markdown.ts) or plain text. */
  description: string;
  rationale: string;
  targetGroups: readonly string[];
  responsibleOrganisationName: string | null;
  partnerNames: readonly string[];
  fromYear: number;
  toYear: number;
  costs: readonly MeasureCostSnapshot[];
  indicators: readonly MeasureIndicatorSnapshot[];
  activities: readonly MeasureActivitySnapshot[];
}

export interface ActionPlanDocumentInput {
  areaName: string;
  plan: { title: string; year: number | string };
  /** The version printed; `issuedAt` null for a draft that has not been issued. */
  version: { number: number; issuedAt: Date | string | null };
  /** The council's resolution, once recorded. */
  resolution?: { body: string; number: string; decidedOn: Date | string } | null;
  /** Text sections in order; bodies in Markdown. */
  sections: readonly { title: string; body: string }[];
  /** Measures in strategy order. */
  measures: readonly ActionPlanDocumentMeasure[];
  /** The area's currency as printed in table headers, e.g. "Kč" or "zł". */
  currency?: string;
  /** The date of a document of an unissued draft (default: today). */
  generatedOn?: Date | string;
}

const SOURCE_ORDER: readonly FundingSource[] = [FundingSource.MUNICIPALITY, FundingSource.REGION, FundingSource.STATE, FundingSource.EU_FUNDS, FundingSource.OTHER];

const isoDate = (value: Date | string): string => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date(value).toISOString().slice(0, 10));

/** Word bookmarks allow letters, digits and underscores only. */
const measureAnchor = (number: string): string => `measure_${number.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Groups items by a key, keeping the order in which the keys first appear. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()];
}

/** Exact sums of amounts (decimal text) by funding source, and their total, in hundredths. */
function sumBySource(costs: readonly MeasureCostSnapshot[]): { bySource: Map<FundingSource, bigint>; total: bigint } {
  const bySource = new Map<FundingSource, bigint>();
  let total = 0n;
  for (const cost of costs) {
    const amount = parseHundredths(cost.amount);
    bySource.set(cost.source, (bySource.get(cost.source) ?? 0n) + amount);
    total += amount;
  }
  return { bySource, total };
}

const usedSources = (costs: readonly MeasureCostSnapshot[]): FundingSource[] => SOURCE_ORDER.filter((source) => costs.some((cost) => cost.source === source));

/**
 * The action plan for the council and the public: a title page (title, area, year, version,
 * resolution), contents, the text sections, then the strategy — priority, goal, measure with its
 * fields, indicators and a table of costs by year and funding source — and a budget summary by
 * priority and funding source. Amounts are added exactly (common/money.ts), never as floats.
 */
export function buildActionPlanDocument(input: ActionPlanDocumentInput, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => documentText(locale, key, params);
  const currency = input.currency ? ` (${input.currency})` : '';
  const details = [
    { label: t('actionPlan.year'), value: String(input.plan.year) },
    // An issued version is dated by its issue (the title page's date); a draft says it is one.
    ...(input.version.issuedAt ? [] : [{ label: t('actionPlan.issuedAt'), value: t('actionPlan.draft') }]),
    ...(input.resolution
      ? [
          {
            label: t('actionPlan.resolution'),
            value: t('actionPlan.resolutionText', { body: input.resolution.body, number: input.resolution.number, date: formatDate(input.resolution.decidedOn, locale) }),
          },
        ]
      : []),
  ];
  const blocks: Block[] = [];
  for (const section of input.sections) {
    blocks.push(heading(1, section.title), ...markdownToBlocks(section.body, { headingOffset: 1 }));
  }

  if (input.measures.length) {
    blocks.push(pageBreak(), heading(1, t('actionPlan.strategy')), paragraph(t('actionPlan.strategyIntro')));
    for (const [priorityTitle, priorityMeasures] of groupBy(input.measures, (m) => m.priorityTitle)) {
      blocks.push(heading(1, priorityTitle));
      for (const [goalTitle, goalMeasures] of groupBy(priorityMeasures, (m) => m.goalTitle)) {
        blocks.push(heading(2, goalTitle));
        for (const measure of goalMeasures) blocks.push(...measureBlocks(measure, locale, currency));
      }
    }
    blocks.push(pageBreak(), heading(1, t('actionPlan.budget')), paragraph(t('actionPlan.budgetIntro')), budgetTable(input.measures, locale, currency));
  }

  return {
    locale,
    title: input.plan.title,
    meta: {
      areaName: input.areaName,
      date: isoDate(input.version.issuedAt ?? input.resolution?.decidedOn ?? input.generatedOn ?? new Date()),
      version: t('actionPlan.versionNumber', { number: input.version.number }),
      details,
    },
    titlePage: true,
    toc: true,
    blocks,
  };
}

/** A field as "**Label:** text"; a longer Markdown text keeps its paragraphs and lists after the label. */
function field(label: string, text: string): Block[] {
  const blocks = markdownToBlocks(text);
  const first = blocks[0];
  if (first?.kind === 'paragraph') return [{ kind: 'paragraph', runs: [bold(`${label}: `), ...first.runs] }, ...blocks.slice(1)];
  return [labelBlock(label), ...blocks];
}

/** A bold label kept with the list or table after it. */
const labelBlock = (text: string): Block => ({ kind: 'paragraph', runs: [bold(`${text}:`)], keepWithNext: true });

function measureBlocks(measure: ActionPlanDocumentMeasure, locale: Locale, currency: string): Block[] {
  const t = (key: string) => documentText(locale, key);
  const none = t('none');
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : none);
  const blocks: Block[] = [
    heading(3, `${measure.number} ${measure.title}`, measureAnchor(measure.number)),
    ...field(t('actionPlan.measure.description'), measure.description || none),
    ...field(t('actionPlan.measure.rationale'), measure.rationale || none),
    ...field(t('actionPlan.measure.targetGroups'), list(measure.targetGroups)),
    ...field(t('actionPlan.measure.responsible'), measure.responsibleOrganisationName ?? none),
    ...field(t('actionPlan.measure.partners'), list(measure.partnerNames)),
    ...field(t('actionPlan.measure.timeline'), measure.fromYear === measure.toYear ? String(measure.fromYear) : `${measure.fromYear}–${measure.toYear}`),
  ];
  if (measure.activities.length) {
    blocks.push(labelBlock(t('actionPlan.measure.activities')), {
      kind: 'list',
      ordered: false,
      items: measure.activities.map((activity): TextRun[] => [
        bold(`${activity.number} ${activity.title}`.trim()),
        ...(activity.description ? [{ text: ` – ${activity.description}` }] : []),
      ]),
    });
  }
  if (measure.indicators.length) {
    blocks.push(labelBlock(t('actionPlan.measure.indicators')), {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { header: t('actionPlan.indicator.name'), type: 'text', width: 4 },
        { header: t('actionPlan.indicator.unit'), type: 'text', width: 1.6 },
        { header: t('actionPlan.indicator.baseline'), type: 'number', width: 1.4 },
        { header: t('actionPlan.indicator.target'), type: 'number', width: 1.4 },
      ],
      rows: measure.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.baseline ?? none, indicator.target]),
    });
  }
  blocks.push(labelBlock(`${t('actionPlan.measure.costs')}${currency}`));
  if (!measure.costs.length) {
    blocks.push(paragraph(t('actionPlan.measure.noCosts')));
    return blocks;
  }
  const sources = usedSources(measure.costs);
  const years = groupBy(
    [...measure.costs].sort((a, b) => a.year - b.year),
    (cost) => String(cost.year),
  );
  const sums = sumBySource(measure.costs);
  blocks.push({
    kind: 'table',
    repeatHeader: true,
    columns: moneyColumns(t('actionPlan.costYear'), sources, locale, 1),
    rows: years.map(([year, costs]) => {
      const row = sumBySource(costs);
      return [year, ...sources.map((source) => formatHundredths(row.bySource.get(source) ?? 0n)), formatHundredths(row.total)];
    }),
    totals: [t('actionPlan.total'), ...sources.map((source) => formatHundredths(sums.bySource.get(source) ?? 0n)), formatHundredths(sums.total)],
  });
  return blocks;
}

function moneyColumns(first: string, sources: readonly FundingSource[], locale: Locale, firstWidth: number): TableColumn[] {
  return [
    { header: first, type: 'text', width: firstWidth },
    ...sources.map((source): TableColumn => ({ header: documentText(locale, `fundingSources.${source}`), type: 'money', width: 1.5 })),
    { header: documentText(locale, 'actionPlan.total'), type: 'money', width: 1.6 },
  ];
}

/** Costs of all measures by priority (rows) and funding source (columns), with the totals. */
function budgetTable(measures: readonly ActionPlanDocumentMeasure[], locale: Locale, currency: string): TableBlock {
  const all = measures.flatMap((measure) => measure.costs);
  const sources = usedSources(all);
  const sums = sumBySource(all);
  return {
    kind: 'table',
    repeatHeader: true,
    columns: moneyColumns(`${documentText(locale, 'actionPlan.priority')}${currency}`, sources, locale, 3),
    rows: groupBy(measures, (m) => m.priorityTitle).map(([priority, priorityMeasures]) => {
      const row = sumBySource(priorityMeasures.flatMap((measure) => measure.costs));
      return [priority, ...sources.map((source) => formatHundredths(row.bySource.get(source) ?? 0n)), formatHundredths(row.total)];
    }),
    totals: [documentText(locale, 'actionPlan.total'), ...sources.map((source) => formatHundredths(sums.bySource.get(source) ?? 0n)), formatHundredths(sums.total)],
  };
}
