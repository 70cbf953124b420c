import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  bullets
} from "./chunk-FXMSLKV4.js";
import {
  formatBytes,
  formatSeconds,
  renderWhereTheMemoryWent,
  renderWhereTheTimeWent
} from "./chunk-QE7TBEWJ.js";

// src/report/sections/profile.ts
function profileSection(view, profile) {
  const blocks = [];
  const profiled = profile.requests !== void 0;
  if (profiled) blocks.push(renderWhereTheTimeWent({ changes: profile.top }, profile.noise).trimEnd());
  else blocks.push("#### Where the time went");
  if (profile.allocations) blocks.push(renderWhereTheMemoryWent({ changes: profile.allocations }).trimEnd());
  const files = profile.artifactUrl ? ` Both profiles, the diff and a differential flame graph: [artifact](${profile.artifactUrl}).` : "";
  blocks.push(
    `_Why profiled: ${view.sanitize.md(profile.reason, 300)}. One more interleaved pair ran with profilers attached (${Math.round(profile.seconds)} s); times are self time per request; the pair does not change the verdict.${files}_`
  );
  if (profile.warnings.length > 0)
    blocks.push(`Profiling problems:

${bullets(profile.warnings.map((w) => view.sanitize.md(w, 600)))}`);
  return blocks.join("\n\n");
}
function profileLines(profile) {
  const lines = ["Where the time went (self time per request, base \u2192 PR):"];
  lines.push(...profile.top.map((c) => changeLine(c, formatSeconds)));
  if (profile.top.length === 0 && profile.requests !== void 0)
    lines.push("  no function spent more time in the PR");
  if (profile.noise) lines.push(`  ${profile.noise.statement}`);
  if (profile.overheadSeconds !== void 0)
    lines.push(
      `  profiling pair: ${profile.seconds.toFixed(1)} s${profile.pairSeconds === void 0 ? "" : ` (a measured pair's two runs: ${profile.pairSeconds.toFixed(1)} s)`}, of which ${profile.overheadSeconds.toFixed(2)} s beyond its two load runs (profilers started and stopped, profiles read and diffed)`
    );
  if (profile.allocations) {
    lines.push("Where the memory went (allocated per request, sampled, base \u2192 PR):");
    lines.push(...profile.allocations.map((c) => changeLine(c, formatBytes)));
    if (profile.allocations.length === 0) lines.push("  no allocation site allocated more in the PR");
  }
  for (const w of profile.warnings) lines.push(`  warning: ${w}`);
  return lines;
}
function changeLine(change, format) {
  const where = change.frame.file === "" ? "" : ` (${change.frame.file}:${change.frame.line})`;
  return `  ${change.frame.name}${where}: ${format(change.base.self)} \u2192 ${format(change.pr.self)}, +${format(change.selfChange)}`;
}

export {
  profileSection,
  profileLines
};
