import { LatencyHistogram } from '../results/histogram.ts';
import type { RunResult } from '../results/types.ts';
import { METRIC_SPECS } from './metrics.ts';
import { runSeriesMetrics } from './run-metrics.ts';
import type { SeriesMetricName } from './types.ts';

/**
 * One side's figure for a series, pooled over its runs: the quantile of all requests together (histograms
 * merge exactly), total requests over total measured seconds, total failures over total requests. Summary
 * runs have no histogram, so their quantiles pool as the geometric mean of the per-run figures. NaN when no
 * run has the series (an empty histogram's quantile, 0 / 0).
 */
export function pooledValue(runs: RunResult[], seriesId: string, metric: SeriesMetricName): number {
  const present = runs.filter((r) => r.series.has(seriesId));
  const series = present.map((r) => r.series.get(seriesId)!);
  const spec = METRIC_SPECS[metric];
  if (spec.quantile !== undefined) {
    if (present.every((r) => r.fidelity === 'distribution')) {
      const merged = new LatencyHistogram();
      for (const s of series) merged.merge(s.latency);
      return merged.quantile(spec.quantile);
    }
    const values = present.map((r, i) => runSeriesMetrics(r, series[i]!)[metric].value);
    return Math.exp(values.reduce((a, v) => a + Math.log(v), 0) / values.length);
  }
  const requests = series.reduce((a, s) => a + s.requests, 0);
  // NaN without requests (0 / 0)
  if (metric === 'error_rate') return series.reduce((a, s) => a + s.failed, 0) / requests;
  const seconds = present.reduce((a, r) => a + (r.endMs - r.startMs) / 1000, 0);
  return seconds > 0 ? requests / seconds : Number.NaN;
}

/**
 * Failures over requests with one failure and one success added (Agresti–Caffo): the centre of error-rate
 * intervals, which keeps zero-failure runs honest: 0 of 1 000 is not a proven 0 %.
 */
export function adjustedErrorRate(runs: RunResult[], seriesId: string): number {
  let failed = 0;
  let requests = 0;
  for (const run of runs) {
    const s = run.series.get(seriesId);
    if (s) {
      failed += s.failed;
      requests += s.requests;
    }
  }
  return (failed + 1) / (requests + 2);
}
