import type { MetricComparison, Outcome, SeriesComparison } from '../stats/types.ts';
import { METRIC_ORDER } from './format.ts';

/** Order of series and rows: what needs attention first. */
const OUTCOME_RANK: Record<Outcome, number> = {
  regression: 0,
  inconclusive: 1,
  improvement: 2,
  'no-change': 3,
};

const OUTCOME_WORDS: Record<Outcome, string> = {
  regression: 'regression',
  improvement: 'improvement',
  'no-change': 'no change',
  inconclusive: 'inconclusive',
};

const OUTCOME_EMOJI: Record<Outcome, string> = {
  regression: '🔴',
  improvement: '🟢',
  'no-change': '⚪',
  inconclusive: '🟡',
};

export const NOT_GATED_EMOJI = '▫️';

export function outcomeWord(outcome: Outcome): string {
  return OUTCOME_WORDS[outcome];
}

export function outcomeEmoji(outcome: Outcome): string {
  return OUTCOME_EMOJI[outcome];
}

/**
 * What a metric's outcome cell says, before escaping: "regression", "inconclusive: <reason>", "not gated:
 * <reason>".
 */
export function metricOutcomeText(metric: MetricComparison): string {
  if (!metric.gated) return metric.reason ? `not gated: ${metric.reason}` : 'not gated';
  const words = outcomeWord(metric.outcome);
  if (metric.outcome !== 'inconclusive') return words;
  // The statistics' reason already says how many runs would decide; add it only when there is no reason.
  if (metric.reason) return `${words}: ${metric.reason}`;
  return metric.runsToDecide === undefined
    ? words
    : `${words} (~${metric.runsToDecide} runs per side would likely decide)`;
}

/** How far past its tolerance a metric moved: the measure of "worst". */
function severity(metric: MetricComparison): number {
  const size = Math.abs(metric.change);
  if (!Number.isFinite(size)) return 0;
  return metric.tolerance > 0 ? size / metric.tolerance : size;
}

/** The gated metric that decided the series' outcome (largest move among those with that outcome). */
export function decidingMetric(series: SeriesComparison): MetricComparison | undefined {
  const candidates = series.metrics.filter((m) => m.gated && m.outcome === series.outcome);
  return candidates.reduce<MetricComparison | undefined>(
    (worst, m) => (worst === undefined || severity(m) > severity(worst) ? m : worst),
    undefined,
  );
}

/** Regressions first, then inconclusive, improvements, no change; within each, the largest move first. */
export function sortSeries(series: readonly SeriesComparison[]): SeriesComparison[] {
  // among unchanged series the size of a move means nothing: they keep name order
  const sev = (s: SeriesComparison) => {
    const m = s.outcome === 'no-change' ? undefined : decidingMetric(s);
    return m ? severity(m) : 0;
  };
  return [...series].sort(
    (a, b) =>
      OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
      sev(b) - sev(a) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A series' metrics in canonical order (P50 … error rate). */
export function orderedMetrics(series: SeriesComparison): MetricComparison[] {
  return [...series.metrics].sort((a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric));
}
