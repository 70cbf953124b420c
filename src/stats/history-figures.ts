import type { RunResult } from '../results/types.ts';
import { SERIES_METRICS } from './metrics.ts';
import { pooledValue } from './pooled.ts';
import type { HistoryEntry, MetricName } from './types.ts';

/**
 * The figures a baseline store keeps per past baseline: each series' pooled value of every metric. Their
 * spread across past baselines is what the cached design uses as between-job noise. Figures that cannot
 * be computed (no requests, no duration, a quantile a summary did not report) are left out, never NaN.
 */
export function headlineFigures(runs: RunResult[]): HistoryEntry['headline'] {
  const ids = new Set<string>();
  for (const run of runs) for (const id of run.series.keys()) ids.add(id);
  const headline: HistoryEntry['headline'] = {};
  for (const id of [...ids].sort()) {
    const figures: Partial<Record<MetricName, number>> = {};
    for (const metric of SERIES_METRICS) {
      const value = pooledValue(runs, id, metric);
      if (Number.isFinite(value)) figures[metric] = value;
    }
    headline[id] = figures;
  }
  return headline;
}
