import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import { chartGroups, signed, type TypeCapacity } from './chart';

/**
 * Bar colours: both pass 3:1 against the white card (WCAG 1.4.11, non-text contrast) and differ
 * in lightness, so they stay apart in greyscale; the legend, the order (today first) and the
 * numbers beside the bars carry the same meaning without colour.
 */
export const CHART_COLORS = { current: '#868e96', proposed: '#1864ab' } as const;

const VALUE_WIDTH = '7.5em';

/**
 * Horizontal grouped bars per service type, one figure per unit: capacity today beside capacity
 * with the counted intentions. A picture for the eye; the table below holds the same figures for
 * screen readers, so each figure is one image with a summary as its name.
 */
export function CapacityChart({ types, typeName }: { types: readonly TypeCapacity[]; typeName: (serviceType: string) => string }) {
  const { t } = useTranslation('network');
  const groups = chartGroups(types);
  return (
    <Stack gap="lg">
      <Group gap="lg" aria-hidden>
        <Legend color={CHART_COLORS.current} label={t('current')} />
        <Legend color={CHART_COLORS.proposed} label={t('proposed')} />
      </Group>
      {groups.map((group) => {
        const unit = t(`services:enums.CapacityUnit.${group.unit}`);
        const captionId = `chart-${group.unit}`;
        return (
          <Box component="figure" m={0} key={group.unit} aria-labelledby={captionId}>
            <Text component="figcaption" id={captionId} fw={600} mb="xs">
              {t('chartUnit', { unit })}
            </Text>
            <div
              role="img"
              data-unit={group.unit}
              aria-label={t('chartSummary', {
                unit,
                current: formatNumber(group.current, 0),
                proposed: formatNumber(group.proposed, 0),
              })}
            >
              <Stack gap={10}>
                {group.bars.map((bar) => (
                  <Box key={bar.serviceType} data-type={bar.serviceType} data-current={bar.current} data-proposed={bar.proposed}>
                    <Text size="sm" lh={1.3} mb={2} style={{ overflowWrap: 'anywhere' }}>
                      {typeName(bar.serviceType)}
                    </Text>
                    <Bar color={CHART_COLORS.current} percent={bar.currentPercent} value={formatNumber(bar.current, 0)} />
                    <Bar
                      color={CHART_COLORS.proposed}
                      percent={bar.proposedPercent}
                      value={formatNumber(bar.proposed, 0)}
                      change={bar.change === 0 ? undefined : signed(bar.change)}
                    />
                  </Box>
                ))}
              </Stack>
              <Box mt={4} style={{ position: 'relative', marginRight: VALUE_WIDTH, height: '1.2em', borderTop: '1px solid var(--mantine-color-gray-5)' }}>
                {group.ticks.map((tick, index) => (
                  <Text
                    key={tick}
                    size="xs"
                    c="dimmed"
                    style={{
                      position: 'absolute',
                      left: `${(index / (group.ticks.length - 1)) * 100}%`,
                      transform: index === 0 ? 'none' : index === group.ticks.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {formatNumber(tick, 1)}
                  </Text>
                ))}
              </Box>
            </div>
          </Box>
        );
      })}
    </Stack>
  );
}

function Bar({ color, percent, value, change }: { color: string; percent: number; value: string; change?: string }) {
  return (
    // The track leaves room on its right for the figure, which follows the end of the bar.
    <Box style={{ position: 'relative', marginRight: VALUE_WIDTH }} h={14} mt={2}>
      {/* A capacity above zero keeps a sliver, so a small service stays visible on a large scale. */}
      <Box h={12} mt={1} bg={color} style={{ width: `${percent}%`, minWidth: percent > 0 ? 2 : 0, borderRadius: 2 }} />
      <Text
        size="xs"
        lh="14px"
        pl={6}
        style={{ position: 'absolute', top: 0, left: `${percent}%`, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
        {change ? (
          <Text span size="xs" fw={700}>
            {' '}
            ({change})
          </Text>
        ) : null}
      </Text>
    </Box>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={14} h={14} bg={color} style={{ borderRadius: 2 }} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
