import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  NO_BASELINE_ADVICE,
  buildReportJson,
  cachedFirstLines
} from "./chunk-DYGKSEII.js";
import {
  headlineParts,
  metricOutcomeText,
  orderedMetrics,
  reportVerdict,
  viewOf
} from "./chunk-5KKGYJ4E.js";
import {
  METRIC_ORDER,
  capitalize,
  formatAge,
  formatChangeWithInterval,
  formatValue,
  metricFigures,
  metricLabel,
  shortSha
} from "./chunk-I62BPVWY.js";
import {
  confirmationText
} from "./chunk-6NDA6WUM.js";

// src/report/terminal.ts
var ANSI = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  dim: [2, 22],
  bold: [1, 22]
};
var VERDICT_LABEL = {
  pass: { text: "PASS", style: "green" },
  fail: { text: "FAIL", style: "red" },
  inconclusive: { text: "INCONCLUSIVE", style: "yellow" },
  "no-baseline": { text: "NO BASELINE", style: "dim" }
};
var TERMINAL_NAME_MAX = 60;
function renderCliReport(ctx, options) {
  return options.json ? JSON.stringify(buildReportJson(ctx), null, 2) : renderTerminalTable(ctx, { color: options.color });
}
function renderTerminalTable(ctx, options) {
  const view = viewOf(ctx);
  const paint = (text, style) => {
    if (!options.color) return text;
    const [on, off] = ANSI[style];
    return `\x1B[${on}m${text}\x1B[${off}m`;
  };
  const verdict = VERDICT_LABEL[reportVerdict(ctx)];
  const blocks = [
    [`${paint(verdict.text, verdict.style)}  perf-gate: ${headlineParts(view).text}`, metaText(view)]
  ];
  const c = view.comparison;
  const first = cachedFirstLines(view, {
    sha: (sha) => view.sanitize.plain(shortSha(sha)),
    text: view.sanitize.plain,
    label: (s) => s
  });
  if (first.length > 0) blocks.push(first);
  if (!c) {
    const nb = ctx.noBaseline;
    const advice = NO_BASELINE_ADVICE[nb.reason];
    blocks.push([
      advice.what,
      `What to do: ${advice.todo}`,
      ...nb.detail ? [`Details: ${view.sanitize.plain(nb.detail, 500)}`] : []
    ]);
    if (ctx.candidateSnapshot?.length) blocks.push(snapshotGrid(view));
  } else if (c.series.length > 0) {
    blocks.push(resultsGrid(view, paint));
  }
  const notes = [
    ...(c?.reasons ?? []).map((r) => `- ${view.sanitize.plain(r, 500)}`),
    ...(c?.warnings ?? ctx.snapshotWarnings ?? []).map((w) => `! ${view.sanitize.plain(w, 500)}`)
  ];
  if (notes.length > 0) blocks.push(notes);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}
`;
}
function metaText(view) {
  const { ctx, sanitize } = view;
  const parts = [sanitize.plain(ctx.scenario.name, TERMINAL_NAME_MAX)];
  const b = ctx.baseline;
  if (b && b.source !== "none") {
    parts.push(
      `baseline ${sanitize.plain(shortSha(b.commit))} (${sanitize.plain(b.ref)}, ${formatAge(ctx.nowMs, b.timeMs)})`
    );
  }
  parts.push(`PR ${sanitize.plain(shortSha(ctx.candidate.commit))}`);
  if (view.comparison)
    parts.push(`${view.comparison.runs.baseline} vs ${view.comparison.runs.candidate} runs`);
  if (view.comparison?.confirmation) parts.push(confirmationText(view.comparison.confirmation));
  return parts.join(" \xB7 ");
}
function outcomeStyle(metric) {
  if (!metric.gated) return "dim";
  return { regression: "red", improvement: "green", inconclusive: "yellow", "no-change": "dim" }[metric.outcome];
}
function resultsGrid(view, paint) {
  const header = ["Series", "Metric", "Baseline", "PR", "Change [interval]", "Outcome"];
  const rows = view.sorted.flatMap(
    (series) => orderedMetrics(series).map((m, i) => [
      { text: i === 0 ? view.sanitize.plain(view.name(series.key), TERMINAL_NAME_MAX) : "" },
      { text: metricLabel(m.metric) },
      { text: formatValue(m.baseline, m.unit) },
      { text: formatValue(m.candidate, m.unit) },
      { text: formatChangeWithInterval(m) },
      { text: view.sanitize.plain(metricOutcomeText(m), 200), style: outcomeStyle(m) }
    ])
  );
  return grid(header, rows, [false, false, true, true, true, false], paint);
}
function snapshotGrid(view) {
  const header = ["Series", "Requests", ...METRIC_ORDER.map((m) => capitalize(metricLabel(m)))];
  const rows = (view.ctx.candidateSnapshot ?? []).map((x) => [
    { text: view.sanitize.plain(view.name(x.key), TERMINAL_NAME_MAX) },
    { text: String(x.requests) },
    ...metricFigures(x.values).map((text) => ({ text }))
  ]);
  return grid(header, rows, [false, ...header.slice(1).map(() => true)], (t) => t);
}
function grid(header, rows, rightAlign, paint) {
  const width = (s) => [...s].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]?.text ?? ""))));
  const last = header.length - 1;
  const pad = (text, i) => {
    if (i === last && !rightAlign[i]) return text;
    const fill = " ".repeat(widths[i] - width(text));
    return rightAlign[i] ? fill + text : text + fill;
  };
  const line = (cells) => cells.map((cell, i) => {
    const padded = pad(cell.text, i);
    return cell.style ? paint(padded, cell.style) : padded;
  }).join("  ");
  return [
    line(header.map((text) => ({ text, style: "bold" }))),
    line(widths.map((w) => ({ text: "-".repeat(w) }))),
    ...rows.map(line)
  ];
}

export {
  renderCliReport,
  renderTerminalTable
};
