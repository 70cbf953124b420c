/**
 * The statistics layer's public API: compare baseline and candidate runs and decide the verdict
 * (docs/statistics.md). Everything here is a pure function of its inputs.
 */
export type { CompareInput } from './compare.ts';
export { compareRuns } from './compare.ts';
export type { GateOptionsOverrides } from './defaults.ts';
export { defaultGateOptions, defaultNoisePriors, defaultTolerances, resolveGateOptions } from './defaults.ts';
export { headlineFigures } from './headline.ts';
export { requestsNeeded } from './metric-estimate.ts';
export type { MetricSpec } from './metrics.ts';
export { formatChange, formatValue, METRIC_NAMES, METRIC_SPECS } from './metrics.ts';
export { pooledValue } from './pooled.ts';
export type { RunMetric, RunSeriesMetrics } from './run-metrics.ts';
export { runSeriesMetrics, seriesMetricValues } from './run-metrics.ts';
export type * from './types.ts';
