import type { RunResult } from '../results/types.ts';
import type { MetricName } from '../stats/types.ts';
import type { SeriesSnapshot } from './context.ts';

const QUANTILES: readonly [MetricName, number][] = [
  ['p50', 0.5],
  ['p90', 0.9],
  ['p95', 0.95],
  ['p99', 0.99],
];

/**
 * The candidate's own figures per series, for a report without a baseline. Pooled over `runs`; latency
 * quantiles come from the merged histograms, or (summary fidelity) the quantiles k6 reported when there was
 * a single run, since reported quantiles of several runs cannot be pooled.
 */
export function snapshotSeries(runs: readonly RunResult[]): SeriesSnapshot[] {
  if (runs.length === 0) throw new Error('snapshotSeries: no runs given');
  const seconds = runs.reduce((sum, r) => sum + Math.max(0, r.endMs - r.startMs) / 1000, 0);
  const ids = [...new Set(runs.flatMap((r) => [...r.series.keys()]))].sort();
  return ids.map((id) => {
    const parts = runs.flatMap((r) => {
      const s = r.series.get(id);
      return s ? [{ run: r, s }] : [];
    });
    const first = parts[0]!.s;
    const requests = parts.reduce((n, p) => n + p.s.requests, 0);
    const failed = parts.reduce((n, p) => n + p.s.failed, 0);
    const values: Partial<Record<MetricName, number>> = {
      throughput: seconds > 0 ? requests / seconds : Number.NaN,
      error_rate: requests > 0 ? failed / requests : Number.NaN,
    };
    const summaryOnly = parts.some((p) => p.run.fidelity === 'summary');
    if (!summaryOnly) {
      const merged = first.latency.clone();
      for (const p of parts.slice(1)) merged.merge(p.s.latency);
      for (const [metric, q] of QUANTILES) values[metric] = merged.quantile(q);
    } else if (parts.length === 1) {
      for (const [metric] of QUANTILES) {
        const reported = first.reportedQuantiles?.[metric];
        if (reported !== undefined) values[metric] = reported;
      }
    }
    return { id, key: first.key, requests, values };
  });
}
