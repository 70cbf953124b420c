import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  interruption,
  spawnProcess
} from "./chunk-SONICHAD.js";
import {
  streamLogger
} from "./chunk-7QC4OMUD.js";
import {
  measuredRequests
} from "./chunk-QG6ST7FE.js";

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
  findExecutable,
  supportFile,
  readText,
  ToolError,
  runTool,
  logMeasured
};
