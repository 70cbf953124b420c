import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  readK6Json
} from "./chunk-YHSFMYNJ.js";
import {
  durationSeconds
} from "./chunk-OTXEUQ6A.js";
import "./chunk-MWCUCVEZ.js";
import {
  ToolError,
  interruption,
  outputTail,
  spawnProcess
} from "./chunk-A4AMVD5E.js";
import "./chunk-5EQLK7LG.js";
import "./chunk-PM2Z6TSB.js";
import "./chunk-RHZWF6LV.js";
import "./chunk-T7OUTNJ3.js";
import "./chunk-JTRRB6RP.js";
import "./chunk-3GBNS6AV.js";
import "./chunk-KXACUDTB.js";
import {
  runTitle,
  streamLogger
} from "./chunk-R6BXLMDH.js";
import "./chunk-PJLTGONB.js";
import {
  measuredRequests
} from "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/engine/k6/runner.ts
import { access, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";

// src/engine/k6/exit-codes.ts
var K6_EXIT_CODES = {
  0: "ok",
  97: "cloud test run failed",
  98: "cloud: failed to get progress",
  99: "thresholds crossed",
  100: "setup() timed out",
  101: "teardown() timed out",
  102: "generic timeout",
  103: "engine error",
  104: "invalid configuration (options or flags)",
  105: "aborted by a signal",
  106: "cannot start the REST API",
  107: "script exception (the script threw an error)",
  108: "the script called test.abort()",
  255: "other error (e.g. a bad command-line argument)"
};
var K6_THRESHOLDS_CROSSED = 99;
function describeK6ExitCode(code) {
  return `${code} (${K6_EXIT_CODES[code] ?? "not a documented k6 exit code"})`;
}

// src/engine/k6/inspect.ts
var OPEN_EXECUTORS = /* @__PURE__ */ new Set(["constant-arrival-rate", "ramping-arrival-rate"]);
var CLOSED_EXECUTORS = /* @__PURE__ */ new Set([
  "constant-vus",
  "ramping-vus",
  "per-vu-iterations",
  "shared-iterations",
  "externally-controlled"
]);
function loadModelFromInspect(options) {
  if (options === null || typeof options !== "object") {
    throw new Error("k6 inspect printed no options object");
  }
  const raw = options.scenarios;
  if (raw === null || raw === void 0 || typeof raw === "object" && Object.keys(raw).length === 0) {
    return { loadModel: "closed", scenarios: [{ name: "default", executor: "constant-vus" }], warnings: [] };
  }
  if (typeof raw !== "object") throw new Error("k6 inspect: options.scenarios is not an object");
  const scenarios = [];
  const warnings = [];
  for (const [name, config] of Object.entries(raw)) {
    const executor = typeof config?.executor === "string" ? config.executor : "unknown";
    const info = { name, executor };
    if (executor === "constant-arrival-rate" && typeof config.rate === "number") {
      const unit = typeof config.timeUnit === "string" ? config.timeUnit : "1s";
      const seconds = durationSeconds(unit);
      if (seconds === void 0 || seconds === 0) {
        throw new Error(`k6 inspect: scenarios.${name}.timeUnit '${unit}' is not a duration k6 accepts`);
      }
      info.rate = config.rate / seconds;
    }
    scenarios.push(info);
  }
  const open = scenarios.filter((s) => OPEN_EXECUTORS.has(s.executor));
  const closed = scenarios.filter((s) => CLOSED_EXECUTORS.has(s.executor));
  const unknown = scenarios.filter(
    (s) => !OPEN_EXECUTORS.has(s.executor) && !CLOSED_EXECUTORS.has(s.executor)
  );
  for (const s of unknown) warnings.push(`scenario '${s.name}': unknown executor '${s.executor}'`);
  let loadModel;
  if (open.length > 0 && closed.length === 0 && unknown.length === 0) loadModel = "open";
  else if (closed.length > 0 && open.length === 0 && unknown.length === 0) loadModel = "closed";
  else {
    loadModel = "unknown";
    if (open.length > 0 && closed.length > 0) {
      warnings.push(
        "the script mixes arrival-rate and VU-based scenarios: throughput is judged by neither model"
      );
    }
  }
  const result = { loadModel, scenarios, warnings };
  if (loadModel === "open" && open.every((s) => s.rate !== void 0)) {
    result.targetRate = open.reduce((sum, s) => sum + s.rate, 0);
  }
  return result;
}
function parseK6Version(output) {
  const m = /\bk6 v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output);
  if (!m)
    throw new Error(`could not read a version from 'k6 version' output: ${output.trim().slice(0, 200)}`);
  return m[1];
}

// src/engine/k6/thresholds.ts
function thresholdsFromSummary(summary) {
  const metrics = summary?.metrics;
  if (metrics === void 0 || metrics === null || typeof metrics !== "object") return [];
  const out = [];
  for (const [metric, data] of Object.entries(metrics)) {
    const t = data?.thresholds;
    if (t === void 0 || t === null || typeof t !== "object") continue;
    const expressions = Object.keys(t);
    if (expressions.length === 0) continue;
    out.push({ metric, expressions, crossed: expressions.some((e) => t[e] === true) });
  }
  return out;
}
function mergeThresholdOutcomes(declared, outcomes) {
  const byMetric = new Map(outcomes.map((o) => [o.metric, o]));
  const merged = declared.map((d) => {
    const o = byMetric.get(d.metric);
    byMetric.delete(d.metric);
    return o === void 0 ? d : { ...d, crossed: o.crossed };
  });
  return [...merged, ...byMetric.values()];
}

// src/engine/k6/runner.ts
var SCENARIO_OVERRIDES = /^(-u|--vus|-d|--duration|-i|--iterations|-s|--stage)(=|$)/;
async function prepareK6(options, deps = {}) {
  const exec = deps.exec ?? spawnProcess;
  const base = { env: options.processEnv, cwd: options.cwd, timeoutMs: 6e4, captureStdout: true };
  const version = await exec({ command: options.k6Path, args: ["version"], ...base });
  if (version.exitCode !== 0) throw processFailure("k6 version", version);
  const k6Version = parseK6Version(version.stdout);
  const args = ["inspect", "--execution-requirements", ...envFlags(options.env), options.script];
  const inspected = await exec({ command: options.k6Path, args, ...base });
  if (inspected.exitCode !== 0) throw processFailure(`k6 inspect ${options.script}`, inspected);
  const start = inspected.stdout.indexOf("{");
  let json;
  try {
    json = JSON.parse(inspected.stdout.slice(Math.max(start, 0)));
  } catch (err) {
    throw new Error(`k6 inspect ${options.script} printed no JSON options: ${err.message}`);
  }
  let model = loadModelFromInspect(json);
  const override = (options.extraArgs ?? []).find((a) => SCENARIO_OVERRIDES.test(a));
  if (override !== void 0) {
    model = {
      loadModel: "closed",
      scenarios: [{ name: "default", executor: "constant-vus" }],
      warnings: [
        ...model.warnings,
        `the flag ${override} replaces the script's scenarios with k6's VU-based default`
      ]
    };
  }
  return { k6Version, model };
}
async function runK6Once(options, prepared, index, total, deps = {}) {
  const exec = deps.exec ?? spawnProcess;
  const logger = deps.logger ?? streamLogger();
  const what = runTitle(options.label, "k6", index, total);
  const jsonPath = join(options.outDir, `run-${index}.json`);
  const summaryPath = join(options.outDir, `run-${index}.summary.json`);
  await mkdir(options.outDir, { recursive: true });
  const outcome = await logger.group(
    what,
    () => exec({
      command: options.k6Path,
      args: k6RunArgs(options, index, jsonPath, summaryPath),
      env: options.processEnv,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      onLine: (line) => logger.info(line)
    })
  );
  const seconds = (outcome.durationMs / 1e3).toFixed(1);
  const exitCode = measuredExitCode(what, outcome, options.timeoutMs, logger);
  const thresholdsCrossed = exitCode === K6_THRESHOLDS_CROSSED;
  const { result, crossedMetrics } = await readK6Run(options, prepared, jsonPath, summaryPath, deps);
  if (thresholdsCrossed) {
    result.warnings.push(
      `k6 thresholds crossed${crossedMetrics.length > 0 ? ` on ${crossedMetrics.join(", ")}` : ""} (exit code 99); the run is still measured`
    );
  }
  const { requests } = measuredRequests(result);
  logger.info(
    `${what}: exit ${exitCode}${thresholdsCrossed ? " (thresholds crossed)" : ""}, ${requests} requests, ${seconds} s`
  );
  return {
    index,
    exitCode,
    thresholdsCrossed,
    crossedMetrics,
    jsonPath,
    summaryPath,
    durationMs: outcome.durationMs,
    result
  };
}
function k6RunArgs(options, index, jsonPath, summaryPath) {
  return [
    "run",
    "--out",
    `json=${jsonPath}`,
    `--summary-export=${summaryPath}`,
    "-q",
    "--no-color",
    "--tag",
    `perf_gate_run=${index}`,
    ...envFlags(options.env),
    ...options.extraArgs ?? [],
    options.script
  ];
}
function measuredExitCode(what, outcome, timeoutMs, logger) {
  const interrupted = interruption(what, outcome, timeoutMs, "k6");
  if (interrupted !== void 0 || outcome.exitCode === null) {
    if (outcome.timedOut)
      logger.info(`${what}: stopped after ${(outcome.durationMs / 1e3).toFixed(1)} s (timeout)`);
    throw new ToolError(interrupted ?? `${what} ended without an exit code`, outcome.exitCode);
  }
  if (outcome.exitCode !== 0 && outcome.exitCode !== K6_THRESHOLDS_CROSSED) {
    logger.info(`${what}: exit ${describeK6ExitCode(outcome.exitCode)}`);
    throw new ToolError(
      `${what} failed with exit code ${describeK6ExitCode(outcome.exitCode)}${outputTail(outcome, "k6")}`,
      outcome.exitCode
    );
  }
  return outcome.exitCode;
}
async function readK6Run(options, prepared, jsonPath, summaryPath, deps) {
  const readResult = deps.readResult ?? readK6Json;
  const result = await readResult(jsonPath, {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.model.loadModel,
    loadModelSource: "k6-inspect",
    targetRate: prepared.model.targetRate,
    targetUrl: options.targetUrl
  });
  result.engineVersion ??= prepared.k6Version;
  const outcomes = await readSummaryThresholds(summaryPath, result);
  result.thresholds = mergeThresholdOutcomes(result.thresholds, outcomes);
  return { result, crossedMetrics: outcomes.filter((t) => t.crossed).map((t) => t.metric) };
}
async function readSummaryThresholds(path, result) {
  try {
    await access(path);
  } catch {
    result.warnings.push(`k6 wrote no summary export (${path}); threshold outcomes unknown`);
    return [];
  }
  try {
    return thresholdsFromSummary(JSON.parse(await readFile(path, "utf8")));
  } catch (err) {
    result.warnings.push(`could not read the k6 summary export ${path}: ${err.message}`);
    return [];
  }
}
function envFlags(env) {
  return Object.entries(env ?? {}).flatMap(([name, value]) => ["-e", `${name}=${value}`]);
}
function processFailure(what, r) {
  const how = r.exitCode === null ? `was killed by ${r.signal}` : `failed with exit code ${describeK6ExitCode(r.exitCode)}`;
  return new ToolError(`${what} ${how}${outputTail(r, "k6")}`, r.exitCode);
}
export {
  prepareK6,
  runK6Once
};
