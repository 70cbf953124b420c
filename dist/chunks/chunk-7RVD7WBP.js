import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  seriesNoise,
  serviceSides,
  snapshotSeries,
  thresholdBreaches
} from "./chunk-NLPP37JB.js";
import {
  SERVICE_KEY,
  SERVICE_SERIES_ID,
  betweenJobPriorDf,
  betweenJobVariance,
  compareIdentities,
  cvFromLogVariance,
  estimateMetric,
  incomparableText,
  measurementIdentity,
  requestsNeeded,
  resourceEstimates,
  runToRunPrior,
  screenCpu,
  screenDisturbances,
  studentTQuantile,
  studentTTwoSidedP,
  unitVariance,
  withScenarioTotals,
  withinParts
} from "./chunk-7D5RIV7B.js";
import {
  METRIC_NAMES,
  METRIC_SPECS,
  SERIES_METRICS,
  adjustedErrorRate,
  formatChange,
  formatValue,
  isMetricName,
  pooledValue,
  runSeriesMetrics,
  toChange
} from "./chunk-7SFJFLSG.js";
import {
  lookConfidence
} from "./chunk-6NDA6WUM.js";
import {
  overriddenModelNotes
} from "./chunk-RHZWF6LV.js";
import {
  cutFileNotes,
  measuredRequests,
  seriesId,
  seriesNamer
} from "./chunk-IEL6FNXH.js";

// src/stats/defaults.ts
var defaultNoisePriors = {
  // Published A/A measurements on GitHub-hosted runners: inside one job, run-to-run noise of a run's
  // median is about 1–2 %. We take the middle, 1.5 % per run, and assume nothing of it cancels between the
  // two runs of a pair (2.1 % for their ratio). A runner that drifts more shows it in its own repeats; or
  // raise this (docs/statistics.md, "Priors": 2 % makes 3 pairs too blunt to pass a 5 % tolerance).
  runToRunCv: 0.015,
  // The service's CPU per request moves more than latency's median from run to run: a fixed amount of work
  // costs more CPU time when a neighbour shares the core (caches, frequency), and nothing of it is averaged
  // over thousands of requests the way a quantile is. Measured with `npm run bench:service-cpu` on a shared
  // 2-core machine 85–100 % busy with other work: 6–9 % per run in four measurements, 7.5 % pooled
  // (docs/statistics.md, "Priors"); a quieter runner's own repeats narrow it.
  cpuRunToRunCv: 0.075,
  // The run-to-run prior counts as this many degrees of freedom of evidence: enough that one run a side is
  // judged with a finite, honest width, little enough that a noisier runner's own repeats soon override it.
  runToRunPriorDf: 10,
  // The CPU prior is a measurement, not a published figure: 38 degrees of freedom of A/A pairs on a machine
  // busier than a runner (docs/statistics.md, "Priors"), counted as 30. Its F test is made at 0.1 %
  // (CPU_SPREAD_TEST_LEVEL in metric-estimate.ts): that measurement already holds runs a neighbour slowed.
  cpuRunToRunPriorDf: 30,
  // On a saturated runner (its cores ≥ 95 % busy over the run: services, load generator and other work
  // competing for CPU) the CPU per request of a run moves far more: A/A and +10 ms-sleep pairs of the example
  // service (0.1–0.2 ms of CPU per request, 1.5 s and 3 s runs) beside two busy loops spread by 0.31–0.38
  // per pair, 23 % per run pooled over 87 degrees of freedom; a service doing 0.7 ms of fixed work per
  // request, by 11 % (19 df). The prior keeps 23 %, the upper end, counted as 80 df (docs/statistics.md,
  // "CPU per request on a saturated runner").
  cpuSaturatedRunToRunCv: 0.23,
  cpuSaturatedPriorDf: 80,
  // Failed requests: no extra run-to-run variation beyond what the binomial draw and the measured bursts
  // inside each run already give. Repeats that disagree more than that raise it through their spread.
  errorRateRunToRunSd: 0,
  // Between jobs (another runner, another machine): published A/A medians move by ~50 % CV between jobs, in
  // discrete clusters of machine speeds up to 4× apart (the calibration's `between-50-4x` cell). The prior
  // takes that figure, and is not known exactly: it counts as 10 past baselines' worth of evidence, so
  // the interval's Student-t carries its uncertainty, and the history blends in one baseline at a time.
  betweenJobCv: 0.5,
  // The error rate of a healthy service barely depends on the machine: 0.1 pp between jobs.
  betweenJobErrorRateSd: 1e-3,
  betweenJobPriorDf: 10
};
var defaultTolerances = {
  p50: 0.05,
  p90: 0.05,
  p95: 0.05,
  p99: 0.1,
  throughput: 0.05,
  error_rate: 5e-3,
  // CPU per request is far steadier than latency (no queueing in it); memory peaks move with GC timing
  cpu_per_request: 0.05,
  peak_rss: 0.1
};
var defaultGateOptions = {
  tolerances: defaultTolerances,
  seriesTolerances: {},
  gatedMetrics: [...METRIC_NAMES],
  familyConfidence: 0.95,
  maxBaselineCv: 0.1,
  minRequestsForP99: 1e3,
  slos: [],
  seed: 20240601,
  priors: defaultNoisePriors
};
function positive(field, value) {
  if (!(Number.isFinite(value) && value > 0))
    throw new Error(`gate option ${field} must be a positive number, got ${value}`);
  return value;
}
function checkTolerances(field, tolerances) {
  for (const [metric, value] of Object.entries(tolerances)) {
    if (!isMetricName(metric)) throw new Error(`gate option ${field}: unknown metric '${metric}'`);
    if (value === void 0) continue;
    positive(`${field}.${metric}`, value);
    if (metric !== "error_rate" && value >= 1)
      throw new Error(`gate option ${field}.${metric} is a fraction (0.05 = 5%), got ${value}`);
  }
}
function resolveGateOptions(overrides = {}) {
  const o = overrides;
  if (o.tolerances) checkTolerances("tolerances", o.tolerances);
  for (const [series, tolerances] of Object.entries(o.seriesTolerances ?? {}))
    checkTolerances(`seriesTolerances['${series}']`, tolerances);
  for (const metric of o.gatedMetrics ?? [])
    if (!isMetricName(metric)) throw new Error(`gate option gatedMetrics: unknown metric '${metric}'`);
  const familyConfidence = o.familyConfidence ?? defaultGateOptions.familyConfidence;
  if (!(familyConfidence > 0.5 && familyConfidence < 1))
    throw new Error(
      `gate option familyConfidence must be between 0.5 and 1 (e.g. 0.95), got ${familyConfidence}`
    );
  const seed = o.seed ?? defaultGateOptions.seed;
  if (!Number.isInteger(seed)) throw new Error(`gate option seed must be an integer, got ${seed}`);
  for (const [i, slo] of (o.slos ?? []).entries()) {
    if (!isMetricName(slo.metric)) throw new Error(`gate option slos[${i}]: unknown metric '${slo.metric}'`);
    if (!(Number.isFinite(slo.limit) && slo.limit >= 0))
      throw new Error(`gate option slos[${i}].limit must be a non-negative number, got ${slo.limit}`);
    if (slo.series === "")
      throw new Error(`gate option slos[${i}].series is empty; use '*' for every series`);
  }
  const priors = { ...defaultNoisePriors, ...o.priors };
  for (const [name, value] of Object.entries(priors)) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new Error(`gate option priors.${name} must be \u2265 0, got ${value}`);
  }
  return {
    tolerances: { ...defaultTolerances, ...o.tolerances },
    seriesTolerances: { ...o.seriesTolerances },
    gatedMetrics: [...o.gatedMetrics ?? defaultGateOptions.gatedMetrics],
    familyConfidence,
    maxBaselineCv: positive("maxBaselineCv", o.maxBaselineCv ?? defaultGateOptions.maxBaselineCv),
    minRequestsForP99: positive(
      "minRequestsForP99",
      o.minRequestsForP99 ?? defaultGateOptions.minRequestsForP99
    ),
    slos: [...o.slos ?? []],
    seed,
    priors
  };
}

// src/inputs/series-selector.ts
function selectorMatches(selector, key) {
  if (selector === "*") return true;
  const pattern = new RegExp(`^${selector.split("*").map(escapeRegExp).join(".*")}$`);
  return [seriesId(key), key.name, `${key.method} ${key.name}`].some((candidate) => pattern.test(candidate));
}
function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

// src/inputs/gate-options.ts
function gateSettingsOf(config, seed) {
  return {
    tolerances: config.tolerances,
    slos: config.slos,
    familyConfidence: config.familyConfidence,
    maxBaselineCv: config.maxBaselineCv,
    maxErrorRate: config.maxErrorRate,
    seed
  };
}
function gateOptionsFor(settings, series) {
  const warnings = [];
  const tolerances = {};
  const seriesTolerances = {};
  const matching = (selector) => series.filter((key) => selectorMatches(selector, key));
  for (const rule of settings.tolerances) {
    if (rule.series === "*") {
      tolerances[rule.metric] = rule.value;
      continue;
    }
    const keys = matching(rule.series);
    if (keys.length === 0) warnings.push(`tolerance for '${rule.series}' matches no measured series`);
    for (const key of keys) {
      const id = seriesId(key);
      seriesTolerances[id] = { ...seriesTolerances[id], [rule.metric]: rule.value };
    }
  }
  const slos = settings.slos.flatMap((slo) => {
    if (slo.series === "*") return [slo];
    const keys = matching(slo.series);
    if (keys.length === 0) warnings.push(`SLO for '${slo.series}' matches no measured series`);
    return keys.map((key) => ({ ...slo, series: seriesId(key) }));
  });
  const options = resolveGateOptions({
    tolerances,
    seriesTolerances,
    slos,
    familyConfidence: settings.familyConfidence,
    maxBaselineCv: settings.maxBaselineCv,
    seed: settings.seed
  });
  return { options, warnings };
}
function seedFromSha(sha) {
  const hex = sha.replace(/[^0-9a-f]/gi, "").slice(0, 8);
  return hex === "" ? 1 : Number.parseInt(hex, 16);
}

// src/judge/judge.ts
import { availableParallelism } from "node:os";

// src/stats/holm.ts
function holm(pValues, familyConfidence) {
  const m = pValues.length;
  const alpha = 1 - familyConfidence;
  const order = pValues.map((p, i) => [p, i]).sort((a, b) => a[0] - b[0]);
  const confidence = [];
  const rejected = new Array(m).fill(false);
  for (let step = 0; step < m; step++) {
    const level = alpha / (m - step);
    const [p, index] = order[step];
    if (p <= level) {
      rejected[index] = true;
      confidence[index] = 1 - level;
      continue;
    }
    for (let rest = step; rest < m; rest++) confidence[order[rest][1]] = 1 - level;
    break;
  }
  return { confidence, rejected };
}

// src/stats/interval-outcome.ts
var REGRESSION_FLOOR = 0.5;
function classify(worseLo, worseHi, tolerance) {
  if (-tolerance < worseLo && worseHi < tolerance) return "no-change";
  const floor = REGRESSION_FLOOR * tolerance;
  if (worseLo > floor && worseHi >= tolerance) return "regression";
  if (worseHi < -floor && worseLo <= -tolerance) return "improvement";
  return "inconclusive";
}
function runsToDecide(input) {
  const { estimate, tolerance, critical, perRun, fixed } = input;
  const cap = input.cap ?? 100;
  const d = Math.abs(estimate);
  const target = Math.max(d - REGRESSION_FLOOR * tolerance, tolerance - d);
  const room = (target / critical) ** 2 - fixed;
  if (!(room > 0)) return void 0;
  const runs = Math.floor(perRun / room) + 1;
  return runs <= cap ? runs : void 0;
}

// src/stats/slo.ts
function evaluateSlos(candidate, seriesIds, options, priors, warnings) {
  const checks = [];
  for (const spec of options.slos) {
    if (spec.series === "*") for (const id of seriesIds) checks.push({ spec, seriesId: id });
    else if (seriesIds.includes(spec.series)) checks.push({ spec, seriesId: spec.series });
    else
      warnings.push(
        `SLO on '${spec.series}' (${spec.metric}) matches no series of the candidate; not checked`
      );
  }
  const confidence = 1 - (1 - options.familyConfidence) / Math.max(1, checks.length);
  return checks.map(({ spec, seriesId: seriesId2 }) => {
    const metric = METRIC_SPECS[spec.metric];
    const estimate = pooledValue(candidate, seriesId2, spec.metric);
    const runs = candidate.filter((r) => r.series.has(seriesId2));
    const per = runs.map((r) => runSeriesMetrics(r, r.series.get(seriesId2))[spec.metric]);
    const base = { spec, seriesId: seriesId2, estimate, confidence };
    const inconclusive = (reason) => ({
      ...base,
      interval: [Number.NaN, Number.NaN],
      status: "inconclusive",
      reason
    });
    const missing = per.find((m) => m.unavailable !== void 0);
    if (missing) return inconclusive(`no figure: ${missing.unavailable}`);
    if (metric.quantile !== void 0) {
      const needed = requestsNeeded(metric.quantile, options.minRequestsForP99);
      const fewest = Math.min(...per.map((m) => m.requests));
      if (fewest < needed)
        return inconclusive(`too thin: ${fewest} requests per run, a ${metric.label} needs \u2265 ${needed}`);
    }
    const log = metric.scale === "log";
    const unit = unitVariance({
      values: per.map((m) => log ? Math.log(m.value) : m.value),
      within: withinParts(per),
      prior: runToRunPrior(metric, priors)
    });
    if (!unit) return inconclusive("summary-fidelity result with one run: its uncertainty is unknown");
    const half = studentTQuantile(1 - (1 - confidence) / 2, unit.df) * Math.sqrt(unit.variance / per.length);
    const centre = log ? Math.log(estimate) : adjustedErrorRate(runs, seriesId2);
    const interval = log ? [Math.exp(centre - half), Math.exp(centre + half)] : [Math.max(0, centre - half), centre + half];
    const lowerBound = spec.metric === "throughput";
    const [lo, hi] = interval;
    const status = lowerBound ? hi < spec.limit ? "breached" : lo >= spec.limit ? "met" : "inconclusive" : lo > spec.limit ? "breached" : hi <= spec.limit ? "met" : "inconclusive";
    return {
      ...base,
      interval,
      status,
      ...status === "inconclusive" ? {
        reason: `the interval ${formatValue(metric, lo)} \u2026 ${formatValue(metric, hi)} contains the limit ${formatValue(metric, spec.limit)}`
      } : {}
    };
  });
}

// src/stats/verdict.ts
var SEVERITY = { regression: 3, inconclusive: 2, "no-change": 1, improvement: 0 };
function worstOutcome(metrics) {
  const gated = metrics.filter((m) => m.gated);
  if (gated.length === 0) return "inconclusive";
  return gated.reduce(
    // Stryker disable next-line EqualityOperator: equivalent as `>=`, no two outcomes share a severity, so on a tie m.outcome is worst (`<=` is tested)
    (worst, m) => SEVERITY[m.outcome] > SEVERITY[worst] ? m.outcome : worst,
    "improvement"
  );
}
function percent(confidence) {
  const p = confidence * 100;
  return `${p >= 99.95 ? p.toFixed(2) : p.toFixed(1)}%`;
}
function describe(seriesId2, m) {
  const spec = METRIC_SPECS[m.metric];
  return `${seriesId2}: ${spec.label} ${formatChange(spec, m.change)} (${formatValue(spec, m.baseline)} \u2192 ${formatValue(
    spec,
    m.candidate
  )}; ${percent(m.confidence)} interval ${formatChange(spec, m.interval[0])} \u2026 ${formatChange(spec, m.interval[1])}, tolerance ${formatChange(spec, m.tolerance).replace("+", "\xB1")})`;
}
function describeSlo(s) {
  const spec = METRIC_SPECS[s.spec.metric];
  const bound = s.spec.metric === "throughput" ? "\u2265" : "<";
  const where = `${s.seriesId}: SLO ${spec.label} ${bound} ${formatValue(spec, s.spec.limit)}`;
  if (s.status === "breached")
    return `${where} breached: ${formatValue(spec, s.estimate)} (interval ${formatValue(spec, s.interval[0])} \u2026 ${formatValue(spec, s.interval[1])})`;
  return `${where} undecided: ${s.reason ?? "the interval contains the limit"}`;
}
function decide(series, slos, unshared) {
  const decided = decideGated(series, slos);
  if (unshared === void 0) return decided;
  return { ...decided, reasons: [unshared, ...decided.reasons.filter((r) => r !== NOTHING_GATED)] };
}
var NOTHING_GATED = "Nothing could be gated: every metric was too thin, not applicable, or without a known uncertainty";
function decideGated(series, slos) {
  const name = seriesNamer(series.map((s) => s.key));
  const gated = series.flatMap((s) => s.metrics.filter((m) => m.gated).map((m) => ({ id: name(s.key), m })));
  const regressions = gated.filter(({ m }) => m.outcome === "regression");
  const breaches = slos.filter((s) => s.status === "breached");
  if (regressions.length > 0 || breaches.length > 0) {
    return {
      verdict: "fail",
      reasons: [
        ...regressions.map(({ id, m }) => `Regression: ${describe(id, m)}`),
        ...breaches.map(describeSlo)
      ]
    };
  }
  const undecided = gated.filter(({ m }) => m.outcome === "inconclusive");
  const openSlos = slos.filter((s) => s.status !== "met");
  if (gated.length === 0 && slos.length === 0) {
    return {
      verdict: "inconclusive",
      reasons: [NOTHING_GATED]
    };
  }
  if (undecided.length > 0 || openSlos.length > 0) {
    return {
      verdict: "inconclusive",
      reasons: [
        ...undecided.map(({ id, m }) => `${id}: ${METRIC_SPECS[m.metric].label}: ${m.reason ?? "undecided"}`),
        ...openSlos.map(describeSlo)
      ]
    };
  }
  const improvements = gated.filter(({ m }) => m.outcome === "improvement");
  const seriesCount = new Set(gated.map(({ id }) => id)).size;
  return {
    verdict: "pass",
    reasons: [
      `No gated metric changed by its tolerance: ${gated.length} metrics on ${seriesCount} series` + (slos.length > 0 ? `, ${slos.length} SLO checks met` : ""),
      ...improvements.map(({ id, m }) => `Improvement: ${describe(id, m)}`)
    ]
  };
}

// src/stats/compare.ts
function sideModel(runs, side) {
  const models = new Set(runs.map((r) => r.loadModel));
  if (models.has("open") && models.has("closed"))
    return { model: "unknown", refused: `the ${side} runs mix open and closed load models` };
  if (models.size === 1) return { model: runs[0].loadModel };
  return { model: "unknown" };
}
function modelSources(runs) {
  return [...new Set(runs.map((r) => r.loadModelSource ?? "unknown"))];
}
function sideTargetRate(runs) {
  return runs.find((r) => r.targetRate !== void 0)?.targetRate;
}
function differs(a, b) {
  return Math.abs(a - b) > 0.01 * Math.max(Math.abs(a), Math.abs(b));
}
function refusal(input, warnings) {
  const b = sideModel(input.baseline, "baseline");
  const c = sideModel(input.candidate, "candidate");
  if (input.refused !== void 0)
    return { model: b.model === c.model ? b.model : "unknown", refused: input.refused };
  if (b.refused) return b;
  if (c.refused) return c;
  for (const [side, runs] of [
    ["baseline", input.baseline],
    ["candidate", input.candidate]
  ]) {
    const rates = runs.map((r) => r.targetRate).filter((r) => r !== void 0);
    if (rates.some((r) => differs(r, rates[0])))
      return {
        model: "unknown",
        refused: `the ${side} runs were driven at different target rates (${rates.join(", ")}/s)`
      };
  }
  if (b.model === "open" && c.model === "closed" || b.model === "closed" && c.model === "open")
    return {
      model: "unknown",
      refused: `load models differ: baseline ${b.model}, candidate ${c.model}; an arrival-rate test and a fixed-VU test measure different things`
    };
  const tb = sideTargetRate(input.baseline);
  const tc = sideTargetRate(input.candidate);
  if (tb !== void 0 && tc !== void 0 && differs(tb, tc))
    return { model: "unknown", refused: `target rates differ: baseline ${tb}/s, candidate ${tc}/s` };
  if (b.model !== c.model || b.model === "unknown") {
    warnings.push(
      `load model not known for both sides (baseline ${b.model}, candidate ${c.model}): throughput is reported, not gated`
    );
    return { model: "unknown" };
  }
  return { model: b.model };
}
function seriesSets(input, warnings) {
  const inAll = (runs, id) => runs.every((r) => r.series.has(id));
  const inAny = (runs, id) => runs.some((r) => r.series.has(id));
  const ids = [];
  for (const run of [...input.baseline, ...input.candidate])
    for (const id of run.series.keys()) if (!ids.includes(id)) ids.push(id);
  const compared = [];
  const added = [];
  const removed = [];
  for (const id of ids) {
    const b = inAny(input.baseline, id);
    const c = inAny(input.candidate, id);
    if (inAll(input.baseline, id) && inAll(input.candidate, id)) compared.push(id);
    else if (b && c) warnings.push(`series '${id}' is missing from some runs of one side: not compared`);
    else if (c) added.push(id);
    else removed.push(id);
  }
  return { compared, added, removed };
}
function noSharedSeries(input) {
  const keysOf = (runs) => {
    const keys = /* @__PURE__ */ new Map();
    for (const run of runs) for (const s of run.series.values()) keys.set(s.id, s.key);
    return [...keys.values()];
  };
  const baseline = keysOf(input.baseline);
  const candidate = keysOf(input.candidate);
  const name = seriesNamer([...baseline, ...candidate]);
  const few = (keys) => `${keys.slice(0, SHOWN_NAMES).map((k) => `'${name(k)}'`).join(", ")}${keys.length > SHOWN_NAMES ? ` and ${keys.length - SHOWN_NAMES} more` : ""}`;
  return `The baseline and the PR share no series, so nothing was compared: the baseline has ${few(baseline)}; the PR has ${few(candidate)}. Series match by scenario, group, method and name (a URL counts from after its target: set target-url / --target-url when the load went to another host or base path)`;
}
var SHOWN_NAMES = 3;
function pValue(e) {
  const v = e.variance;
  const floor = REGRESSION_FLOOR * e.tolerance;
  const margin = Math.abs(e.center) - (e.spec.scale === "log" ? Math.log1p(floor) : floor);
  if (margin <= 0) return 1;
  if (v.variance === 0) return 0;
  return studentTTwoSidedP(margin / Math.sqrt(v.variance), v.df);
}
function intervalAt(e, confidence) {
  const v = e.variance;
  const critical = v ? studentTQuantile(1 - (1 - confidence) / 2, v.df) : Number.NaN;
  const half = v ? critical * Math.sqrt(v.variance) : Number.NaN;
  const interval = [toChange(e.spec, e.center - half), toChange(e.spec, e.center + half)];
  const worse = e.spec.worse === 1 ? interval : [-interval[1], -interval[0]];
  return { critical, half, interval, worse, confidence };
}
function toMetricComparison(e, confidence, familyConfidence, p) {
  const spec = e.spec;
  const adjusted = intervalAt(e, confidence);
  const plain = intervalAt(e, Math.min(confidence, familyConfidence));
  const unchanged = e.testable && classify(plain.worse[0], plain.worse[1], e.tolerance) === "no-change";
  const outcome = unchanged ? "no-change" : classify(adjusted.worse[0], adjusted.worse[1], e.tolerance);
  const excuse = e.testable && outcome === "inconclusive" ? standAside(e, plain) : void 0;
  const shown = unchanged || excuse !== void 0 ? plain : adjusted;
  const { critical } = adjusted;
  const comparison = {
    metric: spec.name,
    unit: spec.unit,
    baseline: e.baseline,
    candidate: e.candidate,
    change: e.change,
    changeKind: spec.changeKind,
    interval: shown.interval,
    confidence: shown.confidence,
    tolerance: e.tolerance,
    outcome: "inconclusive",
    gated: e.gated,
    sampleSize: e.sampleSize,
    baselineCv: e.baselineCv,
    noiseFloor: toChange(spec, adjusted.half),
    ...p !== void 0 ? { pValue: p } : {},
    ...e.reason !== void 0 ? { reason: e.reason } : {}
  };
  if (!e.testable) return comparison;
  comparison.outcome = outcome;
  if (excuse !== void 0) {
    comparison.gated = false;
    comparison.reason = excuse;
  } else if (comparison.outcome === "inconclusive") {
    const runs = runsToDecide({
      estimate: e.center,
      tolerance: spec.scale === "log" ? Math.log1p(e.tolerance) : e.tolerance,
      critical,
      perRun: e.perRun,
      fixed: e.fixed
    });
    const tolerance = formatChange(spec, e.tolerance).replace("+", "");
    const undecided = `the interval neither rules out a ${tolerance} change nor shows one of more than half of it`;
    const base = e.noisier === void 0 ? undecided : `${e.noisier}; ${undecided}`;
    if (runs !== void 0) {
      comparison.runsToDecide = runs;
      comparison.reason = `${base}; about ${runs} runs a side would likely decide it`;
    } else {
      comparison.reason = e.fixed > 0 ? `${base}; more repeats cannot decide it, the between-job noise alone is wider: measure base and PR in the same job` : `${base}; it would take more than 100 runs a side`;
    }
  }
  return comparison;
}
function standAside(e, plain) {
  const hi = plain.worse[1];
  const label = (x) => formatChange(e.spec, x).replace("+", "");
  const bound = `its ${(plain.confidence * 100).toFixed(1)}% interval reaches ${formatChange(e.spec, e.spec.worse === 1 ? hi : -hi)} at worst`;
  if (e.undecidable !== void 0) {
    if (e.spec.scale !== "log") return e.undecidable;
    if (!(hi < 2 * e.tolerance)) return void 0;
    const unseen = hi < e.tolerance ? `a ${label(e.tolerance)} regression` : `a ${label(2 * e.tolerance)} regression (one between ${label(e.tolerance)} and ${label(2 * e.tolerance)} could go unseen)`;
    return `${e.undecidable}; ${bound}, which rules out ${unseen}, so it does not hold back a pass`;
  }
  if (hi < e.tolerance)
    return `not worse: ${bound}, which rules out a ${label(e.tolerance)} regression; an improvement of that size is still open, and only a regression holds back a pass`;
  return void 0;
}
function pairRatios(input, compared) {
  return input.candidate.map((run, i) => {
    const base = input.baseline[i];
    const logs = compared.map((id) => {
      const c = runSeriesMetrics(run, run.series.get(id)).p50.value;
      const b = runSeriesMetrics(base, base.series.get(id)).p50.value;
      return Math.log(c / b);
    }).filter(Number.isFinite);
    return Math.exp(logs.reduce((a, v) => a + v, 0) / logs.length);
  });
}
function openModelInfo(input) {
  const side = (runs) => {
    const seconds = runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1e3, 0);
    const iterations = runs.reduce((a, r) => a + r.totals.iterations, 0);
    return {
      dropped: runs.reduce((a, r) => a + r.totals.droppedIterations, 0),
      rate: seconds > 0 ? iterations / seconds : Number.NaN
    };
  };
  const b = side(input.baseline);
  const c = side(input.candidate);
  const target = sideTargetRate(input.baseline) ?? sideTargetRate(input.candidate);
  return {
    droppedIterations: { baseline: b.dropped, candidate: c.dropped },
    achievedRate: { baseline: b.rate, candidate: c.rate },
    ...target !== void 0 ? { targetRate: target } : {}
  };
}
function betweenJobWarning(job, priors) {
  const p50 = job.perMetric.p50;
  const priorDf = betweenJobPriorDf(priors);
  if (p50.historyDf >= priorDf) return void 0;
  const assumed = `a prior of ${(priors.betweenJobCv * 100).toFixed(0)}% CV${Number.isFinite(priorDf) ? ` worth ${priorDf} past baselines` : ""}`;
  return `cached baseline with ${job.historySize} past baselines: between-job noise ${(cvFromLogVariance(p50.variance) * 100).toFixed(0)}% CV (P50), mostly ${assumed}`;
}
function compareRuns(input, options) {
  if (input.baseline.length === 0) throw new Error("compareRuns: the baseline has no runs");
  if (input.candidate.length === 0) throw new Error("compareRuns: the candidate has no runs");
  const priors = options.priors ?? defaultNoisePriors;
  const warnings = overriddenModelNotes([...input.baseline, ...input.candidate]);
  const { model, refused } = refusal(input, warnings);
  const skeleton = {
    design: input.design,
    seed: options.seed,
    familyConfidence: options.familyConfidence,
    correction: "holm",
    loadModel: model,
    loadModelSource: { baseline: modelSources(input.baseline), candidate: modelSources(input.candidate) },
    runs: { baseline: input.baseline.length, candidate: input.candidate.length }
  };
  if (refused !== void 0) {
    const nothing = { series: [], added: [], removed: [], slos: [] };
    return {
      ...skeleton,
      refused,
      ...nothing,
      verdict: "inconclusive",
      reasons: [`Not compared: ${refused}`],
      warnings
    };
  }
  const { compared, added, removed } = seriesSets(input, warnings);
  const screened = screenDisturbances(input.baseline, input.candidate);
  warnings.push(...screened.disturbances.map((d) => disturbanceWarning(d, "latency")));
  const screenedInput = { ...input, baseline: screened.baseline, candidate: screened.candidate };
  const sides = model === "closed" ? withScenarioTotals(screenedInput, compared) : { ...screenedInput, ids: [] };
  const paired = input.design === "same-job" && input.baseline.length === input.candidate.length;
  warnings.push(...designWarnings(input, paired));
  const betweenJob = input.design === "cached" ? betweenJobVariance(input.history, priors) : void 0;
  const jobWarning = betweenJob && betweenJobWarning(betweenJob, priors);
  if (jobWarning) warnings.push(jobWarning);
  const context = {
    baseline: sides.baseline,
    candidate: sides.candidate,
    paired,
    loadModel: model,
    options,
    priors,
    ...betweenJob ? { betweenJob } : {}
  };
  const series = judgeSeries(context, input, sides, compared, warnings);
  const candidateIds = [...compared, ...added].filter((id) => input.candidate.every((r) => r.series.has(id)));
  const slos = evaluateSlos(screened.candidate, candidateIds, options, priors, warnings);
  const { verdict, reasons } = decide(
    series,
    slos,
    compared.length === 0 ? noSharedSeries(input) : void 0
  );
  const comparison = { ...skeleton, series, added, removed, slos, verdict, reasons, warnings };
  if (screened.disturbances.length > 0) comparison.disturbances = screened.disturbances;
  if (model === "open") comparison.openModel = openModelWithWarning(input, warnings);
  if (betweenJob) comparison.betweenJob = betweenJobSummary(betweenJob);
  if (paired) comparison.pairs = pairInfo(input, screened, compared, warnings);
  return comparison;
}
function cpuPairWarning(p) {
  return `CPU per request: ${p.side} run ${p.pair} used \xD7${p.factor.toFixed(2)} the CPU per request of its side's other runs, and its pair alone disagreed with the others (something else on the machine shared its cores): pair ${p.pair} is left out of CPU per request`;
}
function disturbanceWarning(d, of) {
  const what = of === "cpu" ? `${d.seconds} s of CPU per request \xD7` : `${d.seconds} s slowed \xD7`;
  return `${d.side} run ${d.run}: ${what}${d.factor.toFixed(2)} against the rest of the run ${d.leftOut ? `(something else on the machine): those seconds are left out${of === "cpu" ? " of CPU per request" : ""}` : "in every run of this side and none of the other: the build\u2019s own behaviour, kept"}`;
}
function designWarnings(input, paired) {
  const warnings = [];
  if (input.design === "same-job" && !paired)
    warnings.push(
      `same-job design with ${input.baseline.length} baseline and ${input.candidate.length} candidate runs: not pairs, analysed as two groups`
    );
  if ([...input.baseline, ...input.candidate].some((r) => r.fidelity === "summary"))
    warnings.push(
      "summary-fidelity results (no distribution, no per-second data): within-run uncertainty is unknown, intervals rest on the spread of repeats"
    );
  return warnings;
}
function judgeSeries(context, input, sides, compared, warnings) {
  const { options } = context;
  const requests = [...compared, ...sides.ids];
  const estimates = requests.map(
    (id) => (sides.ids.includes(id) ? ["throughput"] : SERIES_METRICS).map(
      (metric) => estimateMetric(context, id, metric)
    )
  );
  const cpu = screenCpu(input.baseline, input.candidate);
  warnings.push(...cpu.disturbances.map((d) => disturbanceWarning(d, "cpu")));
  const service = resourceEstimates(
    { ...context, baseline: input.baseline, candidate: input.candidate },
    cpu
  );
  const judged = [...requests];
  if (service.length > 0) {
    judged.push(SERVICE_SERIES_ID);
    estimates.push(service);
  }
  for (const { leftOut } of service) if (leftOut) warnings.push(cpuPairWarning(leftOut));
  const testable = estimates.flat().filter((e) => e.testable);
  const pValues = testable.map(pValue);
  const adjusted = holm(pValues, options.familyConfidence);
  const untested = 1 - (1 - options.familyConfidence) / Math.max(1, testable.length);
  return judged.map((id, i) => {
    const metrics = estimates[i].map((e) => {
      const k = testable.indexOf(e);
      return k >= 0 ? toMetricComparison(e, adjusted.confidence[k], options.familyConfidence, pValues[k]) : toMetricComparison(e, untested, options.familyConfidence, void 0);
    });
    const key = id === SERVICE_SERIES_ID ? SERVICE_KEY : sides.baseline[0].series.get(id).key;
    return { id, key, metrics, outcome: worstOutcome(metrics) };
  });
}
function openModelWithWarning(input, warnings) {
  const openModel = openModelInfo(input);
  const { droppedIterations } = openModel;
  if (droppedIterations.candidate > droppedIterations.baseline)
    warnings.push(
      `the candidate dropped ${droppedIterations.candidate} iterations (baseline ${droppedIterations.baseline}): it did not keep up with the arrival rate`
    );
  return openModel;
}
function betweenJobSummary(betweenJob) {
  const cvByMetric = {};
  for (const metric of METRIC_NAMES) {
    const v = betweenJob.perMetric[metric].variance;
    cvByMetric[metric] = METRIC_SPECS[metric].scale === "log" ? cvFromLogVariance(v) : Math.sqrt(v);
  }
  return {
    source: betweenJob.source,
    cv: cvByMetric.p50,
    historySize: betweenJob.historySize,
    cvByMetric
  };
}
function pairInfo(input, screened, compared, warnings) {
  const orders = input.pairOrders ?? [];
  if (input.pairOrders && orders.length !== input.candidate.length)
    warnings.push(`${orders.length} pair orders recorded for ${input.candidate.length} pairs`);
  return {
    ratios: pairRatios(screened, compared),
    orders: [...orders],
    metric: "P50, geometric mean over series"
  };
}

// src/results/validity.ts
function errorRateProblems(runs, maxErrorRate) {
  return runs.flatMap((run, i) => {
    const label = runs.length === 1 ? "the run" : `run ${i + 1}`;
    const { requests, failed } = measuredRequests(run);
    if (requests === 0) return [`${label} made no requests`];
    const rate = failed / requests;
    return rate > maxErrorRate ? [
      `${label} failed ${percent2(rate)} of its requests (${failed} of ${requests}), above max-error-rate ${percent2(maxErrorRate)}`
    ] : [];
  });
}
function nothingSucceeded(runs) {
  return runs.flatMap((run, i) => {
    const label = runs.length === 1 ? "the run" : `run ${i + 1}`;
    const { requests, failed } = measuredRequests(run);
    if (requests === 0) return [`${label} made no requests`];
    return failed >= requests ? [`${label}: all ${requests} requests failed`] : [];
  });
}
function percent2(fraction) {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

// src/judge/validity.ts
function refuse(comparison, reason) {
  return {
    ...comparison,
    refused: reason,
    series: [],
    added: [],
    removed: [],
    slos: [],
    verdict: "inconclusive",
    reasons: [`Not compared: ${reason}`]
  };
}
var InvalidSideError = class extends Error {
  name = "InvalidSideError";
};
var BUILDS = { baseline: "the base build", candidate: "the PR build" };
function assertValidSides(baseline, candidate, maxErrorRate, names) {
  const sides = [
    { name: names.baseline, problems: errorRateProblems(baseline, maxErrorRate) },
    { name: names.candidate, problems: nothingSucceeded(candidate) }
  ];
  for (const { name, problems } of sides) {
    if (problems.length === 0) continue;
    throw new InvalidSideError(
      `${name} is not a valid measurement, so nothing was compared: ${problems.join("; ")}. Check that it was built and started correctly and answers the script's requests.`
    );
  }
}
function applyErrorRatePolicy(comparison, baseline, candidate, maxErrorRate, names) {
  const ofBaseline = errorRateProblems(baseline, maxErrorRate);
  const ofCandidate = errorRateProblems(candidate, maxErrorRate);
  const warnings = [
    ...ofBaseline.map((p) => `${names.baseline}: ${p}: it is not a valid baseline`),
    ...ofCandidate.map((p) => `${names.candidate}: ${p}`)
  ];
  const judged = ofBaseline.length > 0 ? refuse(comparison, `${names.baseline} is not a valid baseline: ${ofBaseline.join("; ")}`) : comparison;
  return { ...judged, warnings: [...judged.warnings, ...warnings] };
}
function applyEnvironmentPolicy(comparison, comparability, strict) {
  if (!strict || !comparability.environmentDiffers || comparison.verdict === "inconclusive")
    return comparison;
  return {
    ...comparison,
    verdict: "inconclusive",
    reasons: [
      `strict-environment: the baseline was measured on a different environment, so a ${comparison.verdict} cannot be trusted`,
      ...comparison.reasons
    ]
  };
}

// src/judge/judge.ts
function judgingOf(config, seed, collaborators) {
  return {
    settings: { ...gateSettingsOf(config, seed), strictEnvironment: config.strictEnvironment },
    ...collaborators
  };
}
function servicesOf(step, sides) {
  return serviceSides(sides, step.measurement.cpu?.cpuCount ?? availableParallelism());
}
function seriesKeys(runs) {
  return [...new Map(runs.flatMap((r) => [...r.series.values()].map((s) => [s.id, s.key]))).values()];
}
function optionsFor(settings, runs, logger) {
  const { options, warnings } = gateOptionsFor(settings, seriesKeys(runs));
  for (const w of warnings) logger.warning(w);
  return options;
}
function atLook(options, planned, pairs) {
  if (!planned) return options;
  const familyConfidence = lookConfidence(options.familyConfidence, planned.planned, planned.maxPairs, pairs);
  return { ...options, familyConfidence };
}
function compareSides(input, options, settings, measurementNotes, names) {
  const comparison = compareRuns(input, options);
  comparison.warnings.push(...measurementNotes);
  return applyErrorRatePolicy(comparison, input.baseline, input.candidate, settings.maxErrorRate, names);
}
function judgeSameJob(step, settings, logger, base) {
  const { measurement } = step;
  const baseline = measurement.baseline;
  const candidate = measurement.candidate;
  assertValidSides(baseline, candidate, settings.maxErrorRate, BUILDS);
  const planned = measurement.pairsPlanned;
  const options = atLook(optionsFor(settings, candidate, logger), planned, candidate.length);
  const input = { baseline, candidate, design: "same-job", pairOrders: measurement.orders };
  const comparison = compareSides(input, options, settings, measurement.generatorWarnings, BUILDS);
  if (planned)
    comparison.confirmation = {
      ...planned,
      pairs: candidate.length,
      decided: comparison.verdict !== "inconclusive"
    };
  return {
    comparison,
    baseline: { ...base, source: "same-job" },
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: thresholdBreaches(baseline), candidate: thresholdBreaches(candidate) },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [
      { side: "base build", runs: baseline },
      { side: "PR build", runs: candidate }
    ])
  };
}
function noBaselineOf(restored) {
  switch (restored.status) {
    case "missing":
      return { reason: restored.cause === "not-found" ? "evicted" : "first-run", detail: restored.reason };
    case "unavailable":
      return { reason: "cache-unavailable", detail: restored.reason };
    case "unreadable":
      return { reason: "unreadable", detail: restored.reason };
  }
}
function withoutBaseline(step, restored, strictEnvironment) {
  const candidate = step.measurement.candidate;
  return {
    noBaseline: noBaselineOf(restored),
    candidateSnapshot: snapshotSeries(candidate),
    snapshotWarnings: step.measurement.generatorWarnings,
    environment: { differences: [], strict: strictEnvironment },
    thresholdBreaches: { baseline: [], candidate: thresholdBreaches(candidate) },
    noise: [],
    services: servicesOf(step, [{ side: "PR build", runs: candidate }])
  };
}
function judgeAgainstArtifact(step, restored, settings, measuring, logger) {
  if (restored.status !== "found")
    return { judgement: withoutBaseline(step, restored, settings.strictEnvironment) };
  const artifact = restored.artifact;
  const candidate = step.measurement.candidate;
  const comparability = compareIdentities(
    artifact,
    measurementIdentity({
      runs: candidate,
      scriptHash: step.measurer.scriptHash,
      environment: measuring.environment,
      perfGateVersion: measuring.version
    })
  );
  const options = optionsFor(settings, candidate, logger);
  const input = {
    baseline: artifact.runs,
    candidate,
    design: "cached",
    history: artifact.history
  };
  if (comparability.incomparable) input.refused = incomparableText(comparability);
  const comparison = applyEnvironmentPolicy(
    compareSides(input, options, settings, step.measurement.generatorWarnings, BUILDS),
    comparability,
    settings.strictEnvironment
  );
  const judgement = {
    comparison,
    baseline: {
      commit: artifact.commit,
      ref: artifact.branch,
      timeMs: artifact.timeMs,
      source: restored.exact ? "cache exact" : "cache newest of branch"
    },
    environment: {
      differences: comparability.differences.filter((d) => d.effect !== "incomparable").map((d) => d.text),
      strict: settings.strictEnvironment
    },
    thresholdBreaches: {
      baseline: thresholdBreaches(artifact.runs),
      candidate: thresholdBreaches(candidate)
    },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [{ side: "PR build", runs: candidate }])
  };
  return { judgement, comparability };
}
function judgeFiles(sides, design, settings, logger) {
  const { spec, loaded } = sides.baseline;
  const baseline = loaded.runs;
  const candidate = sides.candidate.loaded.runs;
  const names = { baseline: `the baseline (${spec})`, candidate: `the candidate (${sides.candidate.spec})` };
  const notes = cutFileNotes([...baseline, ...candidate]);
  const options = optionsFor(settings, candidate, logger);
  if (design === "same-job") assertValidSides(baseline, candidate, settings.maxErrorRate, names);
  const history = loaded.history;
  const comparison = compareSides({ baseline, candidate, design, history }, options, settings, notes, names);
  return {
    comparison,
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: thresholdBreaches(baseline), candidate: thresholdBreaches(candidate) },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    baseline: {
      commit: loaded.baseline?.commit ?? "baseline",
      ref: loaded.baseline?.ref ?? spec,
      // a run read from a k6 summary export has no start time (0): its age is unknown, not 56 years
      timeMs: loaded.baseline?.timeMs ?? (baseline[0].startMs > 0 ? baseline[0].startMs : void 0),
      source: design === "same-job" ? "same-job" : "cache newest of branch"
    }
  };
}

export {
  gateSettingsOf,
  gateOptionsFor,
  seedFromSha,
  compareRuns,
  errorRateProblems,
  judgingOf,
  seriesKeys,
  atLook,
  judgeSameJob,
  judgeAgainstArtifact,
  judgeFiles
};
