import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  METRIC_ORDER,
  UNIT_OF,
  formatChange,
  formatValue,
  metricLabel
} from "./chunk-I62BPVWY.js";
import {
  maskSecrets
} from "./chunk-RUBWER6Z.js";
import {
  escapeMarkdown,
  mermaidLabel,
  plainText,
  truncate
} from "./chunk-6374IUCB.js";
import {
  seriesNamer
} from "./chunk-IEL6FNXH.js";

// src/report/context.ts
function assertRenderable(ctx) {
  const has = (ctx.comparison ? 1 : 0) + (ctx.noBaseline ? 1 : 0);
  if (has !== 1) {
    throw new Error(
      `ReportContext for scenario '${ctx.scenario.id}': exactly one of 'comparison' and 'noBaseline' must be set (got ${has === 0 ? "neither" : "both"})`
    );
  }
  if (!Number.isFinite(ctx.nowMs))
    throw new Error(`ReportContext.nowMs must be a finite epoch ms, got ${ctx.nowMs}`);
  for (const [field, url] of [
    ["runUrl", ctx.runUrl],
    ["permissions.docsUrl", ctx.permissions?.docsUrl],
    ["measuredByPullRequest.runUrl", ctx.measuredByPullRequest?.runUrl],
    ["profile.artifactUrl", ctx.profile?.artifactUrl]
  ]) {
    if (url !== void 0 && !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) {
      throw new Error(
        `ReportContext.${field} must be an http(s) URL without spaces, brackets or quotes, got '${url}'`
      );
    }
  }
}

// src/report/labels.ts
var OUTCOME_RANK = {
  regression: 0,
  inconclusive: 1,
  improvement: 2,
  "no-change": 3
};
var OUTCOME_WORDS = {
  regression: "regression",
  improvement: "improvement",
  "no-change": "no change",
  inconclusive: "inconclusive"
};
var OUTCOME_EMOJI = {
  regression: "\u{1F534}",
  improvement: "\u{1F7E2}",
  "no-change": "\u26AA",
  inconclusive: "\u{1F7E1}"
};
var NOT_GATED_EMOJI = "\u25AB\uFE0F";
function outcomeWord(outcome) {
  return OUTCOME_WORDS[outcome];
}
function outcomeEmoji(outcome) {
  return OUTCOME_EMOJI[outcome];
}
function metricOutcomeText(metric) {
  if (!metric.gated) return metric.reason ? `not gated: ${metric.reason}` : "not gated";
  const words = outcomeWord(metric.outcome);
  if (metric.outcome !== "inconclusive") return words;
  if (metric.reason) return `${words}: ${metric.reason}`;
  return metric.runsToDecide === void 0 ? words : `${words} (~${metric.runsToDecide} runs per side would likely decide)`;
}
function severity(metric) {
  const size = Math.abs(metric.change);
  if (!Number.isFinite(size)) return 0;
  return metric.tolerance > 0 ? size / metric.tolerance : size;
}
function decidingMetric(series) {
  const candidates = series.metrics.filter((m) => m.gated && m.outcome === series.outcome);
  return candidates.reduce(
    (worst, m) => worst === void 0 || severity(m) > severity(worst) ? m : worst,
    void 0
  );
}
function sortSeries(series) {
  const sev = (s) => {
    const m = s.outcome === "no-change" ? void 0 : decidingMetric(s);
    return m ? severity(m) : 0;
  };
  return [...series].sort(
    (a, b) => OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] || sev(b) - sev(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
function orderedMetrics(series) {
  return [...series.metrics].sort((a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric));
}

// src/report/sanitize.ts
function sanitizer(secrets) {
  const masked = (s) => maskSecrets(s, secrets);
  const plain = (s, max = Number.POSITIVE_INFINITY) => truncate(plainText(masked(s)), max);
  return {
    masked,
    plain,
    md: (s, max) => escapeMarkdown(plain(s, max)),
    mermaid: (s) => mermaidLabel(masked(s))
  };
}

// src/report/view.ts
var NAME_MAX = 120;
function viewOf(ctx) {
  assertRenderable(ctx);
  const c = ctx.comparison;
  const keys = [...c?.series.map((x) => x.key) ?? [], ...ctx.candidateSnapshot?.map((x) => x.key) ?? []];
  const name = seriesNamer(keys);
  const byId = /* @__PURE__ */ new Map();
  for (const x of c?.series ?? []) byId.set(x.id, x.key);
  for (const x of ctx.candidateSnapshot ?? []) byId.set(x.id, x.key);
  return {
    ctx,
    sanitize: sanitizer(ctx.secrets),
    comparison: c,
    sorted: c ? sortSeries(c.series) : [],
    name,
    nameOfId: (id) => {
      const key = byId.get(id);
      return key ? name(key) : id;
    }
  };
}

// src/report/headline.ts
function reportVerdict(ctx) {
  assertRenderable(ctx);
  return ctx.comparison ? ctx.comparison.verdict : "no-baseline";
}
var HEADLINE_MAX = 150;
var NAME_MAX2 = 60;
var NO_BASELINE_SHORT = {
  "first-run": "first run, nothing recorded for the base branch",
  evicted: "the cached baseline was evicted",
  "cache-unavailable": "the cache service could not be reached",
  unreadable: "the cached baseline could not be read"
};
var VERDICT_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  "no-baseline": "\u26AA"
};
var REFUSED_EMOJI = "\u{1F6AB}";
function headline(ctx) {
  return headlineOf(viewOf(ctx));
}
function headlineOf(view) {
  const { emoji, text } = headlineParts(view);
  return `${emoji} perf-gate: ${text}`;
}
function headlineParts(view) {
  const { ctx, sanitize } = view;
  const verdict = reportVerdict(ctx);
  const c = ctx.comparison;
  if (!c) return { emoji: VERDICT_EMOJI["no-baseline"], text: `no baseline yet: ${noBaselineShort(ctx)}` };
  if (c.refused !== void 0) {
    return { emoji: REFUSED_EMOJI, text: sanitize.plain(`incomparable: ${c.refused}`, HEADLINE_MAX) };
  }
  const text = verdictText(view, c, verdict);
  return { emoji: VERDICT_EMOJI[verdict], text: sanitize.plain(text, HEADLINE_MAX) };
}
function noBaselineShort(ctx) {
  return NO_BASELINE_SHORT[ctx.noBaseline.reason];
}
function verdictText(view, comparison, verdict) {
  const { sanitize, name, nameOfId } = view;
  const n = comparison.series.length;
  const count = (outcome) => view.sorted.filter((x) => x.outcome === outcome);
  const example = (group, withRuns = false) => {
    const worst = group[0];
    const m = worst && decidingMetric(worst);
    if (!worst || !m) return "";
    const runs = withRuns && m.runsToDecide !== void 0 ? `, needs ~${m.runsToDecide} runs per side` : "";
    const label = `${sanitize.plain(name(worst.key), NAME_MAX2)} ${metricLabel(m.metric)}`;
    return ` (${group.length > 1 ? "worst: " : ""}${label} ${formatChange(m.change, m.changeKind)}${runs})`;
  };
  switch (verdict) {
    case "fail": {
      const regressions = count("regression");
      if (regressions.length > 0)
        return `regression on ${regressions.length} of ${n} series${example(regressions)}`;
      const breached = comparison.slos.filter((r) => r.status === "breached");
      const first = breached[0];
      if (first) {
        const unit = UNIT_OF[first.spec.metric];
        const sign = first.spec.metric === "throughput" ? "<" : ">";
        const times = breached.length === 1 ? "once" : `${breached.length} times`;
        return `SLO breached ${times} (${sanitize.plain(nameOfId(first.seriesId), NAME_MAX2)} ${metricLabel(first.spec.metric)} ${formatValue(first.estimate, unit)} ${sign} ${formatValue(first.spec.limit, unit)})`;
      }
      return comparison.reasons[0] ?? "failed";
    }
    case "pass": {
      const improvements = count("improvement");
      if (improvements.length > 0) {
        return `no regression; improvement on ${improvements.length} of ${n} series${example(improvements)}`;
      }
      return `no detectable change (${n} series)`;
    }
    case "inconclusive": {
      const undecided = count("inconclusive");
      if (undecided.length > 0)
        return `inconclusive on ${undecided.length} of ${n} series${example(undecided, true)}`;
      return `inconclusive: ${comparison.reasons[0] ?? "no gated metric could be judged"}`;
    }
  }
}

export {
  assertRenderable,
  NOT_GATED_EMOJI,
  outcomeWord,
  outcomeEmoji,
  metricOutcomeText,
  decidingMetric,
  orderedMetrics,
  NAME_MAX,
  viewOf,
  reportVerdict,
  HEADLINE_MAX,
  VERDICT_EMOJI,
  headline,
  headlineOf,
  headlineParts
};
