import { METRIC_NAMES, METRIC_SPECS } from './metrics.ts';
import type { HistoryEntry, MetricName, NoisePriors } from './types.ts';
import type { Component } from './variance.ts';
import { sampleVariance, updateWithSample } from './variance.ts';

/**
 * How much one job's figure moves between jobs (another runner, often another machine), on the analysis
 * scale: the variance of log figures for latency and throughput, of the fraction for the error rate.
 * `source` is 'prior' while no past baseline adds evidence (fewer than 2), 'history' once the history is
 * blended in; `historyDf` says how much it weighs against the prior's `priorDf`.
 */
export interface BetweenJob {
  source: 'history' | 'prior';
  historySize: number;
  perMetric: Record<MetricName, Component & { source: 'history' | 'prior'; historyDf: number }>;
}

/** CV of a log-normal factor ↔ variance of its log. */
export function logVarianceFromCv(cv: number): number {
  return Math.log1p(cv * cv);
}
export function cvFromLogVariance(variance: number): number {
  return Math.sqrt(Math.expm1(variance));
}

/** The prior's degrees of freedom (0 means known exactly: Infinity). */
export function betweenJobPriorDf(priors: NoisePriors): number {
  return priors.betweenJobPriorDf > 0 ? priors.betweenJobPriorDf : Number.POSITIVE_INFINITY;
}

function priorFor(metric: MetricName, priors: NoisePriors): Component {
  const variance =
    metric === 'error_rate' ? priors.betweenJobErrorRateSd ** 2 : logVarianceFromCv(priors.betweenJobCv);
  return { variance, df: betweenJobPriorDf(priors) };
}

/** One metric's spread across past baselines: per series, pooled over series (weighted by df). */
function historySpread(entries: HistoryEntry[], metric: MetricName): { variance: number; df: number } {
  const log = METRIC_SPECS[metric].scale === 'log';
  const bySeries = new Map<string, number[]>();
  for (const entry of entries) {
    for (const [id, figures] of Object.entries(entry.headline)) {
      // absent or not finite: no figure; a log scale needs it above 0
      const v = figures[metric] ?? Number.NaN;
      if (!Number.isFinite(v) || (log && !(v > 0)) || v < 0) continue;
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
  return dfSum > 0 ? { variance: weighted / dfSum, df: longest - 1 } : { variance: 0, df: 0 };
}

/**
 * The between-job variance per metric: the documented prior (`betweenJobCv`, worth `betweenJobPriorDf`
 * past baselines) updated by the base branch's history, as a scaled-inverse-χ² posterior: the df-weighted
 * mean of the prior and the history's spread, with their degrees of freedom added. Every past baseline moves
 * it by its own weight, so there is no threshold where the history abruptly replaces the prior; and the
 * degrees of freedom reach the interval's Student-t, so a variance known from few jobs widens it.
 * Machine speed moves every series together, so pooling series steadies the spread but does not add
 * independent jobs: the history counts (jobs − 1) degrees of freedom. Base-branch commits that really
 * changed performance inflate the spread, which errs on the side of caution.
 */
export function betweenJobVariance(history: HistoryEntry[] | undefined, priors: NoisePriors): BetweenJob {
  const entries = history ?? [];
  const perMetric = {} as BetweenJob['perMetric'];
  let blended = false;
  for (const metric of METRIC_NAMES) {
    const prior = priorFor(metric, priors);
    const seen = historySpread(entries, metric);
    const posterior = updateWithSample(prior, seen.variance, seen.df);
    const historyDf = Number.isFinite(prior.df) ? seen.df : 0;
    if (historyDf > 0) blended = true;
    perMetric[metric] = { ...posterior, source: historyDf > 0 ? 'history' : 'prior', historyDf };
  }
  return { source: blended ? 'history' : 'prior', historySize: entries.length, perMetric };
}
