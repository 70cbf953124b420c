import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/service/proc.ts
import { readdir, readFile } from "node:fs/promises";
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
    return await readFile(path, "utf8");
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
var SHELLS = /* @__PURE__ */ new Set(["sh", "dash", "bash", "zsh", "ash", "busybox"]);
async function serviceProcess(leader) {
  let pid = leader;
  for (let depth = 0; depth < 8; depth++) {
    const comm = (await readText(`/proc/${pid}/comm`))?.trim();
    if (comm === void 0 || !SHELLS.has(comm)) return pid;
    const { children } = await tasksOf(pid);
    if (children.length !== 1) return pid;
    pid = children[0];
  }
  return pid;
}

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
var DRAIN_MS = 2e3;
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
  const closed = new Promise((resolve) => child.once("close", () => resolve()));
  const pid = child.pid ?? -1;
  return {
    pid,
    output,
    exited,
    outputAfterExit: async () => {
      await exited;
      await settledWithin(closed, DRAIN_MS);
      return output.text();
    },
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
function settledWithin(promise, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
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
    output: await group.outputAfterExit()
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

export {
  startGroup,
  runToCompletion,
  parseReadyCheck,
  waitReady,
  readTree,
  serviceProcess
};
