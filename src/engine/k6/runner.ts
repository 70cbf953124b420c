import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readK6Json } from '../../results/k6-json.ts';
import { measuredRequests, type ReadOptions, type RunResult } from '../../results/types.ts';
import { ToolError } from '../external-tool.ts';
import { type EngineLogger, runTitle, streamLogger } from '../logger.ts';
import { describeK6ExitCode, K6_THRESHOLDS_CROSSED } from './exit-codes.ts';
import { type K6LoadModel, loadModelFromInspect, parseK6Version } from './inspect.ts';
import { interruption, outputTail, type ProcessResult, type ProcessRunner, spawnProcess } from './process.ts';
import { mergeThresholdOutcomes, thresholdsFromSummary } from './thresholds.ts';

export type ReadK6Result = (path: string, opts?: ReadOptions) => Promise<RunResult>;

export interface K6RunOptions {
  /** the k6 executable (from installK6) */
  k6Path: string;
  /** the user's test script */
  script: string;
  /** where run-<i>.json and run-<i>.summary.json go */
  outDir: string;
  /** where the script sends the load (also passed in `env`): series named by URL are named relative to it */
  targetUrl?: string | undefined;
  /** script variables, passed as `-e NAME=VALUE` */
  env?: Record<string, string>;
  /** further `k6 run` flags, passed through as given */
  extraArgs?: string[];
  /** per run; the process is stopped when it runs longer */
  timeoutMs?: number;
  warmupSeconds?: number;
  cwd?: string;
  /** environment of the k6 process (default: this process's) */
  processEnv?: NodeJS.ProcessEnv;
  /** names the build in log lines, e.g. 'PR build' */
  label?: string;
}

export interface K6Dependencies {
  exec?: ProcessRunner;
  readResult?: ReadK6Result;
  logger?: EngineLogger;
}

/** What `k6 version` and `k6 inspect` said before any run. */
export interface K6Preparation {
  k6Version: string;
  model: K6LoadModel;
}

export interface K6Run {
  /** 1-based, also the `perf_gate_run` tag value */
  index: number;
  exitCode: number;
  thresholdsCrossed: boolean;
  /** metrics whose thresholds failed, from the summary export */
  crossedMetrics: string[];
  jsonPath: string;
  summaryPath: string;
  durationMs: number;
  result: RunResult;
}

/** `k6 run` flags that replace the script's scenarios with k6's default VU-based one. */
const SCENARIO_OVERRIDES = /^(-u|--vus|-d|--duration|-i|--iterations|-s|--stage)(=|$)/;

/** Asks k6 for its version and for the script's options (load model, target rate). */
export async function prepareK6(options: K6RunOptions, deps: K6Dependencies = {}): Promise<K6Preparation> {
  const exec = deps.exec ?? spawnProcess;
  const base = { env: options.processEnv, cwd: options.cwd, timeoutMs: 60_000, captureStdout: true };

  const version = await exec({ command: options.k6Path, args: ['version'], ...base });
  if (version.exitCode !== 0) throw processFailure('k6 version', version);
  const k6Version = parseK6Version(version.stdout);

  const args = ['inspect', '--execution-requirements', ...envFlags(options.env), options.script];
  const inspected = await exec({ command: options.k6Path, args, ...base });
  if (inspected.exitCode !== 0) throw processFailure(`k6 inspect ${options.script}`, inspected);
  const start = inspected.stdout.indexOf('{');
  let json: unknown;
  try {
    json = JSON.parse(inspected.stdout.slice(Math.max(start, 0)));
  } catch (err) {
    throw new Error(`k6 inspect ${options.script} printed no JSON options: ${(err as Error).message}`);
  }
  let model = loadModelFromInspect(json);
  const override = (options.extraArgs ?? []).find((a) => SCENARIO_OVERRIDES.test(a));
  if (override !== undefined) {
    model = {
      loadModel: 'closed',
      scenarios: [{ name: 'default', executor: 'constant-vus' }],
      warnings: [
        ...model.warnings,
        `the flag ${override} replaces the script's scenarios with k6's VU-based default`,
      ],
    };
  }
  return { k6Version, model };
}

/** One `k6 run`: streams its output into a log group, classifies its exit code, reads its results. */
export async function runK6Once(
  options: K6RunOptions,
  prepared: K6Preparation,
  index: number,
  total: number,
  deps: K6Dependencies = {},
): Promise<K6Run> {
  const exec = deps.exec ?? spawnProcess;
  const logger = deps.logger ?? streamLogger();
  const what = runTitle(options.label, 'k6', index, total);
  const jsonPath = join(options.outDir, `run-${index}.json`);
  const summaryPath = join(options.outDir, `run-${index}.summary.json`);

  await mkdir(options.outDir, { recursive: true });
  const outcome = await logger.group(what, () =>
    exec({
      command: options.k6Path,
      args: k6RunArgs(options, index, jsonPath, summaryPath),
      env: options.processEnv,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      onLine: (line) => logger.info(line),
    }),
  );
  const seconds = (outcome.durationMs / 1000).toFixed(1);
  const exitCode = measuredExitCode(what, outcome, options.timeoutMs, logger);
  const thresholdsCrossed = exitCode === K6_THRESHOLDS_CROSSED;
  const { result, crossedMetrics } = await readK6Run(options, prepared, jsonPath, summaryPath, deps);
  if (thresholdsCrossed) {
    result.warnings.push(
      `k6 thresholds crossed${crossedMetrics.length > 0 ? ` on ${crossedMetrics.join(', ')}` : ''} (exit code 99); the run is still measured`,
    );
  }
  const { requests } = measuredRequests(result);
  logger.info(
    `${what}: exit ${exitCode}${thresholdsCrossed ? ' (thresholds crossed)' : ''}, ${requests} requests, ${seconds} s`,
  );
  return {
    index,
    exitCode,
    thresholdsCrossed,
    crossedMetrics,
    jsonPath,
    summaryPath,
    durationMs: outcome.durationMs,
    result,
  };
}

function k6RunArgs(options: K6RunOptions, index: number, jsonPath: string, summaryPath: string): string[] {
  return [
    'run',
    '--out',
    `json=${jsonPath}`,
    `--summary-export=${summaryPath}`,
    '-q',
    '--no-color',
    '--tag',
    `perf_gate_run=${index}`,
    ...envFlags(options.env),
    ...(options.extraArgs ?? []),
    options.script,
  ];
}

/**
 * The exit code of a run that measured: 0, or crossed thresholds (the run is still measured). A run that was
 * interrupted, timed out or failed otherwise throws a ToolError saying so.
 */
function measuredExitCode(
  what: string,
  outcome: ProcessResult,
  timeoutMs: number | undefined,
  logger: EngineLogger,
): number {
  const interrupted = interruption(what, outcome, timeoutMs, 'k6');
  if (interrupted !== undefined || outcome.exitCode === null) {
    if (outcome.timedOut)
      logger.info(`${what}: stopped after ${(outcome.durationMs / 1000).toFixed(1)} s (timeout)`);
    throw new ToolError(interrupted ?? `${what} ended without an exit code`, outcome.exitCode);
  }
  if (outcome.exitCode !== 0 && outcome.exitCode !== K6_THRESHOLDS_CROSSED) {
    logger.info(`${what}: exit ${describeK6ExitCode(outcome.exitCode)}`);
    throw new ToolError(
      `${what} failed with exit code ${describeK6ExitCode(outcome.exitCode)}${outputTail(outcome, 'k6')}`,
      outcome.exitCode,
    );
  }
  return outcome.exitCode;
}

/** The run's results file, with the threshold outcomes of its summary export merged in. */
async function readK6Run(
  options: K6RunOptions,
  prepared: K6Preparation,
  jsonPath: string,
  summaryPath: string,
  deps: K6Dependencies,
): Promise<{ result: RunResult; crossedMetrics: string[] }> {
  const readResult = deps.readResult ?? readK6Json;
  const result = await readResult(jsonPath, {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.model.loadModel,
    loadModelSource: 'k6-inspect',
    targetRate: prepared.model.targetRate,
    targetUrl: options.targetUrl,
  });
  result.engineVersion ??= prepared.k6Version;
  const outcomes = await readSummaryThresholds(summaryPath, result);
  result.thresholds = mergeThresholdOutcomes(result.thresholds, outcomes);
  return { result, crossedMetrics: outcomes.filter((t) => t.crossed).map((t) => t.metric) };
}

async function readSummaryThresholds(path: string, result: RunResult) {
  try {
    await access(path);
  } catch {
    result.warnings.push(`k6 wrote no summary export (${path}); threshold outcomes unknown`);
    return [];
  }
  try {
    return thresholdsFromSummary(JSON.parse(await readFile(path, 'utf8')));
  } catch (err) {
    result.warnings.push(`could not read the k6 summary export ${path}: ${(err as Error).message}`);
    return [];
  }
}

function envFlags(env: Record<string, string> | undefined): string[] {
  return Object.entries(env ?? {}).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
}

function processFailure(what: string, r: ProcessResult): ToolError {
  const how =
    r.exitCode === null
      ? `was killed by ${r.signal}`
      : `failed with exit code ${describeK6ExitCode(r.exitCode)}`;
  return new ToolError(`${what} ${how}${outputTail(r, 'k6')}`, r.exitCode);
}
