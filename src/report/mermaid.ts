import type { SeriesComparison } from '../stats/types.ts';
import type { NightlyInfo } from './context.ts';
import { metricLabel, UNIT_OF } from './format.ts';
import type { Sanitizer } from './sanitize.ts';
import { NAME_MAX } from './view.ts';
import { niceCeil, renderXyChart } from './xy-chart.ts';

const QUANTILES = ['p50', 'p90', 'p95', 'p99'] as const;

/**
 * Baseline (bars) vs PR (line) latency quantiles of one series, with a caption saying which is which.
 * Undefined when fewer than two quantiles have finite values on both sides.
 */
export function quantileChart(
  series: SeriesComparison,
  name: string,
  sanitize: Sanitizer,
): string | undefined {
  const points = QUANTILES.flatMap((q) => {
    const m = series.metrics.find((x) => x.metric === q);
    return m && Number.isFinite(m.baseline) && Number.isFinite(m.candidate) ? [m] : [];
  });
  if (points.length < 2) return undefined;
  const top = Math.max(...points.flatMap((m) => [m.baseline, m.candidate]));
  const chart = renderXyChart({
    title: sanitize.mermaid(`Latency of ${name}`),
    xLabels: points.map((m) => metricLabel(m.metric)),
    yTitle: 'ms',
    yRange: [0, niceCeil(top * 1.1)],
    bars: [points.map((m) => m.baseline)],
    lines: [points.map((m) => m.candidate)],
  });
  return `_Latency quantiles of ${sanitize.md(name, NAME_MAX)}: bars baseline, line PR (ms)._\n\n${chart}`;
}

/** Most nightlies shown in the trend chart (the newest ones). */
const TREND_MAX_POINTS = 30;

/** The headline metric over recent nightlies as a line; undefined with fewer than two finite points. */
export function trendChart(nightly: NightlyInfo, name: string, sanitize: Sanitizer): string | undefined {
  const points = nightly.history.filter((p) => Number.isFinite(p.value)).slice(-TREND_MAX_POINTS);
  if (points.length < 2) return undefined;
  const metric = metricLabel(nightly.metric);
  const unit = UNIT_OF[nightly.metric];
  const chart = renderXyChart({
    title: sanitize.mermaid(`${metric} of ${name}, last ${points.length} nightlies`),
    xLabels: uniqueDateLabels(points.map((p) => p.timeMs)),
    yTitle: unit === 'ratio' ? 'fraction' : unit,
    bars: [],
    lines: [points.map((p) => p.value)],
  });
  return `_${metric} of ${sanitize.md(name, NAME_MAX)} per nightly, oldest first._\n\n${chart}`;
}

/** "05-01" per point; "05-01 14:30" where a day has more than one point, so no two labels collide. */
function uniqueDateLabels(times: number[]): string[] {
  const day = (t: number) => new Date(t).toISOString().slice(5, 10);
  const perDay = new Map<string, number>();
  for (const t of times) perDay.set(day(t), (perDay.get(day(t)) ?? 0) + 1);
  return times.map((t) => {
    const iso = new Date(t).toISOString();
    return perDay.get(day(t))! > 1 ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : day(t);
  });
}
