import type { LatencyHistogram } from '../results/histogram.ts';
import type { RunResult, SeriesResult } from '../results/types.ts';
import { LATENCY_METRICS, METRIC_SPECS } from './metrics.ts';
import { sumVarianceOBM } from './time-blocks.ts';
import type { MetricName, SeriesMetricName } from './types.ts';

/**
 * One run's figure for one series and metric, with how uncertain that figure is from inside the run.
 *
 * `withinVar` is the variance of the figure on the analysis scale (log for latency and throughput, the
 * fraction itself for the error rate) that comes from which requests happened to land in this run, bursts
 * included: it is estimated from the run's per-second buckets with overlapping batch means (time-blocks.ts).
 * It is undefined for summary-fidelity runs, which have no per-second data: their within-run uncertainty is
 * unknown and the comparison never pretends otherwise.
 */
export interface RunMetric {
  /** ms, req/s or fraction; NaN when `unavailable` */
  value: number;
  withinVar?: number;
  withinDf?: number;
  requests: number;
  /** why there is no figure */
  unavailable?: string;
}

export type RunSeriesMetrics = Record<SeriesMetricName, RunMetric>;

/** The requests behind a side's figures: every run's, added up. */
export function totalRequests(metrics: readonly RunMetric[]): number {
  return metrics.reduce((a, m) => a + m.requests, 0);
}

/** z of the Woodruff bracket (the customary 95 % value); it only sets the span used to read the slope. */
const WOODRUFF_Z = 1.96;

interface SecondsTable {
  requests: Float64Array;
  failed: Float64Array;
  latency: (LatencyHistogram | undefined)[];
}

/** The series' per-second buckets as dense arrays from its first to its last second (gaps are zeros). */
function secondsTable(series: SeriesResult): SecondsTable | undefined {
  if (series.seconds.size === 0) return undefined;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of series.seconds.keys()) {
    if (s < first) first = s;
    if (s > last) last = s;
  }
  const T = last - first + 1;
  const table: SecondsTable = {
    requests: new Float64Array(T),
    failed: new Float64Array(T),
    latency: new Array<LatencyHistogram | undefined>(T),
  };
  for (const [s, bucket] of series.seconds) {
    table.requests[s - first] = bucket.requests;
    table.failed[s - first] = bucket.failed;
    table.latency[s - first] = bucket.latency;
  }
  return table;
}

/** Variance of a share Σa/Σn from per-second counts, via the linearised residuals a_t − F·n_t. */
function shareVariance(a: ArrayLike<number>, n: ArrayLike<number>): { variance: number; df: number } {
  let A = 0;
  let N = 0;
  for (let i = 0; i < n.length; i++) {
    A += a[i]!;
    N += n[i]!;
  }
  const share = A / N;
  const residuals = new Float64Array(n.length);
  for (let i = 0; i < n.length; i++) residuals[i] = a[i]! - share * n[i]!;
  const obm = sumVarianceOBM(residuals);
  return obm === undefined ? { variance: 0, df: 1 } : { variance: obm.variance / (N * N), df: obm.df };
}

/**
 * Within-run uncertainty of log quantiles by Woodruff's method: the variance of F̂(q̂) (share of requests at
 * or below the quantile, an additive statistic whose time correlation batch means can handle) is turned into
 * a variance of log q̂ through the slope of the run's own log-quantile function across q̂ ± 1.96 standard
 * errors. No density estimate with a tuning constant, no resampling; the binomial variance p(1−p)/n is a
 * floor, because bursts make requests more alike, never less.
 */
function latencyMetrics(series: SeriesResult, table: SecondsTable | undefined): Record<string, RunMetric> {
  const out: Record<string, RunMetric> = {};
  const h = series.latency;
  const specs = LATENCY_METRICS.map((m) => METRIC_SPECS[m]);
  const quantiles = specs.map((s) => h.quantile(s.quantile!));
  const T = table?.latency.length ?? 0;
  // counts[k][t]: requests of second t at or below quantile k (thresholds ascend with k)
  const counts = quantiles.map(() => new Float64Array(T));
  const perSecond = new Float64Array(T);
  let total = 0;
  if (table) {
    for (let t = 0; t < T; t++) {
      const second = table.latency[t];
      if (!second || second.count === 0) continue;
      perSecond[t] = second.count;
      total += second.count;
      second.forEachBin((value, count) => {
        const k = quantiles.findIndex((q) => value <= q);
        // Stryker disable next-line ArithmeticOperator: equivalent, `-` negates every count of every quantile, which negates the share and each residual exactly, and their variance is quadratic
        if (k >= 0) counts[k]![t] = counts[k]![t]! + count;
      });
      for (let k = 1; k < quantiles.length; k++) counts[k]![t] = counts[k]![t]! + counts[k - 1]![t]!;
    }
  }
  specs.forEach((spec, k) => {
    const q = quantiles[k]!;
    const base: RunMetric = { value: q, requests: h.count };
    if (h.count === 0) {
      out[spec.name] = { ...base, value: Number.NaN, unavailable: 'no requests' };
      return;
    }
    if (!(q > 0)) {
      out[spec.name] = { ...base, unavailable: `${spec.label} is 0 ms (requests that never connected)` };
      return;
    }
    // no per-second latencies (no seconds at all, or none with a latency): the within-run variance is unknown
    if (total === 0) {
      out[spec.name] = base;
      return;
    }
    const p = spec.quantile!;
    const { variance, df } = shareVariance(counts[k]!, perSecond);
    const binomial = (p * (1 - p)) / total;
    const seShare = Math.sqrt(Math.max(variance, binomial));
    // The slope of the log-quantile function is a property of the distribution: read it across ±1.96
    // binomial standard errors, so a burst that widens seShare does not also stretch the span further into
    // the tail (where the slope is steeper).
    const span = WOODRUFF_Z * Math.sqrt(binomial);
    const pLo = Math.max(0, p - span);
    const pHi = Math.min(1, p + span);
    const qLo = h.quantile(pLo);
    const qHi = h.quantile(pHi);
    // A bracket reaching down to 0 ms (never-connected requests) would make the log slope infinite: read it on
    // the upper side only.
    const slope = qLo > 0 ? Math.log(qHi / qLo) / (pHi - pLo) : Math.log(qHi / q) / (pHi - p);
    out[spec.name] = { ...base, withinVar: (slope * seShare) ** 2, withinDf: df };
  });
  return out;
}

function reportedQuantile(series: SeriesResult, name: MetricName): number | undefined {
  const r = series.reportedQuantiles;
  if (!r) return undefined;
  const p = name.slice(1);
  return r[name] ?? r[`p(${p})`] ?? (name === 'p50' ? (r.med ?? r.median) : undefined);
}

function summaryLatencyMetrics(series: SeriesResult): Record<string, RunMetric> {
  const out: Record<string, RunMetric> = {};
  for (const name of LATENCY_METRICS) {
    const v = reportedQuantile(series, name);
    const spec = METRIC_SPECS[name];
    out[name] =
      v === undefined
        ? {
            value: Number.NaN,
            requests: series.requests,
            unavailable: `the summary reports no ${spec.label}`,
          }
        : v > 0
          ? { value: v, requests: series.requests }
          : { value: v, requests: series.requests, unavailable: `${spec.label} is 0 ms` };
  }
  return out;
}

function throughputMetric(run: RunResult, series: SeriesResult, table: SecondsTable | undefined): RunMetric {
  const seconds = (run.endMs - run.startMs) / 1000;
  if (!(seconds > 0))
    return { value: Number.NaN, requests: series.requests, unavailable: 'the run has no measured duration' };
  const value = series.requests / seconds;
  if (!table) return { value, requests: series.requests };
  // The first and last seconds are partial (the run starts and stops inside them): leave them out of the
  // spread of per-second counts when there are enough whole seconds.
  const counts = table.requests.length >= 4 ? table.requests.subarray(1, -1) : table.requests;
  const obm = sumVarianceOBM(counts);
  if (!obm) return { value, requests: series.requests };
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i]!;
  // Var(log mean) ≈ Var(Σc)/(Σc)²
  return {
    value,
    requests: series.requests,
    withinVar: sum > 0 ? obm.variance / (sum * sum) : 0,
    withinDf: obm.df,
  };
}

/**
 * The least within-run variance of a run's failure share: binomial with one failure and one success added
 * (Agresti–Caffo), so a run without a single failure still says how rare failures must be, not that they are
 * impossible.
 */
export function shareVarianceFloor(failed: number, n: number): number {
  const adjusted = (failed + 1) / (n + 2);
  return (adjusted * (1 - adjusted)) / (n + 2);
}

function errorRateMetric(series: SeriesResult, table: SecondsTable | undefined): RunMetric {
  const n = series.requests;
  if (n === 0) return { value: Number.NaN, requests: 0, unavailable: 'no requests' };
  const value = series.failed / n;
  if (!table) return { value, requests: n };
  const { variance, df } = shareVariance(table.failed, table.requests);
  return {
    value,
    requests: n,
    withinVar: Math.max(variance, shareVarianceFloor(series.failed, n)),
    withinDf: df,
  };
}

const cache = new WeakMap<SeriesResult, { run: RunResult; metrics: RunSeriesMetrics }>();

/**
 * Every metric of one series in one run. Memoised per series object (runs are treated as immutable), so a
 * baseline compared with several candidates is read once.
 */
export function runSeriesMetrics(run: RunResult, series: SeriesResult): RunSeriesMetrics {
  const hit = cache.get(series);
  if (hit && hit.run === run) return hit.metrics;
  const distribution = run.fidelity === 'distribution';
  const table = distribution ? secondsTable(series) : undefined;
  const latency = distribution ? latencyMetrics(series, table) : summaryLatencyMetrics(series);
  const metrics = {
    ...latency,
    throughput: throughputMetric(run, series, table),
    error_rate: errorRateMetric(series, table),
  } as RunSeriesMetrics;
  cache.set(series, { run, metrics });
  return metrics;
}
