import { constants, existsSync } from 'node:fs';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadModel, measuredRequests, type RunResult } from '../results/types.ts';
import { interruption, type ProcessResult, type ProcessRunner, spawnProcess } from './k6/process.ts';
import { type EngineLogger, streamLogger } from './logger.ts';

/**
 * What the JMeter and Locust engines share: finding the tool (a given path, else PATH) with an error that
 * says what to install, and the files perf-gate ships for them in `support/`.
 */

/** The tool's executable: `given` when set (it must exist and be executable), else the first on PATH. */
export async function findExecutable(
  name: string,
  given: string | undefined,
  install: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (given !== undefined) {
    const path = resolve(given);
    if (await isExecutable(path)) return path;
    throw new Error(`${name} not found at ${given} (not an executable file). ${install}`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const path = join(dir, name);
    if (await isExecutable(path)) return path;
  }
  throw new Error(`${name} was not found on PATH. ${install}`);
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file of perf-gate's `support/` folder (the Locust module, the JMeter launcher), found from this module's
 * own place, which is `src/engine/` in the sources and `dist/` in the built Action and CLI.
 */
export function supportFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const path = join(dir, 'support', name);
    if (existsSync(path)) return path;
    dir = dirname(dir);
  }
  throw new Error(
    `perf-gate's support file ${name} is missing (expected in the support/ folder beside dist/)`,
  );
}

/** The head of a text file (a launcher script, a test plan), or '' when it cannot be read. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

/** A load tool's run (k6, JMeter, Locust) that left no measured run behind. */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export interface ToolRun {
  /** names the run in logs and errors, e.g. 'PR build: jmeter run 2/3' */
  what: string;
  tool: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

/**
 * Runs the tool with its output in a log group, after making the run's folder and removing `freshFile` (a
 * results file of an earlier run, which the tool would append to or leave behind); a run stopped at the time
 * limit or by a signal is an error.
 */
export async function runTool(
  run: ToolRun & { outDir: string; freshFile: string },
  deps: ToolDependencies,
): Promise<ProcessResult> {
  await mkdir(run.outDir, { recursive: true });
  await rm(run.freshFile, { force: true });
  const logger = deps.logger ?? streamLogger();
  const outcome = await logger.group(run.what, () =>
    (deps.exec ?? spawnProcess)({
      command: run.command,
      args: run.args,
      env: run.env,
      cwd: run.cwd,
      timeoutMs: run.timeoutMs,
      onLine: (line) => logger.info(line),
    }),
  );
  const interrupted = interruption(run.what, outcome, run.timeoutMs, run.tool);
  if (interrupted !== undefined) throw new ToolError(interrupted, outcome.exitCode);
  return outcome;
}

/** The log line that closes a measured run: what it counted and how long it took. */
export function logMeasured(
  deps: ToolDependencies,
  what: string,
  result: RunResult,
  unit: string,
  outcome: ProcessResult,
): void {
  const { requests, failed } = measuredRequests(result);
  (deps.logger ?? streamLogger()).info(
    `${what}: ${requests} ${unit}${failed > 0 ? ` (${failed} failed)` : ''}, ${(outcome.durationMs / 1000).toFixed(1)} s`,
  );
}

/** One run of a JMeter plan or a locustfile against a build. */
export interface ToolRunOptions {
  /** the test plan (.jmx) or locustfile (.py) */
  script: string;
  /** where the tool's raw files of this run go */
  outDir: string;
  /** the build's base URL (JMeter: -J properties; Locust: --host) */
  targetUrl?: string;
  /** further flags of the tool, passed through as given */
  extraArgs: string[];
  timeoutMs?: number;
  warmupSeconds?: number;
  processEnv?: NodeJS.ProcessEnv;
  /** names the build in log lines, e.g. 'PR build' */
  label?: string;
}

export interface ToolDependencies {
  exec?: ProcessRunner;
  logger?: EngineLogger;
}

/** A tool found and its test read once, ready to run any number of times. */
export interface PreparedTool {
  loadModel: LoadModel;
  run(options: ToolRunOptions, index: number, total: number, deps?: ToolDependencies): Promise<RunResult>;
}

/** Finds a tool (the given path, else PATH) and reads its test once: a JMeter plan, a locustfile. */
export type ToolPreparer = (
  script: string,
  given: string | undefined,
  env?: NodeJS.ProcessEnv,
) => Promise<PreparedTool>;
