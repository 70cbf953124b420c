import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  METRIC_NAMES,
  METRIC_SPECS,
  SERIES_METRICS,
  SERVICE_KEY,
  SERVICE_SERIES_ID,
  adjustedErrorRate,
  betweenJobPriorDf,
  betweenJobVariance,
  compareIdentities,
  cvFromLogVariance,
  deserializeRun,
  estimateMetric,
  formatChange,
  formatValue,
  hashScript,
  headlineFigures,
  incomparableText,
  isMetricName,
  measurementIdentity,
  pooledValue,
  requestsNeeded,
  resourceEstimates,
  runSeriesMetrics,
  runToRunPrior,
  serializeRun,
  studentTQuantile,
  studentTTwoSidedP,
  toChange,
  unitVariance,
  withScenarioTotals,
  withinParts
} from "./chunk-PVK24CAC.js";
import {
  InputError,
  Inputs,
  confirmationText,
  lookConfidence,
  measureResources,
  needsMorePairs,
  processTreeSource,
  profilingCall,
  runToCompletion,
  secretsOf,
  serviceProcess,
  sourceFor,
  startGroup,
  waitReady
} from "./chunk-3F3UN352.js";
import {
  readK6Json
} from "./chunk-EEIEEOXN.js";
import {
  assertReachable
} from "./chunk-CC5NIC6P.js";
import {
  LOAD_MODEL_SOURCE_WORDS,
  overriddenModelNotes,
  renameSeries,
  withLoadModelInput
} from "./chunk-M4M4PFLN.js";
import {
  mergeRuns
} from "./chunk-NCT37PKX.js";
import {
  LatencyHistogram,
  cutFileNotes,
  measuredRequests,
  seriesId,
  seriesNamer
} from "./chunk-DEKW3TL5.js";

// src/baseline/environment.ts
import * as os from "node:os";
var NODE_SOURCES = {
  env: process.env,
  platform: os.platform,
  arch: os.arch,
  release: os.release,
  cpus: os.cpus,
  totalmem: os.totalmem
};
function collectEnvironment(sources = NODE_SOURCES) {
  const cpus3 = sources.cpus();
  const fingerprint = {
    platform: sources.platform(),
    arch: sources.arch(),
    osRelease: sources.release(),
    // Some virtualised hosts report no CPU list at all; say so rather than inventing a model.
    cpuModel: cpus3[0]?.model.trim() || "unknown",
    cpuCount: cpus3.length,
    totalMemoryBytes: sources.totalmem()
  };
  const optional = {
    runnerOs: sources.env.RUNNER_OS,
    runnerArch: sources.env.RUNNER_ARCH,
    imageOs: sources.env.ImageOS,
    imageVersion: sources.env.ImageVersion
  };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== void 0 && value !== "") fingerprint[field] = value;
  }
  return fingerprint;
}

// src/measure/measurer.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

// src/secrets/mask.ts
var MASK = "***";
var URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
var QUERY_PARAM = /([?&;])([^=&#\s]+)=([^&#\s]*)/g;
var SECRET_WORDS = /token|secret|passw|pwd|credential|signature|apikey|session|jwt|authoriz/i;
var SECRET_SHORT_WORDS = /* @__PURE__ */ new Set(["key", "sig", "pass", "auth"]);
function isSecretParamName(name) {
  if (SECRET_WORDS.test(name)) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s._-]+/).map((w) => w.toLowerCase());
  return words.some((w) => SECRET_SHORT_WORDS.has(w));
}
function maskUrlCredentials(text) {
  return text.replace(URL_USERINFO, `$1${MASK}@`).replace(
    QUERY_PARAM,
    (whole, sep2, name, value) => value !== "" && value !== MASK && isSecretParamName(decodeSafely(name)) ? `${sep2}${name}=${MASK}` : whole
  );
}
function maskLiterals(text, secrets) {
  let out = text;
  for (const secret of secretForms(secrets)) out = out.split(secret).join(MASK);
  return out;
}
function maskSecrets(text, secrets) {
  return maskLiterals(maskUrlCredentials(text), secrets);
}
function secretForms(secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s.trim() === "") continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
function decodeSafely(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/results/masked-names.ts
function maskRunSecrets(run, secrets) {
  const masked = renameSeries(run, (name) => {
    const safe = maskSecrets(name, secrets);
    return safe === name ? void 0 : safe;
  });
  return { ...masked, warnings: masked.warnings.map((w) => maskSecrets(w, secrets)) };
}

// src/secrets/scrub-file.ts
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants, createGunzip, createGzip } from "node:zlib";
function maskingStream(secrets) {
  const forms = secretForms(secrets).map((f) => Buffer.from(f, "utf8").toString("latin1"));
  const keep = Math.max(...forms.map((f) => f.length)) - 1;
  const mask = (text) => forms.reduce((t, f) => t.split(f).join(MASK), text);
  let carry = "";
  return new Transform({
    transform(chunk, _encoding, done) {
      const text = mask(carry + chunk.toString("latin1"));
      carry = text.slice(Math.max(0, text.length - keep));
      done(null, Buffer.from(text.slice(0, text.length - carry.length), "latin1"));
    },
    flush(done) {
      done(null, Buffer.from(mask(carry), "latin1"));
    }
  });
}
async function scrubFile(path, secrets) {
  if (secretForms(secrets).length === 0) return;
  const gz = path.endsWith(".gz");
  const temporary = `${path}.scrubbing`;
  try {
    await pipeline([
      createReadStream(path),
      ...gz ? [createGunzip({ finishFlush: constants.Z_SYNC_FLUSH })] : [],
      maskingStream(secrets),
      ...gz ? [createGzip()] : [],
      createWriteStream(temporary)
    ]);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`could not mask secrets in ${path}: ${error.message}`);
  }
}

// src/measure/measurer.ts
async function createMeasurer(engine, settings) {
  const scriptHash = hashScript(await readScript(settings.script));
  const measurer = withLoadModel(
    await createEngineMeasurer(engine, settings, scriptHash),
    settings.loadModel
  );
  return withSecretsMasked(measurer, settings.outDir, settings.secrets ?? []);
}
function createEngineMeasurer(engine, settings, scriptHash) {
  switch (engine) {
    case "k6":
      return createK6Measurer(settings, scriptHash);
    case "embedded":
      return createEmbeddedMeasurer(settings, scriptHash);
    case "jmeter":
    case "locust":
      return createToolMeasurer(engine, settings, scriptHash);
  }
}
async function recordedScriptHash(script) {
  return hashScript(script === "" ? "" : await readScript(script));
}
function withLoadModel(measurer, input) {
  if (input === void 0) return measurer;
  return {
    ...measurer,
    loadModel: input,
    async run(request) {
      return withLoadModelInput(await measurer.run(request), input);
    }
  };
}
function withSecretsMasked(measurer, outDir, secrets) {
  if (secretForms(secrets).length === 0) return measurer;
  return {
    ...measurer,
    async run(request) {
      const started = Date.now();
      const result = await measurer.run(request);
      for (const file of await writtenSince(outDir, started)) await scrubFile(file, secrets);
      return maskRunSecrets(result, secrets);
    }
  };
}
async function writtenSince(dir, sinceMs) {
  let names;
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  const files = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isFile() && info.mtimeMs >= sinceMs - 2e3) files.push(path);
  }
  return files;
}
async function readScript(path) {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(
      Inputs.Script,
      `cannot read '${path}': ${error.code ?? String(error)}`
    );
  }
}
async function createK6Measurer(settings, scriptHash) {
  const { k6, logger } = settings;
  const { installK6 } = await import("./install-6NRUR5EK.js");
  const { prepareK6, runK6Once } = await import("./runner-GDND3UZQ.js");
  const installed = await installK6({
    version: k6.version,
    k6Path: k6.path,
    downloadBaseUrl: k6.downloadUrl,
    apiBaseUrl: k6.apiUrl,
    token: k6.token,
    logger
  });
  const optionsFor2 = (request) => ({
    k6Path: installed.path,
    script: settings.script,
    outDir: join(settings.outDir, request?.side ?? "pr", request?.purpose === "warmup" ? "warmup" : ""),
    env: request?.targetUrl === void 0 ? k6.env : { ...k6.env, [k6.targetEnv]: request.targetUrl },
    targetUrl: request?.targetUrl,
    extraArgs: k6.flags,
    timeoutMs: k6.timeoutSeconds * 1e3,
    warmupSeconds: settings.warmupSeconds,
    label: request?.label,
    processEnv: k6.processEnv
  });
  const prepared = await prepareK6(optionsFor2(), { logger });
  return {
    engine: "k6",
    loadModel: prepared.model.loadModel,
    targetRate: prepared.model.targetRate,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    profileWarmupSeconds: settings.warmupSeconds,
    async run(request) {
      return (await runK6Once(optionsFor2(request), prepared, request.index, request.total, { logger })).result;
    }
  };
}
async function createEmbeddedMeasurer(settings, scriptHash) {
  const { loadScenario } = await import("./scenario-F2TNJBTK.js");
  const { runEmbeddedOnce } = await import("./engine-JK27F2BY.js");
  const scenario = await loadScenario(settings.script);
  const measured = settings.warmupSeconds > 0 ? { ...scenario, warmup: settings.warmupSeconds } : scenario;
  const timeLimitSeconds = settings.k6.timeoutSeconds;
  const lasts = measured.warmup + measured.load.duration;
  if (lasts > timeLimitSeconds) {
    throw new InputError(
      Inputs.RunTimeout,
      `${settings.script} runs for ${lasts} s (load.duration ${measured.load.duration} s + warm-up ${measured.warmup} s), longer than the run timeout of ${timeLimitSeconds} s: raise the run timeout or shorten the scenario`
    );
  }
  return {
    engine: "embedded",
    loadModel: scenario.load.model,
    targetRate: scenario.load.model === "open" ? scenario.load.rate : void 0,
    scriptHash,
    warmupSeconds: measured.warmup,
    profileWarmupSeconds: 0,
    async run(request) {
      return await runEmbeddedOnce(request.purpose === "profile" ? { ...measured, warmup: 0 } : measured, {
        baseUrl: request.targetUrl,
        index: request.index,
        total: request.total,
        label: request.purpose === "warmup" ? `${request.label} warm-up` : request.label,
        logger: settings.logger,
        timeLimitSeconds
      });
    }
  };
}
async function createToolMeasurer(engine, settings, scriptHash) {
  const { k6, logger, tools } = settings;
  let tool;
  if (engine === "jmeter") {
    const { prepareJmeter } = await import("./runner-5WGVQPQT.js");
    tool = await prepareJmeter(settings.script, tools?.jmeterPath, k6.processEnv);
  } else {
    const { prepareLocust } = await import("./runner-7LVKC77M.js");
    tool = await prepareLocust(settings.script, tools?.locustPath, k6.processEnv);
  }
  return {
    engine,
    loadModel: tool.loadModel,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    profileWarmupSeconds: settings.warmupSeconds,
    async run(request) {
      const options = {
        script: settings.script,
        outDir: join(settings.outDir, request.side, request.purpose === "warmup" ? "warmup" : ""),
        targetUrl: request.targetUrl,
        extraArgs: tools?.flags ?? [],
        timeoutMs: k6.timeoutSeconds * 1e3,
        warmupSeconds: settings.warmupSeconds,
        processEnv: k6.processEnv,
        label: request.purpose === "warmup" ? `${request.label} warm-up` : request.label
      };
      return await tool.run(options, request.index, request.total, { logger });
    }
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/judge/saved-report.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { join as join2 } from "node:path";

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

// src/judge/saved-report.ts
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
var SavedReportError = class extends Error {
  name = "SavedReportError";
};
async function readSavedReport(fileOrDir) {
  const path = await isDirectory(fileOrDir) ? join2(fileOrDir, SAVED_REPORT_FILE) : fileOrDir;
  let data;
  try {
    data = JSON.parse(await readFile2(path, "utf8"));
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
  const fits2 = (value, kind) => kind === "array" ? Array.isArray(value) : typeof value === kind;
  const fields = "comparison" in context ? [...REQUIRED_FIELDS, ...COMPARISON_FIELDS] : REQUIRED_FIELDS;
  return fields.filter(([path, kind]) => !fits2(at(path), kind)).map(([path]) => path);
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
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}

// src/judge/policy.ts
function checkConclusion(verdict, policy) {
  switch (verdict) {
    case "pass":
      return "success";
    case "fail":
      return policy.failOnRegression ? "failure" : "neutral";
    case "inconclusive":
      return policy.onInconclusive;
    case "no-baseline":
      return "neutral";
  }
}
function stepFailure(verdict, policy) {
  if (checkConclusion(verdict, policy) !== "failure") return void 0;
  return verdict === "fail" ? "perf-gate: regression or SLO breach" : "perf-gate: inconclusive (on-inconclusive: failure)";
}
var ExitCode = {
  Pass: 0,
  /** a regression or an SLO breach */
  Fail: 1,
  /** bad usage or bad input (a flag, a file) */
  Usage: 2,
  /** inconclusive, or nothing to compare with */
  Inconclusive: 3,
  /** the measurement itself failed: k6 exited with an error, the target was unreachable */
  MeasurementFailed: 4
};
function exitCodeFor(verdict) {
  if (verdict === "pass") return ExitCode.Pass;
  if (verdict === "fail") return ExitCode.Fail;
  return ExitCode.Inconclusive;
}

// src/service/session.ts
import { join as join4 } from "node:path";

// src/service/free-port.ts
import { createServer } from "node:net";
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// src/service/worktree.ts
import { execFile } from "node:child_process";
import { rm as rm2 } from "node:fs/promises";
import { basename, dirname, join as join3 } from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await exec("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const e = error;
    throw new Error(`git ${args.join(" ")} in ${cwd} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}
async function hasCommit(repo, sha) {
  try {
    await exec("git", ["cat-file", "-e", `${sha}^{commit}`], { cwd: repo });
    return true;
  } catch {
    return false;
  }
}
function worktreePathFor(workspace) {
  return join3(dirname(workspace), `${basename(workspace)}-perf-gate-base`);
}
async function addWorktree(repo, sha, path) {
  if (!await hasCommit(repo, sha)) await git(repo, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
  await removeWorktree(repo, path);
  await git(repo, ["worktree", "add", "--detach", path, sha]);
}
async function removeWorktree(repo, path) {
  try {
    await exec("git", ["worktree", "remove", "--force", path], { cwd: repo });
  } catch {
  }
  await rm2(path, { recursive: true, force: true });
  await git(repo, ["worktree", "prune"]);
}

// src/service/session.ts
var SIDE_LABEL = { base: "base build", pr: "PR build" };
var STOP_GRACE_MS = 5e3;
var BUILD_TIMEOUT_MS = 60 * 60 * 1e3;
var ServiceError = class extends Error {
  constructor(side, problem, output) {
    super(`${SIDE_LABEL[side]}: ${problem}`);
    this.side = side;
    this.problem = problem;
    this.output = output;
  }
  side;
  problem;
  output;
  name = "ServiceError";
};
var substitute = (text, port) => text.replaceAll("{port}", String(port));
var ServiceSession = class {
  constructor(spec, logger) {
    this.spec = spec;
    this.logger = logger;
  }
  spec;
  logger;
  groups = /* @__PURE__ */ new Map();
  running = [];
  building;
  worktree;
  /** where each side was built (profiles name files relative to it) */
  checkouts = /* @__PURE__ */ new Map();
  /** Checks out `sha` beside the workspace (fetching it if the clone is shallow); removed by `close()`. */
  async checkout(repo, sha, path) {
    this.worktree = { repo, path };
    this.logger.info(`perf-gate: checking out the base commit ${sha.slice(0, 12)} in ${path}`);
    await addWorktree(repo, sha, path);
    return path;
  }
  /**
   * Builds (if asked), starts on a free port with `extraEnv` added to its environment (a profiler's
   * NODE_OPTIONS) and waits until ready; throws a ServiceError naming the side.
   */
  async launch(side, checkout, extraEnv = {}) {
    this.checkouts.set(side, checkout);
    await this.build(side, join4(checkout, this.spec.workingDirectory));
    return await this.startSide(side, extraEnv);
  }
  /** The checkout a side was launched from. */
  checkoutOf(side) {
    const checkout = this.checkouts.get(side);
    if (checkout === void 0) throw new Error(`the ${SIDE_LABEL[side]} was never launched`);
    return checkout;
  }
  async build(side, cwd) {
    const label = SIDE_LABEL[side];
    if (this.spec.build !== void 0) {
      this.logger.info(`perf-gate: building the ${label} in ${cwd}: ${this.spec.build}`);
      const build = await runToCompletion(this.spec.build, {
        cwd,
        env: process.env,
        timeoutMs: BUILD_TIMEOUT_MS,
        onStart: (group) => {
          this.building = group;
        }
      });
      this.building = void 0;
      if (!build.ok) throw new ServiceError(side, `the build failed (${build.status})`, build.output);
    }
  }
  async startSide(side, extraEnv) {
    const cwd = join4(this.checkoutOf(side), this.spec.workingDirectory);
    const label = SIDE_LABEL[side];
    const port = await freePort();
    const env = { ...process.env, PORT: String(port) };
    const url = substitute(this.spec.urlTemplate, port).replace(/\/+$/, "");
    const group = startGroup(substitute(this.spec.start, port), { cwd, env: { ...env, ...extraEnv } });
    this.groups.set(side, group);
    this.logger.info(`perf-gate: started the ${label} (pid ${group.pid}) on port ${port}`);
    const ready = this.spec.ready;
    const notReady = await waitReady(
      {
        check: ready.kind === "command" ? { ...ready, command: substitute(ready.command, port) } : ready,
        baseUrl: url,
        cwd,
        env
      },
      this.spec.readyTimeoutSeconds * 1e3,
      () => group.hasExited() ? "the service exited before it was ready" : void 0
    );
    if (notReady !== void 0) {
      const status = group.hasExited() ? ` (${await group.exited})` : "";
      throw new ServiceError(side, `${notReady}${status}`, group.output.text());
    }
    const service = { side, url, pid: group.pid };
    this.running.push(service);
    return service;
  }
  /** Throws a ServiceError when a started service has exited (checked between runs). */
  async assertRunning() {
    for (const [side, group] of this.groups) {
      if (group.hasExited())
        throw new ServiceError(
          side,
          `the service died during the measurement (${await group.exited})`,
          group.output.text()
        );
    }
  }
  /** Pids of the process-group leaders perf-gate started (the load generator's CPU leaves them out). */
  get pids() {
    return [...this.groups.values()].map((g) => g.pid);
  }
  /** Stops every process group (SIGTERM, then SIGKILL after a grace period) and removes the worktree. */
  async close() {
    const groups = [...this.groups.values(), ...this.building ? [this.building] : []];
    this.groups.clear();
    this.building = void 0;
    await Promise.all(groups.map((g) => g.stop(STOP_GRACE_MS)));
    const worktree = this.worktree;
    this.worktree = void 0;
    if (worktree !== void 0) {
      try {
        await removeWorktree(worktree.repo, worktree.path);
      } catch (error) {
        this.logger.warning(`could not remove the worktree ${worktree.path}: ${error.message}`);
      }
    }
  }
};
async function withServiceSession(spec, logger, fn) {
  const session = new ServiceSession(spec, logger);
  let cancelled;
  const handlers = ["SIGINT", "SIGTERM"].map((signal) => {
    const handler = () => {
      logger.warning(`${signal}: stopping the services perf-gate started and removing the worktree`);
      cancelled ??= session.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    };
    process.once(signal, handler);
    return [signal, handler];
  });
  try {
    return await fn(session);
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    if (cancelled !== void 0) {
      await cancelled;
      await new Promise(() => {
      });
    }
    await session.close();
  }
}

// src/judge/context.ts
function reportHeader(config, judged, made) {
  const { nowMs, version, runUrl } = made;
  const header = { ...judged, nowMs, version, secrets: secretsOf(config) };
  if (runUrl !== void 0) header.runUrl = runUrl;
  return header;
}
function loadGeneratorOf(measurer, measurement) {
  const cpu = measurement.cpu;
  if (cpu === void 0) return void 0;
  const info = {
    engine: measurer.engine,
    cpuCount: cpu.cpuCount,
    machineBusy: cpu.machineBusy
  };
  if (measurer.engine === "embedded") info.generatorOfOneCore = cpu.thisProcessOfOneCore;
  return info;
}
function reportContext(header, judgement, step) {
  const ctx = { ...header, ...judgement };
  if (step === void 0) return ctx;
  const loadGenerator = loadGeneratorOf(step.measurer, step.measurement);
  if (loadGenerator) ctx.loadGenerator = loadGenerator;
  if (step.measurement.profile) ctx.profile = step.measurement.profile;
  return ctx;
}

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

// src/stats/disturbance.ts
var MIN_FACTOR = 1.15;
var MIN_SCORE = 5;
var MIN_SECONDS = 2;
var MIN_REQUESTS = 10;
var MAX_SHARE = 3 / 4;
function secondProfile(run) {
  const all = /* @__PURE__ */ new Set();
  for (const s of run.series.values()) for (const t of s.seconds.keys()) all.add(t);
  const seconds = [...all].sort((a, b) => a - b);
  const weight = new Float64Array(seconds.length);
  const sum = new Float64Array(seconds.length);
  for (const s of run.series.values()) {
    const median = s.latency.quantile(0.5);
    if (!(median > 0)) continue;
    seconds.forEach((t, i) => {
      const bucket = s.seconds.get(t);
      if (!bucket || bucket.latency.count < MIN_REQUESTS) return;
      const m = bucket.latency.quantile(0.5);
      if (!(m > 0)) return;
      sum[i] = sum[i] + bucket.latency.count * Math.log(m / median);
      weight[i] = weight[i] + bucket.latency.count;
    });
  }
  return { seconds, levels: seconds.map((_, i) => weight[i] > 0 ? sum[i] / weight[i] : Number.NaN) };
}
function quantileOf(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + ((s[lo + 1] ?? s[lo]) - s[lo]) * (i - lo);
}
function findDisturbance(run) {
  const { seconds, levels } = secondProfile(run);
  const known = levels.filter(Number.isFinite);
  if (known.length < 8) return void 0;
  const centre = quantileOf(known, 0.25);
  const steps = known.slice(1).map((x, i) => Math.abs(x - known[i]));
  const sd = quantileOf(steps, 0.5) / (0.6745 * Math.SQRT2);
  const threshold = Math.max(Math.log(MIN_FACTOR), MIN_SCORE * sd);
  const slow = levels.map((x) => Number.isFinite(x) && x - centre > threshold);
  const flagged = [];
  let excess = 0;
  for (let i = 0; i < slow.length; ) {
    if (!slow[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < slow.length && slow[j]) j++;
    if (j - i >= MIN_SECONDS) {
      const edge = (k) => Number.isFinite(levels[k]) && levels[k] - centre > threshold / 2;
      const from = i > 0 && edge(i - 1) ? i - 1 : i;
      const to = j < slow.length && edge(j) ? j + 1 : j;
      for (let k = from; k < to; k++) {
        flagged.push(seconds[k]);
        excess += levels[k] - centre;
      }
      j = to;
    }
    i = j;
  }
  if (flagged.length === 0 || flagged.length > MAX_SHARE * known.length) return void 0;
  return { seconds: flagged, factor: Math.exp(excess / flagged.length) };
}
function withoutSeconds(s, drop) {
  const kept = [...s.seconds.entries()].filter(([t]) => !drop.has(t)).sort((a, b) => a[0] - b[0]);
  const seconds = /* @__PURE__ */ new Map();
  const latency = new LatencyHistogram();
  let requests = 0;
  let failed = 0;
  const first = kept[0]?.[0] ?? 0;
  kept.forEach(([, bucket], i) => {
    seconds.set(first + i, bucket);
    latency.merge(bucket.latency);
    requests += bucket.requests;
    failed += bucket.failed;
  });
  return { ...s, seconds, latency, requests, failed };
}
function trimmed(run, drop) {
  const set = new Set(drop);
  const series = /* @__PURE__ */ new Map();
  for (const [id, s] of run.series) series.set(id, withoutSeconds(s, set));
  return { ...run, series, endMs: run.endMs - drop.length * 1e3 };
}
function screenDisturbances(baseline, candidate) {
  const found = (runs) => runs.map((r) => r.fidelity === "distribution" ? findDisturbance(r) : void 0);
  const fb = found(baseline);
  const fc = found(candidate);
  const count = (xs) => xs.filter((x) => x !== void 0).length;
  const ownBehaviour = (mine, theirs) => mine.length >= 3 && count(mine) === mine.length && count(theirs) === 0;
  const disturbances = [];
  const apply = (runs, hits, side, keep) => runs.map((run, i) => {
    const hit = hits[i];
    if (!hit) return run;
    disturbances.push({
      side,
      run: i + 1,
      seconds: hit.seconds.length,
      factor: hit.factor,
      leftOut: !keep
    });
    return keep ? run : trimmed(run, hit.seconds);
  });
  return {
    baseline: apply(baseline, fb, "baseline", ownBehaviour(fb, fc)),
    candidate: apply(candidate, fc, "candidate", ownBehaviour(fc, fb)),
    disturbances
  };
}

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
    if (b && c && inAll(input.baseline, id) && inAll(input.candidate, id)) compared.push(id);
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
    const base = `the interval neither rules out a ${tolerance} change nor shows one of more than half of it`;
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
  const [lo, hi] = plain.worse;
  const label = (x) => formatChange(e.spec, x).replace("+", "");
  const bound = `its ${(plain.confidence * 100).toFixed(1)}% interval reaches ${formatChange(e.spec, e.spec.worse === 1 ? hi : -hi)} at worst`;
  if (e.undecidable !== void 0) {
    if (e.spec.scale !== "log") return e.undecidable;
    if (!(hi < 2 * e.tolerance)) return void 0;
    const unseen = hi < e.tolerance ? `a ${label(e.tolerance)} regression` : `a ${label(2 * e.tolerance)} regression (one between ${label(e.tolerance)} and ${label(2 * e.tolerance)} could go unseen)`;
    return `${e.undecidable}; ${bound}, which rules out ${unseen}, so it does not hold back a pass`;
  }
  if (hi < e.tolerance && lo <= -e.tolerance)
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
    return logs.length > 0 ? Math.exp(logs.reduce((a, v) => a + v, 0) / logs.length) : Number.NaN;
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
  warnings.push(...screened.disturbances.map(disturbanceWarning));
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
  const series = judgeSeries(context, input, sides, compared);
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
function disturbanceWarning(d) {
  return `${d.side} run ${d.run}: ${d.seconds} s slowed \xD7${d.factor.toFixed(2)} against the rest of the run ${d.leftOut ? "(something else on the machine): those seconds are left out" : "in every run of this side and none of the other: the build\u2019s own behaviour, kept"}`;
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
function judgeSeries(context, input, sides, compared) {
  const { options } = context;
  const requests = [...compared, ...sides.ids];
  const estimates = requests.map(
    (id) => (sides.ids.includes(id) ? ["throughput"] : SERIES_METRICS).map(
      (metric) => estimateMetric(context, id, metric)
    )
  );
  const service = resourceEstimates({ ...context, baseline: input.baseline, candidate: input.candidate });
  const judged = service.length > 0 ? [...requests, SERVICE_SERIES_ID] : requests;
  if (service.length > 0) estimates.push(service);
  const testable = estimates.flat().filter((e) => e.testable);
  const pValues = testable.map(pValue);
  const adjusted = holm(pValues, options.familyConfidence);
  const untested = 1 - (1 - options.familyConfidence) / Math.max(1, testable.length);
  return judged.map((id, i) => {
    const metrics = estimates[i].map((e) => {
      const k = testable.indexOf(e);
      return k >= 0 ? toMetricComparison(e, adjusted.confidence[k], options.familyConfidence, pValues[k]) : toMetricComparison(e, untested, options.familyConfidence, void 0);
    });
    const key = id === SERVICE_SERIES_ID ? SERVICE_KEY : (sides.baseline[0].series.get(id) ?? sides.candidate[0].series.get(id)).key;
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

// src/judge/judge.ts
import { availableParallelism } from "node:os";

// src/stats/bottleneck.ts
var MB = 1024 * 1024;
function summarizeResources(runs) {
  if (runs.length === 0 || runs.some((r) => r.service === void 0)) return void 0;
  const services = runs.map((r) => r.service);
  const seconds = services.reduce((a, s) => a + s.seconds, 0);
  if (!(seconds > 0)) return void 0;
  const cpu = services.reduce((a, s) => a + s.cpuSeconds, 0);
  const requests = runs.reduce((a, r) => a + measuredRequests(r).requests, 0);
  const latency = new LatencyHistogram();
  for (const run of runs) for (const series of run.series.values()) latency.merge(series.latency);
  return {
    runSeconds: seconds / runs.length,
    cores: cpu / seconds,
    demand: (cpu + services.reduce((a, s) => a + s.cpuWaitSeconds, 0)) / seconds,
    generatorCores: services.reduce((a, s) => a + s.generatorCpuSeconds, 0) / seconds,
    cpuPerRequestMs: requests > 0 ? cpu * 1e3 / requests : Number.NaN,
    p50Ms: latency.count > 0 ? latency.quantile(0.5) : Number.NaN,
    peakMb: Math.max(...services.map((s) => s.peakRssBytes)) / MB,
    growthMbPerSecond: services.reduce((a, s) => a + s.rssGrowthBytesPerSecond, 0) / services.length / MB
  };
}
var short = (x) => x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2);
var percent2 = (x) => `${(x * 100).toFixed(0)}%`;
function bottleneckLine(summary, cpuCount) {
  const s = summary;
  if (s.generatorCores >= 0.85)
    return `the load generator used ${short(s.generatorCores)} of a core: it, not the service, may have limited the load`;
  const growth = s.growthMbPerSecond;
  if (growth > 0 && growth * s.runSeconds >= Math.max(8, 0.15 * s.peakMb))
    return `memory growing: RSS +${short(growth)} MB/s over the run (peak ${short(s.peakMb)} MB)`;
  const whole = Math.max(1, Math.ceil(s.demand - 0.25));
  const runnable = s.demand >= 0.75 * whole;
  const waited = s.demand - s.cores >= 0.1 ? `, waiting for a CPU another ${short(s.demand - s.cores)}` : "";
  if (runnable && s.cores >= 0.4 * whole)
    return `CPU-bound: service at ${short(s.cores)} of ${cpuCount} cores${waited}`;
  if (!runnable && s.cores < 0.5 && s.p50Ms >= 4 * s.cpuPerRequestMs)
    return `waiting: service CPU ${percent2(s.cores)} of a core while a request took ${short(s.p50Ms)} ms (P50) for ${short(s.cpuPerRequestMs)} ms of CPU: I/O, locks or a downstream`;
  if (runnable)
    return `short of CPU: service at ${short(s.cores)} of ${cpuCount} cores${waited}: the runner's cores were busy elsewhere`;
  return `no bottleneck in sight: service at ${short(s.cores)} of ${cpuCount} cores, RSS ${short(s.peakMb)} MB at most`;
}

// src/report/derived-context.ts
function thresholdBreaches(runs) {
  const crossed = /* @__PURE__ */ new Map();
  for (const t of runs.flatMap((r) => r.thresholds))
    if (t.crossed === true) crossed.set(t.metric, t.expressions);
  return [...crossed].sort(([a], [b]) => a.localeCompare(b)).map(([metric, expressions]) => ({ metric, expressions }));
}
function seriesNoise(comparison, maxBaselineCv) {
  return comparison.series.flatMap(
    (s) => s.metrics.filter((m) => Number.isFinite(m.baselineCv)).map((m) => ({
      seriesId: s.id,
      metric: m.metric,
      cv: m.baselineCv,
      stable: m.baselineCv <= maxBaselineCv
    }))
  );
}
function serviceSides(sides, cpuCount) {
  return sides.flatMap(({ side, runs }) => {
    const s = summarizeResources(runs);
    if (s === void 0) return [];
    return [
      {
        side,
        cpuPerRequestMs: s.cpuPerRequestMs,
        cores: s.cores,
        cpuCount,
        peakRssMb: s.peakMb,
        rssGrowthMbPerSecond: s.growthMbPerSecond,
        generatorCores: s.generatorCores,
        bottleneck: bottleneckLine(s, cpuCount)
      }
    ];
  });
}

// src/report/format.ts
var NOT_AVAILABLE = "n/a";
var METRIC_LABELS = {
  p50: "P50",
  p90: "P90",
  p95: "P95",
  p99: "P99",
  throughput: "throughput",
  error_rate: "error rate",
  cpu_per_request: "CPU per request",
  peak_rss: "peak RSS"
};
var METRIC_ORDER = ["p50", "p90", "p95", "p99", "throughput", "error_rate"];
var UNIT_OF = {
  p50: "ms",
  p90: "ms",
  p95: "ms",
  p99: "ms",
  throughput: "req/s",
  error_rate: "ratio",
  cpu_per_request: "ms",
  peak_rss: "MB"
};
function metricLabel(metric) {
  return METRIC_LABELS[metric];
}
function metricFigures(values) {
  return METRIC_ORDER.map((m) => formatValue2(values[m] ?? Number.NaN, UNIT_OF[m]));
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function formatValue2(value, unit) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  switch (unit) {
    case "ms":
      if (Math.abs(Number(value.toPrecision(3))) >= 1e3) return `${significant(value / 1e3)} s`;
      return `${significant(value)} ms`;
    case "req/s":
      return `${significant(value)} req/s`;
    case "ratio":
      return formatPercent(value, value === 0 ? 0 : value < 0.01 ? 2 : 1);
    case "MB":
      return `${significant(value)} MB`;
  }
}
function significant(x) {
  if (!Number.isFinite(x)) return NOT_AVAILABLE;
  const rounded = Number(x.toPrecision(3));
  const abs = Math.abs(rounded);
  if (abs >= 1e3) return Math.round(x).toLocaleString("en-US");
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return rounded.toFixed(digits);
}
function formatPercent(fraction, digits = 1) {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${(fraction * 100).toFixed(digits)}%`;
}
function formatChange2(change, kind) {
  if (!Number.isFinite(change)) return NOT_AVAILABLE;
  const sign = change > 0 ? "+" : change < 0 ? "-" : "";
  const pct = Math.abs(change * 100);
  if (kind === "absolute") return `${sign}${pct.toFixed(2)} pp`;
  const digits = pct >= 100 ? 0 : pct >= 1 ? 1 : 2;
  return `${sign}${pct.toFixed(digits)}%`;
}
function formatInterval(interval, kind) {
  return `[${formatChange2(interval[0], kind)}, ${formatChange2(interval[1], kind)}]`;
}
function formatChangeWithInterval(m) {
  return `${formatChange2(m.change, m.changeKind)} ${formatInterval(m.interval, m.changeKind)}`;
}
function formatNoiseFloor(m) {
  if (!Number.isFinite(m.noiseFloor)) return NOT_AVAILABLE;
  if (m.changeKind === "relative") {
    const half = Math.log1p(Math.abs(m.noiseFloor));
    return `${formatChange2(Math.expm1(half), "relative")} / ${formatChange2(Math.expm1(-half), "relative")}`;
  }
  return `\xB1${formatChange2(Math.abs(m.noiseFloor), m.changeKind).replace(/^\+/, "")}`;
}
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function formatAge(nowMs, timeMs) {
  const ageMs = timeMs === void 0 ? Number.NaN : nowMs - timeMs;
  if (!Number.isFinite(ageMs)) return "of unknown age";
  if (ageMs < MINUTE) return "less than a minute old";
  if (ageMs < HOUR) return `${Math.floor(ageMs / MINUTE)} min old`;
  if (ageMs < 2 * DAY) return `${Math.floor(ageMs / HOUR)} h old`;
  return `${Math.floor(ageMs / DAY)} days old`;
}
function formatDate(timeMs) {
  return new Date(timeMs).toISOString().slice(0, 10);
}
function shortSha(sha) {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function chartNumber(value) {
  if (!Number.isFinite(value)) throw new Error(`chart value must be finite, got ${value}`);
  const abs = Math.abs(value);
  const fixed = value.toFixed(abs >= 1e3 ? 0 : abs >= 10 ? 2 : 3);
  const trimmed2 = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed2 === "-0" ? "0" : trimmed2;
}

// src/report/snapshot-table.ts
function renderSnapshotTable(snapshot) {
  const header = ["Series", "Requests", ...METRIC_ORDER.map(metricLabel)];
  const rows = snapshot.map((s) => [s.id, String(s.requests), ...metricFigures(s.values)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

// src/report/snapshot.ts
function snapshotSeries(runs) {
  if (runs.length === 0) throw new Error("snapshotSeries: no runs given");
  return Object.entries(headlineFigures(runs)).map(([id, values]) => {
    const present = runs.flatMap((r) => r.series.get(id) ?? []);
    return { id, key: present[0].key, requests: present.reduce((n, s) => n + s.requests, 0), values };
  });
}
function renderSnapshot(runs, cpuCount, json) {
  const snapshot = snapshotSeries(runs);
  return {
    figures: json ? JSON.stringify(snapshot, null, 2) : renderSnapshotTable(snapshot),
    services: serviceSides([{ side: "PR build", runs }], cpuCount).map((s) => `service: ${s.bottleneck}`)
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
      `${label} failed ${percent3(rate)} of its requests (${failed} of ${requests}), above max-error-rate ${percent3(maxErrorRate)}`
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
function percent3(fraction) {
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

// src/judge/profiling.ts
function profilingRequest(config, settings, dir, env) {
  return {
    settings: config.profiling,
    call: (measurement) => {
      if (measurement.baseline === void 0) return void 0;
      let comparison;
      try {
        comparison = judgeSameJob(
          { measurer: { scriptHash: "" }, measurement },
          settings,
          { warning: () => {
          } },
          { commit: "base", ref: "base", timeMs: 0 }
        ).comparison;
      } catch {
        return void 0;
      }
      return profilingCall(config.profiling.mode, comparison);
    },
    dir,
    secrets: profileSecrets(config, env)
  };
}
function profileSecrets(config, env) {
  const named = Object.entries(env).filter(([name, value]) => value !== void 0 && value.length >= 4 && isSecretParamName(name)).map(([, value]) => value);
  const values = Object.values(config.env).filter((v) => v.length >= 4);
  return [...secretsOf(config), ...values, ...named];
}

// src/judge/pull-request.ts
function pullRequestBuilds(config, restored, judging, baseSha, profiles) {
  const { settings } = judging;
  return {
    baseSha,
    profiling: profilingRequest(config, settings, profiles.dir, profiles.env),
    needMore: confirmationRule(settings),
    ...config.design === "cached" && restored ? { confirm: (first) => confirmationCall(first, restored, judging) } : {}
  };
}
function confirmationRule(settings) {
  return (sofar, planned) => {
    const options = gateOptionsFor(settings, seriesKeys(sofar.candidate)).options;
    const c = compareRuns(
      { ...sofar, design: "same-job", pairOrders: sofar.orders },
      atLook(options, planned, sofar.candidate.length)
    );
    return needsMorePairs(c);
  };
}
function cachedOutcome(judgement) {
  const c = judgement.comparison;
  if (c === void 0)
    return {
      verdict: "no-baseline",
      summary: `no cached baseline (${judgement.noBaseline?.detail ?? judgement.noBaseline?.reason ?? "none"})`
    };
  return { verdict: c.verdict, summary: c.reasons[0] ?? "" };
}
var silent = { warning: () => {
} };
function confirmationCall(step, restored, { settings, measuring }) {
  const { judgement } = judgeAgainstArtifact(step, restored, settings, measuring, silent);
  const { verdict, summary } = cachedOutcome(judgement);
  if (verdict === "pass") return void 0;
  const what = { fail: "a regression", inconclusive: "inconclusive", "no-baseline": "not possible" }[verdict];
  return `the cached comparison is ${what}${summary === "" ? "" : ` (${summary})`}`;
}
function judgePullRequest(step, restored, base, judging) {
  const { settings, measuring, logger } = judging;
  const first = step.measurement.cachedFirst;
  const alone = first ? { ...step, measurement: first } : step;
  const cached = restored === void 0 ? void 0 : judgeAgainstArtifact(alone, restored, settings, measuring, logger).judgement;
  if (step.measurement.baseline === void 0) {
    if (cached === void 0) throw new Error("nothing to judge the PR build against");
    return cached;
  }
  const paired = judgeSameJob(step, settings, logger, { ...base, timeMs: judging.now() });
  if (first !== void 0 && cached !== void 0) {
    const b = cached.baseline;
    return {
      ...paired,
      cachedFirst: {
        ...b ? { baseline: { commit: b.commit, ref: b.ref, timeMs: b.timeMs } } : {},
        ...cachedOutcome(cached),
        runs: first.candidate.length
      }
    };
  }
  if (cached?.comparison === void 0 || cached.baseline === void 0) return paired;
  const { commit, ref, timeMs } = cached.baseline;
  return {
    ...paired,
    cachedTrend: {
      baseline: { commit, ref, timeMs },
      verdict: cached.comparison.verdict,
      summary: cached.comparison.reasons[0] ?? ""
    }
  };
}

// src/measure/recorded.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join5 } from "node:path";
var RUN_FILE = /^run-(\d+)\.json(\.gz)?$/;
async function readRecordedRuns(dirs, options) {
  const byRun = /* @__PURE__ */ new Map();
  const perDir = [];
  for (const dir of dirs) {
    let names;
    try {
      names = await readdir2(dir);
    } catch (error) {
      throw new Error(
        `results directory '${dir}': ${error.code ?? String(error)}`
      );
    }
    const runs = /* @__PURE__ */ new Set();
    for (const name of names) {
      const match = RUN_FILE.exec(name);
      if (match === null) continue;
      const run = Number(match[1]);
      if (runs.has(run))
        throw new Error(`results directory '${dir}' holds run ${run} twice (.json and .json.gz)`);
      runs.add(run);
      byRun.set(run, [...byRun.get(run) ?? [], join5(dir, name)]);
    }
    if (runs.size === 0)
      throw new Error(`results directory '${dir}' holds no run-<i>.json or run-<i>.json.gz files`);
    perDir.push({ dir, runs });
  }
  for (const run of byRun.keys()) {
    const lacking = perDir.filter((d) => !d.runs.has(run)).map((d) => d.dir);
    if (lacking.length > 0)
      throw new Error(`run ${run} is missing from ${lacking.map((d) => `'${d}'`).join(", ")}`);
  }
  const merged = [];
  for (const run of [...byRun.keys()].sort((a, b) => a - b)) {
    const parts = await Promise.all(byRun.get(run).map((file) => readK6Json(file, options)));
    merged.push(parts.length === 1 ? parts[0] : mergeRuns(parts));
  }
  return merged;
}

// src/measure/with-services.ts
import { rm as rm3 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/profile/node-profiler.ts
import { mkdir, readdir as readdir3, rename as rename2, writeFile } from "node:fs/promises";
import { join as join6 } from "node:path";
var PRELOAD = `'use strict';
(() => {
  const dir = process.env.PERF_GATE_PROFILE_DIR;
  if (!dir) return;
  const { Session } = require('node:inspector');
  const fs = require('node:fs');
  const { join } = require('node:path');
  const session = new Session();
  let state = 'idle';
  let heap = false;
  const start = () => {
    if (state !== 'idle') return;
    state = 'profiling';
    heap = fs.readFileSync(join(dir, 'start'), 'utf8').includes('heap');
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
    if (heap) {
      session.post('HeapProfiler.enable');
      // objects collected since count too: the profile says what each site allocated, not what survived
      session.post('HeapProfiler.startSampling', {
        samplingInterval: 32768,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
    fs.writeFileSync(join(dir, process.pid + '.started'), '');
  };
  // written under another name, then renamed: perf-gate never sees a half-written profile
  const publish = (name, text) => {
    fs.writeFileSync(join(dir, name + '.part'), text);
    fs.renameSync(join(dir, name + '.part'), join(dir, name));
  };
  const stop = () => {
    if (state !== 'profiling') return;
    state = 'done';
    if (heap)
      session.post('HeapProfiler.stopSampling', (error, result) => {
        if (!error) publish(process.pid + '.heapprofile', JSON.stringify(result.profile));
      });
    session.post('Profiler.stop', (error, result) => {
      if (!error) publish(process.pid + '.cpuprofile', JSON.stringify(result.profile));
    });
  };
  fs.watch(dir, (_event, name) => {
    try {
      if (name === 'start') start();
      else if (name === 'stop') stop();
    } catch {}
  })
    .on('error', () => {})
    .unref();
  process.on('exit', stop);
  fs.writeFileSync(join(dir, process.pid + '.loaded'), '');
})();
`;
var PRELOAD_FILE = "perf-gate-profile.cjs";
async function nodeProfilerEnv(dir, nodeOptions) {
  await mkdir(dir, { recursive: true });
  const preload = join6(dir, "..", PRELOAD_FILE);
  await writeFile(preload, PRELOAD);
  const own = `--require "${preload.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  return {
    NODE_OPTIONS: nodeOptions?.trim() ? `${nodeOptions.trim()} ${own}` : own,
    PERF_GATE_PROFILE_DIR: dir
  };
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function pidsWith(dir, suffix) {
  const names = await readdir3(dir).catch(() => []);
  return names.filter((n) => n.endsWith(`.${suffix}`)).map((n) => Number(n.slice(0, -suffix.length - 1))).sort((a, b) => a - b);
}
var POLL_MS = 5;
var ANSWER_MS = 1e4;
async function waitFor(dir, pids, suffix) {
  const deadline = Date.now() + ANSWER_MS;
  for (; ; ) {
    const done = await pidsWith(dir, suffix);
    if (pids.every((p) => done.includes(p)) || Date.now() >= deadline)
      return pids.filter((p) => done.includes(p));
    await sleep(POLL_MS);
  }
}
async function startNodeProfiling(dir, heap) {
  const loaded = await pidsWith(dir, "loaded");
  if (loaded.length === 0) return [];
  await writeFile(join6(dir, "start.part"), heap ? "cpu heap" : "cpu");
  await rename2(join6(dir, "start.part"), join6(dir, "start"));
  return await waitFor(dir, loaded, "started");
}
async function stopNodeProfiling(dir, pids, heap) {
  await writeFile(join6(dir, "stop"), "");
  const cpu = await waitFor(dir, pids, "cpuprofile");
  const heaps = heap ? await waitFor(dir, cpu, "heapprofile") : [];
  return {
    cpu: cpu.map((p) => join6(dir, `${p}.cpuprofile`)),
    heap: heaps.map((p) => join6(dir, `${p}.heapprofile`))
  };
}
function withoutPreloadSamples(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = /* @__PURE__ */ new Set();
  const mark = (id) => {
    if (own.has(id)) return;
    own.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const n of profile.nodes) if (n.callFrame.url.endsWith(`/${PRELOAD_FILE}`)) mark(n.id);
  if (own.size === 0) return profile;
  let idle = profile.nodes.find((n) => n.callFrame.functionName === "(idle)");
  if (!idle) {
    const callFrame = { functionName: "(idle)", url: "", lineNumber: -1, columnNumber: -1, scriptId: "0" };
    idle = { id: Math.max(...byId.keys()) + 1, callFrame };
    profile.nodes.push(idle);
  }
  const idleId = idle.id;
  return { ...profile, samples: profile.samples.map((s) => own.has(s) ? idleId : s) };
}

// src/stats/rng.ts
function mulberry32(seed) {
  if (!Number.isFinite(seed)) throw new Error(`rng seed must be a finite number, got ${seed}`);
  let a = seed >>> 0;
  let spare;
  const next = () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  return {
    next,
    // Marsaglia's polar method: two independent normals per accepted pair, the second kept for the next call.
    normal() {
      if (spare !== void 0) {
        const s = spare;
        spare = void 0;
        return s;
      }
      for (; ; ) {
        const u = 2 * next() - 1;
        const v = 2 * next() - 1;
        const s = u * u + v * v;
        if (s > 0 && s < 1) {
          const f = Math.sqrt(-2 * Math.log(s) / s);
          spare = v * f;
          return u * f;
        }
      }
    },
    int(n) {
      return Math.floor(next() * n);
    }
  };
}

// src/abtest/pair-order.ts
function schedulePairs(pairs, random) {
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`pairs must be a whole number \u2265 1, got ${pairs}`);
  const orders = [];
  for (let i = 0; i < Math.floor(pairs / 2); i++) orders.push("AB", "BA");
  if (pairs % 2 === 1) orders.push(random() < 0.5 ? "AB" : "BA");
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j], orders[i]];
  }
  return orders;
}

// src/abtest/same-job.ts
async function runSameJob(options) {
  const orders = schedulePairs(options.pairs, options.random);
  const progress = options.onProgress ?? (() => {
  });
  if (options.warmupRun) {
    for (const side of ["base", "pr"]) {
      progress(`warm-up: ${side === "base" ? "base build" : "PR build"}`);
      await options.measure(side, { index: 0, purpose: "warmup" });
    }
  }
  const runs = { baseline: [], candidate: [], orders: [] };
  const measurePairs = async (batch, total) => {
    for (const order of batch) {
      const i = runs.orders.length;
      runs.orders.push(order);
      const sides = order === "AB" ? ["base", "pr"] : ["pr", "base"];
      for (const side of sides) {
        progress(`pair ${i + 1}/${total} (${order}): ${side === "base" ? "base build" : "PR build"}`);
        const run = await options.measure(side, { index: i + 1, purpose: "measure" });
        (side === "base" ? runs.baseline : runs.candidate).push(run);
      }
    }
  };
  await measurePairs(orders, orders.length);
  const confirm = options.confirm;
  while (confirm && runs.orders.length < confirm.maxPairs && confirm.needMore(runs)) {
    const batch = schedulePairs(Math.min(2, confirm.maxPairs - runs.orders.length), options.random);
    const total = runs.orders.length + batch.length;
    progress(`not decided after ${runs.orders.length} pairs: ${batch.length} more to confirm`);
    await measurePairs(batch, total);
  }
  return runs;
}

// src/measure/cpu.ts
import * as os2 from "node:os";
function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of os2.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}
async function withCpuUse(fn) {
  const machineBefore = machineTimes();
  const processBefore = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const wallMicros = (performance.now() - started) * 1e3;
  const processUsed = process.cpuUsage(processBefore);
  const machineAfter = machineTimes();
  const total = machineAfter.total - machineBefore.total;
  return {
    value,
    cpu: {
      cpuCount: os2.cpus().length,
      machineBusy: total > 0 ? (machineAfter.busy - machineBefore.busy) / total : 0,
      thisProcessOfOneCore: wallMicros > 0 ? (processUsed.user + processUsed.system) / wallMicros : 0
    }
  };
}

// src/measure/plan.ts
async function runWatched(measurer, request, watch) {
  const service = watch?.sources[request.side];
  let result;
  if (service === void 0 || request.purpose === "warmup") result = await measurer.run(request);
  else {
    const measured = await measureResources(
      { service, generator: watch.generator },
      measurer.warmupSeconds,
      () => measurer.run(request)
    );
    result = { ...measured.value, service: measured.resources };
  }
  await watch?.check?.();
  if (request.purpose === "measure") await assertMeasured(result, request);
  return result;
}
var FailedMeasurementError = class extends Error {
  name = "FailedMeasurementError";
};
async function assertMeasured(result, request) {
  const run = `${request.label}, run ${request.index}/${request.total}`;
  const { requests, failed } = measuredRequests(result);
  const where = request.targetUrl === void 0 ? "the target" : request.targetUrl;
  if (requests === 0 || failed === requests) {
    throw new FailedMeasurementError(
      `${run}: ${requests === 0 ? "no request was made" : `all ${requests} requests failed`}, so nothing was measured: check that ${where} is up and answers the script's requests`
    );
  }
  if (request.targetUrl === void 0 || !endsInFailures(result)) return;
  try {
    await assertReachable(request.targetUrl);
  } catch (error) {
    throw new FailedMeasurementError(
      `${run}: the target stopped answering during the run (${failed} of ${requests} requests failed) and is down now: ${error.message}`
    );
  }
}
function endsInFailures(result) {
  let last = Number.NEGATIVE_INFINITY;
  for (const series of result.series.values())
    for (const second of series.seconds.keys()) last = Math.max(last, second);
  let requests = 0;
  let failed = 0;
  for (const series of result.series.values()) {
    const bucket = series.seconds.get(last);
    requests += bucket?.requests ?? 0;
    failed += bucket?.failed ?? 0;
  }
  return requests > 0 && failed === requests;
}
async function measureRepeats(measurer, options) {
  const { value, cpu } = await withCpuUse(async () => {
    const runs = [];
    for (let index = 1; index <= options.runs; index++) {
      runs.push(
        await runWatched(
          measurer,
          {
            targetUrl: options.targetUrl,
            index,
            total: options.runs,
            label: "PR build",
            side: "pr",
            purpose: "measure"
          },
          options.watch
        )
      );
    }
    return runs;
  });
  return { candidate: value, cpu, generatorWarnings: generatorWarnings(measurer.engine, value, cpu) };
}
async function measureSameJob(measurer, options) {
  const pairsPlanned = { planned: options.pairs, maxPairs: Math.max(options.pairs, options.maxPairs ?? 0) };
  const needMore = options.needMore;
  const { value, cpu } = await withCpuUse(
    () => runSameJob({
      pairs: options.pairs,
      random: options.random,
      warmupRun: true,
      ...needMore ? { confirm: { maxPairs: pairsPlanned.maxPairs, needMore: (r) => needMore(r, pairsPlanned) } } : {},
      measure: (side, run) => runWatched(
        measurer,
        {
          targetUrl: side === "base" ? options.baselineTargetUrl : options.targetUrl,
          index: run.index,
          total: Math.max(options.pairs, run.index),
          label: side === "base" ? "base build" : "PR build",
          side,
          purpose: run.purpose
        },
        options.watch
      )
    })
  );
  const { baseline, candidate } = value;
  return {
    baseline,
    candidate,
    orders: value.orders,
    ...needMore ? { pairsPlanned } : {},
    cpu,
    generatorWarnings: generatorWarnings(measurer.engine, [...baseline, ...candidate], cpu)
  };
}
async function measureAsConfigured(measurer, settings) {
  const { targetUrl, baselineTargetUrl, runs, watch } = settings;
  if (baselineTargetUrl !== void 0 && targetUrl !== void 0) {
    return await measureSameJob(measurer, {
      targetUrl,
      baselineTargetUrl,
      pairs: runs,
      maxPairs: settings.maxRuns,
      ...settings.needMore ? { needMore: settings.needMore } : {},
      random: mulberry32(settings.seed).next,
      watch
    });
  }
  return await measureRepeats(measurer, { targetUrl, runs, watch });
}
function generatorWarnings(engine, runs, cpu) {
  const warnings = [];
  const dropped = runs.reduce((n, r) => n + r.totals.droppedIterations, 0);
  if (dropped > 0) {
    warnings.push(
      `${dropped} iterations were dropped: the load generator could not start them on schedule (not enough VUs or CPU), so the offered load was lower than the script asks for`
    );
  }
  if (engine === "embedded" && cpu.thisProcessOfOneCore > 0.85) {
    warnings.push(
      `the embedded load generator used ${(cpu.thisProcessOfOneCore * 100).toFixed(0)}% of a core: it may have been the bottleneck rather than the service`
    );
  }
  if (cpu.machineBusy > 0.95) {
    warnings.push(
      `the runner's ${cpu.cpuCount} cores were ${(cpu.machineBusy * 100).toFixed(0)}% busy: generator and services competed for CPU`
    );
  }
  return warnings;
}

// src/measure/profiling-pair.ts
import { mkdir as mkdir2, readFile as readFile4, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/profile/command-profiler.ts
var shellQuote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
function substituteProfileCommand(template, values) {
  return template.replaceAll("{pid}", String(values.pid)).replaceAll("{seconds}", String(values.seconds)).replaceAll("{out}", shellQuote(values.out));
}
var WRITE_GRACE_MS = 6e4;
function startProfileCommand(template, values, where) {
  const running = runToCompletion(substituteProfileCommand(template, values), {
    ...where,
    timeoutMs: values.seconds * 1e3 + WRITE_GRACE_MS
  });
  return {
    finished: async () => {
      const result = await running;
      if (result.ok) return { ok: true };
      const tail = result.output.trim().split("\n").slice(-3).join(" / ");
      return { ok: false, problem: `${result.status}${tail === "" ? "" : `: ${tail}`}` };
    }
  };
}

// src/profile/model.ts
function functionKey(frame) {
  return frame.file === "" ? frame.name : `${frame.name} ${frame.file}:${frame.line}`;
}
var ProfileFormatError = class extends Error {
  constructor(source, problem) {
    super(`${source}: ${problem}`);
    this.name = "ProfileFormatError";
  }
};

// src/profile/diff.ts
var isRuntime = (f) => f.file === "" || f.file.startsWith("node:");
function selfFrame(frames) {
  for (let i = frames.length - 1; i >= 0; i--) if (!isRuntime(frames[i])) return frames[i];
  return frames[frames.length - 1];
}
function timesPerRequest(side) {
  if (!(side.requests > 0))
    throw new Error(`${side.profile.source}: the request count must be positive to normalise per request`);
  const out = /* @__PURE__ */ new Map();
  const entry = (frame) => {
    const key = functionKey(frame);
    let e = out.get(key);
    if (!e) {
      e = { frame, time: { self: 0, total: 0 } };
      out.set(key, e);
    }
    return e;
  };
  for (const stack of side.profile.stacks) {
    const share = stack.weight / side.requests;
    const leaf = selfFrame(stack.frames);
    if (leaf) entry(leaf).time.self += share;
    const seen = /* @__PURE__ */ new Set();
    for (const f of stack.frames) {
      const key = functionKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      entry(f).time.total += share;
    }
  }
  return out;
}
function diffProfiles(base, pr) {
  const b = timesPerRequest(base);
  const p = timesPerRequest(pr);
  const zero = { self: 0, total: 0 };
  const changes = [.../* @__PURE__ */ new Set([...b.keys(), ...p.keys()])].map((key) => {
    const bt = b.get(key)?.time ?? zero;
    const pt = p.get(key)?.time ?? zero;
    return {
      frame: (p.get(key) ?? b.get(key))?.frame,
      key,
      base: bt,
      pr: pt,
      selfChange: pt.self - bt.self,
      totalChange: pt.total - bt.total
    };
  });
  changes.sort((x, y) => y.selfChange - x.selfChange || x.key.localeCompare(y.key));
  return { changes };
}
function measureNoise(first, second) {
  let worst;
  for (const c of diffProfiles(first, second).changes)
    if (!worst || Math.abs(c.selfChange) > Math.abs(worst.selfChange)) worst = c;
  const selfPerRequest = Math.abs(worst?.selfChange ?? 0);
  return {
    selfPerRequest,
    key: worst?.key ?? "",
    statement: `Two profiles of the same build moved no function's self time by more than ${formatSeconds(selfPerRequest)} per request; smaller changes are noise.`
  };
}
function formatSeconds(seconds) {
  const abs = Math.abs(seconds);
  if (abs >= 1) return `${seconds.toPrecision(3)} s`;
  if (abs >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} \xB5s`;
}
function formatBytes(bytes) {
  const abs = Math.abs(bytes);
  if (abs >= 1e6) return `${(bytes / 1e6).toPrecision(3)} MB`;
  if (abs >= 1e3) return `${(bytes / 1e3).toPrecision(3)} kB`;
  return `${Math.round(bytes)} B`;
}

// src/posting/limits.ts
var CHECK_RUN_SUMMARY_MAX_BYTES = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var BODY_MAX_CHARS = 65536;
var FENCE = /^ {0,3}(```|~~~)/;
function fits(text, limit) {
  if (limit.maxChars !== void 0 && text.length > limit.maxChars) return false;
  if (limit.maxBytes !== void 0 && Buffer.byteLength(text, "utf8") > limit.maxBytes) return false;
  return true;
}
function longestFittingPrefix(text, suffix, limit) {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid) + suffix, limit)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function closeOpenFence(text) {
  const fences = text.split("\n").filter((line) => FENCE.test(line)).length;
  return fences % 2 === 1 ? `${text}
\`\`\`` : text;
}
function truncateToLimit(text, limit, note) {
  if (fits(text, limit)) return { text, truncated: false };
  const suffix = `

${note}`;
  const reserve = `
\`\`\`${suffix}`;
  if (!fits(reserve, limit)) {
    throw new Error(
      `truncation note of ${note.length} characters does not fit the limit ${JSON.stringify(limit)}`
    );
  }
  let cut = longestFittingPrefix(text, reserve, limit);
  const lineBreak = text.lastIndexOf("\n", cut);
  if (lineBreak > cut * 0.8) cut = lineBreak;
  else if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return { text: closeOpenFence(text.slice(0, cut).trimEnd()) + suffix, truncated: true };
}
function truncate(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function checkRunTitle(title) {
  return truncate(oneLine(title), CHECK_RUN_TITLE_MAX_CHARS);
}

// src/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
function plainText(s) {
  return s.replace(BIDI, "").replace(CONTROL, " ");
}
var MARKUP = /[&<>|`*_~[\]#$\\]/g;
function escapeMarkdown(s) {
  return plainText(s).replace(MARKUP, (c) => `&#${c.codePointAt(0)};`).replace(/@(?=[\w-])/g, "@\u200D");
}
var MERMAID_LABEL_MAX = 40;
function mermaidLabel(s) {
  const cleaned = plainText(s).replace(/"/g, "'").replace(/`/g, "'").replace(/%+/g, "%").replace(/\[/g, "(").replace(/\]/g, ")").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/[#{};]/g, " ").trim();
  return truncate(cleaned, MERMAID_LABEL_MAX);
}

// src/profile/flame.ts
var WIDTH = 1200;
var ROW = 17;
var MIN_PIXELS = 0.5;
function addStacks(root, side, which) {
  for (const stack of side.profile.stacks) {
    const share = stack.weight / side.requests;
    let node = root;
    node[which] += share;
    for (const frame of stack.frames) {
      const key = functionKey(frame);
      let child = node.children.get(key);
      if (!child) {
        child = { frame, base: 0, pr: 0, children: /* @__PURE__ */ new Map() };
        node.children.set(key, child);
      }
      child[which] += share;
      node = child;
    }
  }
}
var xml = (s) => plainText(s).replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
function colour(change, largest) {
  const strength = largest > 0 ? Math.min(1, Math.abs(change) / largest) : 0;
  const fade = Math.round(235 - 200 * strength);
  return change >= 0 ? `rgb(240,${fade},${fade})` : `rgb(${fade},${fade},240)`;
}
var micros = (s) => `${(s * 1e6).toFixed(1)} \xB5s`;
function renderDiffFlameGraph(base, pr, title) {
  const root = { frame: { name: "all", file: "", line: 0 }, base: 0, pr: 0, children: /* @__PURE__ */ new Map() };
  addStacks(root, base, "base");
  addStacks(root, pr, "pr");
  const selfChange = (n) => {
    let b = n.base;
    let p = n.pr;
    for (const c of n.children.values()) {
      b -= c.base;
      p -= c.pr;
    }
    return p - b;
  };
  let largest = 0;
  const visit = (n) => {
    largest = Math.max(largest, Math.abs(selfChange(n)));
    for (const c of n.children.values()) visit(c);
  };
  visit(root);
  const scale = WIDTH / Math.max(root.base, root.pr, Number.MIN_VALUE);
  const boxes = [];
  let depth = 0;
  const draw = (n, x, level) => {
    const w = Math.max(n.base, n.pr) * scale;
    if (w < MIN_PIXELS) return;
    depth = Math.max(depth, level);
    const change = selfChange(n);
    const label = n.frame.file === "" ? n.frame.name : `${n.frame.name} ${n.frame.file}:${n.frame.line}`;
    const tip = `${label} \u2014 total per request ${micros(n.base)} \u2192 ${micros(n.pr)}, self change ${change >= 0 ? "+" : ""}${micros(change)}`;
    const text = w > 30 ? `<text x="${(x + 3).toFixed(1)}" y="${-level * ROW - 5}">${xml(n.frame.name.slice(0, Math.floor(w / 7)))}</text>` : "";
    boxes.push(
      `<g><title>${xml(tip)}</title><rect x="${x.toFixed(1)}" y="${-(level + 1) * ROW}" width="${w.toFixed(1)}" height="${ROW - 1}" fill="${colour(change, largest)}"/>${text}</g>`
    );
    let cx = x;
    const children = [...n.children.values()].sort(
      (a, b) => functionKey(a.frame).localeCompare(functionKey(b.frame))
    );
    for (const c of children) {
      draw(c, cx, level + 1);
      cx += Math.max(c.base, c.pr) * scale;
    }
  };
  draw(root, 0, 0);
  const height = (depth + 1) * ROW + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 ${-height + 10} ${WIDTH} ${height}" font-family="monospace" font-size="11">`,
    `<text x="0" y="${-height + 25}" font-size="13">${xml(title)} \u2014 red: more time per request in the PR, blue: less</text>`,
    ...boxes,
    "</svg>",
    ""
  ].join("\n");
}

// src/profile/read.ts
import { readFile as readFile3 } from "node:fs/promises";
import { basename as basename2 } from "node:path";
import { gunzipSync as gunzipSync2 } from "node:zlib";

// src/profile/folded.ts
var LOCATED = /^(.*) \((.*):(\d+)\)$/;
function parseFrame(text) {
  const m = LOCATED.exec(text);
  return m ? { name: m[1], file: m[2], line: Number(m[3]) } : { name: text, file: "", line: 0 };
}
function readFolded(text, source, sampleSeconds) {
  if (!(sampleSeconds > 0))
    throw new ProfileFormatError(source, "folded stacks need the sampling interval (> 0 s)");
  const stacks = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trimEnd();
    if (line === "") continue;
    const space = line.lastIndexOf(" ");
    const count = Number(line.slice(space + 1));
    if (space <= 0 || !Number.isFinite(count) || count < 0 || line.slice(space + 1) === "")
      throw new ProfileFormatError(source, `line ${i + 1} is not 'frame;frame;frame count'`);
    stacks.push({ frames: line.slice(0, space).split(";").map(parseFrame), weight: count * sampleSeconds });
  }
  if (stacks.length === 0) throw new ProfileFormatError(source, "no stacks");
  return { source, stacks };
}

// src/profile/pprof.ts
import { gunzipSync } from "node:zlib";

// node_modules/pprof-format/dist/esm/index.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _StringTable_encodings;
var _StringTable_positions;
var lowMaxBig = 2n ** 32n - 1n;
var lowMax = 2 ** 32 - 1;
var lowMaxPlus1 = lowMax + 1;
var toUtf8 = typeof Buffer === "undefined" ? (value) => new TextEncoder().encode(value) : (value) => Buffer.from(value, "utf8");
function countNumberBytes(buffer) {
  if (!buffer.length)
    return 0;
  let i = 0;
  while (i < buffer.length && buffer[i++] >= 128)
    ;
  return i;
}
function decodeBigNumber(buffer) {
  if (!buffer.length)
    return BigInt(0);
  let value = BigInt(buffer[0] & 127);
  let i = 0;
  while (buffer[i++] >= 128) {
    value |= BigInt(buffer[i] & 127) << BigInt(7 * i);
  }
  return value;
}
function makeValue(value, offset = 0) {
  return { value, offset };
}
function getValue(mode, buffer) {
  switch (mode) {
    case kTypeVarInt:
      for (let i = 0; i < buffer.length; i++) {
        if (!(buffer[i] & 128)) {
          return makeValue(buffer.subarray(0, i + 1));
        }
      }
      return makeValue(buffer);
    case kTypeLengthDelim: {
      const offset = countNumberBytes(buffer);
      const size = decodeNumber(buffer);
      return makeValue(buffer.subarray(offset, Number(size) + offset), offset);
    }
    default:
      throw new Error(`Unrecognized value type: ${mode}`);
  }
}
function lowBits(number) {
  return typeof number !== "bigint" ? (number >>> 0) % lowMaxPlus1 : Number(number & lowMaxBig);
}
function highBits(number) {
  return typeof number !== "bigint" ? number / lowMaxPlus1 >>> 0 : Number(number >> 32n & lowMaxBig);
}
function long(number) {
  const sign = number < 0;
  if (sign)
    number = -number;
  let lo = lowBits(number);
  let hi = highBits(number);
  if (sign) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > lowMax) {
      lo = 0;
      if (++hi > lowMax) {
        hi = 0;
      }
    }
  }
  return [hi, lo];
}
var kTypeVarInt = 0;
var kTypeLengthDelim = 2;
function decodeNumber(buffer) {
  const size = countNumberBytes(buffer);
  if (size > 4)
    return decodeBigNumber(buffer);
  if (!buffer.length)
    return 0;
  let value = buffer[0] & 127;
  let i = 0;
  while (buffer[i++] >= 128) {
    value |= (buffer[i] & 127) << 7 * i;
  }
  return value;
}
function decodeNumbers(buffer) {
  const values = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++) {
    if ((buffer[i] & 128) === 0) {
      values.push(decodeNumber(buffer.subarray(start, i + 1)));
      start = i + 1;
    }
  }
  return values;
}
function push(value, list) {
  if (list == null) {
    return [value];
  }
  list.push(value);
  return list;
}
function pushAll(values, list) {
  if (list == null) {
    return values;
  }
  for (const value of values) {
    list.push(value);
  }
  return list;
}
function measureNumber(number) {
  if (number === 0 || number === 0n)
    return 0;
  const [hi, lo] = long(number);
  const a = lo;
  const b = (lo >>> 28 | hi << 4) >>> 0;
  const c = hi >>> 24;
  if (c !== 0) {
    return c < 128 ? 9 : 10;
  }
  if (b !== 0) {
    if (b < 16384) {
      return b < 128 ? 5 : 6;
    }
    return b < 2097152 ? 7 : 8;
  }
  if (a < 16384) {
    return a < 128 ? 1 : 2;
  }
  return a < 2097152 ? 3 : 4;
}
function measureValue(value) {
  if (typeof value === "undefined")
    return 0;
  if (typeof value === "number" || typeof value === "bigint") {
    return measureNumber(value) || 1;
  }
  return value.length;
}
function measureArray(list) {
  let size = 0;
  for (const item of list) {
    size += measureValue(item);
  }
  return size;
}
function measureNumberField(number) {
  const length = measureNumber(number);
  return length ? 1 + length : 0;
}
function measureNumberArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureNumber(value) || 1;
  }
  return total ? 1 + measureNumber(total) + total : 0;
}
function measureLengthDelimField(value) {
  const length = measureValue(value);
  return length ? 1 + measureNumber(length) + length : 0;
}
function measureLengthDelimArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureLengthDelimField(value);
  }
  return total;
}
function encodeNumber(buffer, i, number) {
  if (number === 0 || number === 0n) {
    buffer[i++] = 0;
    return i;
  }
  let [hi, lo] = long(number);
  while (hi) {
    buffer[i++] = lo & 127 | 128;
    lo = (lo >>> 7 | hi << 25) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buffer[i++] = lo & 127 | 128;
    lo = lo >>> 7;
  }
  buffer[i++] = lo;
  return i;
}
var emptyTableToken = /* @__PURE__ */ Symbol();
var StringTable = class _StringTable {
  constructor(tok) {
    this.strings = new Array();
    _StringTable_encodings.set(this, new Array());
    _StringTable_positions.set(this, /* @__PURE__ */ new Map());
    if (tok !== emptyTableToken) {
      this.dedup("");
    }
  }
  get encodedLength() {
    let size = 0;
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      size += encoded.length;
    }
    return size;
  }
  _encodeToBuffer(buffer, offset) {
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      buffer.set(encoded, offset);
      offset += encoded.length;
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.encodedLength)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static _encodeStringFromUtf8(stringBuffer) {
    const buffer = new Uint8Array(1 + stringBuffer.length + (measureNumber(stringBuffer.length) || 1));
    let offset = 0;
    buffer[offset++] = 50;
    offset = encodeNumber(buffer, offset, stringBuffer.length);
    if (stringBuffer.length > 0) {
      buffer.set(stringBuffer, offset);
    }
    return buffer;
  }
  static _encodeString(string) {
    return _StringTable._encodeStringFromUtf8(toUtf8(string));
  }
  dedup(string) {
    if (typeof string === "number")
      return string;
    if (!__classPrivateFieldGet(this, _StringTable_positions, "f").has(string)) {
      const pos = this.strings.push(string) - 1;
      __classPrivateFieldGet(this, _StringTable_positions, "f").set(string, pos);
      __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeString(string));
    }
    return __classPrivateFieldGet(this, _StringTable_positions, "f").get(string);
  }
  _decodeString(buffer) {
    const string = new TextDecoder().decode(buffer);
    __classPrivateFieldGet(this, _StringTable_positions, "f").set(string, this.strings.push(string) - 1);
    __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeStringFromUtf8(buffer));
  }
};
_StringTable_encodings = /* @__PURE__ */ new WeakMap(), _StringTable_positions = /* @__PURE__ */ new WeakMap();
function decode(buffer, decoder) {
  const data = {};
  let index = 0;
  while (index < buffer.length) {
    const field = buffer[index] >> 3;
    const mode = buffer[index] & 7;
    index++;
    const { offset, value } = getValue(mode, buffer.subarray(index));
    index += value.length + offset;
    decoder(data, field, value);
  }
  return data;
}
var ValueType = class _ValueType {
  static create(data) {
    return data instanceof _ValueType ? data : new _ValueType(data);
  }
  constructor(data) {
    this.type = data.type || 0;
    this.unit = data.unit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.type);
    total += measureNumberField(this.unit);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.type) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.type);
    }
    if (this.unit) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.unit);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.type = decodeNumber(buffer);
        break;
      case 2:
        data.unit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Label = class _Label {
  static create(data) {
    return data instanceof _Label ? data : new _Label(data);
  }
  constructor(data) {
    this.key = data.key || 0;
    this.str = data.str || 0;
    this.num = data.num || 0;
    this.numUnit = data.numUnit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.key);
    total += measureNumberField(this.str);
    total += measureNumberField(this.num);
    total += measureNumberField(this.numUnit);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.key) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.key);
    }
    if (this.str) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.str);
    }
    if (this.num) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.num);
    }
    if (this.numUnit) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.numUnit);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.key = decodeNumber(buffer);
        break;
      case 2:
        data.str = decodeNumber(buffer);
        break;
      case 3:
        data.num = decodeNumber(buffer);
        break;
      case 4:
        data.numUnit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Sample = class _Sample {
  static create(data) {
    return data instanceof _Sample ? data : new _Sample(data);
  }
  constructor(data) {
    this.locationId = data.locationId || [];
    this.value = data.value || [];
    this.label = (data.label || []).map(Label.create);
  }
  get length() {
    let total = 0;
    total += measureNumberArrayField(this.locationId);
    total += measureNumberArrayField(this.value);
    total += measureLengthDelimArrayField(this.label);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.locationId.length) {
      buffer[offset++] = 10;
      offset = encodeNumber(buffer, offset, measureArray(this.locationId));
      for (const locationId of this.locationId) {
        offset = encodeNumber(buffer, offset, locationId);
      }
    }
    if (this.value.length) {
      buffer[offset++] = 18;
      offset = encodeNumber(buffer, offset, measureArray(this.value));
      for (const value of this.value) {
        offset = encodeNumber(buffer, offset, value);
      }
    }
    for (const label of this.label) {
      buffer[offset++] = 26;
      offset = encodeNumber(buffer, offset, label.length);
      offset = label._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.locationId = pushAll(decodeNumbers(buffer), data.locationId);
        break;
      case 2:
        data.value = pushAll(decodeNumbers(buffer), data.value);
        break;
      case 3:
        data.label = push(Label.decode(buffer), data.label);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Mapping = class _Mapping {
  static create(data) {
    return data instanceof _Mapping ? data : new _Mapping(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.memoryStart = data.memoryStart || 0;
    this.memoryLimit = data.memoryLimit || 0;
    this.fileOffset = data.fileOffset || 0;
    this.filename = data.filename || 0;
    this.buildId = data.buildId || 0;
    this.hasFunctions = !!data.hasFunctions;
    this.hasFilenames = !!data.hasFilenames;
    this.hasLineNumbers = !!data.hasLineNumbers;
    this.hasInlineFrames = !!data.hasInlineFrames;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.memoryStart);
    total += measureNumberField(this.memoryLimit);
    total += measureNumberField(this.fileOffset);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.buildId);
    total += measureNumberField(this.hasFunctions ? 1 : 0);
    total += measureNumberField(this.hasFilenames ? 1 : 0);
    total += measureNumberField(this.hasLineNumbers ? 1 : 0);
    total += measureNumberField(this.hasInlineFrames ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.memoryStart) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.memoryStart);
    }
    if (this.memoryLimit) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.memoryLimit);
    }
    if (this.fileOffset) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.fileOffset);
    }
    if (this.filename) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, this.filename);
    }
    if (this.buildId) {
      buffer[offset++] = 48;
      offset = encodeNumber(buffer, offset, this.buildId);
    }
    if (this.hasFunctions) {
      buffer[offset++] = 56;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasFilenames) {
      buffer[offset++] = 64;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasLineNumbers) {
      buffer[offset++] = 72;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasInlineFrames) {
      buffer[offset++] = 80;
      offset = encodeNumber(buffer, offset, 1);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.memoryStart = decodeNumber(buffer);
        break;
      case 3:
        data.memoryLimit = decodeNumber(buffer);
        break;
      case 4:
        data.fileOffset = decodeNumber(buffer);
        break;
      case 5:
        data.filename = decodeNumber(buffer);
        break;
      case 6:
        data.buildId = decodeNumber(buffer);
        break;
      case 7:
        data.hasFunctions = !!decodeNumber(buffer);
        break;
      case 8:
        data.hasFilenames = !!decodeNumber(buffer);
        break;
      case 9:
        data.hasLineNumbers = !!decodeNumber(buffer);
        break;
      case 10:
        data.hasInlineFrames = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Line = class _Line {
  static create(data) {
    return data instanceof _Line ? data : new _Line(data);
  }
  constructor(data) {
    this.functionId = data.functionId || 0;
    this.line = data.line || 0;
    this.column = data.column || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.functionId);
    total += measureNumberField(this.line);
    total += measureNumberField(this.column);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.functionId) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.functionId);
    }
    if (this.line) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.line);
    }
    if (this.column) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.column);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.functionId = decodeNumber(buffer);
        break;
      case 2:
        data.line = decodeNumber(buffer);
        break;
      case 3:
        data.column = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Location = class _Location {
  static create(data) {
    return data instanceof _Location ? data : new _Location(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.mappingId = data.mappingId || 0;
    this.address = data.address || 0;
    this.line = (data.line || []).map(Line.create);
    this.isFolded = !!data.isFolded;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.mappingId);
    total += measureNumberField(this.address);
    total += measureLengthDelimArrayField(this.line);
    total += measureNumberField(this.isFolded ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.mappingId) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.mappingId);
    }
    if (this.address) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.address);
    }
    for (const line of this.line) {
      buffer[offset++] = 34;
      offset = encodeNumber(buffer, offset, line.length);
      offset = line._encodeToBuffer(buffer, offset);
    }
    if (this.isFolded) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, 1);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.mappingId = decodeNumber(buffer);
        break;
      case 3:
        data.address = decodeNumber(buffer);
        break;
      case 4:
        data.line = push(Line.decode(buffer), data.line);
        break;
      case 5:
        data.isFolded = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Function = class _Function {
  static create(data) {
    return data instanceof _Function ? data : new _Function(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.name = data.name || 0;
    this.systemName = data.systemName || 0;
    this.filename = data.filename || 0;
    this.startLine = data.startLine || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.name);
    total += measureNumberField(this.systemName);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.startLine);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.name) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.name);
    }
    if (this.systemName) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.systemName);
    }
    if (this.filename) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.filename);
    }
    if (this.startLine) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, this.startLine);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.name = decodeNumber(buffer);
        break;
      case 3:
        data.systemName = decodeNumber(buffer);
        break;
      case 4:
        data.filename = decodeNumber(buffer);
        break;
      case 5:
        data.startLine = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Profile = class {
  constructor(data = {}) {
    this.sampleType = (data.sampleType || []).map(ValueType.create);
    this.sample = (data.sample || []).map(Sample.create);
    this.mapping = (data.mapping || []).map(Mapping.create);
    this.location = (data.location || []).map(Location.create);
    this.function = (data.function || []).map(Function.create);
    this.stringTable = data.stringTable || new StringTable();
    this.dropFrames = data.dropFrames || 0;
    this.keepFrames = data.keepFrames || 0;
    this.timeNanos = data.timeNanos || 0;
    this.durationNanos = data.durationNanos || 0;
    this.periodType = data.periodType ? ValueType.create(data.periodType) : void 0;
    this.period = data.period || 0;
    this.comment = data.comment || [];
    this.defaultSampleType = data.defaultSampleType || 0;
    this.docUrl = data.docUrl || 0;
  }
  get length() {
    let total = 0;
    total += measureLengthDelimArrayField(this.sampleType);
    total += measureLengthDelimArrayField(this.sample);
    total += measureLengthDelimArrayField(this.mapping);
    total += measureLengthDelimArrayField(this.location);
    total += measureLengthDelimArrayField(this.function);
    total += this.stringTable.encodedLength;
    total += measureNumberField(this.dropFrames);
    total += measureNumberField(this.keepFrames);
    total += measureNumberField(this.timeNanos);
    total += measureNumberField(this.durationNanos);
    total += measureLengthDelimField(this.periodType);
    total += measureNumberField(this.period);
    total += measureNumberArrayField(this.comment);
    total += measureNumberField(this.defaultSampleType);
    total += measureNumberField(this.docUrl);
    return total;
  }
  _encodeSampleTypesToBuffer(buffer, offset = 0) {
    for (const sampleType of this.sampleType) {
      buffer[offset++] = 10;
      offset = encodeNumber(buffer, offset, sampleType.length);
      offset = sampleType._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeSamplesToBuffer(buffer, offset = 0) {
    for (const sample of this.sample) {
      buffer[offset++] = 18;
      offset = encodeNumber(buffer, offset, sample.length);
      offset = sample._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeMappingsToBuffer(buffer, offset = 0) {
    for (const mapping of this.mapping) {
      buffer[offset++] = 26;
      offset = encodeNumber(buffer, offset, mapping.length);
      offset = mapping._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeLocationsToBuffer(buffer, offset = 0) {
    for (const location of this.location) {
      buffer[offset++] = 34;
      offset = encodeNumber(buffer, offset, location.length);
      offset = location._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeFunctionsToBuffer(buffer, offset = 0) {
    for (const fun of this.function) {
      buffer[offset++] = 42;
      offset = encodeNumber(buffer, offset, fun.length);
      offset = fun._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeBasicValuesToBuffer(buffer, offset = 0) {
    if (this.dropFrames) {
      buffer[offset++] = 56;
      offset = encodeNumber(buffer, offset, this.dropFrames);
    }
    if (this.keepFrames) {
      buffer[offset++] = 64;
      offset = encodeNumber(buffer, offset, this.keepFrames);
    }
    if (this.timeNanos) {
      buffer[offset++] = 72;
      offset = encodeNumber(buffer, offset, this.timeNanos);
    }
    if (this.durationNanos) {
      buffer[offset++] = 80;
      offset = encodeNumber(buffer, offset, this.durationNanos);
    }
    if (typeof this.periodType !== "undefined") {
      buffer[offset++] = 90;
      offset = encodeNumber(buffer, offset, this.periodType.length);
      offset = this.periodType._encodeToBuffer(buffer, offset);
    }
    if (this.period) {
      buffer[offset++] = 96;
      offset = encodeNumber(buffer, offset, this.period);
    }
    if (this.comment.length) {
      buffer[offset++] = 106;
      offset = encodeNumber(buffer, offset, measureArray(this.comment));
      for (const comment of this.comment) {
        offset = encodeNumber(buffer, offset, comment);
      }
    }
    if (this.defaultSampleType) {
      buffer[offset++] = 112;
      offset = encodeNumber(buffer, offset, this.defaultSampleType);
    }
    if (this.docUrl) {
      buffer[offset++] = 120;
      offset = encodeNumber(buffer, offset, this.docUrl);
    }
    return offset;
  }
  _encodeToBuffer(buffer, offset = 0) {
    offset = this._encodeSampleTypesToBuffer(buffer, offset);
    offset = this._encodeSamplesToBuffer(buffer, offset);
    offset = this._encodeMappingsToBuffer(buffer, offset);
    offset = this._encodeLocationsToBuffer(buffer, offset);
    offset = this._encodeFunctionsToBuffer(buffer, offset);
    offset = this.stringTable._encodeToBuffer(buffer, offset);
    offset = this._encodeBasicValuesToBuffer(buffer, offset);
    return offset;
  }
  async _encodeToBufferAsync(buffer, offset = 0) {
    offset = this._encodeSampleTypesToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeSamplesToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeMappingsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeLocationsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeFunctionsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this.stringTable._encodeToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeBasicValuesToBuffer(buffer, offset);
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  async encodeAsync(buffer = new Uint8Array(this.length)) {
    await this._encodeToBufferAsync(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.sampleType = push(ValueType.decode(buffer), data.sampleType);
        break;
      case 2:
        data.sample = push(Sample.decode(buffer), data.sample);
        break;
      case 3:
        data.mapping = push(Mapping.decode(buffer), data.mapping);
        break;
      case 4:
        data.location = push(Location.decode(buffer), data.location);
        break;
      case 5:
        data.function = push(Function.decode(buffer), data.function);
        break;
      case 6: {
        if (data.stringTable === void 0) {
          data.stringTable = new StringTable(emptyTableToken);
        }
        data.stringTable._decodeString(buffer);
        break;
      }
      case 7:
        data.dropFrames = decodeNumber(buffer);
        break;
      case 8:
        data.keepFrames = decodeNumber(buffer);
        break;
      case 9:
        data.timeNanos = decodeNumber(buffer);
        break;
      case 10:
        data.durationNanos = decodeNumber(buffer);
        break;
      case 11:
        data.periodType = ValueType.decode(buffer);
        break;
      case 12:
        data.period = decodeNumber(buffer);
        break;
      case 13:
        data.comment = pushAll(decodeNumbers(buffer), data.comment);
        break;
      case 14:
        data.defaultSampleType = decodeNumber(buffer);
        break;
      case 15:
        data.docUrl = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};

// src/profile/pprof.ts
var SECONDS_PER_UNIT = {
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9
};
var PREFERRED = ["cpu", "wall", "samples"];
function readPprof(bytes, source) {
  let decoded;
  try {
    const raw = bytes[0] === 31 && bytes[1] === 139 ? gunzipSync(bytes) : bytes;
    decoded = Profile.decode(raw);
  } catch (e) {
    throw new ProfileFormatError(source, `not a pprof profile (${e.message})`);
  }
  const str = (i) => decoded.stringTable.strings[Number(i)] ?? "";
  const types = decoded.sampleType.map((t) => ({ type: str(t.type), unit: str(t.unit) }));
  const periodUnit = decoded.periodType ? str(decoded.periodType.unit) : "";
  const weighable = types.map((t, index) => {
    if (SECONDS_PER_UNIT[t.unit] !== void 0)
      return { index, scale: SECONDS_PER_UNIT[t.unit], type: t.type };
    const periodScale = SECONDS_PER_UNIT[periodUnit];
    if (t.unit === "count" && periodScale !== void 0)
      return { index, scale: periodScale * Number(decoded.period), type: t.type };
    return void 0;
  }).filter((w) => w !== void 0).sort((a, b) => rank(a.type) - rank(b.type));
  const pick = weighable[0];
  if (!pick)
    throw new ProfileFormatError(
      source,
      `no sample type is a time (has ${types.map((t) => `${t.type}/${t.unit}`).join(", ") || "none"})`
    );
  const functions = new Map(decoded.function.map((f) => [Number(f.id), f]));
  const locations = /* @__PURE__ */ new Map();
  for (const loc of decoded.location) {
    const frames = loc.line.map((l) => {
      const fn = functions.get(Number(l.functionId));
      if (!fn)
        throw new ProfileFormatError(source, `location ${loc.id} refers to missing function ${l.functionId}`);
      return { name: str(fn.name) || "(unknown)", file: str(fn.filename), line: Number(l.line) };
    });
    if (frames.length === 0)
      frames.push({ name: `0x${BigInt(loc.address).toString(16)}`, file: "", line: 0 });
    locations.set(Number(loc.id), frames.reverse());
  }
  const stacks = [];
  for (const sample of decoded.sample) {
    const value = Number(sample.value[pick.index] ?? 0);
    if (value === 0) continue;
    const frames = [];
    for (let i = sample.locationId.length - 1; i >= 0; i--) {
      const id = Number(sample.locationId[i]);
      const loc = locations.get(id);
      if (!loc) throw new ProfileFormatError(source, `a sample refers to missing location ${id}`);
      frames.push(...loc);
    }
    stacks.push({ frames, weight: value * pick.scale });
  }
  return { source, stacks };
}
function rank(type) {
  const i = PREFERRED.indexOf(type);
  return i < 0 ? PREFERRED.length : i;
}

// src/profile/speedscope.ts
var SECONDS_PER_UNIT2 = {
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9
};
function readSpeedscope(data, source) {
  const file = data;
  if (!Array.isArray(file.shared?.frames) || !Array.isArray(file.profiles))
    throw new ProfileFormatError(source, "not a speedscope file: needs shared.frames and profiles");
  const frames = file.shared.frames.map((f, i) => {
    const sf = f;
    if (typeof sf?.name !== "string") throw new ProfileFormatError(source, `frame ${i} has no name`);
    return {
      name: sf.name,
      file: typeof sf.file === "string" ? sf.file : "",
      line: typeof sf.line === "number" ? sf.line : 0
    };
  });
  const frameAt = (i) => {
    const frame = typeof i === "number" ? frames[i] : void 0;
    if (!frame) throw new ProfileFormatError(source, `frame index ${String(i)} is out of range`);
    return frame;
  };
  const stacks = [];
  for (const [n, raw] of file.profiles.entries()) {
    const profile = raw;
    const scale = SECONDS_PER_UNIT2[String(profile.unit)];
    if (scale === void 0)
      throw new ProfileFormatError(
        source,
        `profile ${n} is in '${String(profile.unit)}', not a unit of time`
      );
    if (profile.type === "sampled") stacks.push(...sampled({ raw, scale, frameAt, source, n }));
    else if (profile.type === "evented") stacks.push(...evented({ raw, scale, frameAt, source, n }));
    else
      throw new ProfileFormatError(
        source,
        `profile ${n} is of type '${String(profile.type)}', not sampled or evented`
      );
  }
  return { source, stacks };
}
function sampled({ raw, scale, frameAt, source, n }) {
  const { samples, weights } = raw;
  if (!Array.isArray(samples) || !Array.isArray(weights) || samples.length !== weights.length)
    throw new ProfileFormatError(source, `sampled profile ${n} needs samples and weights of equal length`);
  return samples.map((stack, i) => {
    if (!Array.isArray(stack))
      throw new ProfileFormatError(source, `sample ${i} of profile ${n} is not a list`);
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0)
      throw new ProfileFormatError(source, `weight ${i} of profile ${n} is not a non-negative number`);
    return { frames: stack.map(frameAt), weight: w * scale };
  });
}
function evented({ raw, scale, frameAt, source, n }) {
  const { events } = raw;
  if (!Array.isArray(events)) throw new ProfileFormatError(source, `evented profile ${n} has no events`);
  const open = [];
  const stacks = [];
  let last;
  for (const [i, e] of events.entries()) {
    const { type, at, frame } = e;
    if (typeof at !== "number" || last !== void 0 && at < last)
      throw new ProfileFormatError(source, `event ${i} of profile ${n} has no time or goes back in time`);
    if (last !== void 0 && at > last && open.length > 0)
      stacks.push({ frames: [...open], weight: (at - last) * scale });
    last = at;
    if (type === "O") open.push(frameAt(frame));
    else if (type === "C") {
      if (open.pop() !== frameAt(frame))
        throw new ProfileFormatError(
          source,
          `event ${i} of profile ${n} closes a frame that is not the innermost open one`
        );
    } else throw new ProfileFormatError(source, `event ${i} of profile ${n} is neither O nor C`);
  }
  if (open.length > 0)
    throw new ProfileFormatError(source, `profile ${n} ends with ${open.length} frames still open`);
  return stacks;
}

// src/profile/v8.ts
var V8_ROOT = "(root)";
function v8Frame(callFrame) {
  return {
    name: callFrame.functionName || "(anonymous)",
    file: callFrame.url,
    line: callFrame.lineNumber < 0 ? 0 : callFrame.lineNumber + 1
  };
}
var IDLE = "(idle)";
function isV8Node(n) {
  if (typeof n !== "object" || n === null) return false;
  const { id, callFrame } = n;
  return typeof id === "number" && typeof callFrame === "object" && callFrame !== null && typeof callFrame.functionName === "string" && typeof callFrame.url === "string" && typeof callFrame.lineNumber === "number";
}
function readV8CpuProfile(data, source, slices) {
  const p = data;
  if (!Array.isArray(p.nodes) || !Array.isArray(p.samples) || !Array.isArray(p.timeDeltas))
    throw new ProfileFormatError(source, "not a V8 .cpuprofile: needs nodes, samples and timeDeltas arrays");
  if (p.samples.length !== p.timeDeltas.length)
    throw new ProfileFormatError(
      source,
      `samples (${p.samples.length}) and timeDeltas (${p.timeDeltas.length}) differ in length`
    );
  const nodes = /* @__PURE__ */ new Map();
  for (const n of p.nodes) {
    if (!isV8Node(n))
      throw new ProfileFormatError(source, "a node lacks id or callFrame {functionName, url, lineNumber}");
    nodes.set(n.id, n);
  }
  const parents = /* @__PURE__ */ new Map();
  for (const n of nodes.values()) for (const c of n.children ?? []) parents.set(c, n.id);
  const stackCache = /* @__PURE__ */ new Map();
  const stackOf = (id) => {
    const cached = stackCache.get(id);
    if (cached) return cached;
    const frames = [];
    for (let at = id; at !== void 0; at = parents.get(at) ?? nodes.get(at)?.parent) {
      const node = nodes.get(at);
      if (!node) throw new ProfileFormatError(source, `sample or parent refers to missing node ${at}`);
      if (node.callFrame.functionName === V8_ROOT) break;
      frames.push(v8Frame(node.callFrame));
      if (frames.length > nodes.size) throw new ProfileFormatError(source, "the call tree has a cycle");
    }
    frames.reverse();
    stackCache.set(id, frames);
    return frames;
  };
  const times = [];
  let t = typeof p.startTime === "number" ? p.startTime : 0;
  for (const d of p.timeDeltas) {
    if (typeof d !== "number" || !Number.isFinite(d))
      throw new ProfileFormatError(source, "a timeDelta is not a number");
    t += d;
    times.push(t);
  }
  const end = typeof p.endTime === "number" ? p.endTime : t;
  const weights = /* @__PURE__ */ new Map();
  p.samples.forEach((id, i) => {
    if (typeof id !== "number") throw new ProfileFormatError(source, "a sample is not a node id");
    const next = i + 1 < times.length ? times[i + 1] : end;
    const micros2 = Math.max(0, next - times[i]);
    if (slices && Math.floor((times[i] - times[0]) / (slices.sliceSeconds * 1e6)) % 2 !== slices.parity)
      return;
    weights.set(id, (weights.get(id) ?? 0) + micros2);
  });
  const stacks = [];
  for (const [id, micros2] of weights) {
    const frames = stackOf(id);
    if (frames.length === 0 || micros2 === 0 || frames[frames.length - 1]?.name === IDLE) continue;
    stacks.push({ frames, weight: micros2 / 1e6 });
  }
  return { source, stacks };
}

// src/profile/read.ts
async function readProfile(path, options = {}) {
  const source = basename2(path);
  let bytes;
  try {
    bytes = await readFile3(path);
  } catch (e) {
    throw new ProfileFormatError(
      path,
      `cannot read the profile (${e.code ?? e.message})`
    );
  }
  if (bytes.length === 0) throw new ProfileFormatError(path, "the profile is empty");
  return parseProfileBytes(bytes, source, options);
}
function parseProfileBytes(bytes, source, options = {}) {
  if (bytes[0] === 31 && bytes[1] === 139) {
    try {
      return parseProfileBytes(gunzipSync2(bytes), source, options);
    } catch (e) {
      if (e instanceof ProfileFormatError) throw e;
      throw new ProfileFormatError(source, `not a valid gzip file (${e.message})`);
    }
  }
  const text = Buffer.from(bytes).toString("utf8");
  const start = text.trimStart()[0];
  if (start === "{") {
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ProfileFormatError(source, `invalid JSON (${e.message})`);
    }
    if ("shared" in data || "profiles" in data) return readSpeedscope(data, source);
    return readV8CpuProfile(data, source);
  }
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text.slice(0, 512))) return readPprof(bytes, source);
  if (options.foldedSampleSeconds === void 0)
    throw new ProfileFormatError(
      source,
      "folded stacks count samples: give the sampling interval to turn them into time"
    );
  return readFolded(text, source, options.foldedSampleSeconds);
}

// src/profile/scrub.ts
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
function scrubProfileJson(value, root) {
  if (Array.isArray(value)) for (const item of value) scrubProfileJson(item, root);
  else if (typeof value === "object" && value !== null) {
    const o = value;
    const frame = o.callFrame;
    if (typeof frame?.url === "string") frame.url = scrubUrl(frame.url, root);
    if (typeof o.file === "string" && typeof o.name === "string") o.file = scrubUrl(o.file, root);
    for (const child of Object.values(o)) if (typeof child === "object") scrubProfileJson(child, root);
  }
  return value;
}
function scrubProfileFiles(profile, root) {
  const scrubbed = /* @__PURE__ */ new Map();
  const file = (f) => {
    let s = scrubbed.get(f);
    if (s === void 0) {
      s = f === "" ? "" : scrubUrl(f, root);
      scrubbed.set(f, s);
    }
    return s;
  };
  return {
    source: profile.source,
    stacks: profile.stacks.map((st) => ({
      weight: st.weight,
      frames: st.frames.map((f) => ({ ...f, file: file(f.file) }))
    }))
  };
}
function scrubUrl(url, root) {
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (!isAbsolute(path)) return url;
  const rel = relative(root, path);
  if (!rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return `\u2026/${path.split(sep).slice(-2).join("/")}`;
}

// src/profile/table.ts
var WHERE_ROWS = 5;
var NOISE_UNKNOWN = "The noise of this diff was not measured (only V8 profiles can be split into two halves of one run).";
var signed = (x, format) => `${x > 0 ? "+" : x < 0 ? "\u2212" : "\xB1"}${format(Math.abs(x))}`;
function row(c, format, noise) {
  const where = c.frame.file === "" ? "" : ` <sub>${escapeMarkdown(`${c.frame.file}:${c.frame.line}`)}</sub>`;
  const withinNoise = noise && Math.abs(c.selfChange) <= noise.selfPerRequest ? " (noise)" : "";
  return `| <code>${escapeMarkdown(c.frame.name)}</code>${where} | ${format(c.base.self)} \u2192 ${format(c.pr.self)} | ${signed(c.selfChange, format)}${withinNoise} |`;
}
function additionsTable(heading, column, changes, format, none, noise) {
  const top = changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const lines = [`#### ${heading}`, ""];
  if (top.length === 0) lines.push(none);
  else
    lines.push(
      `| Function | ${column} | Change |`,
      "|---|---|---|",
      ...top.map((c) => row(c, format, noise))
    );
  return lines;
}
function renderWhereTheTimeWent(diff, noise) {
  const lines = additionsTable(
    "Where the time went",
    "Self time per request, base \u2192 PR",
    diff.changes,
    formatSeconds,
    "No function spent more time per request in the PR.",
    noise
  );
  lines.push("", escapeMarkdown(noise?.statement ?? NOISE_UNKNOWN));
  return `${lines.join("\n")}
`;
}
function renderWhereTheMemoryWent(diff) {
  const lines = additionsTable(
    "Where the memory went",
    "Allocated per request (sampled), base \u2192 PR",
    diff.changes,
    formatBytes,
    "No allocation site allocated more per request in the PR."
  );
  return `${lines.join("\n")}
`;
}

// src/profile/v8-heap.ts
function isHeapNode(n) {
  if (typeof n !== "object" || n === null) return false;
  const { callFrame, selfSize, children } = n;
  return typeof callFrame === "object" && callFrame !== null && typeof callFrame.functionName === "string" && typeof callFrame.url === "string" && typeof callFrame.lineNumber === "number" && typeof selfSize === "number" && Array.isArray(children);
}
function readV8HeapProfile(data, source) {
  const head = data.head;
  if (!isHeapNode(head))
    throw new ProfileFormatError(
      source,
      "not a V8 .heapprofile: needs a head node {callFrame, selfSize, children}"
    );
  const stacks = [];
  const open = [{ node: head, frames: [] }];
  for (let next = open.pop(); next !== void 0; next = open.pop()) {
    const { node, frames: above } = next;
    const frames = node.callFrame.functionName === V8_ROOT ? above : [...above, v8Frame(node.callFrame)];
    if (node.selfSize > 0 && frames.length > 0) stacks.push({ frames, weight: node.selfSize });
    for (const child of node.children) {
      if (!isHeapNode(child))
        throw new ProfileFormatError(
          source,
          "a node lacks callFrame {functionName, url, lineNumber}, selfSize or children"
        );
      open.push({ node: child, frames });
    }
  }
  return { source, stacks };
}

// src/profile/write.ts
function frameIndex(profile) {
  const index = /* @__PURE__ */ new Map();
  const frames = [];
  for (const s of profile.stacks)
    for (const f of s.frames) {
      const key = functionKey(f);
      if (!index.has(key)) {
        index.set(key, frames.length);
        frames.push(f);
      }
    }
  return { frames, indexOf: (f) => index.get(functionKey(f)) };
}
function formatSpeedscope(profile) {
  const { frames, indexOf } = frameIndex(profile);
  const total = profile.stacks.reduce((sum, s) => sum + s.weight, 0);
  return {
    $schema: "https://www.speedscope.app/file-format-schema.json",
    shared: {
      frames: frames.map(
        (f) => f.file === "" ? { name: f.name } : { name: f.name, file: f.file, line: f.line }
      )
    },
    profiles: [
      {
        type: "sampled",
        name: profile.source,
        unit: "seconds",
        startValue: 0,
        endValue: total,
        samples: profile.stacks.map((s) => s.frames.map(indexOf)),
        weights: profile.stacks.map((s) => s.weight)
      }
    ],
    exporter: "perf-gate"
  };
}

// src/measure/profiling-pair.ts
var NOISE_SLICE_SECONDS = 0.2;
var DIFF_JSON_ROWS = 50;
async function profilePair(measurer, services, measurement, settings, logger) {
  const started = performance.now();
  const warnings = [];
  await mkdir2(settings.dir, { recursive: true });
  const { read, loadSeconds } = await runProfiled(measurer, services, measurement, settings, logger);
  const summary = (rest) => {
    const seconds = (performance.now() - started) / 1e3;
    return {
      reason: settings.reason,
      top: [],
      files: [],
      warnings,
      seconds,
      overheadSeconds: seconds - loadSeconds,
      pairSeconds: 2 * (typicalRunSeconds(measurement) + measurer.warmupSeconds),
      ...rest
    };
  };
  const sides = {};
  const files = [];
  for (const side of ["base", "pr"]) {
    try {
      const r = await read[side];
      sides[side] = r.profile;
      files.push(...r.files);
    } catch (error) {
      warnings.push(error.message);
    }
  }
  for (const w of warnings) logger.warning(`profiling: ${w}`);
  if (!sides.base || !sides.pr) return summary({ files });
  return summary(await writeDiff(sides.base, sides.pr, settings, files, { warnings, logger }));
}
async function runProfiled(measurer, services, measurement, settings, logger) {
  const runSeconds = Math.max(1, Math.ceil(typicalRunSeconds(measurement) + measurer.profileWarmupSeconds));
  const order = settings.random() < 0.5 ? ["base", "pr"] : ["pr", "base"];
  logger.info(
    `perf-gate: profiling (${settings.reason}): one more pair (${order.join(", ")}) with ${settings.command === void 0 ? "the built-in Node profiler" : "profile-command"}; it does not change the verdict`
  );
  let loadSeconds = 0;
  const read = {};
  for (const side of order) {
    const profiler = await startProfiler(side, services[side], runSeconds, settings);
    const runStarted = performance.now();
    const run = await measurer.run({
      targetUrl: services[side].url,
      index: measurement.candidate.length + 1,
      total: measurement.candidate.length + 1,
      label: `${SIDE_LABEL[side]}, profiled`,
      side,
      purpose: "profile"
    });
    loadSeconds += (performance.now() - runStarted) / 1e3;
    const requests = requestsWhileProfiled(run, measurer.profileWarmupSeconds);
    read[side] = profiler.stop().then((written) => written(requests));
    read[side].catch(() => {
    });
  }
  return { read, loadSeconds };
}
async function writeDiff(base, pr, settings, files, report) {
  const diff = diffProfiles(base.side, pr.side);
  const noise = noiseOf(base, pr);
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const heap = heapDiff(base, pr, report.warnings, report.logger);
  const requests = { base: base.side.requests, pr: pr.side.requests };
  const diffJson = {
    reason: settings.reason,
    requests,
    noise: noise ?? null,
    changes: largestChanges(diff),
    ...heap ? { allocations: largestChanges(heap) } : {}
  };
  const outputs = [
    ["diff.json", `${JSON.stringify(diffJson, null, 2)}
`],
    ["flame.svg", renderDiffFlameGraph(base.side, pr.side, "base \u2192 PR, time per request")],
    [
      "where-the-time-went.md",
      renderWhereTheTimeWent({ changes: top }, noise) + (heap ? `
${renderWhereTheMemoryWent(heap)}` : "")
    ]
  ];
  for (const [name, text] of outputs) {
    await writeFile2(join7(settings.dir, name), maskSecrets(text, settings.secrets));
    files.push(name);
  }
  return {
    top,
    ...noise ? { noise } : {},
    ...heap ? { allocations: heap.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS) } : {},
    requests,
    files
  };
}
var largestChanges = (diff) => [...diff.changes].sort((a, b) => Math.abs(b.selfChange) - Math.abs(a.selfChange)).slice(0, DIFF_JSON_ROWS);
function heapDiff(base, pr, warnings, logger) {
  if (base.heap && pr.heap) return diffProfiles(base.heap, pr.heap);
  if (!base.heap && !pr.heap) return void 0;
  const warning = `only the ${SIDE_LABEL[base.heap ? "base" : "pr"]} wrote a heap profile: no allocation diff`;
  warnings.push(warning);
  logger.warning(`profiling: ${warning}`);
  return void 0;
}
async function startProfiler(side, service, seconds, settings) {
  const dir = settings.raw[side];
  if (settings.command === void 0) {
    const pids = await startNodeProfiling(dir, settings.heap);
    return {
      stop: async () => {
        if (pids.length === 0) throw new Error(noNodeProfile(side));
        const written = await stopNodeProfiling(dir, pids, settings.heap);
        if (written.cpu.length === 0) throw new Error(noNodeProfile(side));
        return (requests) => readNodeProfiles(side, written, settings, requests);
      }
    };
  }
  await mkdir2(dir, { recursive: true });
  const out = join7(dir, "profile");
  const profiler = startProfileCommand(
    settings.command,
    { pid: await serviceProcess(service.pid), seconds, out },
    { cwd: settings.roots[side], env: process.env }
  );
  return {
    stop: async () => {
      const ended = await profiler.finished();
      return (requests) => readCommandProfile(side, out, settings, requests, ended.problem);
    }
  };
}
var noNodeProfile = (side) => `the ${SIDE_LABEL[side]} wrote no CPU profile: the built-in profiler works for Node services only (loaded through NODE_OPTIONS, which the start command must pass on to node); for other languages set profile-command (docs/profiling.md)`;
function typicalRunSeconds(m) {
  const runs = [...m.baseline ?? [], ...m.candidate];
  return runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1e3, 0) / Math.max(1, runs.length);
}
function requestsWhileProfiled(run, warmupSeconds) {
  const window = (run.endMs - run.startMs) / 1e3;
  const requests = measuredRequests(run).requests;
  return window > 0 ? requests * ((window + warmupSeconds) / window) : requests;
}
function noiseOf(base, pr) {
  if (!base.halves || !pr.halves) return void 0;
  const a = measureNoise(...base.halves);
  const b = measureNoise(...pr.halves);
  const worst = a.selfPerRequest >= b.selfPerRequest ? a : b;
  return {
    ...worst,
    statement: worst.statement.replace(
      "Two profiles of the same build",
      `Two halves of one build's profile (alternate ${NOISE_SLICE_SECONDS * 1e3} ms slices)`
    )
  };
}
var merge = (source, profiles) => ({
  source,
  stacks: profiles.flatMap((p) => p.stacks)
});
async function readNodeProfiles(side, written, settings, requests) {
  const files = [];
  const whole = [];
  const heaps = [];
  const halves = [[], []];
  for (const [kind, paths] of [
    ["cpuprofile", written.cpu],
    ["heapprofile", written.heap]
  ]) {
    for (const [i, path] of paths.entries()) {
      const name = `${side}${paths.length > 1 ? `-${i + 1}` : ""}.${kind}`;
      const raw = JSON.parse(await readFile4(path, "utf8"));
      const json = scrubProfileJson(
        kind === "cpuprofile" ? withoutPreloadSamples(raw) : raw,
        settings.roots[side]
      );
      await writeFile2(join7(settings.dir, name), maskSecrets(JSON.stringify(json), settings.secrets));
      files.push(name);
      if (kind === "heapprofile") {
        heaps.push(readV8HeapProfile(json, name));
        continue;
      }
      whole.push(readV8CpuProfile(json, name));
      for (const parity of [0, 1])
        halves[parity].push(readV8CpuProfile(json, name, { sliceSeconds: NOISE_SLICE_SECONDS, parity }));
    }
  }
  const half = (profiles) => ({
    profile: merge(side, profiles),
    requests: requests / 2
  });
  return {
    profile: {
      side: { profile: merge(side, whole), requests },
      halves: [half(halves[0]), half(halves[1])],
      ...heaps.length > 0 ? { heap: { profile: merge(side, heaps), requests } } : {}
    },
    files
  };
}
async function readCommandProfile(side, out, settings, requests, problem) {
  const size = await stat3(out).then(
    (s) => s.size,
    () => void 0
  );
  if (size === void 0 || size === 0) {
    throw new Error(
      `profile-command wrote ${size === void 0 ? "no" : "an empty"} profile for the ${SIDE_LABEL[side]}${problem ? ` (${problem})` : ""}: check that the profiler is installed and allowed to attach (perf: kernel.perf_event_paranoid \u2264 1 or CAP_PERFMON; py-spy: ptrace, e.g. run as root or with CAP_SYS_PTRACE) and that the command writes to {out}`
    );
  }
  const profile = scrubProfileFiles(await readProfile(out), settings.roots[side]);
  const name = `${side}.speedscope.json`;
  await writeFile2(
    join7(settings.dir, name),
    maskSecrets(JSON.stringify(formatSpeedscope({ ...profile, source: name })), settings.secrets)
  );
  return { profile: { side: { profile: { ...profile, source: side }, requests } }, files: [name] };
}

// src/measure/with-services.ts
var PROFILE_RAW = "raw";
async function measureWithServices(measurer, config, where, seed, builds) {
  const service = config.service;
  if (service === void 0) {
    const watch = await watchGivenServices(config);
    const { needMore } = builds;
    return await measureAsConfigured(measurer, { ...config, seed, watch, ...needMore ? { needMore } : {} });
  }
  const { profiling } = builds;
  if (profiling !== void 0) await rm3(profiling.dir, { recursive: true, force: true });
  try {
    return await withServiceSession(
      service,
      where.logger,
      (session) => measureStarted(session, measurer, config, where, seed, builds)
    );
  } finally {
    if (profiling !== void 0) await rm3(join8(profiling.dir, PROFILE_RAW), { recursive: true, force: true });
  }
}
var rawDir = (profiling, side) => join8(profiling?.dir ?? "", PROFILE_RAW, side);
async function profilerEnv(profiling, side) {
  const builtIn = profiling !== void 0 && profiling.settings.mode !== "never" && profiling.settings.command === void 0;
  return builtIn ? await nodeProfilerEnv(rawDir(profiling, side), process.env.NODE_OPTIONS) : {};
}
async function measureStarted(session, measurer, config, where, seed, { baseSha, confirm, profiling, needMore }) {
  const launchBase = async (sha) => await session.launch(
    "base",
    await session.checkout(where.workspace, sha, worktreePathFor(where.workspace)),
    await profilerEnv(profiling, "base")
  );
  let base = baseSha === void 0 || confirm !== void 0 ? void 0 : await launchBase(baseSha);
  const pr = await session.launch("pr", where.workspace, await profilerEnv(profiling, "pr"));
  const watch = {
    sources: {
      pr: processTreeSource(pr.pid),
      ...base ? { base: processTreeSource(base.pid) } : {}
    },
    generator: processTreeSource(process.pid, () => new Set(session.pids)),
    check: () => session.assertRunning()
  };
  const measure = (baselineTargetUrl) => measureAsConfigured(measurer, {
    runs: config.runs,
    ...config.maxRuns !== void 0 ? { maxRuns: config.maxRuns } : {},
    ...needMore ? { needMore } : {},
    targetUrl: pr.url,
    baselineTargetUrl,
    seed,
    watch
  });
  let measurement = await measure(base?.url);
  const reason = base === void 0 ? confirm?.({ measurer, measurement }) : void 0;
  if (baseSha !== void 0 && reason !== void 0) {
    where.logger.info(`perf-gate: ${reason}: confirming it in the same job with the base build`);
    base = await launchBase(baseSha);
    watch.sources.base = processTreeSource(base.pid);
    measurement = { ...await measure(base.url), cachedFirst: measurement };
  }
  if (profiling === void 0 || profiling.settings.mode === "never") return measurement;
  if (base === void 0) {
    if (profiling.settings.mode === "always")
      where.logger.info(
        "perf-gate: no profiling pair: it needs both builds running (start, on a pull request or with --base-ref)"
      );
    return measurement;
  }
  const profile = await profileWhenCalled(
    session,
    measurer,
    { base, pr },
    measurement,
    profiling,
    seed,
    where
  );
  return profile === void 0 ? measurement : { ...measurement, profile };
}
async function profileWhenCalled(session, measurer, services, measurement, profiling, seed, where) {
  const call = profiling.call(measurement);
  if (call === void 0) return void 0;
  const pair2 = {
    ...profiling.settings,
    ...call,
    dir: profiling.dir,
    raw: { base: rawDir(profiling, "base"), pr: rawDir(profiling, "pr") },
    roots: { base: session.checkoutOf("base"), pr: session.checkoutOf("pr") },
    secrets: profiling.secrets,
    random: mulberry32(seed + 1).next
  };
  const started = performance.now();
  try {
    return await profilePair(measurer, services, measurement, pair2, where.logger);
  } catch (error) {
    const warning = `the profiling pair failed: ${error.message}`;
    where.logger.warning(`profiling: ${warning}`);
    const seconds = (performance.now() - started) / 1e3;
    return { reason: call.reason, top: [], files: [], warnings: [warning], seconds };
  }
}
async function watchGivenServices(config) {
  const { pr, base } = config.resources;
  if (pr === void 0 && base === void 0) return void 0;
  return {
    sources: {
      ...pr ? { pr: await sourceFor(pr) } : {},
      ...base ? { base: await sourceFor(base) } : {}
    },
    generator: processTreeSource(process.pid)
  };
}

// src/measure/from-config.ts
function measurerSettingsOf(config, place) {
  return {
    script: config.script,
    warmupSeconds: config.warmupSeconds,
    outDir: place.outDir,
    logger: place.logger,
    k6: {
      ...config.k6,
      apiUrl: place.apiUrl,
      token: place.token,
      env: config.env,
      targetEnv: config.targetEnv,
      ...place.processEnv ? { processEnv: place.processEnv } : {}
    },
    tools: config.tools,
    loadModel: config.loadModel,
    secrets: secretsOf({ secrets: config.secrets, token: place.token })
  };
}
async function recordedStep(config) {
  const runs = (await readRecordedRuns(config.results, {
    warmupSeconds: config.warmupSeconds,
    targetUrl: config.targetUrl
  })).map((run) => maskRunSecrets(withLoadModelInput(run, config.loadModel), secretsOf(config)));
  return {
    measurer: { engine: "k6", scriptHash: await recordedScriptHash(config.script) },
    // (the load generator ran elsewhere; what the report must say about these runs is whether one was cut)
    measurement: { candidate: runs, generatorWarnings: cutFileNotes(runs) }
  };
}
async function prepareMeasuring(config, setup) {
  if (config.results.length > 0) return () => recordedStep(config);
  const measurer = await setup.createMeasurer(config.engine, measurerSettingsOf(config, setup));
  const where = { workspace: setup.workspace, logger: setup.logger };
  return async (seed, builds = {}) => ({
    measurer,
    measurement: await measureWithServices(measurer, config, where, seed, builds)
  });
}

// src/posting/markers.ts
var PREFIX = {
  comment: "perf-gate",
  "tracking-issue": "perf-gate-drift"
};
function marker(kind, scenarioId) {
  const id = scenarioId.trim();
  const problem = id === "" ? "it is empty" : /[\r\n]/.test(id) ? "it contains a line break" : id.includes("--") || id.includes(">") || id.includes("<") ? 'it contains "--", "<" or ">", which cannot appear inside an HTML comment' : void 0;
  if (problem) {
    throw new Error(`scenario id ${JSON.stringify(scenarioId)} cannot mark a GitHub ${kind}: ${problem}`);
  }
  return `<!-- ${PREFIX[kind]}:${id} -->`;
}
function withMarker(markerText, body2) {
  return `${markerText}
${body2}`;
}
function hasMarker(body2, markerText) {
  return body2?.includes(markerText) ?? false;
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
    return ` (${group.length > 1 ? "worst: " : ""}${label} ${formatChange2(m.change, m.changeKind)}${runs})`;
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
        return `SLO breached ${times} (${sanitize.plain(nameOfId(first.seriesId), NAME_MAX2)} ${metricLabel(first.spec.metric)} ${formatValue2(first.estimate, unit)} ${sign} ${formatValue2(first.spec.limit, unit)})`;
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

// src/report/markdown-blocks.ts
function table(header, rows, align) {
  const rule = header.map((_, i) => align?.[i] === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}
function details(summary, body2) {
  return `<details><summary>${summary}</summary>

${body2}

</details>`;
}
function alert(kind, paragraphs) {
  return [`> [!${kind}]`, ...paragraphs.flatMap((p, i) => i === 0 ? [`> ${p}`] : [">", `> ${p}`])].join(
    "\n"
  );
}
function bullets(items) {
  return items.map((i) => `- ${i}`).join("\n");
}
function capped(items, max) {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `\u2026and ${items.length - max} more`];
}
function commitRef(sha, escapeText) {
  return /^[0-9a-f]{4,40}$/i.test(sha) ? `\`${sha}\`` : escapeText(sha);
}

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

// src/report/fit-to-limit.ts
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
var CUT_NOTICE = "\n\n_\u2026report cut here to stay within GitHub\u2019s size limit._\n";
function fitToLimit(render, limitBytes, foldNote2, seriesCount) {
  const full = render({ detail: true });
  if (byteLength(full) <= limitBytes) return full;
  const folded = (maxSeries) => render({ detail: false, foldNote: foldNote2, maxSeries });
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
    (s) => `**Service, ${s.side}:** ${formatValue2(s.cpuPerRequestMs, "ms")} CPU per request, ${significant(s.cores)} of ${s.cpuCount} cores, peak RSS ${formatValue2(s.peakRssMb, "MB")} (${s.rssGrowthMbPerSecond >= 0 ? "+" : "\u2212"}${significant(Math.abs(s.rssGrowthMbPerSecond))} MB/s), load generator ${significant(s.generatorCores)} cores \u2014 ${view.sanitize.md(s.bottleneck)}`
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
  return `${slo.spec.metric === "throughput" ? "\u2265" : "\u2264"} ${formatValue2(slo.spec.limit, unit)}`;
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
    const range = `[${formatValue2(r.interval[0], unit)}, ${formatValue2(r.interval[1], unit)}]`;
    return [
      view.sanitize.md(view.nameOfId(r.seriesId), NAME_MAX),
      metricLabel(r.spec.metric),
      sloLimit(r),
      `${formatValue2(r.estimate, unit)} ${range}`,
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

// src/report/sections/method.ts
function pairsTable(view, pairs) {
  const rows = pairs.ratios.map((r, i) => [
    String(i + 1),
    view.sanitize.md(pairs.orders[i] ?? "?"),
    Number.isFinite(r) ? r.toFixed(3) : "n/a",
    formatChange2(r - 1, "relative")
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
  return `\u{1F4C8} **Drift:** ${what} shifted ${formatChange2(d.change, "relative")}${interval} over the last ${d.window} nightlies${since}.`;
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
      formatValue2(m.baseline, m.unit),
      formatValue2(m.candidate, m.unit),
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
      formatValue2(m.baseline, m.unit),
      formatValue2(m.candidate, m.unit),
      formatChange2(m.change, m.changeKind),
      `${formatInterval(m.interval, m.changeKind)} at ${formatPercent(m.confidence, 2)}`,
      `\xB1${formatChange2(m.tolerance, m.changeKind).replace(/^\+/, "")}`,
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

// src/report/comment.ts
var commentMarker = (scenarioId) => marker("comment", scenarioId);
function foldNote(ctx) {
  return ctx.runUrl ? `Full report in the job summary: [workflow run](${ctx.runUrl})` : "Full report in the job summary of this workflow run.";
}
function renderCommentBody(ctx) {
  assertRenderable(ctx);
  const room = BODY_MAX_CHARS - byteLength(withMarker(commentMarker(ctx.scenario.id), ""));
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    room,
    foldNote(ctx),
    ctx.comparison?.series.length ?? 0
  );
}

export {
  collectEnvironment,
  CHECK_RUN_SUMMARY_MAX_BYTES,
  BODY_MAX_CHARS,
  truncateToLimit,
  oneLine,
  checkRunTitle,
  marker,
  withMarker,
  hasMarker,
  maskSecrets,
  createMeasurer,
  VERSION,
  assertRenderable,
  SAVED_REPORT_FILE,
  measuredRunsOf,
  savedReportJson,
  SavedReportError,
  readSavedReport,
  METRIC_ORDER,
  metricLabel,
  metricFigures,
  capitalize,
  formatValue2 as formatValue,
  formatChange2 as formatChange,
  formatChangeWithInterval,
  formatAge,
  formatDate,
  shortSha,
  metricOutcomeText,
  orderedMetrics,
  escapeMarkdown,
  NAME_MAX,
  viewOf,
  reportVerdict,
  HEADLINE_MAX,
  headline,
  headlineParts,
  buildReportJson,
  fitToLimit,
  details,
  alert,
  commitRef,
  metaLine,
  nightlySection,
  NO_BASELINE_ADVICE,
  cachedFirstLines,
  profileLines,
  renderMarkdown,
  renderSummary,
  checkConclusion,
  stepFailure,
  ExitCode,
  exitCodeFor,
  foldNote,
  renderCommentBody,
  SIDE_LABEL,
  ServiceError,
  reportHeader,
  reportContext,
  gateSettingsOf,
  seedFromSha,
  renderSnapshot,
  errorRateProblems,
  judgingOf,
  judgeSameJob,
  judgeAgainstArtifact,
  judgeFiles,
  pullRequestBuilds,
  judgePullRequest,
  prepareMeasuring
};
