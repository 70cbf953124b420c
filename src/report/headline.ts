import type { Comparison, SeriesComparison, Verdict } from '../stats/types.ts';
import { assertRenderable, type NoBaselineReason, type ReportContext } from './context.ts';
import { formatChange, formatValue, metricLabel, UNIT_OF } from './format.ts';
import { decidingMetric } from './labels.ts';
import { type ReportView, viewOf } from './view.ts';

/** The verdict a report shows: the comparison's, or `no-baseline` when there was nothing to compare with. */
export type ReportVerdict = Verdict | 'no-baseline';

export function reportVerdict(ctx: ReportContext): ReportVerdict {
  assertRenderable(ctx);
  return ctx.comparison ? ctx.comparison.verdict : 'no-baseline';
}

/** Longest headline: it is a check-run title and a terminal line, not a paragraph. */
export const HEADLINE_MAX = 150;
/** Longest series name inside the headline. */
const NAME_MAX = 60;

const NO_BASELINE_SHORT: Record<NoBaselineReason, string> = {
  'first-run': 'first run, nothing recorded for the base branch',
  evicted: 'the cached baseline was evicted',
  'cache-unavailable': 'the cache service could not be reached',
  unreadable: 'the cached baseline could not be read',
};

export const VERDICT_EMOJI: Record<ReportVerdict, string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️',
  'no-baseline': '⚪',
};
const REFUSED_EMOJI = '🚫';

/**
 * The verdict in one line, plain text (masked, no markup), e.g.
 * "❌ perf-gate: regression on 1 of 4 series (GET /users P99 +18.0%)".
 */
export function headline(ctx: ReportContext): string {
  return headlineOf(viewOf(ctx));
}

/** `headline` for a renderer that already holds the view. */
export function headlineOf(view: ReportView): string {
  const { emoji, text } = headlineParts(view);
  return `${emoji} perf-gate: ${text}`;
}

/** The headline without emoji and prefix, for places that show the verdict otherwise (terminal). */
export function headlineParts(view: ReportView): { emoji: string; text: string } {
  const { ctx, sanitize } = view;
  const verdict = reportVerdict(ctx);
  const c = ctx.comparison;
  if (!c) return { emoji: VERDICT_EMOJI['no-baseline'], text: `no baseline yet: ${noBaselineShort(ctx)}` };
  if (c.refused !== undefined) {
    return { emoji: REFUSED_EMOJI, text: sanitize.plain(`incomparable: ${c.refused}`, HEADLINE_MAX) };
  }
  const text = verdictText(view, c, verdict as Verdict);
  return { emoji: VERDICT_EMOJI[verdict], text: sanitize.plain(text, HEADLINE_MAX) };
}

function noBaselineShort(ctx: ReportContext): string {
  return NO_BASELINE_SHORT[ctx.noBaseline!.reason];
}

/** Names are masked before they are cut: a cut through a URL could otherwise leave half a credential. */
function verdictText(view: ReportView, comparison: Comparison, verdict: Verdict): string {
  const { sanitize, name, nameOfId } = view;
  const n = comparison.series.length;
  // worst first within each group, as view.sorted is
  const count = (outcome: SeriesComparison['outcome']) => view.sorted.filter((x) => x.outcome === outcome);
  /** "GET /users P99 +18.0%" for the first (worst) series of a group */
  const example = (group: SeriesComparison[], withRuns = false) => {
    const worst = group[0];
    const m = worst && decidingMetric(worst);
    if (!worst || !m) return '';
    const runs = withRuns && m.runsToDecide !== undefined ? `, needs ~${m.runsToDecide} runs per side` : '';
    const label = `${sanitize.plain(name(worst.key), NAME_MAX)} ${metricLabel(m.metric)}`;
    return ` (${group.length > 1 ? 'worst: ' : ''}${label} ${formatChange(m.change, m.changeKind)}${runs})`;
  };
  switch (verdict) {
    case 'fail': {
      const regressions = count('regression');
      if (regressions.length > 0)
        return `regression on ${regressions.length} of ${n} series${example(regressions)}`;
      const breached = comparison.slos.filter((r) => r.status === 'breached');
      const first = breached[0];
      if (first) {
        const unit = UNIT_OF[first.spec.metric];
        const sign = first.spec.metric === 'throughput' ? '<' : '>';
        const times = breached.length === 1 ? 'once' : `${breached.length} times`;
        return `SLO breached ${times} (${sanitize.plain(nameOfId(first.seriesId), NAME_MAX)} ${metricLabel(first.spec.metric)} ${formatValue(first.estimate, unit)} ${sign} ${formatValue(first.spec.limit, unit)})`;
      }
      return comparison.reasons[0] ?? 'failed';
    }
    case 'pass': {
      const improvements = count('improvement');
      if (improvements.length > 0) {
        return `no regression; improvement on ${improvements.length} of ${n} series${example(improvements)}`;
      }
      return `no detectable change (${n} series)`;
    }
    case 'inconclusive': {
      const undecided = count('inconclusive');
      if (undecided.length > 0)
        return `inconclusive on ${undecided.length} of ${n} series${example(undecided, true)}`;
      return `inconclusive: ${comparison.reasons[0] ?? 'no gated metric could be judged'}`;
    }
  }
}
