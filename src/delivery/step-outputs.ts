import { type OutputName, Outputs } from '../constants.ts';
import type { ReportContext } from '../report/context.ts';
import { headline, type ReportVerdict } from '../report/headline.ts';

/** Where the report files were written, and whether this run became the baseline. */
export interface DeliveredFiles {
  reportPath: string;
  markdownPath: string;
  baselineSaved: boolean;
}

/** Every step output of a judged report, as the strings the runner stores. */
export function stepOutputs(
  ctx: ReportContext,
  verdict: ReportVerdict,
  files: DeliveredFiles,
): [OutputName, string][] {
  const series = ctx.comparison?.series ?? [];
  const deltas = Object.fromEntries(
    series.map((s) => [s.id, Object.fromEntries(s.metrics.map((m) => [m.metric, round(m.change)]))]),
  );
  return [
    [Outputs.Verdict, verdict],
    [Outputs.Headline, headline(ctx)],
    [Outputs.ReportPath, files.reportPath],
    [Outputs.MarkdownPath, files.markdownPath],
    [Outputs.BaselineCommit, ctx.baseline?.commit ?? ''],
    [
      Outputs.BaselineAgeSeconds,
      ctx.baseline?.timeMs === undefined
        ? ''
        : String(Math.max(0, Math.round((ctx.nowMs - ctx.baseline.timeMs) / 1000))),
    ],
    [Outputs.Regressions, String(series.filter((s) => s.outcome === 'regression').length)],
    [Outputs.Deltas, JSON.stringify(deltas)],
    [Outputs.BaselineSaved, String(files.baselineSaved)],
  ];
}

/** JSON has no NaN: a change that could not be computed is null. */
function round(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : null;
}
