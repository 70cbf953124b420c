import { type FunctionChange, formatBytes, formatSeconds } from '../../profile/diff.ts';
import type { ProfileSummary } from '../../profile/summary.ts';
import { renderWhereTheMemoryWent, renderWhereTheTimeWent } from '../../profile/table.ts';
import { bullets } from '../markdown-blocks.ts';
import type { ReportView } from '../view.ts';

/**
 * "Where the time went": the profiling pair's top functions, why it ran, where its files are, and what
 * went wrong with profiling. Never part of the verdict, and it says so.
 */
export function profileSection(v: ReportView, p: ProfileSummary): string {
  const blocks: string[] = [];
  const profiled = p.requests !== undefined;
  if (profiled) blocks.push(renderWhereTheTimeWent({ changes: p.top }, p.noise).trimEnd());
  else blocks.push('#### Where the time went');
  if (p.allocations) blocks.push(renderWhereTheMemoryWent({ changes: p.allocations }).trimEnd());
  const files = p.artifactUrl
    ? ` Both profiles, the diff and a differential flame graph: [artifact](${p.artifactUrl}).`
    : '';
  blocks.push(
    `_Why profiled: ${v.s.md(p.reason, 300)}. One more interleaved pair ran with profilers attached ` +
      `(${Math.round(p.seconds)} s); times are self time per request; the pair does not change the verdict.${files}_`,
  );
  if (p.warnings.length > 0)
    blocks.push(`Profiling problems:\n\n${bullets(p.warnings.map((w) => v.s.md(w, 600)))}`);
  return blocks.join('\n\n');
}

/** The same for a terminal: the top functions as plain text lines. */
export function profileLines(p: ProfileSummary): string[] {
  const lines = ['Where the time went (self time per request, base → PR):'];
  lines.push(...p.top.map((c) => changeLine(c, formatSeconds)));
  if (p.top.length === 0 && p.requests !== undefined) lines.push('  no function spent more time in the PR');
  if (p.noise) lines.push(`  ${p.noise.statement}`);
  if (p.overheadSeconds !== undefined)
    lines.push(
      `  profiling pair: ${p.seconds.toFixed(1)} s${p.pairSeconds === undefined ? '' : ` (a measured pair's two runs: ${p.pairSeconds.toFixed(1)} s)`}, of which ${p.overheadSeconds.toFixed(2)} s beyond its two load runs (profilers started and stopped, profiles read and diffed)`,
    );
  if (p.allocations) {
    lines.push('Where the memory went (allocated per request, sampled, base → PR):');
    lines.push(...p.allocations.map((c) => changeLine(c, formatBytes)));
    if (p.allocations.length === 0) lines.push('  no allocation site allocated more in the PR');
  }
  for (const w of p.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

/** One function's (or allocation site's) line: name (file:line): base → PR, +change. */
function changeLine(c: FunctionChange, format: (x: number) => string): string {
  const where = c.frame.file === '' ? '' : ` (${c.frame.file}:${c.frame.line})`;
  return `  ${c.frame.name}${where}: ${format(c.base.self)} → ${format(c.pr.self)}, +${format(c.selfChange)}`;
}
