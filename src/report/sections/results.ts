import type { MetricComparison, Outcome, SeriesComparison } from '../../stats/types.ts';
import {
  formatChange,
  formatChangeWithInterval,
  formatInterval,
  formatNoiseFloor,
  formatPercent,
  formatValue,
  metricLabel,
} from '../format.ts';
import { metricOutcomeText, NOT_GATED_EMOJI, orderedMetrics, outcomeEmoji, outcomeWord } from '../labels.ts';
import { table } from '../markdown-blocks.ts';
import { NAME_MAX, type ReportView } from '../view.ts';

function outcomeCell(view: ReportView, metric: MetricComparison): string {
  const emoji = metric.gated ? outcomeEmoji(metric.outcome) : NOT_GATED_EMOJI;
  return `${emoji} ${view.sanitize.md(metricOutcomeText(metric))}`;
}

/** One row per metric; the series name only on its first row so each series reads as a group. */
function seriesRows(
  view: ReportView,
  series: SeriesComparison,
  cells: (m: MetricComparison) => string[],
): string[][] {
  return orderedMetrics(series).map((m, i) => [
    i === 0 ? `**${view.sanitize.md(view.name(series.key), NAME_MAX)}**` : '',
    ...cells(m),
  ]);
}

/**
 * The results table reviewers read first: every series (regressions first), every metric, with the change,
 * its interval, the smallest change the run could detect, and the outcome. `maxSeries` keeps only the first
 * series and says how many (and which outcomes) were left out.
 */
export function resultsTable(view: ReportView, maxSeries = Number.POSITIVE_INFINITY): string {
  if (view.sorted.length === 0) return '_No series was measured on both sides, so nothing was compared._';
  const shown = view.sorted.slice(0, maxSeries);
  const rows = shown.flatMap((series) =>
    seriesRows(view, series, (m) => [
      metricLabel(m.metric),
      formatValue(m.baseline, m.unit),
      formatValue(m.candidate, m.unit),
      formatChangeWithInterval(m),
      formatNoiseFloor(m),
      outcomeCell(view, m),
    ]),
  );
  const header = ['Series', 'Metric', 'Baseline', 'PR', 'Change [interval]', 'Detectable', 'Outcome'];
  const parts: string[] = [];
  if (rows.length > 0)
    parts.push(table(header, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'left']));
  const omitted = view.sorted.slice(shown.length);
  if (omitted.length > 0) parts.push(omittedNote(omitted));
  parts.push(
    '_Change: PR vs baseline (relative; error rate in percentage points), with its family-wise interval. ' +
      'Detectable: the smallest change this run could tell from noise._',
  );
  return parts.join('\n\n');
}

function omittedNote(omitted: SeriesComparison[]): string {
  const counts = new Map<Outcome, number>();
  for (const s of omitted) counts.set(s.outcome, (counts.get(s.outcome) ?? 0) + 1);
  const breakdown = [...counts].map(([o, n]) => `${n} ${outcomeWord(o)}`).join(', ');
  return `_…and ${omitted.length} more series not shown here (${breakdown})._`;
}

/** Every figure of every metric, for the collapsible detail. */
export function fullResultsTable(view: ReportView): string {
  const rows = view.sorted.flatMap((series) =>
    seriesRows(view, series, (m) => [
      metricLabel(m.metric),
      formatValue(m.baseline, m.unit),
      formatValue(m.candidate, m.unit),
      formatChange(m.change, m.changeKind),
      `${formatInterval(m.interval, m.changeKind)} at ${formatPercent(m.confidence, 2)}`,
      `±${formatChange(m.tolerance, m.changeKind).replace(/^\+/, '')}`,
      formatNoiseFloor(m),
      formatPercent(m.baselineCv),
      `${m.sampleSize.baseline} / ${m.sampleSize.candidate}`,
      m.gated ? 'yes' : 'no',
      outcomeCell(view, m),
    ]),
  );
  const header = [
    'Series',
    'Metric',
    'Baseline',
    'PR',
    'Change',
    'Interval',
    'Tolerance',
    'Detectable',
    'Baseline CV',
    'Samples (base / PR)',
    'Gated',
    'Outcome',
  ];
  const right = new Set([2, 3, 4, 5, 6, 7, 8, 9]);
  return table(
    header,
    rows,
    header.map((_, i) => (right.has(i) ? 'right' : 'left')),
  );
}
