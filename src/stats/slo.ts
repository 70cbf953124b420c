import type { RunResult } from '../results/types.ts';
import { studentTQuantile } from './distributions.ts';
import { requestsNeeded, runToRunPrior, withinParts } from './metric-estimate.ts';
import { formatValue, METRIC_SPECS } from './metrics.ts';
import { adjustedErrorRate, pooledValue } from './pooled.ts';
import { runSeriesMetrics } from './run-metrics.ts';
import type { GateOptions, NoisePriors, SloResult, SloSpec } from './types.ts';
import { unitVariance } from './variance.ts';

/**
 * Absolute objectives (e.g. P99 < 300 ms) judged on the candidate with the same honesty as the changes: the
 * interval of the candidate's figure (within-run time blocks, run-to-run prior, the repeats' own spread) is
 * built at a Bonferroni level across all SLO checks, and an SLO is breached only when the whole interval is
 * on the wrong side of the limit, met only when the whole interval is on the right side. The SLO is about
 * this measurement, so the between-job noise of a cached baseline does not enter.
 */
export function evaluateSlos(
  candidate: RunResult[],
  seriesIds: string[],
  options: GateOptions,
  priors: NoisePriors,
  warnings: string[],
): SloResult[] {
  const checks: Array<{ spec: SloSpec; seriesId: string }> = [];
  for (const spec of options.slos) {
    if (spec.series === '*') for (const id of seriesIds) checks.push({ spec, seriesId: id });
    else if (seriesIds.includes(spec.series)) checks.push({ spec, seriesId: spec.series });
    else
      warnings.push(
        `SLO on '${spec.series}' (${spec.metric}) matches no series of the candidate; not checked`,
      );
  }
  const confidence = 1 - (1 - options.familyConfidence) / Math.max(1, checks.length);
  return checks.map(({ spec, seriesId }) => {
    const metric = METRIC_SPECS[spec.metric];
    const estimate = pooledValue(candidate, seriesId, spec.metric);
    const runs = candidate.filter((r) => r.series.has(seriesId));
    const per = runs.map((r) => runSeriesMetrics(r, r.series.get(seriesId)!)[spec.metric]);
    const base = { spec, seriesId, estimate, confidence };
    const inconclusive = (reason: string): SloResult => ({
      ...base,
      interval: [Number.NaN, Number.NaN],
      status: 'inconclusive',
      reason,
    });
    const missing = per.find((m) => m.unavailable !== undefined);
    if (missing) return inconclusive(`no figure: ${missing.unavailable}`);
    if (metric.quantile !== undefined) {
      const needed = requestsNeeded(metric.quantile, options.minRequestsForP99);
      const fewest = Math.min(...per.map((m) => m.requests));
      if (fewest < needed)
        return inconclusive(`too thin: ${fewest} requests per run, a ${metric.label} needs ≥ ${needed}`);
    }
    const log = metric.scale === 'log';
    const unit = unitVariance({
      values: per.map((m) => (log ? Math.log(m.value) : m.value)),
      within: withinParts(per),
      prior: runToRunPrior(metric, priors),
    });
    if (!unit) return inconclusive('summary-fidelity result with one run: its uncertainty is unknown');
    const half = studentTQuantile(1 - (1 - confidence) / 2, unit.df) * Math.sqrt(unit.variance / per.length);
    const centre = log ? Math.log(estimate) : adjustedErrorRate(runs, seriesId);
    const interval: [number, number] = log
      ? [Math.exp(centre - half), Math.exp(centre + half)]
      : [Math.max(0, centre - half), centre + half];
    const lowerBound = spec.metric === 'throughput';
    const [lo, hi] = interval;
    const status: SloResult['status'] = lowerBound
      ? hi < spec.limit
        ? 'breached'
        : lo >= spec.limit
          ? 'met'
          : 'inconclusive'
      : lo > spec.limit
        ? 'breached'
        : hi <= spec.limit
          ? 'met'
          : 'inconclusive';
    return {
      ...base,
      interval,
      status,
      ...(status === 'inconclusive'
        ? {
            reason: `the interval ${formatValue(metric, lo)} … ${formatValue(metric, hi)} contains the limit ${formatValue(metric, spec.limit)}`,
          }
        : {}),
    };
  });
}
