import { formatNumber } from '../ui/format';

/** "+12", "−5", "0": a change says its direction in text, not by colour alone. */
export function signed(value: number): string {
  if (value > 0) return `+${formatNumber(value, 0)}`;
  if (value < 0) return `−${formatNumber(-value, 0)}`;
  return '0';
}

/** Capacity of one service type in one unit, as the API counts it (each service once). */
export interface TypeCapacity {
  serviceType: string;
  unit: string;
  current: number;
  proposed: number;
  change: number;
}

/** One pair of bars: a service type today and with the intentions, as shares of the scale (0–100). */
export interface ChartBar {
  serviceType: string;
  current: number;
  proposed: number;
  change: number;
  currentPercent: number;
  proposedPercent: number;
}

/** The bars of one unit: capacities in different units are never drawn on one scale. */
export interface ChartGroup {
  unit: string;
  /** The end of the scale: a round number at or above the largest capacity. */
  scale: number;
  /** Marks along the scale, 0 first and the scale last. */
  ticks: number[];
  current: number;
  proposed: number;
  bars: ChartBar[];
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above the value (1 for nothing), so the scale reads in round steps. */
export function roundScale(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (value <= step * power) return step * power;
  }
  return 10 * power;
}

/** Four or five marks from 0 to the scale in equal round steps (0, 25, 50, 75, 100; 0, 50, 100, 150, 200). */
export function scaleTicks(scale: number): number[] {
  const leading = scale / 10 ** Math.floor(Math.log10(scale));
  const parts = leading === 2.5 || leading === 5 ? 5 : 4;
  return Array.from({ length: parts + 1 }, (_, index) => (scale * index) / parts);
}

/** Share of the scale, clamped to 0–100 and rounded to a tenth of a per cent. */
export function percentOf(value: number, scale: number): number {
  return Math.round((Math.min(Math.max(value, 0), scale) / scale) * 1000) / 10;
}

/**
 * Groups the capacities by unit (in the order given, units in the order they first occur) and
 * turns each into bar lengths on the unit's own round scale.
 */
export function chartGroups(types: readonly TypeCapacity[]): ChartGroup[] {
  const byUnit = new Map<string, TypeCapacity[]>();
  for (const type of types) byUnit.set(type.unit, [...(byUnit.get(type.unit) ?? []), type]);
  return [...byUnit].map(([unit, entries]) => {
    const scale = roundScale(Math.max(...entries.flatMap((entry) => [entry.current, entry.proposed])));
    return {
      unit,
      scale,
      ticks: scaleTicks(scale),
      current: entries.reduce((sum, entry) => sum + entry.current, 0),
      proposed: entries.reduce((sum, entry) => sum + entry.proposed, 0),
      bars: entries.map((entry) => ({
        serviceType: entry.serviceType,
        current: entry.current,
        proposed: entry.proposed,
        change: entry.change,
        currentPercent: percentOf(entry.current, scale),
        proposedPercent: percentOf(entry.proposed, scale),
      })),
    };
  });
}
