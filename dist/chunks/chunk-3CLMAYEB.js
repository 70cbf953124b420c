import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  atLook,
  compareRuns,
  gateOptionsFor,
  judgeAgainstArtifact,
  judgeSameJob,
  seriesKeys
} from "./chunk-7RVD7WBP.js";
import {
  nodeProfilerEnv,
  withServiceSession,
  worktreePathFor
} from "./chunk-WYSJ6EYN.js";
import {
  MASK,
  isSecretParamName,
  maskSecrets,
  secretForms
} from "./chunk-RUBWER6Z.js";
import {
  hashScript
} from "./chunk-7D5RIV7B.js";
import {
  busyShare,
  machineTimes,
  measureResources,
  processTreeSource,
  profilingCall,
  secretsOf,
  sourceFor
} from "./chunk-ZRMRBL27.js";
import {
  needsMorePairs
} from "./chunk-6NDA6WUM.js";
import {
  InputError
} from "./chunk-EXB2D2B4.js";
import {
  Inputs
} from "./chunk-3QD6O3PJ.js";
import {
  assertReachable
} from "./chunk-CC5NIC6P.js";
import {
  renameSeries
} from "./chunk-PM2Z6TSB.js";
import {
  withLoadModelInput
} from "./chunk-RHZWF6LV.js";
import {
  SATURATED_BUSY_SHARE,
  cutFileNotes,
  measuredRequests
} from "./chunk-IEL6FNXH.js";

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
  const { installK6 } = await import("./install-JPHZUK6J.js");
  const { prepareK6, runK6Once } = await import("./runner-RXEULQA2.js");
  const installed = await installK6({
    version: k6.version,
    k6Path: k6.path,
    downloadBaseUrl: k6.downloadUrl,
    apiBaseUrl: k6.apiUrl,
    token: k6.token,
    logger
  });
  const optionsFor = (request) => ({
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
  const prepared = await prepareK6(optionsFor(), { logger });
  return {
    engine: "k6",
    loadModel: prepared.model.loadModel,
    targetRate: prepared.model.targetRate,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    profileWarmupSeconds: settings.warmupSeconds,
    async run(request) {
      return (await runK6Once(optionsFor(request), prepared, request.index, request.total, { logger })).result;
    }
  };
}
async function createEmbeddedMeasurer(settings, scriptHash) {
  const { loadScenario } = await import("./scenario-WHKJRHXL.js");
  const { runEmbeddedOnce } = await import("./engine-SO7GCSYE.js");
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
    const { prepareJmeter } = await import("./runner-Y7S4HQNH.js");
    tool = await prepareJmeter(settings.script, tools?.jmeterPath, k6.processEnv);
  } else {
    const { prepareLocust } = await import("./runner-IQNKBS2T.js");
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

// src/measure/with-services.ts
import { rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";

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
function schedulePairs(pairs, random, after) {
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`pairs must be a whole number \u2265 1, got ${pairs}`);
  const other = after === "AB" ? "BA" : "AB";
  const extra = pairs % 2 === 0 ? [] : pairs === 1 || random() < 0.5 ? [after] : [other];
  const orders = [...extra];
  for (let i = 0; i < Math.floor(pairs / 2); i++) orders.push(after, other);
  orders.splice(orders.indexOf(after), 1);
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j], orders[i]];
  }
  orders.push(after);
  return orders;
}

// src/abtest/same-job.ts
async function runSameJob(options) {
  const orders = schedulePairs(options.pairs, options.random, "AB");
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
    const last = runs.orders[runs.orders.length - 1];
    const batch = schedulePairs(Math.min(2, confirm.maxPairs - runs.orders.length), options.random, last);
    const total = runs.orders.length + batch.length;
    progress(`not decided after ${runs.orders.length} pairs: ${batch.length} more to confirm`);
    await measurePairs(batch, total);
  }
  return runs;
}

// src/measure/cpu.ts
import * as os2 from "node:os";
async function withCpuUse(fn) {
  const machineBefore = machineTimes();
  const processBefore = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const wallMicros = (performance.now() - started) * 1e3;
  const processUsed = process.cpuUsage(processBefore);
  const machineAfter = machineTimes();
  return {
    value,
    cpu: {
      cpuCount: os2.cpus().length,
      machineBusy: busyShare(machineBefore, machineAfter),
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
  if (cpu.machineBusy >= SATURATED_BUSY_SHARE) {
    warnings.push(
      `the runner's ${cpu.cpuCount} cores were ${(cpu.machineBusy * 100).toFixed(0)}% busy: generator and services competed for CPU`
    );
  }
  return warnings;
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
  if (profiling !== void 0) await rm2(profiling.dir, { recursive: true, force: true });
  try {
    return await withServiceSession(
      service,
      where.logger,
      (session) => measureStarted(session, measurer, config, where, seed, builds)
    );
  } finally {
    if (profiling !== void 0) await rm2(join2(profiling.dir, PROFILE_RAW), { recursive: true, force: true });
  }
}
var rawDir = (profiling, side) => join2(profiling?.dir ?? "", PROFILE_RAW, side);
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
  const pair = {
    ...profiling.settings,
    ...call,
    dir: profiling.dir,
    raw: { base: rawDir(profiling, "base"), pr: rawDir(profiling, "pr") },
    roots: { base: session.checkoutOf("base"), pr: session.checkoutOf("pr") },
    secrets: profiling.secrets,
    random: mulberry32(seed + 1).next
  };
  const { profilePair } = await import("./profiling-pair-FW76AQC7.js");
  const started = performance.now();
  try {
    return await profilePair(measurer, services, measurement, pair, where.logger);
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
  const { readRecordedRuns } = await import("./recorded-OG5UXGXA.js");
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

export {
  collectEnvironment,
  createMeasurer,
  pullRequestBuilds,
  judgePullRequest,
  prepareMeasuring
};
