import { confirmationText } from '../stats/sequential.ts';
import type { MetricComparison } from '../stats/types.ts';
import type { ReportContext } from './context.ts';
import {
  capitalize,
  formatAge,
  formatChangeWithInterval,
  formatValue,
  METRIC_ORDER,
  metricFigures,
  metricLabel,
  shortSha,
} from './format.ts';
import { headlineParts, type ReportVerdict, reportVerdict } from './headline.ts';
import { buildReportJson } from './json.ts';
import { metricOutcomeText, orderedMetrics } from './labels.ts';
import { cachedFirstLines, NO_BASELINE_ADVICE } from './sections/notices.ts';
import { type ReportView, viewOf } from './view.ts';

export interface TerminalOptions {
  /** ANSI colours; pass false when NO_COLOR is set or stdout is not a terminal */
  color: boolean;
}

type Style = 'red' | 'green' | 'yellow' | 'dim' | 'bold';
const ANSI: Record<Style, [number, number]> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  dim: [2, 22],
  bold: [1, 22],
};

const VERDICT_LABEL: Record<ReportVerdict, { text: string; style: Style }> = {
  pass: { text: 'PASS', style: 'green' },
  fail: { text: 'FAIL', style: 'red' },
  inconclusive: { text: 'INCONCLUSIVE', style: 'yellow' },
  'no-baseline': { text: 'NO BASELINE', style: 'dim' },
};

/** Longest series name in a terminal row. */
const TERMINAL_NAME_MAX = 60;

/** What the CLI prints of a judged report: the verdict table, or with `--json` the report.json document. */
export function renderCliReport(ctx: ReportContext, options: TerminalOptions & { json: boolean }): string {
  return options.json
    ? JSON.stringify(buildReportJson(ctx), null, 2)
    : renderTerminalTable(ctx, { color: options.color });
}

/** A plain-text verdict and table for the CLI; columns aligned, colour only when asked for. */
export function renderTerminalTable(ctx: ReportContext, options: TerminalOptions): string {
  const view = viewOf(ctx);
  const paint = (text: string, style: Style) => {
    if (!options.color) return text;
    const [on, off] = ANSI[style];
    return `\u001b[${on}m${text}\u001b[${off}m`;
  };
  const verdict = VERDICT_LABEL[reportVerdict(ctx)];
  // blocks separated by one blank line
  const blocks: string[][] = [
    [`${paint(verdict.text, verdict.style)}  perf-gate: ${headlineParts(view).text}`, metaText(view)],
  ];
  const c = view.comparison;
  const first = cachedFirstLines(view, {
    sha: (sha) => view.sanitize.plain(shortSha(sha)),
    text: view.sanitize.plain,
    label: (s) => s,
  });
  if (first.length > 0) blocks.push(first);
  if (!c) {
    const nb = ctx.noBaseline!;
    const advice = NO_BASELINE_ADVICE[nb.reason];
    blocks.push([
      advice.what,
      `What to do: ${advice.todo}`,
      ...(nb.detail ? [`Details: ${view.sanitize.plain(nb.detail, 500)}`] : []),
    ]);
    if (ctx.candidateSnapshot?.length) blocks.push(snapshotGrid(view));
  } else if (c.series.length > 0) {
    blocks.push(resultsGrid(view, paint));
  }
  const notes = [
    ...(c?.reasons ?? []).map((r) => `- ${view.sanitize.plain(r, 500)}`),
    ...(c?.warnings ?? ctx.snapshotWarnings ?? []).map((w) => `! ${view.sanitize.plain(w, 500)}`),
  ];
  if (notes.length > 0) blocks.push(notes);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

function metaText(view: ReportView): string {
  const { ctx, sanitize } = view;
  const parts = [sanitize.plain(ctx.scenario.name, TERMINAL_NAME_MAX)];
  const b = ctx.baseline;
  if (b && b.source !== 'none') {
    parts.push(
      `baseline ${sanitize.plain(shortSha(b.commit))} (${sanitize.plain(b.ref)}, ${formatAge(ctx.nowMs, b.timeMs)})`,
    );
  }
  parts.push(`PR ${sanitize.plain(shortSha(ctx.candidate.commit))}`);
  if (view.comparison)
    parts.push(`${view.comparison.runs.baseline} vs ${view.comparison.runs.candidate} runs`);
  if (view.comparison?.confirmation) parts.push(confirmationText(view.comparison.confirmation));
  return parts.join(' · ');
}

function outcomeStyle(metric: MetricComparison): Style {
  if (!metric.gated) return 'dim';
  return { regression: 'red', improvement: 'green', inconclusive: 'yellow', 'no-change': 'dim' }[
    metric.outcome
  ] as Style;
}

type Cell = { text: string; style?: Style };

function resultsGrid(view: ReportView, paint: (t: string, s: Style) => string): string[] {
  const header = ['Series', 'Metric', 'Baseline', 'PR', 'Change [interval]', 'Outcome'];
  const rows: Cell[][] = view.sorted.flatMap((series) =>
    orderedMetrics(series).map((m, i) => [
      { text: i === 0 ? view.sanitize.plain(view.name(series.key), TERMINAL_NAME_MAX) : '' },
      { text: metricLabel(m.metric) },
      { text: formatValue(m.baseline, m.unit) },
      { text: formatValue(m.candidate, m.unit) },
      { text: formatChangeWithInterval(m) },
      { text: view.sanitize.plain(metricOutcomeText(m), 200), style: outcomeStyle(m) },
    ]),
  );
  return grid(header, rows, [false, false, true, true, true, false], paint);
}

function snapshotGrid(view: ReportView): string[] {
  const header = ['Series', 'Requests', ...METRIC_ORDER.map((m) => capitalize(metricLabel(m)))];
  const rows: Cell[][] = (view.ctx.candidateSnapshot ?? []).map((x) => [
    { text: view.sanitize.plain(view.name(x.key), TERMINAL_NAME_MAX) },
    { text: String(x.requests) },
    ...metricFigures(x.values).map((text) => ({ text })),
  ]);
  return grid(header, rows, [false, ...header.slice(1).map(() => true)], (t) => t);
}

/** Pads by visible width (code points), then paints, so colour codes never shift a column. */
function grid(
  header: string[],
  rows: Cell[][],
  rightAlign: boolean[],
  paint: (t: string, s: Style) => string,
): string[] {
  const width = (s: string) => [...s].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]?.text ?? ''))));
  const last = header.length - 1;
  const pad = (text: string, i: number) => {
    if (i === last && !rightAlign[i]) return text; // no trailing blanks (they would sit inside colour codes)
    const fill = ' '.repeat(widths[i]! - width(text));
    return rightAlign[i] ? fill + text : text + fill;
  };
  const line = (cells: Cell[]) =>
    cells
      .map((cell, i) => {
        const padded = pad(cell.text, i);
        return cell.style ? paint(padded, cell.style) : padded;
      })
      .join('  ');
  return [
    line(header.map((text) => ({ text, style: 'bold' as Style }))),
    line(widths.map((w) => ({ text: '-'.repeat(w) }))),
    ...rows.map(line),
  ];
}
