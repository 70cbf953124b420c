import { type FunctionChange, formatBytes, formatSeconds } from '../../profile/diff.ts';
import type { ProfileSummary } from '../../profile/summary.ts';
import { renderWhereTheMemoryWent, renderWhereTheTimeWent } from '../../profile/table.ts';
import { bullets } from '../markdown-blocks.ts';
import type { ReportView } from '../view.ts';

/**
 * "Where the time went": the profiling pair's top functions, why it ran, where its files are, and what
 * went wrong with profiling. Never part of the verdict, and it says so.
 */
export function profileSection(view: ReportView, profile: ProfileSummary): string {
  const blocks: string[] = [];
  const profiled = profile.requests !== undefined;
  if (profiled) blocks.push(renderWhereTheTimeWent({ changes: profile.top }, profile.noise).trimEnd());
  else blocks.push('#### Where the time went');
  if (profile.allocations) blocks.push(renderWhereTheMemoryWent({ changes: profile.allocations }).trimEnd());
  const files = profile.artifactUrl
    ? ` Both profiles, the diff and a differential flame graph: [artifact](${profile.artifactUrl}).`
    : '';
  blocks.push(
    `_Why profiled: ${view.sanitize.md(profile.reason, 300)}. One more interleaved pair ran with profilers attached ` +
      `(${Math.round(profile.seconds)} s); times are self time per request; the pair does not change the verdict.${files}_`,
  );
  if (profile.warnings.length > 0)
    blocks.push(`Profiling problems:\n\n${bullets(profile.warnings.map((w) => view.sanitize.md(w, 600)))}`);
  return blocks.join('\n\n');
}

/** The same for a terminal: the top functions as plain text lines. */
export function profileLines(profile: ProfileSummary): string[] {
  const lines = ['Where the time went (self time per request, base → PR):'];
  lines.push(...profile.top.map((c) => changeLine(c, formatSeconds)));
  if (profile.top.length === 0 && profile.requests !== undefined)
    lines.push('  no function spent more time in the PR');
  if (profile.noise) lines.push(`  ${profile.noise.statement}`);
  if (profile.overheadSeconds !== undefined)
    lines.push(
      `  profiling pair: ${profile.seconds.toFixed(1)} s${profile.pairSeconds === undefined ? '' : ` (a measured pair's two runs: ${profile.pairSeconds.toFixed(1)} s)`}, of which ${profile.overheadSeconds.toFixed(2)} s beyond its two load runs (profilers started and stopped, profiles read and diffed)`,
    );
  if (profile.allocations) {
    lines.push('Where the memory went (allocated per request, sampled, base → PR):');
    lines.push(...profile.allocations.map((c) => changeLine(c, formatBytes)));
    if (profile.allocations.length === 0) lines.push('  no allocation site allocated more in the PR');
  }
  for (const w of profile.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

/** One function's (or allocation site's) line: name (file:line): base → PR, +change. */
function changeLine(change: FunctionChange, format: (x: number) => string): string {
  const where = change.frame.file === '' ? '' : ` (${change.frame.file}:${change.frame.line})`;
  return `  ${change.frame.name}${where}: ${format(change.base.self)} → ${format(change.pr.self)}, +${format(change.selfChange)}`;
}
