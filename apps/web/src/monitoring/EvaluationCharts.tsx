import { Box, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MonitoringEvaluationQuery } from '../gql/graphql';
import { percentOf, roundScale, scaleTicks } from '../network/chart';
import { formatMoney, formatNumber } from '../ui/format';

type Evaluation = MonitoringEvaluationQuery['monitoringEvaluation'];

/**
 * Colours of the bars: each passes 3:1 against white (WCAG 1.4.11) and they differ in lightness;
 * the legend, the order and the figures beside the bars say the same without colour.
 */
export const EVALUATION_COLORS = { planned: '#868e96', spent: '#1864ab', state: '#2b8a3e', notReported: '#c92a2a' } as const;

const ROW = 26;
const LABEL = 150;
const VALUE = 120;
const WIDTH = 560;

interface Series {
  label: string;
  color: string;
  values: number[];
  texts: string[];
}

/**
 * A horizontal bar chart drawn as SVG: one row per category, one bar per series on a round scale.
 * The figure's caption names it, the image's name summarises it; the tables below hold the figures.
 */
function BarChart({ id, caption, summary, categories, series }: { id: string; caption: string; summary: string; categories: string[]; series: Series[] }) {
  const scale = roundScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const ticks = scaleTicks(scale);
  const track = WIDTH - LABEL - VALUE;
  const group = ROW * series.length + 10;
  const height = group * categories.length + 24;
  return (
    <Box component="figure" m={0} aria-labelledby={`${id}-caption`}>
      <Text component="figcaption" id={`${id}-caption`} fw={600} mb="xs">
        {caption}
      </Text>
      {series.length > 1 ? (
        <Group gap="lg" mb="xs" aria-hidden>
          {series.map((s) => (
            <Group gap={6} key={s.label}>
              <Box w={14} h={14} bg={s.color} style={{ borderRadius: 2 }} />
              <Text size="sm">{s.label}</Text>
            </Group>
          ))}
        </Group>
      ) : null}
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, display: 'block' }} data-chart={id}>
        {categories.map((category, row) => (
          <g key={category} transform={`translate(0 ${row * group})`}>
            <text x={0} y={ROW * series.length * 0.5 + 4} fontSize={13} fill="#212529">
              {category.length > 22 ? `${category.slice(0, 21)}…` : category}
            </text>
            {series.map((s, index) => {
              const width = (percentOf(s.values[row] ?? 0, scale) / 100) * track;
              return (
                <g key={s.label} transform={`translate(${LABEL} ${index * ROW + 4})`}>
                  <rect width={Math.max(width, (s.values[row] ?? 0) > 0 ? 2 : 0)} height={ROW - 8} fill={s.color} rx={2} />
                  <text x={width + 6} y={ROW - 12} fontSize={12} fill="#212529" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {s.texts[row]}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        <g transform={`translate(${LABEL} ${group * categories.length + 2})`}>
          <line x1={0} x2={track} y1={0} y2={0} stroke="#868e96" />
          {ticks.map((tick, index) => (
            <text key={tick} x={(index / (ticks.length - 1)) * track} y={16} fontSize={11} fill="#495057" textAnchor={index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}>
              {formatNumber(tick, 1)}
            </text>
          ))}
        </g>
      </svg>
    </Box>
  );
}

/** The evaluation as pictures: measures per reported state, and money planned against spent per funding source. */
export function EvaluationCharts({ evaluation, currency }: { evaluation: Evaluation; currency: string }) {
  const { t } = useTranslation('monitoring');
  const states = [...evaluation.stateCounts.map((s) => ({ label: t(`state.${s.state}`), count: s.count })), { label: t('notReported'), count: evaluation.notReportedCount }];
  const sources = evaluation.money.map((m) => t(`measures:source.${m.source}`));
  // Bar lengths only: the exact amounts are the texts beside the bars and the table's figures.
  const amount = (text: string) => Number(text);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <BarChart
        id="states"
        caption={t('charts.states')}
        summary={t('charts.statesSummary', { list: states.map((s) => `${s.label} ${s.count}`).join(', ') })}
        categories={states.map((s) => s.label)}
        series={[{ label: t('charts.measures'), color: EVALUATION_COLORS.state, values: states.map((s) => s.count), texts: states.map((s) => String(s.count)) }]}
      />
      {evaluation.money.length ? (
        <BarChart
          id="money"
          caption={t('charts.money')}
          summary={t('charts.moneySummary', { planned: formatMoney(evaluation.plannedTotal, currency), spent: formatMoney(evaluation.spentTotal, currency) })}
          categories={sources}
          series={[
            { label: t('planned'), color: EVALUATION_COLORS.planned, values: evaluation.money.map((m) => amount(m.planned)), texts: evaluation.money.map((m) => formatMoney(m.planned, currency)) },
            { label: t('spent'), color: EVALUATION_COLORS.spent, values: evaluation.money.map((m) => amount(m.spent)), texts: evaluation.money.map((m) => formatMoney(m.spent, currency)) },
          ]}
        />
      ) : null}
    </SimpleGrid>
  );
}
