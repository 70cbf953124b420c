import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  DURATION_EXAMPLES,
  InputError,
  Inputs,
  InvalidInputsError,
  actionInputLabel,
  durationSeconds,
  parsePidTarget,
  parseReadyCheck
} from "./chunk-D573B7PS.js";

// src/inputs/values.ts
function parseDuration(input, raw) {
  const seconds = durationSeconds(raw);
  if (seconds === void 0) throw new InputError(input, `'${raw}' is not a duration; ${DURATION_EXAMPLES}`);
  return seconds;
}
function parseInteger(input, raw, min, max) {
  const text = raw.trim();
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new InputError(input, `'${raw}' is not a whole number from ${min} to ${max}`);
  }
  return n;
}
function parsePercent(input, raw) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%|pp)\s*$/.exec(raw);
  if (!m) throw new InputError(input, `'${raw}' is not a percentage; write e.g. 5% (or 0.5pp for a rate)`);
  return Number(m[1]) / 100;
}
function parseProbability(input, raw) {
  const text = raw.trim();
  const value = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (text === "" || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new InputError(input, `'${raw}' is not a probability; write e.g. 0.95 or 95%`);
  }
  return value;
}
function parseBoolean(input, raw) {
  const text = raw.trim().toLowerCase();
  if (["true", "yes", "on", "1"].includes(text)) return true;
  if (["false", "no", "off", "0"].includes(text)) return false;
  throw new InputError(input, `'${raw}' is not a boolean; write true or false`);
}
function parseChoice(input, raw, choices) {
  const text = raw.trim().toLowerCase();
  const found = choices.find((c) => c === text);
  if (found === void 0) {
    throw new InputError(input, `'${raw}' is not one of ${choices.join(", ")}`);
  }
  return found;
}
function meaningfulLines(raw) {
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
function splitWords(input, raw) {
  const words = [];
  let current = "";
  let quote = null;
  let started = false;
  for (const ch of raw) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote !== null) throw new InputError(input, `unbalanced ${quote} quote in '${raw}'`);
  if (started) words.push(current);
  return words;
}

// src/inputs/gate-rules.ts
var METRIC_ALIASES = {
  p50: "p50",
  med: "p50",
  median: "p50",
  p90: "p90",
  p95: "p95",
  p99: "p99",
  throughput: "throughput",
  rps: "throughput",
  error_rate: "error_rate",
  "error-rate": "error_rate",
  errors: "error_rate",
  cpu_per_request: "cpu_per_request",
  "cpu-per-request": "cpu_per_request",
  peak_rss: "peak_rss",
  "peak-rss": "peak_rss"
};
var METRIC_SPELLINGS = Object.keys(METRIC_ALIASES).join(", ");
function parseMetric(input, raw) {
  const metric = METRIC_ALIASES[raw.trim().toLowerCase()];
  if (metric === void 0)
    throw new InputError(input, `unknown metric '${raw.trim()}'; use one of ${METRIC_SPELLINGS}`);
  return metric;
}
function splitSeries(line) {
  const at = line.lastIndexOf(":");
  if (at < 0) return { series: "*", rest: line };
  return { series: line.slice(0, at).trim() || "*", rest: line.slice(at + 1) };
}
function parseTolerances(input, raw) {
  return meaningfulLines(raw).map((line) => {
    const { series, rest } = splitSeries(line);
    const eq = rest.indexOf("=");
    if (eq < 0)
      throw new InputError(input, `'${line}' is not a tolerance; write e.g. p99=10% or GET /users: p95=5%`);
    return {
      series,
      metric: parseMetric(input, rest.slice(0, eq)),
      value: parsePercent(input, rest.slice(eq + 1))
    };
  });
}
function parseSlos(input, raw) {
  return meaningfulLines(raw).map((line) => {
    const { series, rest } = splitSeries(line);
    const m = /^\s*([\w-]+)\s*([<>])\s*(.+?)\s*$/.exec(rest);
    if (!m) throw new InputError(input, `'${line}' is not an SLO; write e.g. p99 < 300ms or error_rate < 1%`);
    const parsed = parseMetric(input, m[1]);
    if (parsed === "cpu_per_request" || parsed === "peak_rss")
      throw new InputError(input, `'${line}': ${parsed} is gated on changes (tolerances), not on an SLO`);
    const metric = parsed;
    const op = m[2];
    const value = m[3];
    if (metric === "throughput") {
      if (op !== ">")
        throw new InputError(input, `'${line}': a throughput SLO is a lower bound (throughput > N/s)`);
      const rate = /^(\d+(?:\.\d+)?)\s*\/\s*s$/.exec(value);
      if (!rate) throw new InputError(input, `'${line}': write a throughput as N/s, e.g. throughput > 50/s`);
      return { series, metric, limit: Number(rate[1]) };
    }
    if (op !== "<")
      throw new InputError(input, `'${line}': a ${metric} SLO is an upper bound (${metric} < ...)`);
    if (metric === "error_rate") return { series, metric, limit: parsePercent(input, value) };
    if (!/(ms|s)$/.test(value.trim()))
      throw new InputError(input, `'${line}': give the latency with a unit, e.g. 300ms`);
    return { series, metric, limit: parseDuration(input, value) * 1e3 };
  });
}

// src/inputs/config.ts
var ENGINES = ["auto", "k6", "embedded", "jmeter", "locust"];
var MODES = ["auto", "compare", "baseline", "report"];
var CONCLUSIONS = ["neutral", "failure", "success"];
var DEFAULT_CHECK_NAME = "perf-gate";
var SECRET_NAME = /token|secret|passw|pwd|key|auth|credential|cookie|session/i;
function parseEnv(input, raw) {
  const env = {};
  const secrets = [];
  for (const line of meaningfulLines(raw)) {
    const eq = line.indexOf("=");
    const name = eq < 0 ? "" : line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(input, `'${line.split("=")[0]}=\u2026' is not NAME=VALUE with a valid variable name`);
    }
    const value = line.slice(eq + 1);
    env[name] = value;
    if (SECRET_NAME.test(name) && value !== "") secrets.push(value);
  }
  return { env, secrets };
}
var DEFAULT_MAX_ERROR_RATE = 0.05;
function scenarioIdFromScript(script) {
  const id = script.replace(/\.[^./]+$/, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase();
  return id === "" ? "default" : id;
}
function engineFor(script, choice) {
  if (choice !== "auto") return choice;
  if (/\.(ya?ml|json)$/i.test(script)) return "embedded";
  if (/\.jmx$/i.test(script)) return "jmeter";
  if (/\.py$/i.test(script)) return "locust";
  return "k6";
}
function readActionConfig(getInput, label = actionInputLabel) {
  const problems = [];
  const read = (name, parse, fallback) => {
    const raw = getInput(name).trim();
    if (raw === "") return fallback;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(`${label(error.input)}: ${error.problem}`);
      return fallback;
    }
  };
  const optional = (name) => getInput(name).trim() || void 0;
  const mode = read(Inputs.Mode, (r) => parseChoice(Inputs.Mode, r, MODES), "auto");
  const script = getInput(Inputs.Script).trim();
  const results = read(Inputs.Results, meaningfulLines, []);
  if (script === "" && mode !== "report" && results.length === 0) {
    problems.push(
      `${label(Inputs.Script)}: required (a k6 script, a scenario file .yml/.json for the embedded engine, a JMeter plan .jmx or a locustfile .py)`
    );
  }
  const { env, secrets } = read(Inputs.Env, (r) => parseEnv(Inputs.Env, r), { env: {}, secrets: [] });
  const targetEnv = read(
    Inputs.TargetEnv,
    (r) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(r))
        throw new InputError(Inputs.TargetEnv, `'${r}' is not a variable name`);
      return r;
    },
    "BASE_URL"
  );
  const url = (name) => read(
    name,
    (r) => {
      if (!/^https?:\/\/[^\s]+$/.test(r)) throw new InputError(name, `'${r}' is not an http(s) URL`);
      return r.replace(/\/+$/, "");
    },
    void 0
  );
  const resourceTarget = (pid, container) => {
    const c = optional(container);
    const p = optional(pid);
    if (c !== void 0 && p !== void 0)
      problems.push(`${label(container)}: give either it or ${label(pid)}, not both`);
    if (c !== void 0) return { kind: "container", container: c, input: container };
    return p === void 0 ? void 0 : parsePidTarget(pid, p);
  };
  const config = {
    script,
    results,
    engine: engineFor(
      script,
      read(Inputs.Engine, (r) => parseChoice(Inputs.Engine, r, ENGINES), "auto")
    ),
    runs: read(Inputs.Runs, (r) => parseInteger(Inputs.Runs, r, 1, 50), 3),
    warmupSeconds: read(Inputs.Warmup, (r) => parseDuration(Inputs.Warmup, r), 0),
    targetUrl: url(Inputs.TargetUrl),
    baselineTargetUrl: url(Inputs.BaselineTargetUrl),
    resources: {
      pr: resourceTarget(Inputs.ServicePid, Inputs.ServiceContainer),
      base: resourceTarget(Inputs.BaselineServicePid, Inputs.BaselineServiceContainer)
    },
    targetEnv,
    env,
    secrets,
    k6: {
      version: optional(Inputs.K6Version),
      path: optional(Inputs.K6Path),
      downloadUrl: url(Inputs.K6DownloadUrl),
      flags: read(Inputs.K6Flags, (r) => splitWords(Inputs.K6Flags, r), []),
      timeoutSeconds: read(Inputs.RunTimeout, (r) => parseDuration(Inputs.RunTimeout, r), 600)
    },
    tools: {
      jmeterPath: optional(Inputs.JmeterPath),
      locustPath: optional(Inputs.LocustPath),
      flags: read(Inputs.EngineFlags, (r) => splitWords(Inputs.EngineFlags, r), [])
    },
    tolerances: read(Inputs.Tolerances, (r) => parseTolerances(Inputs.Tolerances, r), []),
    slos: read(Inputs.Slos, (r) => parseSlos(Inputs.Slos, r), []),
    familyConfidence: read(
      Inputs.Confidence,
      (r) => parseProbability(Inputs.Confidence, r),
      void 0
    ),
    maxBaselineCv: read(
      Inputs.MaxBaselineCv,
      (r) => parsePercent(Inputs.MaxBaselineCv, r),
      void 0
    ),
    maxErrorRate: read(
      Inputs.MaxErrorRate,
      (r) => parsePercent(Inputs.MaxErrorRate, r),
      DEFAULT_MAX_ERROR_RATE
    ),
    onInconclusive: read(
      Inputs.OnInconclusive,
      (r) => parseChoice(Inputs.OnInconclusive, r, CONCLUSIONS),
      "neutral"
    ),
    failOnRegression: read(Inputs.FailOnRegression, (r) => parseBoolean(Inputs.FailOnRegression, r), true),
    mode,
    scenarioId: read(
      Inputs.BaselineKey,
      (r) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r)) {
          throw new InputError(Inputs.BaselineKey, `'${r}' may use only letters, digits, '.', '_' and '-'`);
        }
        return r;
      },
      scenarioIdFromScript(script)
    ),
    baselineBranch: optional(Inputs.BaselineBranch),
    historySize: read(Inputs.HistorySize, (r) => parseInteger(Inputs.HistorySize, r, 0, 1e3), 30),
    strictEnvironment: read(
      Inputs.StrictEnvironment,
      (r) => parseBoolean(Inputs.StrictEnvironment, r),
      false
    ),
    checkName: read(Inputs.CheckName, (r) => r, DEFAULT_CHECK_NAME),
    comment: read(Inputs.Comment, (r) => parseBoolean(Inputs.Comment, r), true),
    trackDrift: read(Inputs.TrackDrift, (r) => parseBoolean(Inputs.TrackDrift, r), true),
    token: getInput(Inputs.GithubToken).trim(),
    seed: read(
      Inputs.Seed,
      (r) => parseInteger(Inputs.Seed, r, 0, 2 ** 32 - 1),
      void 0
    ),
    reportDir: optional(Inputs.ReportDir)
  };
  const start = optional(Inputs.Start);
  if (start !== void 0) {
    config.service = {
      start,
      build: optional(Inputs.Build),
      ready: read(Inputs.Ready, parseReadyCheck, { kind: "port" }),
      readyTimeoutSeconds: read(Inputs.ReadyTimeout, (r) => parseDuration(Inputs.ReadyTimeout, r), 60),
      workingDirectory: read(Inputs.WorkingDirectory, (r) => r, "."),
      urlTemplate: getInput(Inputs.TargetUrl).trim() || "http://127.0.0.1:{port}"
    };
    config.targetUrl = void 0;
    if (!config.service.urlTemplate.includes("{port}"))
      problems.push(
        `${label(Inputs.TargetUrl)}: with ${label(Inputs.Start)} it must contain {port} (each side gets its own port)`
      );
    for (const name of [Inputs.BaselineTargetUrl, Inputs.ServicePid, Inputs.BaselineServicePid]) {
      if (optional(name) !== void 0)
        problems.push(
          `${label(name)}: not with ${label(Inputs.Start)} (perf-gate starts and watches the service)`
        );
    }
  } else {
    for (const name of [Inputs.Build, Inputs.Ready, Inputs.WorkingDirectory]) {
      if (optional(name) !== void 0 && !(name === Inputs.WorkingDirectory && optional(name) === "."))
        problems.push(`${label(name)}: only with ${label(Inputs.Start)}`);
    }
  }
  if (config.baselineTargetUrl === void 0 && config.resources.base !== void 0)
    problems.push(
      `${label(config.resources.base.input)}: the base build is measured only in the same-job design (with ${label(Inputs.BaselineTargetUrl)})`
    );
  if (config.baselineTargetUrl !== void 0 && config.targetUrl === void 0) {
    problems.push(
      `${label(Inputs.BaselineTargetUrl)}: needs ${label(Inputs.TargetUrl)} too (the PR build's URL)`
    );
  }
  if (problems.length > 0) throw new InvalidInputsError(problems);
  return config;
}

export {
  readActionConfig
};
