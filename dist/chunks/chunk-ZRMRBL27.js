import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_RUNS
} from "./chunk-6NDA6WUM.js";
import {
  parseReadyCheck,
  readTree
} from "./chunk-5CIDEWRF.js";
import {
  InputError,
  InvalidInputsError,
  actionInputLabel
} from "./chunk-EXB2D2B4.js";
import {
  Inputs
} from "./chunk-3QD6O3PJ.js";
import {
  DURATION_EXAMPLES,
  durationSeconds
} from "./chunk-OTXEUQ6A.js";

// src/profile/summary.ts
var PROFILE_MODES = ["on-regression", "always", "never"];
function profilingCall(mode, comparison) {
  if (mode === "never" || comparison === void 0 || comparison.refused !== void 0) return void 0;
  const heap = comparison.series.some(
    (s) => s.metrics.some((m) => m.metric === "peak_rss" && m.outcome === "regression")
  );
  if (mode === "always") return { reason: "profile: always", heap };
  if (comparison.verdict !== "fail") return void 0;
  return { reason: comparison.reasons[0] ?? "the verdict is a regression", heap };
}

// src/service/targets.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/service/cgroup.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
var CGROUP_ROOT = "/sys/fs/cgroup";
function parseCpuStat(text) {
  const m = /^usage_usec (\d+)$/m.exec(text);
  if (!m) throw new Error("cpu.stat has no usage_usec line (not a cgroup v2 cpu controller)");
  return Number(m[1]) / 1e6;
}
async function readCgroup(dir) {
  const read = (name) => readFile(join(dir, name), "utf8");
  const [cpu, current] = await Promise.all([read("cpu.stat"), read("memory.current")]);
  const peak = await read("memory.peak").catch(() => void 0);
  return {
    cpuSeconds: parseCpuStat(cpu),
    memoryBytes: Number(current.trim()),
    ...peak !== void 0 ? { peakBytes: Number(peak.trim()) } : {}
  };
}
function cgroupDirOf(procCgroup) {
  const line = procCgroup.split("\n").find((l) => l.startsWith("0::"));
  if (line === void 0) throw new Error("no cgroup v2 entry (0::) in /proc/<pid>/cgroup: cgroup v1 host?");
  return join(CGROUP_ROOT, line.slice(3).trim());
}
async function containerCgroup(container, input) {
  if (container.startsWith(`${CGROUP_ROOT}/`)) return container;
  let pid;
  try {
    ({ stdout: pid } = await exec("docker", ["inspect", "--format", "{{.State.Pid}}", container]));
  } catch (error) {
    const e = error;
    throw new Error(`${input}: docker inspect ${container} failed: ${(e.stderr ?? e.message).trim()}`);
  }
  if (!/^[1-9]\d*$/.test(pid.trim()))
    throw new Error(`${input}: container '${container}' is not running (pid ${pid.trim() || "unknown"})`);
  return cgroupDirOf(await readFile(`/proc/${pid.trim()}/cgroup`, "utf8"));
}

// src/service/machine.ts
import * as os from "node:os";
function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}
function busyShare(before, after) {
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : 0;
}

// src/service/monitor.ts
function processTreeSource(pid, exclude = () => /* @__PURE__ */ new Set()) {
  return {
    kind: "process tree",
    async sample() {
      const tree = await readTree(pid, exclude());
      const peaks = new Map([...tree.hwm].map(([member, hwm]) => [String(member), hwm]));
      return {
        timeMs: Date.now(),
        cpuSeconds: tree.cpuSeconds,
        runDelaySeconds: tree.runDelaySeconds,
        memoryBytes: tree.rssBytes,
        peaks
      };
    }
  };
}
function cgroupSource(dir) {
  return {
    kind: "cgroup",
    async sample() {
      const reading = await readCgroup(dir);
      const peaks = new Map(reading.peakBytes === void 0 ? [] : [["cgroup", reading.peakBytes]]);
      return {
        timeMs: Date.now(),
        cpuSeconds: reading.cpuSeconds,
        runDelaySeconds: 0,
        memoryBytes: reading.memoryBytes,
        peaks
      };
    }
  };
}
var SAMPLE_MS = 200;
function growthRate(samples) {
  if (samples.length < 3) return 0;
  const t0 = samples[0].timeMs;
  const xs = samples.map((s) => (s.timeMs - t0) / 1e3);
  const ys = samples.map((s) => s.memoryBytes);
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = ys.reduce((a, y) => a + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}
function cpuBySecond(samples) {
  if (samples.length < 2) return [];
  let i = 1;
  const at = (ms) => {
    while (i < samples.length - 1 && samples[i].timeMs < ms) i++;
    const a = samples[i - 1];
    const b = samples[i];
    const span = b.timeMs - a.timeMs;
    return span > 0 ? a.cpuSeconds + (b.cpuSeconds - a.cpuSeconds) * (ms - a.timeMs) / span : b.cpuSeconds;
  };
  const out = [];
  const last = samples[samples.length - 1].timeMs;
  let t = Math.ceil(samples[0].timeMs / 1e3);
  let before = at(t * 1e3);
  for (; (t + 1) * 1e3 <= last; t++) {
    const after = at((t + 1) * 1e3);
    out.push([t, Math.max(0, after - before)]);
    before = after;
  }
  return out;
}
function windowPeak(samples, start, end) {
  let peak = Math.max(...samples.map((s) => s.memoryBytes));
  for (const [member, mark] of end.peaks) {
    if (mark > (start.peaks.get(member) ?? 0)) peak = Math.max(peak, mark);
  }
  return peak;
}
async function measureResources(sources, warmupSeconds, run) {
  const both = async () => {
    const [service, generator] = await Promise.all([sources.service.sample(), sources.generator.sample()]);
    return { service, generator, machine: machineTimes() };
  };
  let start = await both();
  const samples = [start.service];
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void sources.service.sample().then((s) => samples.push(s)).catch(() => {
    }).finally(() => {
      busy = false;
    });
  }, SAMPLE_MS);
  let warmupDone;
  const warmup = warmupSeconds > 0 ? setTimeout(() => {
    warmupDone = both().then((s) => {
      start = s;
    });
  }, warmupSeconds * 1e3) : void 0;
  let value;
  try {
    value = await run();
  } finally {
    clearInterval(timer);
    clearTimeout(warmup);
  }
  await warmupDone;
  const end = await both();
  const window = [start.service, ...samples.filter((s) => s.timeMs > start.service.timeMs), end.service];
  const seconds = (end.service.timeMs - start.service.timeMs) / 1e3;
  return {
    value,
    resources: {
      source: sources.service.kind,
      seconds,
      cpuSeconds: Math.max(0, end.service.cpuSeconds - start.service.cpuSeconds),
      cpuWaitSeconds: Math.max(0, end.service.runDelaySeconds - start.service.runDelaySeconds),
      peakRssBytes: windowPeak(window, start.service, end.service),
      rssGrowthBytesPerSecond: growthRate(window),
      generatorCpuSeconds: Math.max(0, end.generator.cpuSeconds - start.generator.cpuSeconds),
      machineBusy: busyShare(start.machine, end.machine),
      cpuBySecond: cpuBySecond(window)
    }
  };
}

// src/service/targets.ts
function parsePidTarget(input, raw) {
  return /^\d+$/.test(raw) ? { kind: "pid", pid: Number(raw), input } : { kind: "pid-file", path: raw, input };
}
async function pidOf(target) {
  let pid;
  if (target.kind === "pid") pid = target.pid;
  else {
    let text;
    try {
      text = await readFile2(target.path, "utf8");
    } catch (error) {
      throw new Error(
        `${target.input}: cannot read the pid file ${target.path}: ${error.code}`
      );
    }
    pid = Number(text.trim());
    if (!/^\d+$/.test(text.trim()))
      throw new Error(`${target.input}: the pid file ${target.path} holds '${text.trim()}', not a pid`);
  }
  try {
    await readFile2(`/proc/${pid}/stat`);
  } catch {
    throw new Error(`${target.input}: no process ${pid} is running (read from /proc/${pid}/stat)`);
  }
  return pid;
}
async function sourceFor(target) {
  if (target.kind === "container") return cgroupSource(await containerCgroup(target.container, target.input));
  return processTreeSource(await pidOf(target));
}

// src/inputs/collecting-reader.ts
function collectingReader(getInput, label) {
  const problems = [];
  const problem = (input, text) => {
    problems.push(`${label(input)}: ${text}`);
  };
  const read = (name, parse, fallback) => {
    const raw = getInput(name).trim();
    if (raw === "") return fallback;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problem(error.input, error.problem);
      return fallback;
    }
  };
  return {
    problems,
    label,
    raw: (name) => getInput(name).trim(),
    optional: (name) => getInput(name).trim() || void 0,
    read,
    url: (name) => read(
      name,
      (raw) => {
        if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new InputError(name, `'${raw}' is not an http(s) URL`);
        return raw.replace(/\/+$/, "");
      },
      void 0
    ),
    problem
  };
}

// src/inputs/values.ts
function parseDuration(input, raw) {
  const seconds = durationSeconds(raw);
  if (seconds === void 0) throw new InputError(input, `'${raw}' is not a duration; ${DURATION_EXAMPLES}`);
  return seconds;
}
var MAX_TIME_LIMIT_SECONDS = 24 * 24 * 3600;
function parseTimeLimit(input, raw) {
  const seconds = parseDuration(input, raw);
  if (seconds <= 0 || seconds > MAX_TIME_LIMIT_SECONDS) {
    throw new InputError(input, `'${raw}' is not a time limit: give more than 0 and at most 24 days (576h)`);
  }
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
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
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
    if (metric === "error_rate") {
      const limit2 = parsePercent(input, value);
      if (limit2 <= 0 || limit2 > 1)
        throw new InputError(input, `'${line}': an error-rate limit is above 0% and at most 100%`);
      return { series, metric, limit: limit2 };
    }
    if (!/(ms|s)$/.test(value))
      throw new InputError(input, `'${line}': give the latency with a unit, e.g. 300ms`);
    const limit = parseDuration(input, value) * 1e3;
    if (limit <= 0)
      throw new InputError(input, `'${line}': no latency is below ${value}; give a limit above 0`);
    return { series, metric, limit };
  });
}

// src/inputs/config.ts
var ENGINES = ["auto", "k6", "embedded", "jmeter", "locust"];
var MODES = ["auto", "compare", "baseline", "report"];
var CONCLUSIONS = ["neutral", "failure", "success"];
var LOAD_MODELS = ["auto", "open", "closed"];
var DESIGNS = ["same-job", "cached"];
var DEFAULT_CHECK_NAME = "perf-gate";
function explicitModel(model) {
  return model === "auto" ? void 0 : model;
}
var SECRET_NAME = /token|secret|passw|pwd|key|auth|credential|cookie|session/i;
function secretsOf(config) {
  return [...config.secrets, ...config.token === "" ? [] : [config.token]];
}
function parseEnv(input, raw) {
  const env = {};
  const secrets = [];
  for (const line of meaningfulLines(raw)) {
    const eq = line.indexOf("=");
    const name = line.slice(0, Math.max(eq, 0)).trim();
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
  const id = script.replace(/\.[^./]+$/, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
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
  const reader = collectingReader(getInput, label);
  const whatToRun = readWhatToRun(reader);
  const environment = readEnvironment(reader);
  const config = {
    ...whatToRun,
    ...readLoad(reader, whatToRun.script),
    ...readTargets(reader),
    profiling: readProfiling(reader),
    resources: {
      pr: readResourceTarget(reader, Inputs.ServicePid, Inputs.ServiceContainer),
      base: readResourceTarget(reader, Inputs.BaselineServicePid, Inputs.BaselineServiceContainer)
    },
    ...environment,
    ...readEngineSettings(reader),
    ...readJudging(reader),
    ...readBaselineAndReporting(reader, whatToRun.script)
  };
  const service = readService(reader);
  if (service !== void 0) Object.assign(config, { service, targetUrl: void 0 });
  checkCombinations(reader, config);
  settleMaxRuns(reader, config);
  if (reader.problems.length > 0) throw new InvalidInputsError(reader.problems);
  return config;
}
function readWhatToRun(reader) {
  const mode = reader.read(Inputs.Mode, (r) => parseChoice(Inputs.Mode, r, MODES), "auto");
  const script = reader.raw(Inputs.Script);
  const results = reader.read(Inputs.Results, meaningfulLines, []);
  if (script === "" && mode !== "report" && results.length === 0) {
    reader.problem(
      Inputs.Script,
      "required (a k6 script, a scenario file .yml/.json for the embedded engine, a JMeter plan .jmx or a locustfile .py)"
    );
  }
  return { mode, script, results };
}
function readEnvironment(reader) {
  const { env, secrets } = reader.read(Inputs.Env, (r) => parseEnv(Inputs.Env, r), { env: {}, secrets: [] });
  const targetEnv = reader.read(
    Inputs.TargetEnv,
    (r) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(r))
        throw new InputError(Inputs.TargetEnv, `'${r}' is not a variable name`);
      return r;
    },
    "BASE_URL"
  );
  return { env, secrets, targetEnv };
}
function readLoad(reader, script) {
  return {
    engine: engineFor(
      script,
      reader.read(Inputs.Engine, (r) => parseChoice(Inputs.Engine, r, ENGINES), "auto")
    ),
    runs: reader.read(Inputs.Runs, (r) => parseInteger(Inputs.Runs, r, 1, 50), 3),
    maxRuns: reader.read(Inputs.MaxRuns, (r) => parseInteger(Inputs.MaxRuns, r, 1, 50), DEFAULT_MAX_RUNS),
    warmupSeconds: reader.read(Inputs.Warmup, (r) => parseDuration(Inputs.Warmup, r), 0),
    loadModel: explicitModel(
      reader.read(Inputs.LoadModel, (r) => parseChoice(Inputs.LoadModel, r, LOAD_MODELS), "auto")
    )
  };
}
function readTargets(reader) {
  return {
    targetUrl: reader.url(Inputs.TargetUrl),
    baselineTargetUrl: reader.url(Inputs.BaselineTargetUrl),
    design: reader.read(
      Inputs.Design,
      (r) => parseChoice(Inputs.Design, r, DESIGNS),
      void 0
    )
  };
}
function readProfiling(reader) {
  return {
    mode: reader.read(Inputs.Profile, (r) => parseChoice(Inputs.Profile, r, PROFILE_MODES), "on-regression"),
    command: reader.read(
      Inputs.ProfileCommand,
      (r) => {
        if (!r.includes("{out}"))
          throw new InputError(
            Inputs.ProfileCommand,
            `'${r}' must contain {out}: the file the profiler writes and perf-gate reads`
          );
        return r;
      },
      void 0
    )
  };
}
function readResourceTarget(reader, pid, container) {
  const containerName = reader.optional(container);
  const pidValue = reader.optional(pid);
  if (containerName !== void 0 && pidValue !== void 0)
    reader.problem(container, `give either it or ${reader.label(pid)}, not both`);
  if (containerName !== void 0) return { kind: "container", container: containerName, input: container };
  return pidValue === void 0 ? void 0 : parsePidTarget(pid, pidValue);
}
function readEngineSettings(reader) {
  return {
    k6: {
      version: reader.optional(Inputs.K6Version),
      path: reader.optional(Inputs.K6Path),
      downloadUrl: reader.url(Inputs.K6DownloadUrl),
      flags: reader.read(Inputs.K6Flags, (r) => splitWords(Inputs.K6Flags, r), []),
      timeoutSeconds: reader.read(Inputs.RunTimeout, (r) => parseTimeLimit(Inputs.RunTimeout, r), 600)
    },
    tools: {
      jmeterPath: reader.optional(Inputs.JmeterPath),
      locustPath: reader.optional(Inputs.LocustPath),
      flags: reader.read(Inputs.EngineFlags, (r) => splitWords(Inputs.EngineFlags, r), [])
    }
  };
}
function readJudging(reader) {
  return {
    tolerances: reader.read(Inputs.Tolerances, (r) => parseTolerances(Inputs.Tolerances, r), []),
    slos: reader.read(Inputs.Slos, (r) => parseSlos(Inputs.Slos, r), []),
    familyConfidence: reader.read(
      Inputs.Confidence,
      (r) => parseProbability(Inputs.Confidence, r),
      void 0
    ),
    maxBaselineCv: reader.read(
      Inputs.MaxBaselineCv,
      (r) => parsePercent(Inputs.MaxBaselineCv, r),
      void 0
    ),
    maxErrorRate: reader.read(
      Inputs.MaxErrorRate,
      (r) => parsePercent(Inputs.MaxErrorRate, r),
      DEFAULT_MAX_ERROR_RATE
    ),
    onInconclusive: reader.read(
      Inputs.OnInconclusive,
      (r) => parseChoice(Inputs.OnInconclusive, r, CONCLUSIONS),
      "neutral"
    ),
    failOnRegression: reader.read(
      Inputs.FailOnRegression,
      (r) => parseBoolean(Inputs.FailOnRegression, r),
      true
    )
  };
}
function readBaselineAndReporting(reader, script) {
  return {
    scenarioId: reader.read(
      Inputs.BaselineKey,
      (r) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r)) {
          throw new InputError(Inputs.BaselineKey, `'${r}' may use only letters, digits, '.', '_' and '-'`);
        }
        return r;
      },
      scenarioIdFromScript(script)
    ),
    baselineBranch: reader.optional(Inputs.BaselineBranch),
    historySize: reader.read(Inputs.HistorySize, (r) => parseInteger(Inputs.HistorySize, r, 0, 1e3), 30),
    strictEnvironment: reader.read(
      Inputs.StrictEnvironment,
      (r) => parseBoolean(Inputs.StrictEnvironment, r),
      false
    ),
    checkName: reader.read(Inputs.CheckName, (r) => r, DEFAULT_CHECK_NAME),
    comment: reader.read(Inputs.Comment, (r) => parseBoolean(Inputs.Comment, r), true),
    trackDrift: reader.read(Inputs.TrackDrift, (r) => parseBoolean(Inputs.TrackDrift, r), true),
    token: reader.raw(Inputs.GithubToken),
    seed: reader.read(
      Inputs.Seed,
      (r) => parseInteger(Inputs.Seed, r, 0, 2 ** 32 - 1),
      void 0
    ),
    reportDir: reader.optional(Inputs.ReportDir)
  };
}
function readService(reader) {
  const { label } = reader;
  const start = reader.optional(Inputs.Start);
  if (start === void 0) {
    for (const name of [Inputs.Build, Inputs.Ready, Inputs.WorkingDirectory]) {
      const value = reader.optional(name);
      if (value !== void 0 && !(name === Inputs.WorkingDirectory && value === "."))
        reader.problem(name, `only with ${label(Inputs.Start)}`);
    }
    return void 0;
  }
  const service = {
    start,
    build: reader.optional(Inputs.Build),
    ready: reader.read(Inputs.Ready, parseReadyCheck, { kind: "port" }),
    readyTimeoutSeconds: reader.read(Inputs.ReadyTimeout, (r) => parseDuration(Inputs.ReadyTimeout, r), 60),
    workingDirectory: reader.read(Inputs.WorkingDirectory, (r) => r, "."),
    urlTemplate: reader.optional(Inputs.TargetUrl) ?? "http://127.0.0.1:{port}"
  };
  if (!service.urlTemplate.includes("{port}"))
    reader.problem(
      Inputs.TargetUrl,
      `with ${label(Inputs.Start)} it must contain {port} (each side gets its own port)`
    );
  for (const name of [Inputs.BaselineTargetUrl, Inputs.ServicePid, Inputs.BaselineServicePid]) {
    if (reader.optional(name) !== void 0)
      reader.problem(name, `not with ${label(Inputs.Start)} (perf-gate starts and watches the service)`);
  }
  return service;
}
function checkCombinations(reader, config) {
  const { label } = reader;
  if (config.profiling.command !== void 0 && config.profiling.mode === "never")
    reader.problem(Inputs.ProfileCommand, `not with ${label(Inputs.Profile)} never`);
  if (config.profiling.command !== void 0 && config.service === void 0)
    reader.problem(
      Inputs.ProfileCommand,
      `only with ${label(Inputs.Start)} (the profiling pair runs both builds perf-gate started)`
    );
  if (config.design === "same-job" && config.service === void 0 && config.baselineTargetUrl === void 0)
    reader.problem(
      Inputs.Design,
      `same-job needs both builds: ${label(Inputs.Start)}, or ${label(Inputs.BaselineTargetUrl)}`
    );
  if (config.design === "cached" && config.baselineTargetUrl !== void 0)
    reader.problem(
      Inputs.Design,
      `cached, yet ${label(Inputs.BaselineTargetUrl)} is the base build measured beside the PR build (same-job); give one`
    );
  if (config.baselineTargetUrl === void 0 && config.resources.base !== void 0)
    reader.problem(
      config.resources.base.input,
      `the base build is measured only in the same-job design (with ${label(Inputs.BaselineTargetUrl)})`
    );
  if (config.baselineTargetUrl !== void 0 && config.targetUrl === void 0)
    reader.problem(Inputs.BaselineTargetUrl, `needs ${label(Inputs.TargetUrl)} too (the PR build's URL)`);
}
function settleMaxRuns(reader, config) {
  if (config.maxRuns >= config.runs) return;
  if (reader.raw(Inputs.MaxRuns) === "") config.maxRuns = config.runs;
  else
    reader.problem(
      Inputs.MaxRuns,
      `${config.maxRuns} is fewer than ${reader.label(Inputs.Runs)} (${config.runs}); the budget includes the planned runs`
    );
}

export {
  profilingCall,
  machineTimes,
  busyShare,
  processTreeSource,
  measureResources,
  sourceFor,
  secretsOf,
  readActionConfig
};
