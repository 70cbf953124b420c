import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  streamLogger
} from "./chunk-R6BXLMDH.js";
import {
  measuredRequests
} from "./chunk-IEL6FNXH.js";

// src/engine/k6/process.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 15;
var spawnProcess = (spec) => new Promise((resolve2, reject) => {
  const started = performance.now();
  const child = spawn(spec.command, spec.args, {
    env: spec.env ?? process.env,
    cwd: spec.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
  const stdoutTail = [];
  const stderrTail = [];
  let stdout = "";
  let timedOut = false;
  let killTimer;
  const splitter = (stream, tail) => {
    let carry = "";
    return {
      push(chunk) {
        if (stream === "stdout" && spec.captureStdout) stdout += chunk;
        const parts = (carry + chunk).split(/\r?\n/);
        carry = parts.pop();
        for (const line of parts) emit(line);
      },
      flush() {
        if (carry !== "") emit(carry);
        carry = "";
      }
    };
    function emit(line) {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      spec.onLine?.(line, stream);
    }
  };
  const out = splitter("stdout", stdoutTail);
  const err = splitter("stderr", stderrTail);
  child.stdout.setEncoding("utf8").on("data", (c) => out.push(c));
  child.stderr.setEncoding("utf8").on("data", (c) => err.push(c));
  const timeout = spec.timeoutMs === void 0 ? void 0 : setTimeout(() => {
    timedOut = true;
    child.kill("SIGTERM");
    killTimer = setTimeout(() => child.kill("SIGKILL"), spec.killGraceMs ?? 5e3);
  }, spec.timeoutMs);
  child.once("error", (e) => {
    clearTimeout(timeout);
    clearTimeout(killTimer);
    reject(new Error(`could not start ${spec.command}: ${e.message}`));
  });
  child.once("close", (exitCode, signal) => {
    clearTimeout(timeout);
    clearTimeout(killTimer);
    out.flush();
    err.flush();
    resolve2({
      exitCode,
      signal,
      timedOut,
      stdout,
      stdoutTail,
      stderrTail,
      durationMs: performance.now() - started
    });
  });
});
function outputTail(r, tool) {
  const lines = (r.stderrTail.some((l) => l.trim() !== "") ? r.stderrTail : r.stdoutTail).filter(
    (l) => l.trim() !== ""
  );
  if (lines.length === 0) return `; ${tool} printed nothing`;
  return `. Last lines of ${tool}'s output:
${lines.slice(-8).map((l) => `  ${l}`).join("\n")}`;
}
function interruption(what, r, timeoutMs, tool) {
  if (r.timedOut) {
    const limit = timeoutMs === void 0 ? "the time limit" : `${+(timeoutMs / 1e3).toFixed(3)} s`;
    return `${what} did not finish within ${limit} and was stopped (raise the run timeout if the test is meant to take longer)${outputTail(r, tool)}`;
  }
  if (r.exitCode === null) return `${what} was killed by ${r.signal ?? "a signal"}${outputTail(r, tool)}`;
  return void 0;
}

// src/engine/external-tool.ts
import { constants, existsSync } from "node:fs";
import { access, mkdir, readFile, rm } from "node:fs/promises";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
async function findExecutable(name, given, install, env = process.env) {
  if (given !== void 0) {
    const path = resolve(given);
    if (await isExecutable(path)) return path;
    throw new Error(`${name} not found at ${given} (not an executable file). ${install}`);
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const path = join(dir, name);
    if (await isExecutable(path)) return path;
  }
  throw new Error(`${name} was not found on PATH. ${install}`);
}
async function isExecutable(path) {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function supportFile(name) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const path = join(dir, "support", name);
    if (existsSync(path)) return path;
    dir = dirname(dir);
  }
  throw new Error(
    `perf-gate's support file ${name} is missing (expected in the support/ folder beside dist/)`
  );
}
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return "";
  }
}
var ToolError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = "ToolError";
  }
  exitCode;
};
async function runTool(run, deps) {
  await mkdir(run.outDir, { recursive: true });
  await rm(run.freshFile, { force: true });
  const logger = deps.logger ?? streamLogger();
  const outcome = await logger.group(
    run.what,
    () => (deps.exec ?? spawnProcess)({
      command: run.command,
      args: run.args,
      env: run.env,
      cwd: run.cwd,
      timeoutMs: run.timeoutMs,
      onLine: (line) => logger.info(line)
    })
  );
  const interrupted = interruption(run.what, outcome, run.timeoutMs, run.tool);
  if (interrupted !== void 0) throw new ToolError(interrupted, outcome.exitCode);
  return outcome;
}
function logMeasured(deps, what, result, unit, outcome) {
  const { requests, failed } = measuredRequests(result);
  (deps.logger ?? streamLogger()).info(
    `${what}: ${requests} ${unit}${failed > 0 ? ` (${failed} failed)` : ""}, ${(outcome.durationMs / 1e3).toFixed(1)} s`
  );
}

export {
  spawnProcess,
  outputTail,
  interruption,
  findExecutable,
  supportFile,
  readText,
  ToolError,
  runTool,
  logMeasured
};
