import { seriesNamer } from '../results/types.ts';
import { formatChange, formatValue, METRIC_SPECS } from './metrics.ts';
import type { MetricComparison, Outcome, SeriesComparison, SloResult, Verdict } from './types.ts';

const SEVERITY: Record<Outcome, number> = { regression: 3, inconclusive: 2, 'no-change': 1, improvement: 0 };

/** Worst gated outcome of a series; a series with nothing gated is inconclusive. */
export function worstOutcome(metrics: MetricComparison[]): Outcome {
  const gated = metrics.filter((m) => m.gated);
  if (gated.length === 0) return 'inconclusive';
  return gated.reduce<Outcome>(
    // Stryker disable next-line EqualityOperator: equivalent as `>=`, no two outcomes share a severity, so on a tie m.outcome is worst (`<=` is tested)
    (worst, m) => (SEVERITY[m.outcome] > SEVERITY[worst] ? m.outcome : worst),
    'improvement',
  );
}

function percent(confidence: number): string {
  const p = confidence * 100;
  return `${p >= 99.95 ? p.toFixed(2) : p.toFixed(1)}%`;
}

function describe(seriesId: string, m: MetricComparison): string {
  const spec = METRIC_SPECS[m.metric];
  return `${seriesId}: ${spec.label} ${formatChange(spec, m.change)} (${formatValue(spec, m.baseline)} → ${formatValue(
    spec,
    m.candidate,
  )}; ${percent(m.confidence)} interval ${formatChange(spec, m.interval[0])} … ${formatChange(spec, m.interval[1])}, tolerance ${formatChange(spec, m.tolerance).replace('+', '±')})`;
}

function describeSlo(s: SloResult): string {
  const spec = METRIC_SPECS[s.spec.metric];
  const bound = s.spec.metric === 'throughput' ? '≥' : '<';
  const where = `${s.seriesId}: SLO ${spec.label} ${bound} ${formatValue(spec, s.spec.limit)}`;
  if (s.status === 'breached')
    return `${where} breached: ${formatValue(spec, s.estimate)} (interval ${formatValue(spec, s.interval[0])} … ${formatValue(spec, s.interval[1])})`;
  return `${where} undecided: ${s.reason ?? 'the interval contains the limit'}`;
}

/**
 * Fail on any gated regression or SLO breach; pass when every gated metric is "no change" or an
 * improvement and every SLO is met; inconclusive otherwise. One plain line per reason, most important first.
 */
export function decide(
  series: SeriesComparison[],
  slos: SloResult[],
  unshared?: string,
): { verdict: Verdict; reasons: string[] } {
  const decided = decideGated(series, slos);
  if (unshared === undefined) return decided;
  // the sides share no series: that, not "nothing could be gated", is what the reader must learn first
  return { ...decided, reasons: [unshared, ...decided.reasons.filter((r) => r !== NOTHING_GATED)] };
}

const NOTHING_GATED =
  'Nothing could be gated: every metric was too thin, not applicable, or without a known uncertainty';

function decideGated(series: SeriesComparison[], slos: SloResult[]): { verdict: Verdict; reasons: string[] } {
  // reasons name series as readers know them ("GET /users"), not by their full id
  const name = seriesNamer(series.map((s) => s.key));
  const gated = series.flatMap((s) => s.metrics.filter((m) => m.gated).map((m) => ({ id: name(s.key), m })));
  const regressions = gated.filter(({ m }) => m.outcome === 'regression');
  const breaches = slos.filter((s) => s.status === 'breached');
  if (regressions.length > 0 || breaches.length > 0) {
    return {
      verdict: 'fail',
      reasons: [
        ...regressions.map(({ id, m }) => `Regression: ${describe(id, m)}`),
        ...breaches.map(describeSlo),
      ],
    };
  }
  const undecided = gated.filter(({ m }) => m.outcome === 'inconclusive');
  const openSlos = slos.filter((s) => s.status !== 'met');
  if (gated.length === 0 && slos.length === 0) {
    return {
      verdict: 'inconclusive',
      reasons: [NOTHING_GATED],
    };
  }
  if (undecided.length > 0 || openSlos.length > 0) {
    return {
      verdict: 'inconclusive',
      reasons: [
        ...undecided.map(({ id, m }) => `${id}: ${METRIC_SPECS[m.metric].label}: ${m.reason ?? 'undecided'}`),
        ...openSlos.map(describeSlo),
      ],
    };
  }
  const improvements = gated.filter(({ m }) => m.outcome === 'improvement');
  const seriesCount = new Set(gated.map(({ id }) => id)).size;
  return {
    verdict: 'pass',
    reasons: [
      `No gated metric changed by its tolerance: ${gated.length} metrics on ${seriesCount} series` +
        (slos.length > 0 ? `, ${slos.length} SLO checks met` : ''),
      ...improvements.map(({ id, m }) => `Improvement: ${describe(id, m)}`),
    ],
  };
}
