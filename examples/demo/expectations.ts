import { formatChangeWithInterval, metricLabel } from '../../src/report/format.ts';
import { decidingMetric, outcomeWord } from '../../src/report/labels.ts';
import type { SeriesKey } from '../../src/results/types.ts';
import type { Comparison, MetricComparison, SeriesComparison } from '../../src/stats/types.ts';

/** One line of the demo's final summary; `ok: false` makes the demo exit non-zero. */
export interface Check {
  ok: boolean;
  text: string;
}

type Endpoint = Pick<SeriesKey, 'method' | 'name'>;

const nameOf = (key: Endpoint) => `${key.method} ${key.name}`;

function metricText(m: MetricComparison): string {
  return `${metricLabel(m.metric)} ${formatChangeWithInterval(m)}`;
}

/** "GET /orders no change, POST /orders inconclusive (P95 +3.1% [-9.8%, +15.8%])" */
function outcomeList(series: SeriesComparison[]): string {
  return series
    .map((s) => {
      const m = s.outcome === 'no-change' ? undefined : decidingMetric(s);
      return `${nameOf(s.key)} ${outcomeWord(s.outcome)}${m ? ` (${metricText(m)})` : ''}`;
    })
    .join(', ');
}

function refusedCheck(c: Comparison): Check | undefined {
  return c.refused === undefined
    ? undefined
    : { ok: false, text: `the comparison was refused: ${c.refused}` };
}

/** The slowed endpoint is a regression, and no other endpoint is. */
export function expectRegressionOnlyOn(c: Comparison, slowed: Endpoint): Check[] {
  const refused = refusedCheck(c);
  if (refused) return [refused];
  const isSlowed = (s: SeriesComparison) => s.key.method === slowed.method && s.key.name === slowed.name;
  const target = c.series.find(isSlowed);
  const others = c.series.filter((s) => !isSlowed(s));
  const checks: Check[] = [];
  if (target === undefined) {
    checks.push({
      ok: false,
      text: `no series ${nameOf(slowed)} was compared (compared: ${c.series.map((s) => nameOf(s.key)).join(', ') || 'none'})`,
    });
  } else if (target.outcome === 'regression') {
    checks.push({
      ok: true,
      text: `regression found on ${nameOf(slowed)}: ${metricText(decidingMetric(target)!)}`,
    });
  } else {
    const m = decidingMetric(target);
    checks.push({
      ok: false,
      text: `${nameOf(slowed)} was slowed down but came out ${outcomeWord(target.outcome)}${m ? `: ${metricText(m)}${m.reason ? ` (${m.reason})` : ''}` : ''}`,
    });
  }
  const falseAlarms = others.filter((s) => s.outcome === 'regression');
  if (falseAlarms.length > 0) {
    checks.push({
      ok: false,
      text: `flagged as a regression though not slowed down: ${outcomeList(falseAlarms)}`,
    });
  } else if (others.length > 0) {
    checks.push({ ok: true, text: `not slowed down, not flagged: ${outcomeList(others)}` });
  }
  if (checks.every((x) => x.ok) && c.verdict !== 'fail') {
    checks.push({ ok: false, text: `the verdict is ${c.verdict}, not fail` });
  }
  return checks;
}

/** The same build measured twice must not fail; a pass is the goal, inconclusive is said with its reason. */
export function expectNoFailure(c: Comparison): Check[] {
  const refused = refusedCheck(c);
  if (refused) return [refused];
  if (c.verdict === 'fail') {
    return [{ ok: false, text: `the same build measured twice failed: ${c.reasons.join('; ')}` }];
  }
  if (c.verdict === 'pass') return [{ ok: true, text: `pass: ${c.reasons[0] ?? 'no change'}` }];
  return [
    {
      ok: true,
      text:
        `not failing, but inconclusive: ${c.reasons[0] ?? 'undecided'}` +
        `${c.reasons.length > 1 ? ` (and ${c.reasons.length - 1} more)` : ''}`,
    },
  ];
}

/**
 * What the cached design made of the slowed endpoint's P50: informative, never a failure of the demo, since
 * with no history of past baselines its between-job noise is an assumption, not a measurement.
 */
export function describeCached(c: Comparison, slowed: Endpoint): string {
  if (c.refused !== undefined) return `refused: ${c.refused}`;
  const series = c.series.find((s) => s.key.method === slowed.method && s.key.name === slowed.name);
  const p50 = series?.metrics.find((m) => m.metric === 'p50');
  const noise =
    c.betweenJob === undefined
      ? ''
      : `between-job noise ${c.betweenJob.source === 'prior' ? 'assumed' : 'measured'} at ${(c.betweenJob.cv * 100).toFixed(0)}% (CV), so `;
  if (p50 === undefined) return `${c.verdict}: ${c.reasons[0] ?? 'no reason given'}`;
  return `${c.verdict}: ${noise}${nameOf(slowed)} ${metricText(p50)} is ${outcomeWord(p50.outcome)}`;
}
