import type { MetricComparison, MetricName, ResourceMetricName, SeriesMetricName } from './types.ts';

/** How one metric is measured, compared and judged. */
export interface MetricSpec {
  name: MetricName;
  unit: MetricComparison['unit'];
  changeKind: MetricComparison['changeKind'];
  /**
   * Scale of the analysis: 'log' for ratios (latency, throughput: a relative change is a difference of logs,
   * and run-to-run drift is multiplicative), 'identity' for the error rate (judged in percentage points).
   */
  scale: 'log' | 'identity';
  /** +1 when a higher value is worse (latency, error rate), −1 when a lower value is worse (throughput) */
  worse: 1 | -1;
  /** the quantile (0..1) for latency metrics */
  quantile?: number;
  /** short label for messages */
  label: string;
}

export const METRIC_SPECS: Record<MetricName, MetricSpec> = {
  p50: {
    name: 'p50',
    unit: 'ms',
    changeKind: 'relative',
    scale: 'log',
    worse: 1,
    quantile: 0.5,
    label: 'P50',
  },
  p90: {
    name: 'p90',
    unit: 'ms',
    changeKind: 'relative',
    scale: 'log',
    worse: 1,
    quantile: 0.9,
    label: 'P90',
  },
  p95: {
    name: 'p95',
    unit: 'ms',
    changeKind: 'relative',
    scale: 'log',
    worse: 1,
    quantile: 0.95,
    label: 'P95',
  },
  p99: {
    name: 'p99',
    unit: 'ms',
    changeKind: 'relative',
    scale: 'log',
    worse: 1,
    quantile: 0.99,
    label: 'P99',
  },
  throughput: {
    name: 'throughput',
    unit: 'req/s',
    changeKind: 'relative',
    scale: 'log',
    worse: -1,
    label: 'throughput',
  },
  error_rate: {
    name: 'error_rate',
    unit: 'ratio',
    changeKind: 'absolute',
    scale: 'identity',
    worse: 1,
    label: 'error rate',
  },
  cpu_per_request: {
    name: 'cpu_per_request',
    unit: 'ms',
    changeKind: 'relative',
    scale: 'log',
    worse: 1,
    label: 'CPU per request',
  },
  peak_rss: {
    name: 'peak_rss',
    unit: 'MB',
    changeKind: 'relative',
    scale: 'log',
    worse: 1,
    label: 'peak RSS',
  },
};

/** The metrics of each series of requests, in report order. */
export const SERIES_METRICS: readonly SeriesMetricName[] = [
  'p50',
  'p90',
  'p95',
  'p99',
  'throughput',
  'error_rate',
];

/** The metrics of the service under test (src/stats/resources.ts). */
export const RESOURCE_METRICS: readonly ResourceMetricName[] = ['cpu_per_request', 'peak_rss'];

/** Every metric, in report order. */
export const METRIC_NAMES: readonly MetricName[] = [...SERIES_METRICS, ...RESOURCE_METRICS];

export const LATENCY_METRICS: readonly MetricName[] = ['p50', 'p90', 'p95', 'p99'];

export function isMetricName(value: string): value is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(value);
}

/** From the analysis scale (log ratio or absolute difference) to the reported change. */
export function toChange(spec: MetricSpec, analysisValue: number): number {
  return spec.scale === 'log' ? Math.expm1(analysisValue) : analysisValue;
}

/** A change as people read it: "+12.3%" for relative metrics, "+0.80 pp" for the error rate. */
export function formatChange(spec: MetricSpec, change: number): string {
  if (!Number.isFinite(change)) return String(change);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = Math.abs(change) * 100;
  return spec.changeKind === 'relative'
    ? `${sign}${magnitude.toFixed(magnitude < 10 ? 1 : 0)}%`
    : `${sign}${magnitude.toFixed(2)} pp`;
}

/** A metric value with its unit: "12.3 ms", "98.1 req/s", "0.50%". */
export function formatValue(spec: MetricSpec, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (spec.unit === 'ratio') return `${(value * 100).toFixed(2)}%`;
  if (spec.unit === 'MB') return `${value.toFixed(1)} MB`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${spec.unit}`;
}
