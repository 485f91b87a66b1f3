import { Locale } from '../common/i18n/translate';
import { FundingSource } from '../measures/measure.enums';
import type { ProgressState } from '../monitoring/monitoring.enums';
import { Block, bold, DocumentModel, heading, paragraph } from './document-model';
import { formatDate, formatDecimal } from './document-format';
import { documentText } from './document-labels';

/** The figures of a yearly evaluation (monitoring/MonitoringService.evaluation), as the document prints them. */
export interface EvaluationDocumentInput {
  areaName: string;
  planTitle: string;
  year: number;
  /** E.g. "Kč" or "zł", added to the money headers. */
  currency?: string;
  measureCount: number;
  notReportedCount: number;
  stateCounts: readonly { state: ProgressState; count: number }[];
  measures: readonly { number: string; title: string; organisationName: string | null; state: ProgressState | null }[];
  indicators: readonly {
    measureNumber: string;
    name: string;
    unit: string;
    baseline: string | null;
    target: string;
    value: string | null;
    percentOfTarget: string | null;
  }[];
  money: readonly { source: FundingSource; planned: string; spent: string }[];
  plannedTotal: string;
  spentTotal: string;
  /** The date of the document (default: today). */
  date?: Date | string;
}

/**
 * The yearly evaluation report of an action plan (hodnoticí zpráva): how many measures were
 * fulfilled, partly fulfilled, not fulfilled or are still in progress (with the lists), every
 * indicator against its target, and money planned against money spent by funding source.
 */
export function buildEvaluationDocument(input: EvaluationDocumentInput, locale: Locale): DocumentModel {
  const t = (key: string, params?: Record<string, string | number>) => documentText(locale, key, params);
  const none = t('none');
  const currency = input.currency ? ` (${input.currency})` : '';
  const date = input.date ?? new Date();
  const title = t('evaluation.title', { year: input.year });
  const blocks: Block[] = [
    heading(1, title),
    paragraph(bold(`${t('evaluation.plan')}: `), input.planTitle),
    paragraph(bold(`${t('area')}: `), input.areaName, '   ', bold(`${t('date')}: `), formatDate(date, locale)),
    heading(2, t('evaluation.fulfilment')),
    paragraph(t('evaluation.summary', { count: input.measureCount, reported: input.measureCount - input.notReportedCount })),
    {
      kind: 'table',
      repeatHeader: false,
      columns: [
        { header: t('evaluation.columns.state'), type: 'text', width: 3 },
        { header: t('evaluation.columns.count'), type: 'number', width: 1 },
      ],
      rows: [
        ...input.stateCounts.map(({ state, count }) => [t(`evaluation.states.${state}`), String(count)]),
        [t('evaluation.notReported'), String(input.notReportedCount)],
      ],
      totals: [t('actionPlan.total'), String(input.measureCount)],
    },
  ];
  for (const { state } of input.stateCounts) {
    const listed = input.measures.filter((measure) => measure.state === state);
    if (!listed.length) continue;
    blocks.push(
      { ...paragraph(bold(t(`evaluation.states.${state}`))), keepWithNext: true },
      { kind: 'list', ordered: false, items: listed.map((m) => [{ text: `${m.number} ${m.title}` }, { text: m.organisationName ? ` (${m.organisationName})` : '' }]) },
    );
  }
  const unreported = input.measures.filter((measure) => measure.state === null);
  if (unreported.length) {
    blocks.push(
      { ...paragraph(bold(t('evaluation.notReported'))), keepWithNext: true },
      { kind: 'list', ordered: false, items: unreported.map((m) => [{ text: `${m.number} ${m.title}` }, { text: m.organisationName ? ` (${m.organisationName})` : '' }]) },
    );
  }

  blocks.push(heading(2, t('evaluation.indicators')));
  if (input.indicators.length) {
    blocks.push({
      kind: 'table',
      repeatHeader: true,
      columns: [
        { header: t('evaluation.columns.measure'), type: 'text', width: 0.6 },
        { header: t('actionPlan.indicator.name'), type: 'text', width: 2.4 },
        { header: t('actionPlan.indicator.unit'), type: 'text', width: 0.8 },
        { header: t('actionPlan.indicator.baseline'), type: 'number', width: 1 },
        { header: t('actionPlan.indicator.target'), type: 'number', width: 1 },
        { header: t('evaluation.columns.value'), type: 'number', width: 1 },
        { header: t('evaluation.columns.percent'), type: 'text', align: 'right', width: 0.9 },
      ],
      rows: input.indicators.map((i) => [
        i.measureNumber,
        i.name,
        i.unit,
        i.baseline ?? none,
        i.target,
        i.value ?? none,
        i.percentOfTarget === null ? none : `${formatDecimal(i.percentOfTarget, locale)} %`,
      ]),
    });
  } else {
    blocks.push(paragraph(t('evaluation.noIndicators')));
  }

  blocks.push(heading(2, t('evaluation.money')));
  if (input.money.length) {
    blocks.push({
      kind: 'table',
      repeatHeader: false,
      columns: [
        { header: t('evaluation.columns.source'), type: 'text', width: 2 },
        { header: `${t('evaluation.columns.planned')}${currency}`, type: 'money', width: 1.5 },
        { header: `${t('evaluation.columns.spent')}${currency}`, type: 'money', width: 1.5 },
      ],
      rows: input.money.map((m) => [t(`fundingSources.${m.source}`), m.planned, m.spent]),
      totals: [t('actionPlan.total'), input.plannedTotal, input.spentTotal],
    });
  } else {
    blocks.push(paragraph(t('evaluation.noMoney')));
  }

  return {
    locale,
    title,
    subtitle: input.planTitle,
    meta: { areaName: input.areaName, date: typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10) },
    titlePage: false,
    toc: false,
    blocks,
  };
}
