import { METRIC_NAMES, METRIC_SPECS } from './metrics.ts';
import type { HistoryEntry, MetricName, NoisePriors } from './types.ts';
import type { Component } from './variance.ts';
import { sampleVariance } from './variance.ts';

/**
 * How much one job's figure moves between jobs (another runner, often another machine), on the analysis
 * scale: the variance of log figures for latency and throughput, of the fraction for the error rate.
 */
export interface BetweenJob {
  source: 'history' | 'prior';
  historySize: number;
  perMetric: Record<MetricName, Component & { source: 'history' | 'prior' }>;
}

/** CV of a log-normal factor ↔ variance of its log. */
export function logVarianceFromCv(cv: number): number {
  return Math.log1p(cv * cv);
}
export function cvFromLogVariance(variance: number): number {
  return Math.sqrt(Math.expm1(variance));
}

function priorFor(metric: MetricName, priors: NoisePriors): Component & { source: 'prior' } {
  const variance =
    metric === 'error_rate' ? priors.betweenJobErrorRateSd ** 2 : logVarianceFromCv(priors.betweenJobCv);
  return { variance, df: Number.POSITIVE_INFINITY, source: 'prior' };
}

/**
 * From the base branch's past baselines: per metric, the spread of each series' headline figure across
 * jobs, pooled over series (weighted by degrees of freedom). Machine speed moves every series together, so
 * pooling series steadies the estimate but does not add independent jobs: the degrees of freedom stay
 * (jobs − 1). Base-branch commits that really changed performance inflate the spread, which errs on the
 * side of caution. With fewer than `priors.minHistory` past baselines the documented prior is used.
 */
export function betweenJobVariance(history: HistoryEntry[] | undefined, priors: NoisePriors): BetweenJob {
  const entries = history ?? [];
  const perMetric = {} as BetweenJob['perMetric'];
  const useHistory = entries.length >= priors.minHistory && entries.length >= 2;
  for (const metric of METRIC_NAMES) {
    perMetric[metric] = priorFor(metric, priors);
    if (!useHistory) continue;
    const log = METRIC_SPECS[metric].scale === 'log';
    const bySeries = new Map<string, number[]>();
    for (const entry of entries) {
      for (const [id, figures] of Object.entries(entry.headline)) {
        const v = figures[metric];
        if (v === undefined || !Number.isFinite(v) || (log && !(v > 0)) || v < 0) continue;
        const list = bySeries.get(id) ?? [];
        list.push(log ? Math.log(v) : v);
        bySeries.set(id, list);
      }
    }
    let weighted = 0;
    let dfSum = 0;
    let longest = 0;
    for (const values of bySeries.values()) {
      if (values.length < 2) continue;
      weighted += (values.length - 1) * sampleVariance(values);
      dfSum += values.length - 1;
      longest = Math.max(longest, values.length);
    }
    if (dfSum > 0 && longest >= priors.minHistory)
      perMetric[metric] = { variance: weighted / dfSum, df: longest - 1, source: 'history' };
  }
  return { source: useHistory ? 'history' : 'prior', historySize: entries.length, perMetric };
}
