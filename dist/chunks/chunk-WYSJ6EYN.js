import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  runToCompletion,
  startGroup,
  waitReady
} from "./chunk-5CIDEWRF.js";

// src/service/session.ts
import { join as join2 } from "node:path";

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
import { rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
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
  return join(dirname(workspace), `${basename(workspace)}-perf-gate-base`);
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
  await rm(path, { recursive: true, force: true });
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
    await this.build(side, join2(checkout, this.spec.workingDirectory));
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
    const cwd = join2(this.checkoutOf(side), this.spec.workingDirectory);
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
      if (!group.hasExited()) throw new ServiceError(side, notReady, group.output.text());
      throw new ServiceError(side, `${notReady} (${await group.exited})`, await group.outputAfterExit());
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
          await group.outputAfterExit()
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

// src/profile/node-profiler.ts
import { mkdir, readdir, rename, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";
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
  const preload = join3(dir, "..", PRELOAD_FILE);
  await writeFile(preload, PRELOAD);
  const own = `--require "${preload.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  return {
    NODE_OPTIONS: nodeOptions?.trim() ? `${nodeOptions.trim()} ${own}` : own,
    PERF_GATE_PROFILE_DIR: dir
  };
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function pidsWith(dir, suffix) {
  const names = await readdir(dir).catch(() => []);
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
  await writeFile(join3(dir, "start.part"), heap ? "cpu heap" : "cpu");
  await rename(join3(dir, "start.part"), join3(dir, "start"));
  return await waitFor(dir, loaded, "started");
}
async function stopNodeProfiling(dir, pids, heap) {
  await writeFile(join3(dir, "stop"), "");
  const cpu = await waitFor(dir, pids, "cpuprofile");
  const heaps = heap ? await waitFor(dir, cpu, "heapprofile") : [];
  return {
    cpu: cpu.map((p) => join3(dir, `${p}.cpuprofile`)),
    heap: heaps.map((p) => join3(dir, `${p}.heapprofile`))
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

export {
  worktreePathFor,
  SIDE_LABEL,
  ServiceError,
  withServiceSession,
  nodeProfilerEnv,
  startNodeProfiling,
  stopNodeProfiling,
  withoutPreloadSamples
};
