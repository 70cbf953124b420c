import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  addedRemovedList,
  cachedFirstLines,
  conditionsSection,
  markdownForm,
  measuredByPullRequestNotice,
  metaLine,
  noBaselineNotice,
  notPostedNotice,
  permissionNotice,
  reasonsAndWarnings,
  refusedNotice,
  sloTable,
  snapshotTable
} from "./chunk-DYGKSEII.js";
import {
  NAME_MAX,
  NOT_GATED_EMOJI,
  assertRenderable,
  headlineOf,
  metricOutcomeText,
  orderedMetrics,
  outcomeEmoji,
  outcomeWord,
  viewOf
} from "./chunk-5KKGYJ4E.js";
import {
  profileSection
} from "./chunk-EWDJBB73.js";
import {
  bullets,
  commitRef,
  details,
  table
} from "./chunk-FXMSLKV4.js";
import {
  UNIT_OF,
  chartNumber,
  formatChange,
  formatChangeWithInterval,
  formatDate,
  formatInterval,
  formatNoiseFloor,
  formatPercent,
  formatValue,
  metricLabel,
  shortSha
} from "./chunk-I62BPVWY.js";
import {
  maskLiterals,
  maskSecrets
} from "./chunk-RUBWER6Z.js";
import {
  escapeMarkdown
} from "./chunk-6374IUCB.js";
import {
  deserializeRun,
  serializeRun
} from "./chunk-DOXB56IE.js";
import {
  confirmationText
} from "./chunk-6NDA6WUM.js";
import {
  SavedReportError
} from "./chunk-ALMLCEKU.js";
import {
  LOAD_MODEL_SOURCE_WORDS
} from "./chunk-RHZWF6LV.js";

// src/judge/saved-report.ts
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
var SAVED_REPORT_SCHEMA = 2;
var SAVED_REPORT_FILE = "perf-gate-report.json";
function measuredRunsOf(measurement, identity) {
  const { candidate, baseline, orders } = measurement;
  return {
    candidate,
    ...baseline ? { baseline } : {},
    ...orders ? { orders } : {},
    ...identity
  };
}
function savedReportJson(context, measured) {
  const { secrets, ...rest } = context;
  const file = { schema: SAVED_REPORT_SCHEMA, context: rest };
  if (measured !== void 0) {
    const { candidate, baseline, ...identity } = measured;
    file.measured = {
      ...identity,
      candidate: candidate.map(serializeRun),
      ...baseline ? { baseline: baseline.map(serializeRun) } : {}
    };
  }
  const text = JSON.stringify(
    file,
    (_key, value) => typeof value === "string" ? maskSecrets(value, secrets) : value
  );
  return `${maskLiterals(text, secrets)}
`;
}
async function readSavedReport(fileOrDir) {
  const path = await isDirectory(fileOrDir) ? join(fileOrDir, SAVED_REPORT_FILE) : fileOrDir;
  let data;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new SavedReportError(
      code === "ENOENT" ? `mode report: ${path} does not exist; download the report directory the measuring workflow uploaded (see docs/fork-prs.md)` : `mode report: ${path} is not a perf-gate report: ${error.message}`
    );
  }
  const saved = data;
  if (typeof saved !== "object" || saved === null || saved.schema !== SAVED_REPORT_SCHEMA) {
    throw new SavedReportError(
      `mode report: ${path} has schema ${JSON.stringify(saved?.schema)}, this perf-gate reads schema ${SAVED_REPORT_SCHEMA} (use the same perf-gate version in both workflows)`
    );
  }
  if (typeof saved.context !== "object" || saved.context === null) {
    throw new SavedReportError(`mode report: ${path} lacks its context`);
  }
  const missing = missingFields(saved.context);
  if (missing.length > 0) {
    throw new SavedReportError(
      `${path} is damaged: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing or of the wrong type (save it again with the same perf-gate version)`
    );
  }
  const context = { ...saved.context, secrets: [] };
  try {
    assertRenderable(context);
  } catch (error) {
    throw new SavedReportError(`${path} is damaged: ${error.message}`);
  }
  const report = { schema: SAVED_REPORT_SCHEMA, context };
  if (saved.measured !== void 0) report.measured = measuredIn(saved.measured, path);
  return report;
}
var REQUIRED_FIELDS = [
  ["scenario.id", "string"],
  ["scenario.name", "string"],
  ["candidate.commit", "string"],
  ["nowMs", "number"],
  ["version", "string"],
  ["environment.differences", "array"],
  ["thresholdBreaches.baseline", "array"],
  ["thresholdBreaches.candidate", "array"],
  ["noise", "array"]
];
var COMPARISON_FIELDS = [
  ["comparison.verdict", "string"],
  ["comparison.design", "string"],
  ["comparison.loadModel", "string"],
  ["comparison.runs.baseline", "number"],
  ["comparison.runs.candidate", "number"],
  ["comparison.series", "array"],
  ["comparison.added", "array"],
  ["comparison.removed", "array"],
  ["comparison.slos", "array"],
  ["comparison.reasons", "array"],
  ["comparison.warnings", "array"]
];
function missingFields(context) {
  const at = (path) => path.split(".").reduce(
    (o, key) => typeof o === "object" && o !== null ? o[key] : void 0,
    context
  );
  const fits = (value, kind) => kind === "array" ? Array.isArray(value) : typeof value === kind;
  const fields = "comparison" in context ? [...REQUIRED_FIELDS, ...COMPARISON_FIELDS] : REQUIRED_FIELDS;
  return fields.filter(([path, kind]) => !fits(at(path), kind)).map(([path]) => path);
}
function measuredIn(raw, path) {
  const m = raw;
  const bad = (what) => {
    throw new SavedReportError(`mode report: ${path}: measured.${what}`);
  };
  if (typeof m !== "object" || m === null) return bad("is not an object");
  if (!Array.isArray(m.candidate) || m.candidate.length === 0) return bad("candidate holds no runs");
  if (m.baseline !== void 0 && !Array.isArray(m.baseline)) bad("baseline is not a list of runs");
  if (typeof m.scriptHash !== "string") bad("scriptHash is missing");
  if (typeof m.environment !== "object" || m.environment === null) bad("environment is missing");
  if (m.orders !== void 0 && !(Array.isArray(m.orders) && m.orders.every((o) => o === "AB" || o === "BA")))
    bad("orders must be a list of AB / BA");
  const runs = (list, side) => list.map((r, i) => {
    try {
      return deserializeRun(r);
    } catch (error) {
      return bad(`${side}[${i}]: ${error.message}`);
    }
  });
  return {
    candidate: runs(m.candidate, "candidate"),
    ...m.baseline ? { baseline: runs(m.baseline, "baseline") } : {},
    ...m.orders ? { orders: m.orders } : {},
    scriptHash: m.scriptHash,
    environment: m.environment
  };
}
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

// src/report/fit-to-limit.ts
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
var CUT_NOTICE = "\n\n_\u2026report cut here to stay within GitHub\u2019s size limit._\n";
function fitToLimit(render, limitBytes, foldNote, seriesCount) {
  const full = render({ detail: true });
  if (byteLength(full) <= limitBytes) return full;
  const folded = (maxSeries) => render({ detail: false, foldNote, maxSeries });
  const withoutDetail = folded();
  if (byteLength(withoutDetail) <= limitBytes) return withoutDetail;
  let lo = 0;
  let hi = seriesCount;
  let best;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = folded(mid);
    if (byteLength(text) <= limitBytes) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (best !== void 0) return best;
  const fitsNothing = folded(0);
  if (byteLength(fitsNothing) <= limitBytes) return fitsNothing;
  return cutToBytes(fitsNothing, limitBytes - byteLength(CUT_NOTICE)) + CUT_NOTICE;
}
function cutToBytes(text, maxBytes) {
  const prefix = Buffer.from(text, "utf8").subarray(0, Math.max(0, maxBytes)).toString("utf8");
  return prefix.replace(/\uFFFD+$/, "");
}

// src/report/xy-chart.ts
function renderXyChart(chart) {
  const n = chart.xLabels.length;
  for (const data2 of [...chart.bars, ...chart.lines]) {
    if (data2.length !== n)
      throw new Error(`xychart '${chart.title}': a series has ${data2.length} values for ${n} x labels`);
  }
  const q = (label) => `"${label}"`;
  const range = chart.yRange ? ` ${chartNumber(chart.yRange[0])} --> ${chartNumber(chart.yRange[1])}` : "";
  const data = (kind, values) => `    ${kind} [${values.map(chartNumber).join(", ")}]`;
  return [
    "```mermaid",
    "xychart-beta",
    `    title ${q(chart.title)}`,
    `    x-axis [${chart.xLabels.map(q).join(", ")}]`,
    `    y-axis ${q(chart.yTitle)}${range}`,
    ...chart.bars.map((v) => data("bar", v)),
    ...chart.lines.map((v) => data("line", v)),
    "```"
  ].join("\n");
}
function niceCeil(x) {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 5, 10].find((m) => m * power >= x * (1 - 1e-12));
  return step * power;
}

// src/report/mermaid.ts
var QUANTILES = ["p50", "p90", "p95", "p99"];
function quantileChart(series, name, sanitize) {
  const points = QUANTILES.flatMap((q) => {
    const m = series.metrics.find((x) => x.metric === q);
    return m && Number.isFinite(m.baseline) && Number.isFinite(m.candidate) ? [m] : [];
  });
  if (points.length < 2) return void 0;
  const top = Math.max(...points.flatMap((m) => [m.baseline, m.candidate]));
  const chart = renderXyChart({
    title: sanitize.mermaid(`Latency of ${name}`),
    xLabels: points.map((m) => metricLabel(m.metric)),
    yTitle: "ms",
    yRange: [0, niceCeil(top * 1.1)],
    bars: [points.map((m) => m.baseline)],
    lines: [points.map((m) => m.candidate)]
  });
  return `_Latency quantiles of ${sanitize.md(name, NAME_MAX)}: bars baseline, line PR (ms)._

${chart}`;
}
var TREND_MAX_POINTS = 30;
function trendChart(nightly, name, sanitize) {
  const points = nightly.history.filter((p) => Number.isFinite(p.value)).slice(-TREND_MAX_POINTS);
  if (points.length < 2) return void 0;
  const metric = metricLabel(nightly.metric);
  const unit = UNIT_OF[nightly.metric];
  const chart = renderXyChart({
    title: sanitize.mermaid(`${metric} of ${name}, last ${points.length} nightlies`),
    xLabels: uniqueDateLabels(points.map((p) => p.timeMs)),
    yTitle: unit === "ratio" ? "fraction" : unit,
    bars: [],
    lines: [points.map((p) => p.value)]
  });
  return `_${metric} of ${sanitize.md(name, NAME_MAX)} per nightly, oldest first._

${chart}`;
}
function uniqueDateLabels(times) {
  const day = (t) => new Date(t).toISOString().slice(5, 10);
  const perDay = /* @__PURE__ */ new Map();
  for (const t of times) perDay.set(day(t), (perDay.get(day(t)) ?? 0) + 1);
  return times.map((t) => {
    const iso = new Date(t).toISOString();
    return perDay.get(day(t)) > 1 ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : day(t);
  });
}

// src/report/sections/method.ts
function pairsTable(view, pairs) {
  const rows = pairs.ratios.map((r, i) => [
    String(i + 1),
    view.sanitize.md(pairs.orders[i] ?? "?"),
    Number.isFinite(r) ? r.toFixed(3) : "n/a",
    formatChange(r - 1, "relative")
  ]);
  return table(["Pair", "Order", "PR / base", "Change"], rows, ["right", "left", "right", "right"]);
}
function decidedBy(comparison) {
  if (comparison.loadModelSource === void 0) return "";
  const words = (sources) => sources.map((s) => LOAD_MODEL_SOURCE_WORDS[s]).join(" and ");
  const { baseline, candidate } = comparison.loadModelSource;
  const b = words(baseline);
  const p = words(candidate);
  return b === p ? `, decided by ${b}` : ` (decided for the baseline by ${b}; for the PR by ${p})`;
}
function methodList(view, comparison) {
  const items = [
    `**Design:** ${comparison.design === "same-job" ? "same job, interleaved pairs" : "cached baseline"}; load model: ${comparison.loadModel}${decidedBy(comparison)}`,
    `**Runs:** ${comparison.runs.baseline} baseline, ${comparison.runs.candidate} PR${comparison.confirmation ? `; ${confirmationText(comparison.confirmation)}` : ""}`,
    `**Intervals:** family-wise confidence ${formatPercent(comparison.familyConfidence)} across every gated metric and series, ${comparison.correction === "holm" ? "Holm" : comparison.correction}-adjusted`,
    `**Seed:** ${comparison.seed} (the same inputs and seed give the same verdict)`,
    `**perf-gate:** ${view.sanitize.md(view.ctx.version)}`
  ];
  if (comparison.betweenJob) {
    items.push(
      `**Between-job variance:** ${comparison.betweenJob.source === "history" ? "prior blended with history" : "prior"} (CV ${formatPercent(comparison.betweenJob.cv)}, ${comparison.betweenJob.historySize} baselines of history)`
    );
  }
  return bullets(items);
}

// src/report/sections/nightly.ts
function nightlySection(view, nightly) {
  const name = view.nameOfId(nightly.seriesId);
  const parts = ["#### Nightly trend"];
  const chart = trendChart(nightly, name, view.sanitize);
  parts.push(chart ?? `_Not enough nightlies yet for a trend (${nightly.history.length} so far)._`);
  if (nightly.drift) parts.push(driftLine(view, nightly, name));
  return parts.join("\n\n");
}
function driftLine(view, nightly, name) {
  const d = nightly.drift;
  const what = `${metricLabel(nightly.metric)} of ${view.sanitize.md(name, NAME_MAX)}`;
  if (!d.detected && d.reason !== void 0)
    return `**Drift:** not judged: ${view.sanitize.md(d.reason, 300)}.`;
  if (!d.detected)
    return `**Drift:** none; no sustained shift of ${what} over the last ${d.window} nightlies.`;
  const interval = d.interval ? ` ${formatInterval(d.interval, "relative")}` : "";
  const since = d.since ? `, starting with ${commitRef(shortSha(d.since.commit), view.sanitize.md)} (${formatDate(d.since.timeMs)})` : "";
  return `\u{1F4C8} **Drift:** ${what} shifted ${formatChange(d.change, "relative")}${interval} over the last ${d.window} nightlies${since}.`;
}

// src/report/sections/results.ts
function outcomeCell(view, metric) {
  const emoji = metric.gated ? outcomeEmoji(metric.outcome) : NOT_GATED_EMOJI;
  return `${emoji} ${view.sanitize.md(metricOutcomeText(metric))}`;
}
function seriesRows(view, series, cells) {
  return orderedMetrics(series).map((m, i) => [
    i === 0 ? `**${view.sanitize.md(view.name(series.key), NAME_MAX)}**` : "",
    ...cells(m)
  ]);
}
function resultsTable(view, maxSeries = Number.POSITIVE_INFINITY) {
  if (view.sorted.length === 0) return "_No series was measured on both sides, so nothing was compared._";
  const shown = view.sorted.slice(0, maxSeries);
  const rows = shown.flatMap(
    (series) => seriesRows(view, series, (m) => [
      metricLabel(m.metric),
      formatValue(m.baseline, m.unit),
      formatValue(m.candidate, m.unit),
      formatChangeWithInterval(m),
      formatNoiseFloor(m),
      outcomeCell(view, m)
    ])
  );
  const header = ["Series", "Metric", "Baseline", "PR", "Change [interval]", "Detectable", "Outcome"];
  const parts = [];
  if (rows.length > 0)
    parts.push(table(header, rows, ["left", "left", "right", "right", "right", "right", "left"]));
  const omitted = view.sorted.slice(shown.length);
  if (omitted.length > 0) parts.push(omittedNote(omitted));
  parts.push(
    "_Change: PR vs baseline (relative; error rate in percentage points), with its family-wise interval. Detectable: the smallest change this run could tell from noise._"
  );
  return parts.join("\n\n");
}
function omittedNote(omitted) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of omitted) counts.set(s.outcome, (counts.get(s.outcome) ?? 0) + 1);
  const breakdown = [...counts].map(([o, n]) => `${n} ${outcomeWord(o)}`).join(", ");
  return `_\u2026and ${omitted.length} more series not shown here (${breakdown})._`;
}
function fullResultsTable(view) {
  const rows = view.sorted.flatMap(
    (series) => seriesRows(view, series, (m) => [
      metricLabel(m.metric),
      formatValue(m.baseline, m.unit),
      formatValue(m.candidate, m.unit),
      formatChange(m.change, m.changeKind),
      `${formatInterval(m.interval, m.changeKind)} at ${formatPercent(m.confidence, 2)}`,
      `\xB1${formatChange(m.tolerance, m.changeKind).replace(/^\+/, "")}`,
      formatNoiseFloor(m),
      formatPercent(m.baselineCv),
      `${m.sampleSize.baseline} / ${m.sampleSize.candidate}`,
      m.gated ? "yes" : "no",
      outcomeCell(view, m)
    ])
  );
  const header = [
    "Series",
    "Metric",
    "Baseline",
    "PR",
    "Change",
    "Interval",
    "Tolerance",
    "Detectable",
    "Baseline CV",
    "Samples (base / PR)",
    "Gated",
    "Outcome"
  ];
  const right = /* @__PURE__ */ new Set([2, 3, 4, 5, 6, 7, 8, 9]);
  return table(
    header,
    rows,
    header.map((_, i) => right.has(i) ? "right" : "left")
  );
}

// src/report/markdown.ts
function renderMarkdown(ctx, options) {
  const view = viewOf(ctx);
  const blocks = [`### ${escapeMarkdown(headlineOf(view))}`, metaLine(view)];
  if (ctx.measuredByPullRequest) blocks.push(measuredByPullRequestNotice(ctx.measuredByPullRequest));
  if (ctx.permissions) blocks.push(permissionNotice(view, ctx.permissions));
  if (ctx.notPosted?.length) blocks.push(notPostedNotice(view, ctx.notPosted));
  blocks.push(cachedFirstLines(view, markdownForm(view)).join("\n\n"));
  blocks.push(...body(view, options));
  if (ctx.nightly) blocks.push(nightlySection(view, ctx.nightly));
  if (options.detail) blocks.push(...detailBlocks(view));
  else if (options.foldNote) blocks.push(`_${options.foldNote}_`);
  blocks.push(footer(view));
  const text = blocks.filter((b) => b !== void 0 && b !== "").join("\n\n");
  return `${finalMask(text, ctx.secrets)}
`;
}
function body(view, options) {
  const c = view.comparison;
  if (!c) {
    return [
      noBaselineNotice(view),
      snapshotTable(view),
      reasonsAndWarnings(view, [], view.ctx.snapshotWarnings ?? []),
      conditionsSection(view)
    ];
  }
  if (c.refused !== void 0) {
    return [
      refusedNotice(view, c.refused),
      reasonsAndWarnings(view, c.reasons, c.warnings),
      conditionsSection(view)
    ];
  }
  const worst = view.sorted[0];
  const slos = sloTable(view, c.slos);
  return [
    reasonsAndWarnings(view, c.reasons, c.warnings),
    "#### Results",
    resultsTable(view, options.maxSeries),
    worst ? quantileChart(worst, view.name(worst.key), view.sanitize) : void 0,
    slos ? `#### SLOs

${slos}` : void 0,
    view.ctx.profile ? profileSection(view, view.ctx.profile) : void 0,
    addedRemovedList(view, c),
    conditionsSection(view)
  ];
}
function detailBlocks(view) {
  const c = view.comparison;
  if (!c || c.refused !== void 0) return [];
  const blocks = [];
  if (c.series.length > 0) blocks.push(details("All figures per series", fullResultsTable(view)));
  if (c.pairs && c.pairs.ratios.length > 0) {
    blocks.push(details("Per-pair ratios (headline metric)", pairsTable(view, c.pairs)));
  }
  blocks.push(details("Method and seed", methodList(view, c)));
  return blocks;
}
function footer(view) {
  const run = view.ctx.runUrl ? ` \xB7 [workflow run](${view.ctx.runUrl})` : "";
  return `<sub>perf-gate ${escapeMarkdown(view.ctx.version)}${run}</sub>`;
}
function finalMask(text, secrets) {
  return maskLiterals(text, [...secrets, ...secrets.map(escapeMarkdown)]);
}

// src/report/summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
function renderSummary(ctx) {
  assertRenderable(ctx);
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    SUMMARY_LIMIT,
    "Some detail was left out to stay under the 1 MiB job summary limit; report.json has every figure.",
    ctx.comparison?.series.length ?? 0
  );
}

export {
  SAVED_REPORT_FILE,
  measuredRunsOf,
  savedReportJson,
  readSavedReport,
  byteLength,
  fitToLimit,
  nightlySection,
  renderMarkdown,
  renderSummary
};
