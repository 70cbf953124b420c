import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/constants.ts
var Inputs = {
  Script: "script",
  Results: "results",
  Engine: "engine",
  Runs: "runs",
  Warmup: "warmup",
  TargetUrl: "target-url",
  BaselineTargetUrl: "baseline-target-url",
  Start: "start",
  Build: "build",
  Ready: "ready",
  ReadyTimeout: "ready-timeout",
  WorkingDirectory: "working-directory",
  ServicePid: "service-pid",
  BaselineServicePid: "baseline-service-pid",
  ServiceContainer: "service-container",
  BaselineServiceContainer: "baseline-service-container",
  TargetEnv: "target-env",
  Env: "env",
  K6Version: "k6-version",
  K6Path: "k6-path",
  K6DownloadUrl: "k6-download-url",
  K6Flags: "k6-flags",
  JmeterPath: "jmeter-path",
  LocustPath: "locust-path",
  EngineFlags: "engine-flags",
  RunTimeout: "run-timeout",
  Tolerances: "tolerances",
  Slos: "slos",
  Confidence: "confidence",
  MaxBaselineCv: "max-baseline-cv",
  MaxErrorRate: "max-error-rate",
  OnInconclusive: "on-inconclusive",
  FailOnRegression: "fail-on-regression",
  Mode: "mode",
  BaselineKey: "baseline-key",
  BaselineBranch: "baseline-branch",
  HistorySize: "history-size",
  StrictEnvironment: "strict-environment",
  CheckName: "check-name",
  Comment: "comment",
  TrackDrift: "track-drift",
  GithubToken: "github-token",
  Seed: "seed",
  ReportDir: "report-dir"
};
var Outputs = {
  Verdict: "verdict",
  Headline: "headline",
  ReportPath: "report-path",
  MarkdownPath: "markdown-path",
  BaselineCommit: "baseline-commit",
  BaselineAgeSeconds: "baseline-age-seconds",
  Regressions: "regressions",
  Deltas: "deltas",
  BaselineSaved: "baseline-saved"
};

// src/inputs/errors.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`${actionInputLabel(input)}: ${problem}`);
    this.input = input;
    this.problem = problem;
    this.name = "InputError";
  }
  input;
  problem;
};
function actionInputLabel(input) {
  return `input '${input}'`;
}
var InvalidInputsError = class extends Error {
  constructor(problems) {
    super(`invalid inputs:
- ${problems.join("\n- ")}`);
    this.problems = problems;
    this.name = "InvalidInputsError";
  }
  problems;
};

// src/service/process-group.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 20;
var OutputTail = class {
  lines = [];
  partial = "";
  push(chunk) {
    const text = this.partial + chunk.toString();
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts);
    if (this.lines.length > TAIL_LINES) this.lines = this.lines.slice(-TAIL_LINES);
  }
  text() {
    return [...this.lines, ...this.partial === "" ? [] : [this.partial]].slice(-TAIL_LINES).join("\n");
  }
};
function startGroup(command, options) {
  const output = new OutputTail();
  const child = spawn("sh", ["-c", command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  child.stdout.on("data", (c) => output.push(c));
  child.stderr.on("data", (c) => output.push(c));
  let done = false;
  const exited = new Promise((resolve) => {
    child.once("error", (error) => {
      done = true;
      resolve(`could not start: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      done = true;
      resolve(signal === null ? `exit code ${code}` : `signal ${signal}`);
    });
  });
  const pid = child.pid ?? -1;
  return {
    pid,
    output,
    exited,
    hasExited: () => done,
    stop: (graceMs) => stopGroup(pid, graceMs)
  };
}
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function stopGroup(pgid, graceMs) {
  if (pgid <= 0 || !groupAlive(pgid)) return;
  signalGroup(pgid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(25);
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, "SIGKILL");
  const killDeadline = Date.now() + 5e3;
  while (groupAlive(pgid) && Date.now() < killDeadline) await sleep(25);
}
async function runToCompletion(command, options) {
  const group = startGroup(command, options);
  options.onStart?.(group);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void group.stop(2e3);
  }, options.timeoutMs);
  const status = await group.exited;
  clearTimeout(timer);
  await group.stop(2e3);
  const ok = status === "exit code 0" && !timedOut;
  return {
    ok,
    status: timedOut ? `timed out after ${Math.round(options.timeoutMs / 1e3)} s` : status,
    output: group.output.text()
  };
}

// src/service/ready.ts
import { connect } from "node:net";
function parseReadyCheck(raw) {
  return raw.startsWith("/") ? { kind: "http", path: raw } : { kind: "command", command: raw };
}
function portAccepts(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ""), port: Number(port) });
    socket.setTimeout(2e3);
    socket.once("connect", () => {
      socket.destroy();
      resolve(void 0);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(`${url}: connect timed out`);
    });
    socket.once("error", (error) => resolve(`${url}: ${error.code ?? error.message}`));
  });
}
var sleep2 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function probeOnce(probe) {
  if (probe.check.kind === "port") return await portAccepts(probe.baseUrl);
  if (probe.check.kind === "command") {
    const result = await runToCompletion(probe.check.command, {
      cwd: probe.cwd,
      env: probe.env,
      timeoutMs: 1e4
    });
    return result.ok ? void 0 : `ready command: ${result.status}`;
  }
  const url = `${probe.baseUrl}${probe.check.path}`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2e3) });
    await res.arrayBuffer();
    return res.status >= 200 && res.status < 300 ? void 0 : `${url} answered ${res.status}`;
  } catch (error) {
    const cause = error.cause?.code;
    return `${url}: ${cause ?? error.message}`;
  }
}
async function waitReady(probe, timeoutMs, gaveUp) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  for (let delay = 50; ; delay = Math.min(500, delay * 2)) {
    const reason = gaveUp();
    if (reason !== void 0) return reason;
    const seen = await probeOnce(probe);
    if (seen === void 0) return void 0;
    last = seen;
    if (Date.now() >= deadline)
      return `not ready within ${Math.round(timeoutMs / 1e3)} s (last check: ${last})`;
    await sleep2(delay);
  }
}

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

// src/service/proc.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
var USER_HZ = 100;
function parseStat(text) {
  const close = text.lastIndexOf(")");
  const pid = Number.parseInt(text, 10);
  const rest = text.slice(close + 2).split(" ");
  const field = (n) => Number(rest[n - 3]);
  return {
    pid,
    ppid: field(4),
    ownCpu: (field(14) + field(15)) / USER_HZ,
    reapedChildrenCpu: (field(16) + field(17)) / USER_HZ
  };
}
function parseStatusMemory(text) {
  const kb = (name) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  };
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch {
    return void 0;
  }
}
function parseRunDelay(text) {
  return Number(text.trim().split(/\s+/)[1] ?? 0) / 1e9;
}
async function tasksOf(pid) {
  let tasks;
  try {
    tasks = await readdir(`/proc/${pid}/task`);
  } catch {
    return { children: [], runDelay: 0 };
  }
  const read = (t) => Promise.all([readText(`/proc/${pid}/task/${t}/children`), readText(`/proc/${pid}/task/${t}/schedstat`)]);
  const per = await Promise.all(tasks.map(read));
  return {
    children: per.flatMap(
      ([list]) => (list ?? "").split(" ").filter((s) => s !== "").map(Number)
    ),
    runDelay: per.reduce((a, [, sched]) => a + (sched === void 0 ? 0 : parseRunDelay(sched)), 0)
  };
}
async function readTree(root, exclude = /* @__PURE__ */ new Set()) {
  const reading = { cpuSeconds: 0, runDelaySeconds: 0, rssBytes: 0, hwm: /* @__PURE__ */ new Map() };
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop();
    const [stat, status] = await Promise.all([
      readText(`/proc/${pid}/stat`),
      readText(`/proc/${pid}/status`)
    ]);
    if (stat === void 0 || status === void 0) continue;
    const s = parseStat(stat);
    const memory = parseStatusMemory(status);
    reading.cpuSeconds += s.ownCpu + s.reapedChildrenCpu;
    reading.rssBytes += memory.rss;
    reading.hwm.set(pid, memory.hwm);
    const tasks = await tasksOf(pid);
    reading.runDelaySeconds += tasks.runDelay;
    for (const child of tasks.children) if (!exclude.has(child)) pending.push(child);
  }
  return reading;
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
    return { service, generator };
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
      generatorCpuSeconds: Math.max(0, end.generator.cpuSeconds - start.generator.cpuSeconds)
    }
  };
}

// src/service/targets.ts
import { readFile as readFile3 } from "node:fs/promises";
function parsePidTarget(input, raw) {
  return /^\d+$/.test(raw) ? { kind: "pid", pid: Number(raw), input } : { kind: "pid-file", path: raw, input };
}
async function pidOf(target) {
  let pid;
  if (target.kind === "pid") pid = target.pid;
  else {
    let text;
    try {
      text = await readFile3(target.path, "utf8");
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
    await readFile3(`/proc/${pid}/stat`);
  } catch {
    throw new Error(`${target.input}: no process ${pid} is running (read from /proc/${pid}/stat)`);
  }
  return pid;
}
async function sourceFor(target) {
  if (target.kind === "container") return cgroupSource(await containerCgroup(target.container, target.input));
  return processTreeSource(await pidOf(target));
}

// src/duration.ts
var DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600 };
var DURATION_EXAMPLES = "write e.g. 30s, 2m, 1m30s or 500ms";
function durationSeconds(raw) {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const compact = text.replace(/\s+/g, "");
  let seconds = 0;
  let consumed = 0;
  for (const m of compact.matchAll(DURATION_PART)) {
    if (m.index !== consumed) break;
    seconds += Number(m[1]) * UNIT_SECONDS[m[2]];
    consumed += m[0].length;
  }
  return compact === "" || consumed !== compact.length ? void 0 : seconds;
}

export {
  Inputs,
  Outputs,
  startGroup,
  runToCompletion,
  parseReadyCheck,
  waitReady,
  processTreeSource,
  measureResources,
  parsePidTarget,
  sourceFor,
  InputError,
  actionInputLabel,
  InvalidInputsError,
  DURATION_EXAMPLES,
  durationSeconds
};
