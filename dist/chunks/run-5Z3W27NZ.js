import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  collectEnvironment,
  createMeasurer,
  judgePullRequest,
  prepareMeasuring,
  pullRequestBuilds
} from "./chunk-3CLMAYEB.js";
import {
  GATE_FLAGS,
  GATE_FLAGS_HELP
} from "./chunk-ZWSK3PS4.js";
import {
  judgingOf
} from "./chunk-7RVD7WBP.js";
import "./chunk-NLPP37JB.js";
import "./chunk-I62BPVWY.js";
import {
  SIDE_LABEL,
  ServiceError
} from "./chunk-WYSJ6EYN.js";
import "./chunk-RUBWER6Z.js";
import {
  decodeArtifact
} from "./chunk-7D5RIV7B.js";
import {
  serializeRun
} from "./chunk-DOXB56IE.js";
import "./chunk-7SFJFLSG.js";
import {
  readActionConfig
} from "./chunk-ZRMRBL27.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-5CIDEWRF.js";
import {
  VERSION
} from "./chunk-ZV2FGOYQ.js";
import {
  UsageError,
  flagLabels,
  inputGetter,
  parseFlags,
  requireOne
} from "./chunk-FOROKINH.js";
import {
  ExitCode,
  exitCodeFor
} from "./chunk-FE3AFNVO.js";
import "./chunk-EXB2D2B4.js";
import {
  Inputs
} from "./chunk-3QD6O3PJ.js";
import "./chunk-CCUFI3I3.js";
import "./chunk-OTXEUQ6A.js";
import "./chunk-CC5NIC6P.js";
import "./chunk-PM2Z6TSB.js";
import "./chunk-RHZWF6LV.js";
import "./chunk-T7OUTNJ3.js";
import "./chunk-3GBNS6AV.js";
import "./chunk-KXACUDTB.js";
import {
  streamLogger
} from "./chunk-R6BXLMDH.js";
import "./chunk-PJLTGONB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/cli/commands/run.ts
import { join as join3, resolve as resolve2 } from "node:path";

// src/baseline/given-file.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function givenBaseline(file, design, cwd, nowMs) {
  if (file === void 0) {
    return design === "cached" ? { status: "missing", cause: "first-run", reason: "no --baseline was given" } : void 0;
  }
  const path = resolve(cwd, file);
  const bytes = await readFile(path).catch((error) => {
    throw new UsageError(`--baseline: cannot read ${path} (${error.code ?? error.message})`);
  });
  let artifact;
  try {
    artifact = decodeArtifact(bytes, path);
  } catch (error) {
    throw new UsageError(`--baseline: ${error.message}`);
  }
  return {
    status: "found",
    artifact,
    key: path,
    exact: true,
    commit: artifact.commit,
    ageMs: nowMs - artifact.timeMs
  };
}

// src/delivery/out-dir.ts
import { mkdir, open, readdir, readFile as readFile2, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
var LOCK_FILE = ".perf-gate.lock";
var OWNED = /* @__PURE__ */ new Set(["pr", "base", "raw", "profile"]);
async function claimOutDir(dir) {
  const info = await stat(dir).catch((error) => {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`--out ${dir}: ${error.code ?? error.message}`);
  });
  if (info !== void 0 && !info.isDirectory()) {
    throw new UsageError(`--out ${dir} is a file, not a directory: choose a directory for the results`);
  }
  await mkdir(dir, { recursive: true }).catch((error) => {
    throw new UsageError(`--out ${dir}: cannot create it (${error.code ?? error.message})`);
  });
  const lock = join(dir, LOCK_FILE);
  const staleLockPid = await takeLock(dir, lock);
  const release = () => unlink(lock).catch(() => void 0);
  try {
    const entries = (await readdir(dir)).filter((name) => name !== LOCK_FILE);
    const foreign = entries.filter((name) => !OWNED.has(name));
    if (foreign.length > 0) {
      const shown = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? `, \u2026 (${foreign.length} in all)` : "");
      throw new UsageError(
        `--out ${dir} holds files perf-gate did not write (${shown}): choose an empty or new directory, or remove them`
      );
    }
    for (const name of entries) await rm(join(dir, name), { recursive: true, force: true });
    return { cleared: entries, ...staleLockPid !== void 0 ? { staleLockPid } : {}, release };
  } catch (error) {
    await release();
    throw error;
  }
}
async function takeLock(dir, lock) {
  let stale;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(`${process.pid}
`);
      await handle.close();
      return stale;
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new UsageError(`--out ${dir}: cannot lock it (${error.code})`);
      }
    }
    const pid = Number.parseInt(await readFile2(lock, "utf8").catch(() => ""), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new UsageError(
        `--out ${dir} is in use by another perf-gate run (pid ${pid}): wait for it to finish, or choose another directory`
      );
    }
    stale = Number.isInteger(pid) ? pid : void 0;
    await unlink(lock).catch(() => void 0);
  }
  throw new UsageError(`--out ${dir}: another run took its lock at the same moment; try again`);
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/inputs/run-flags.ts
var RUN_FLAGS = {
  engine: {},
  runs: {},
  "max-runs": {},
  warmup: {},
  "load-model": {},
  "target-url": {},
  "baseline-target-url": {},
  start: {},
  build: {},
  ready: {},
  "ready-timeout": {},
  "working-directory": {},
  "base-ref": {},
  design: {},
  baseline: {},
  profile: {},
  "profile-command": {},
  "service-pid": {},
  "baseline-service-pid": {},
  "service-container": {},
  "baseline-service-container": {},
  "target-env": {},
  env: { multiple: true, short: "e" },
  k6: { input: Inputs.K6Path },
  "k6-version": {},
  "k6-download-url": {},
  "k6-flags": {},
  jmeter: { input: Inputs.JmeterPath },
  locust: { input: Inputs.LocustPath },
  "engine-flags": {},
  "run-timeout": {},
  out: { short: "o" },
  ...GATE_FLAGS
};
var RUN_HELP = `Usage: perf-gate run SCRIPT [options]

Runs a k6 script (or an embedded-engine scenario file .yml/.json, a JMeter plan .jmx, a locustfile .py)
against a build, several times, and
writes each run's result to the output directory. With --baseline-target-url it measures the base and the
PR builds in interleaved pairs (the same-job design) and prints the verdict.

Load:
  --engine auto|k6|embedded|jmeter|locust
                           default auto: .yml/.json \u2192 embedded, .jmx \u2192 jmeter, .py \u2192 locust, else k6
  --runs N                 runs (pairs with --baseline-target-url), default 3
  --max-runs N             same-job: budget of pairs when the planned ones cannot decide (two more at a
                           time, error rates held over all looks), default 15; equal to --runs turns it off
  --warmup DURATION        seconds at the start of each run not measured, e.g. 10s
  --load-model open|closed   the load model, when the script or plan does not show it (or shows it
                           wrongly); default: inferred (k6 inspect, the JMeter plan, Locust wait times)
  --target-url URL         the build under test (k6: the variable named by --target-env; JMeter:
                           -Jprotocol/-Jhost/-Jport/-JbasePath; Locust: --host)
  --baseline-target-url URL  the base build, measured beside it in this job
  --target-env NAME        the variable your k6 script reads its base URL from (default BASE_URL)

Service (perf-gate runs it, and reads its CPU and memory):
  --start CMD              start the service, with PORT set ({port} replaced); --target-url may use {port}
  --build CMD              run first in each checkout, e.g. "npm ci"
  --ready PATH|CMD         an HTTP path answering 2xx (/health) or a command exiting 0 (default: port open)
  --ready-timeout DURATION how long the service may take to get ready (default 60s)
  --working-directory DIR  where build, start and ready run, relative to each checkout (default .)
  --base-ref REF           with --start: also check out REF in a git worktree beside this one and measure
                           it as the base build, in interleaved pairs; stopped and removed afterwards
  --design same-job|cached
                           with --base-ref: same-job (default) measures both builds in pairs; cached
                           measures the PR build alone against --baseline first and confirms a
                           regression, an inconclusive verdict or a missing baseline in the same job
                           (both comparisons are printed; the same job's verdict decides)
  --baseline FILE          a saved baseline (baseline.json as the Action's cache holds it): the PR build
                           is judged against it (cached design); with --base-ref in the same-job design
                           it adds the trend line
  --profile on-regression|always|never
                           with --base-ref: after a regression or SLO breach (default), always or never,
                           one more pair with profilers attached to both builds; the top functions by
                           added self time per request are printed, the profiles, diff.json and flame.svg
                           written to DIR/profile. Built in for Node services; never changes the verdict
  --profile-command CMD    a profiler for any language, run beside each profiled run: {pid}, {seconds},
                           {out} substituted (py-spy, Go pprof, \u2026: docs/profiling.md)
  --service-pid PID|FILE   a service you started: its process tree's CPU and memory (from /proc)
  --baseline-service-pid PID|FILE      the same for the base build (with --baseline-target-url)
  --service-container NAME|ID          a service in a container: its cgroup's CPU and memory
  --baseline-service-container NAME|ID the same for the base build
  -e, --env NAME=VALUE     variable for the k6 script, repeatable
  --k6 PATH                k6 binary to use (otherwise the tool cache or a verified download)
  --k6-version V           k6 version to install (default: the pinned one; 'latest')
  --k6-download-url URL    base URL of k6 release archives (mirrors)
  --k6-flags FLAGS         extra flags for every k6 run
  --jmeter PATH            jmeter to use (default: the one on PATH)
  --locust PATH            locust to use (default: the one on PATH)
  --engine-flags FLAGS     extra flags for every jmeter or locust run (Locust default: -u 10 -r 10 -t 30s)
  --run-timeout DURATION   time limit of one run (default 10m)
  -o, --out DIR            where results go (default ./perf-gate-results). perf-gate owns it: an earlier
                           run's results there are cleared, files it did not write make it refuse, and
                           a second run into it at the same time is refused

${GATE_FLAGS_HELP}

Exit codes: 0 measured (same-job: pass), 1 regression or SLO breach, 2 usage or input error,
3 inconclusive, 4 the measurement failed (k6, JMeter or Locust error, target unreachable, every request of
a run failed, the target died during a run, a run past --run-timeout).`;

// src/results/write-runs.ts
import { mkdir as mkdir2, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";
async function writeRuns(dir, runs) {
  await mkdir2(dir, { recursive: true });
  for (const [i, run] of runs.entries()) {
    await writeFile(join2(dir, `run-${i + 1}.result.json`), `${JSON.stringify(serializeRun(run))}
`);
  }
}

// src/cli/commands/run.ts
async function runCommand(argv, io, color) {
  const flags = parseFlags(argv, RUN_FLAGS);
  if (flags.values.help) {
    io.out(RUN_HELP);
    return ExitCode.Pass;
  }
  const script = requireOne(flags, "script or scenario file");
  const config = readActionConfig(
    inputGetter(flags, RUN_FLAGS, { [Inputs.Script]: script, [Inputs.Mode]: "compare" }),
    flagLabels(RUN_FLAGS)
  );
  const outDir = resolve2(io.cwd, String(flags.values.out ?? "perf-gate-results"));
  const claimed = await claimOutDir(outDir);
  if (claimed.staleLockPid !== void 0) {
    io.err(
      `${outDir}: took over the lock of perf-gate run ${claimed.staleLockPid}, which is no longer running`
    );
  }
  if (claimed.cleared.length > 0) {
    io.err(`${outDir}: cleared the results of an earlier run (${claimed.cleared.join(", ")})`);
  }
  try {
    return await measureInto(outDir, config, flags, script, io, color);
  } finally {
    await claimed.release();
  }
}
async function measureInto(outDir, config, flags, script, io, color) {
  const logger = streamLogger(io.stderr);
  const token = io.env.GITHUB_TOKEN ?? "";
  const place = {
    outDir: join3(outDir, "raw"),
    logger,
    apiUrl: io.env.GITHUB_API_URL,
    token,
    processEnv: io.env
  };
  const measure = await prepareMeasuring(config, { ...place, workspace: io.cwd, createMeasurer });
  const seed = config.seed ?? 1;
  const baseRef = flags.values["base-ref"];
  if (baseRef !== void 0 && config.service === void 0)
    throw new UsageError("--base-ref needs --start (perf-gate starts the base build from that commit)");
  const measuring = { environment: collectEnvironment(), version: VERSION };
  const judging = judgingOf(config, seed, { measuring, logger, now: Date.now });
  const baselineFile = flags.values.baseline;
  const restored = await givenBaseline(baselineFile, config.design, io.cwd, judging.now());
  const baseSha = typeof baseRef === "string" ? baseRef : void 0;
  const profiles = { dir: join3(outDir, "profile"), env: io.env };
  let step;
  try {
    step = await measure(seed, pullRequestBuilds(config, restored, judging, baseSha, profiles));
  } catch (error) {
    if (error instanceof ServiceError && error.output.trim() !== "")
      io.err(`last lines of the ${SIDE_LABEL[error.side]}'s output:
${error.output}`);
    throw error;
  }
  const { measurement } = step;
  if (measurement.baseline === void 0 && restored?.status !== "found")
    return await printSnapshot(step, outDir, flags, io, logger);
  if (measurement.baseline) await writeRuns(join3(outDir, "base"), measurement.baseline);
  await writeRuns(join3(outDir, "pr"), measurement.candidate);
  const baseName = baseSha ?? config.baselineTargetUrl ?? "base";
  const [{ reportContext, reportHeader }, { reportVerdict }, { profileLines }, { renderCliReport }] = await Promise.all([
    import("./context-52DIUCFL.js"),
    import("./headline-T2JMSD5N.js"),
    import("./profile-FOVJ2TTA.js"),
    import("./terminal-OKIDODDW.js")
  ]);
  const judgement = judgePullRequest(step, restored, { commit: "base", ref: baseName }, judging);
  const judged = {
    scenario: { id: config.scenarioId, name: script },
    candidate: { commit: "PR", ref: config.targetUrl ?? io.cwd }
  };
  const ctx = reportContext(
    reportHeader(config, judged, { nowMs: Date.now(), version: VERSION }),
    judgement,
    step
  );
  io.out(renderCliReport(ctx, { json: flags.values.json === true, color }));
  if (measurement.profile && !flags.values.json) {
    io.out(profileLines(measurement.profile).join("\n"));
    if (measurement.profile.files.length > 0) io.err(`profiles: ${join3(outDir, "profile")}`);
  }
  for (const s of ctx.services ?? []) io.err(`service, ${s.side}: ${s.bottleneck}`);
  return exitCodeFor(reportVerdict(ctx));
}
async function printSnapshot({ measurement }, outDir, flags, io, logger) {
  for (const w of measurement.generatorWarnings) logger.warning(w);
  const { renderSnapshot } = await import("./snapshot-TVCJX4GX.js");
  const snapshot = renderSnapshot(
    measurement.candidate,
    measurement.cpu?.cpuCount ?? 1,
    flags.values.json === true
  );
  for (const line of snapshot.services) io.err(line);
  await writeRuns(join3(outDir, "pr"), measurement.candidate);
  io.out(snapshot.figures);
  io.err(`results: ${join3(outDir, "pr")}`);
  return ExitCode.Pass;
}
export {
  runCommand
};
