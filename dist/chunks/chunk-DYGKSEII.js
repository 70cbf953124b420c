import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  NAME_MAX,
  VERDICT_EMOJI,
  decidingMetric,
  headlineOf,
  reportVerdict,
  viewOf
} from "./chunk-5KKGYJ4E.js";
import {
  alert,
  bullets,
  capped,
  commitRef,
  table
} from "./chunk-FXMSLKV4.js";
import {
  METRIC_ORDER,
  UNIT_OF,
  capitalize,
  formatAge,
  formatPercent,
  formatValue,
  metricFigures,
  metricLabel,
  shortSha,
  significant
} from "./chunk-I62BPVWY.js";
import {
  confirmationText
} from "./chunk-6NDA6WUM.js";

// src/report/json.ts
var REPORT_SCHEMA_VERSION = 1;
var num = (x) => Number.isFinite(x) ? x : null;
var pair = (x) => [num(x[0]), num(x[1])];
function buildReportJson(ctx) {
  const view = viewOf(ctx);
  const m = view.sanitize.masked;
  const c = ctx.comparison;
  const breaches = (list) => list.map((t) => ({ metric: m(t.metric), expressions: t.expressions.map(m) }));
  return {
    schema: "perf-gate/report",
    schemaVersion: REPORT_SCHEMA_VERSION,
    perfGateVersion: ctx.version,
    scenario: { id: m(ctx.scenario.id), name: m(ctx.scenario.name) },
    verdict: reportVerdict(ctx),
    headline: headlineOf(view),
    headlineDelta: headlineDelta(view),
    baseline: baselineJson(ctx, m),
    candidate: {
      commit: ctx.candidate.commit,
      ref: ctx.candidate.ref === void 0 ? null : m(ctx.candidate.ref)
    },
    noBaseline: ctx.noBaseline ? {
      reason: ctx.noBaseline.reason,
      detail: ctx.noBaseline.detail === void 0 ? null : m(ctx.noBaseline.detail)
    } : null,
    comparison: c ? comparisonJson(view, c) : null,
    environment: { differences: ctx.environment.differences.map(m), strict: ctx.environment.strict },
    thresholdBreaches: {
      baseline: breaches(ctx.thresholdBreaches.baseline),
      candidate: breaches(ctx.thresholdBreaches.candidate)
    },
    noise: ctx.noise.map((n) => ({
      seriesId: m(n.seriesId),
      metric: n.metric,
      cv: num(n.cv),
      stable: n.stable
    })),
    permissions: ctx.permissions ? {
      fork: ctx.permissions.fork,
      missing: [...ctx.permissions.missing],
      docsUrl: ctx.permissions.docsUrl
    } : null,
    nightly: ctx.nightly ? nightlyJson(ctx.nightly, m) : null,
    cachedFirst: ctx.cachedFirst ? cachedFirstJson(ctx.cachedFirst, m) : null,
    profile: ctx.profile ? profileJson(ctx.profile, m) : null,
    candidateSnapshot: ctx.candidateSnapshot ? snapshotJson(view, ctx.candidateSnapshot) : null,
    services: servicesJson(ctx.services ?? [], m),
    runUrl: ctx.runUrl ?? null
  };
}
function baselineJson(ctx, m) {
  const b = ctx.baseline;
  if (!b) return null;
  return {
    commit: b.commit,
    ref: m(b.ref),
    timeMs: b.timeMs ?? null,
    ageMs: b.timeMs === void 0 ? null : ctx.nowMs - b.timeMs,
    source: b.source
  };
}
function nightlyJson(nightly, m) {
  const { drift } = nightly;
  return {
    seriesId: m(nightly.seriesId),
    metric: nightly.metric,
    history: nightly.history.map((p) => ({
      commit: p.commit,
      timeMs: p.timeMs,
      value: num(p.value)
    })),
    drift: drift ? {
      detected: drift.detected,
      change: num(drift.change),
      interval: drift.interval ? pair(drift.interval) : null,
      window: drift.window,
      since: drift.since ? { ...drift.since } : null,
      reason: drift.reason === void 0 ? null : m(drift.reason)
    } : null
  };
}
function cachedFirstJson(cachedFirst, m) {
  return {
    verdict: cachedFirst.verdict,
    summary: m(cachedFirst.summary),
    runs: cachedFirst.runs,
    baseline: cachedFirst.baseline ? {
      commit: cachedFirst.baseline.commit,
      ref: m(cachedFirst.baseline.ref),
      timeMs: cachedFirst.baseline.timeMs ?? null
    } : null
  };
}
function snapshotJson(view, snapshot) {
  return snapshot.map((x) => ({
    id: view.sanitize.masked(x.id),
    key: maskKey(view, x.key),
    requests: x.requests,
    values: Object.fromEntries(Object.entries(x.values).map(([k, val]) => [k, num(val)]))
  }));
}
function servicesJson(services, m) {
  return services.map((x) => ({
    side: x.side,
    cpuPerRequestMs: num(x.cpuPerRequestMs),
    cores: num(x.cores),
    cpuCount: x.cpuCount,
    peakRssMb: num(x.peakRssMb),
    rssGrowthMbPerSecond: num(x.rssGrowthMbPerSecond),
    generatorCores: num(x.generatorCores),
    bottleneck: m(x.bottleneck)
  }));
}
function maskKey(view, key) {
  const m = view.sanitize.masked;
  return { scenario: m(key.scenario), group: m(key.group), method: m(key.method), name: m(key.name) };
}
function metricJson(view, x) {
  return {
    metric: x.metric,
    unit: x.unit,
    baseline: num(x.baseline),
    candidate: num(x.candidate),
    change: num(x.change),
    changeKind: x.changeKind,
    interval: pair(x.interval),
    confidence: num(x.confidence),
    tolerance: num(x.tolerance),
    outcome: x.outcome,
    gated: x.gated,
    reason: x.reason === void 0 ? null : view.sanitize.masked(x.reason),
    sampleSize: { ...x.sampleSize },
    baselineCv: num(x.baselineCv),
    noiseFloor: num(x.noiseFloor),
    runsToDecide: x.runsToDecide === void 0 ? null : num(x.runsToDecide)
  };
}
function comparisonJson(view, comparison) {
  const m = view.sanitize.masked;
  return {
    design: comparison.design,
    seed: comparison.seed,
    familyConfidence: comparison.familyConfidence,
    correction: comparison.correction,
    loadModel: comparison.loadModel,
    loadModelSource: comparison.loadModelSource === void 0 ? null : {
      baseline: [...comparison.loadModelSource.baseline],
      candidate: [...comparison.loadModelSource.candidate]
    },
    runs: { ...comparison.runs },
    refused: comparison.refused === void 0 ? null : m(comparison.refused),
    reasons: comparison.reasons.map(m),
    warnings: comparison.warnings.map(m),
    series: view.sorted.map((s) => ({
      id: m(s.id),
      key: maskKey(view, s.key),
      outcome: s.outcome,
      metrics: Object.fromEntries(s.metrics.map((x) => [x.metric, metricJson(view, x)]))
    })),
    added: comparison.added.map(m),
    removed: comparison.removed.map(m),
    slos: comparison.slos.map((r) => ({
      series: m(r.spec.series),
      seriesId: m(r.seriesId),
      metric: r.spec.metric,
      limit: r.spec.limit,
      estimate: num(r.estimate),
      interval: pair(r.interval),
      status: r.status
    })),
    openModel: comparison.openModel ? {
      droppedIterations: { ...comparison.openModel.droppedIterations },
      achievedRate: {
        baseline: num(comparison.openModel.achievedRate.baseline),
        candidate: num(comparison.openModel.achievedRate.candidate)
      },
      targetRate: comparison.openModel.targetRate === void 0 ? null : num(comparison.openModel.targetRate)
    } : null,
    betweenJob: comparison.betweenJob ? {
      source: comparison.betweenJob.source,
      cv: num(comparison.betweenJob.cv),
      historySize: comparison.betweenJob.historySize
    } : null,
    pairs: comparison.pairs ? { ratios: comparison.pairs.ratios.map(num), orders: [...comparison.pairs.orders] } : null,
    confirmation: comparison.confirmation ? { ...comparison.confirmation, text: confirmationText(comparison.confirmation) } : null
  };
}
function headlineDelta(view) {
  const worst = view.comparison?.refused === void 0 ? view.sorted[0] : void 0;
  const x = worst && decidingMetric(worst);
  if (!worst || !x) return null;
  return {
    seriesId: view.sanitize.masked(worst.id),
    metric: x.metric,
    change: num(x.change),
    changeKind: x.changeKind,
    interval: pair(x.interval),
    outcome: x.outcome
  };
}
function profileJson(profile, m) {
  const time = (t) => ({ self: num(t.self), total: num(t.total) });
  const change = (c) => ({
    name: m(c.frame.name),
    file: m(c.frame.file),
    line: c.frame.line,
    base: time(c.base),
    pr: time(c.pr),
    selfChange: num(c.selfChange)
  });
  return {
    reason: m(profile.reason),
    top: profile.top.map(change),
    allocations: profile.allocations ? profile.allocations.map(change) : null,
    noise: profile.noise ? num(profile.noise.selfPerRequest) : null,
    requests: profile.requests ? { base: num(profile.requests.base), pr: num(profile.requests.pr) } : null,
    files: profile.files.map(m),
    seconds: num(profile.seconds),
    overheadSeconds: profile.overheadSeconds === void 0 ? null : num(profile.overheadSeconds),
    pairSeconds: profile.pairSeconds === void 0 ? null : num(profile.pairSeconds),
    warnings: profile.warnings.map(m),
    artifactUrl: profile.artifactUrl ?? null
  };
}

// src/report/sections/conditions.ts
var LIST_MAX = 20;
var SOURCE_WORDS = {
  "cache exact": "cached baseline of this exact commit",
  "cache newest of branch": "newest cached baseline of the branch (no baseline of the exact base commit)",
  "same-job": "measured in this job",
  none: "no baseline"
};
function metaLine(view) {
  const { ctx, sanitize } = view;
  const parts = [`**${sanitize.md(ctx.scenario.name, NAME_MAX)}**`];
  if (ctx.baseline && ctx.baseline.source !== "none") {
    const age = formatAge(ctx.nowMs, ctx.baseline.timeMs);
    parts.push(
      `baseline ${commitRef(shortSha(ctx.baseline.commit), sanitize.md)} (${sanitize.md(ctx.baseline.ref)}, ${age})`
    );
  }
  parts.push(`PR ${commitRef(shortSha(ctx.candidate.commit), sanitize.md)}`);
  const runs = view.comparison?.runs;
  if (runs) {
    parts.push(
      runs.baseline === runs.candidate ? `${runs.candidate} runs per side` : `${runs.baseline} baseline runs, ${runs.candidate} PR runs`
    );
  }
  return parts.join(" \xB7 ");
}
function baselineItem(view) {
  const b = view.ctx.baseline;
  if (!b || b.source === "none") return void 0;
  const when = b.timeMs === void 0 ? "at an unknown time" : `${new Date(b.timeMs).toISOString().replace("T", " ").slice(0, 16)} UTC (${formatAge(view.ctx.nowMs, b.timeMs)})`;
  return `**Baseline:** ${commitRef(shortSha(b.commit), view.sanitize.md)} on ${view.sanitize.md(b.ref)}, measured ${when}, ${SOURCE_WORDS[b.source]}`;
}
function designItem(comparison) {
  if (comparison.design === "same-job") {
    const pairs = comparison.pairs?.ratios.length ?? Math.min(comparison.runs.baseline, comparison.runs.candidate);
    return `**Design:** same job, ${pairs} interleaved base/PR pairs, judged on per-pair ratios`;
  }
  const bj = comparison.betweenJob;
  const spread = bj ? bj.source === "history" ? `; between-job spread ${formatPercent(bj.cv)} CV, the prior blended with ${bj.historySize} earlier baselines` : `; between-job spread ${formatPercent(bj.cv)} CV, a prior (no history yet)` : "";
  return `**Design:** cached baseline from an earlier job${spread}`;
}
function noiseItem(view) {
  const finite = view.ctx.noise.filter((n) => Number.isFinite(n.cv));
  if (finite.length === 0) {
    return `**Noise:** ${view.comparison && view.comparison.runs.baseline <= 1 ? "one baseline run, so its run-to-run noise is unknown" : "not measured"}`;
  }
  const cvs = finite.map((n) => n.cv).sort((a, b) => a - b);
  const median = cvs[Math.floor((cvs.length - 1) / 2)];
  const top = finite.reduce((a, b) => b.cv > a.cv ? b : a);
  const label = (n) => `${view.sanitize.md(view.nameOfId(n.seriesId), NAME_MAX)} ${metricLabel(n.metric)}`;
  const parts = [
    `**Noise:** baseline CV across runs, median ${formatPercent(median)}, highest ${formatPercent(top.cv)} (${label(top)})`
  ];
  const unstable = view.ctx.noise.filter((n) => !n.stable);
  if (unstable.length > 0) {
    const names = capped(
      unstable.map((n) => `${label(n)} (CV ${formatPercent(n.cv)})`),
      LIST_MAX
    );
    parts.push(`unstable, so not gated: ${names.join(", ")}`);
  }
  return parts.join("; ");
}
function environmentItem(view) {
  const { differences, strict } = view.ctx.environment;
  if (differences.length === 0) {
    return view.comparison ? "**Environment:** no differences between the two sides" : void 0;
  }
  const how = strict ? "strict matching is on, so they may not be compared" : "informational, strict matching is off";
  const list = capped(
    differences.map((d) => view.sanitize.md(d, 300)),
    LIST_MAX
  );
  return `**Environment differs** (${how}):
${list.map((d) => `  - ${d}`).join("\n")}`;
}
function breachText(view, breaches) {
  if (breaches.length === 0) return "none";
  const items = breaches.map(
    (b) => `${view.sanitize.md(b.metric, NAME_MAX)}: ${b.expressions.map((e) => view.sanitize.md(e, 200)).join(", ")}`
  );
  return capped(items, LIST_MAX).join("; ");
}
function thresholdItem(view) {
  const { baseline, candidate } = view.ctx.thresholdBreaches;
  if (baseline.length === 0 && candidate.length === 0) return void 0;
  return `**k6 thresholds crossed:** baseline ${breachText(view, baseline)} \xB7 PR ${breachText(view, candidate)}`;
}
function openModelItem(comparison) {
  const o = comparison.openModel;
  if (!o) return void 0;
  const rate = (x) => `${significant(x)} it/s`;
  const target = o.targetRate !== void 0 ? ` (target ${rate(o.targetRate)})` : "";
  return `**Open model:** dropped iterations ${o.droppedIterations.baseline} \u2192 ${o.droppedIterations.candidate}; achieved rate ${rate(o.achievedRate.baseline)} \u2192 ${rate(o.achievedRate.candidate)}${target}`;
}
function cachedTrendItem(view) {
  const t = view.ctx.cachedTrend;
  if (!t) return void 0;
  const age = formatAge(view.ctx.nowMs, t.baseline.timeMs);
  return `**Against the cached baseline** ${commitRef(shortSha(t.baseline.commit), view.sanitize.md)} (${view.sanitize.md(t.baseline.ref)}, ${age}), for the trend only: ${t.verdict}; ${view.sanitize.md(t.summary, 300)}`;
}
function loadGeneratorItem(view) {
  const g = view.ctx.loadGenerator;
  if (!g) return void 0;
  const own = g.generatorOfOneCore === void 0 ? "" : `; the ${view.sanitize.md(g.engine)} load generator used ${formatPercent(g.generatorOfOneCore, 0)} of one core`;
  return `**Runner:** ${g.cpuCount} CPUs, ${formatPercent(g.machineBusy, 0)} busy while measuring (generator and services share them)${own}`;
}
function serviceItems(view) {
  return (view.ctx.services ?? []).map(
    (s) => `**Service, ${s.side}:** ${formatValue(s.cpuPerRequestMs, "ms")} CPU per request, ${significant(s.cores)} of ${s.cpuCount} cores, peak RSS ${formatValue(s.peakRssMb, "MB")} (${s.rssGrowthMbPerSecond >= 0 ? "+" : "\u2212"}${significant(Math.abs(s.rssGrowthMbPerSecond))} MB/s), load generator ${significant(s.generatorCores)} cores \u2014 ${view.sanitize.md(s.bottleneck)}`
  );
}
function conditionsSection(view) {
  const c = view.comparison;
  const items = [
    baselineItem(view),
    c ? designItem(c) : void 0,
    // a refused comparison measured nothing worth a noise figure
    c && c.refused === void 0 ? noiseItem(view) : void 0,
    environmentItem(view),
    thresholdItem(view),
    c ? openModelItem(c) : void 0,
    cachedTrendItem(view),
    loadGeneratorItem(view),
    ...serviceItems(view)
  ].filter((x) => x !== void 0);
  return items.length > 0 ? `#### Conditions

${bullets(items)}` : void 0;
}
function sloLimit(slo) {
  const unit = UNIT_OF[slo.spec.metric];
  return `${slo.spec.metric === "throughput" ? "\u2265" : "\u2264"} ${formatValue(slo.spec.limit, unit)}`;
}
var SLO_STATUS = {
  met: "\u2705 met",
  breached: "\u274C breached",
  inconclusive: "\u{1F7E1} inconclusive"
};
function sloTable(view, slos) {
  if (slos.length === 0) return void 0;
  const order = { breached: 0, inconclusive: 1, met: 2 };
  const rows = [...slos].sort((a, b) => order[a.status] - order[b.status]).map((r) => {
    const unit = UNIT_OF[r.spec.metric];
    const range = `[${formatValue(r.interval[0], unit)}, ${formatValue(r.interval[1], unit)}]`;
    return [
      view.sanitize.md(view.nameOfId(r.seriesId), NAME_MAX),
      metricLabel(r.spec.metric),
      sloLimit(r),
      `${formatValue(r.estimate, unit)} ${range}`,
      SLO_STATUS[r.status]
    ];
  });
  return table(["Series", "Metric", "Limit", "PR estimate [interval]", "Status"], rows);
}
function addedRemovedList(view, comparison) {
  const list = (ids) => capped(
    ids.map((id) => view.sanitize.md(id, NAME_MAX)),
    LIST_MAX
  ).join(", ");
  const items = [
    comparison.added.length > 0 ? `**New in the PR** (not compared): ${list(comparison.added)}` : void 0,
    comparison.removed.length > 0 ? `**Gone in the PR** (not compared): ${list(comparison.removed)}` : void 0
  ].filter((x) => x !== void 0);
  return items.length > 0 ? bullets(items) : void 0;
}

// src/report/sections/notices.ts
var NO_BASELINE_ADVICE = {
  "first-run": {
    what: "No baseline has been recorded for the base branch yet, so there is nothing to compare this PR with.",
    todo: "Run perf-gate on the base branch (on push or on a schedule) to record one; later pull requests compare against it. Or use the same-job design, which measures the base commit in this job."
  },
  evicted: {
    what: "The cached baseline is gone: GitHub evicts caches not used for 7 days, and the oldest ones when a repository passes its cache quota.",
    todo: "Run perf-gate on the base branch again (a nightly schedule keeps the baseline fresh), then re-run this job."
  },
  "cache-unavailable": {
    what: "The cache service could not be reached, so the baseline could not be restored.",
    todo: "This is usually transient: re-run the job."
  },
  unreadable: {
    what: "A cached baseline was found but could not be read.",
    todo: "It may come from an incompatible perf-gate version or be damaged. The next perf-gate run on the base branch replaces it; re-run this job after that."
  }
};
function noBaselineNotice(view) {
  const nb = view.ctx.noBaseline;
  const advice = NO_BASELINE_ADVICE[nb.reason];
  const detail = nb.detail ? [`Details: ${view.sanitize.md(nb.detail, 500)}`] : [];
  return alert("NOTE", [advice.what, ...detail, `**What to do:** ${advice.todo}`]);
}
function snapshotTable(view) {
  const snapshot = view.ctx.candidateSnapshot;
  if (!snapshot || snapshot.length === 0) return void 0;
  const rows = [...snapshot].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((x) => [
    view.sanitize.md(view.name(x.key), NAME_MAX),
    String(x.requests),
    ...metricFigures(x.values)
  ]);
  const header = ["Series", "Requests", ...METRIC_ORDER.map((m) => capitalize(metricLabel(m)))];
  const align = header.map((_, i) => i === 0 ? "left" : "right");
  return `#### PR figures (nothing to compare with)

${table(header, rows, align)}`;
}
function measuredByPullRequestNotice(note) {
  const run = note.runUrl ? `[its own workflow](${note.runUrl})` : "its own workflow";
  return alert("IMPORTANT", [
    `This pull request was measured by ${run}: the figures are only as trustworthy as the pull request's code.`,
    "perf-gate judged them again here under the base branch's settings, and took the commit and pull request from the workflow_run event, not from the uploaded report."
  ]);
}
function refusedNotice(view, refused) {
  const { differences, strict } = view.ctx.environment;
  const todo = strict && differences.length > 0 ? "Make both sides run under the same conditions (differences below), or turn strict environment matching off to compare anyway and accept the extra noise." : "Make both sides run the same test under the same conditions, then re-run.";
  return alert("CAUTION", [
    `The two sides were not compared: ${view.sanitize.md(refused, 1e3)}`,
    "Nothing was judged, so this is not a pass.",
    `**What to do:** ${todo}`
  ]);
}
function notPostedNotice(view, failures) {
  return alert("WARNING", [
    "GitHub did not take part of this report, so this job summary is where to read it:",
    ...failures.map((f) => `- ${view.sanitize.md(f, 500)}`)
  ]);
}
var PERMISSION_USE = {
  "pull-requests: write": "to post the PR comment",
  "issues: write": "to post the PR comment",
  "checks: write": "to create the check run",
  "actions: read": "to read workflow runs and artifacts",
  "actions: write": "to save the baseline cache",
  "contents: read": "to read the repository"
};
function permissionNotice(view, note) {
  const missing = note.missing.map((p) => {
    const use = PERMISSION_USE[p.trim().toLowerCase()];
    return `**${view.sanitize.md(p, 100)}**${use ? ` (${use})` : ""}`;
  });
  const why = note.fork ? "This pull request comes from a fork, so its GITHUB_TOKEN is read-only." : "The workflow's token lacks permissions perf-gate needs.";
  const lacks = missing.length > 0 ? ` Missing: ${missing.join(", ")}.` : "";
  return alert("IMPORTANT", [
    `${why}${lacks} The results are still in this run's job summary.`,
    `To report on pull requests from forks, run the test on \`pull_request\` and post from a separate \`workflow_run\` workflow (the two-workflow pattern): see [the docs](${note.docsUrl}).`
  ]);
}
function reasonsAndWarnings(view, reasons, warnings) {
  const parts = [];
  if (reasons.length > 0) {
    parts.push(
      `**Why:**
${bullets(
        capped(
          reasons.map((r) => view.sanitize.md(r, 500)),
          LIST_MAX
        )
      )}`
    );
  }
  if (warnings.length > 0) {
    parts.push(
      `**Warnings:**
${bullets(
        capped(
          warnings.map((w) => `\u26A0\uFE0F ${view.sanitize.md(w, 500)}`),
          LIST_MAX
        )
      )}`
    );
  }
  return parts.length > 0 ? parts.join("\n\n") : void 0;
}
var markdownForm = (view) => ({
  sha: (sha) => commitRef(shortSha(sha), view.sanitize.md),
  text: (s, max) => view.sanitize.md(s, max),
  label: (s) => `**${s}**`
});
function cachedFirstLines(view, form) {
  const first = view.ctx.cachedFirst;
  const c = view.comparison;
  if (!first || !c) return [];
  const b = first.baseline;
  const against = b ? ` against ${form.sha(b.commit)} (${form.text(b.ref)}, ${formatAge(view.ctx.nowMs, b.timeMs)})` : "";
  const pairs = c.pairs?.ratios.length ?? Math.min(c.runs.baseline, c.runs.candidate);
  const overturned = first.verdict === c.verdict ? "" : `; the cached ${first.verdict} was not confirmed`;
  return [
    `${form.label("Cached baseline first:")} ${VERDICT_EMOJI[first.verdict]} ${first.verdict}${against}, ${first.runs} runs of the PR build alone: ${form.text(first.summary, 300)}`,
    `${form.label("Confirmed in the same job:")} ${VERDICT_EMOJI[c.verdict]} ${c.verdict}, ${pairs} interleaved pairs of the base and PR builds; this verdict decides${overturned}`
  ];
}

export {
  buildReportJson,
  metaLine,
  conditionsSection,
  sloTable,
  addedRemovedList,
  NO_BASELINE_ADVICE,
  noBaselineNotice,
  snapshotTable,
  measuredByPullRequestNotice,
  refusedNotice,
  notPostedNotice,
  permissionNotice,
  reasonsAndWarnings,
  markdownForm,
  cachedFirstLines
};
