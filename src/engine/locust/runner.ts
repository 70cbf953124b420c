import { stat } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { readLocustCsv } from '../../results/locust-csv.ts';
import { readLocustRequests } from '../../results/locust-requests.ts';
import { type LoadModel, measuredRequests, type ReadOptions, type RunResult } from '../../results/types.ts';
import type { ToolDependencies, ToolPreparer, ToolRunOptions } from '../external-tool.ts';
import { findExecutable, logMeasured, readText, runTool, supportFile, ToolError } from '../external-tool.ts';
import { outputTail } from '../k6/process.ts';
import { runTitle } from '../logger.ts';
import { loadFlags, locustfileLoadModel } from './plan.ts';

const LOCUST_INSTALL =
  'Install Locust (Debian/Ubuntu: sudo apt-get install -y python3-locust; or pip install locust) or give its ' +
  'path (locust-path / --locust).';

/** Locust's exit code when requests failed (`--exit-code-on-error`, default 1): the run is still measured. */
const LOCUST_REQUESTS_FAILED = 1;

export const prepareLocust: ToolPreparer = async (locustfile, given, env = process.env) => {
  const executable = await findExecutable('locust', given, LOCUST_INSTALL, env);
  const loadModel = locustfileLoadModel(await readText(locustfile));
  return {
    loadModel,
    run: (options, index, total, deps) =>
      runLocustOnce(options, { executable, loadModel }, index, total, deps),
  };
};

/**
 * One headless Locust run. perf-gate's module (`support/perf_gate_requests.py`) is loaded beside the
 * locustfile, so every request lands in run-<i>_requests.jsonl (full fidelity); Locust's own stats CSV is read
 * only when that file is missing.
 */
async function runLocustOnce(
  options: ToolRunOptions,
  prepared: { executable: string; loadModel: LoadModel },
  index: number,
  total: number,
  deps: ToolDependencies = {},
): Promise<RunResult> {
  const what = runTitle(options.label, 'locust', index, total);
  const prefix = join(options.outDir, `run-${index}`);
  const requestsFile = `${prefix}_requests.jsonl`;
  const module = supportFile('perf_gate_requests.py');
  const env = options.processEnv ?? process.env;
  const outcome = await runTool(
    {
      what,
      tool: 'locust',
      command: prepared.executable,
      args: [
        '-f',
        `${options.script},${module}`,
        '--headless',
        ...loadFlags(options.extraArgs),
        ...(options.targetUrl === undefined ? [] : ['--host', options.targetUrl]),
        '--csv',
        prefix,
        '--only-summary',
        ...options.extraArgs,
      ],
      // a locustfile may `import perf_gate_requests` itself
      env: { ...env, PYTHONPATH: [dirname(module), env.PYTHONPATH].filter(Boolean).join(delimiter) },
      timeoutMs: options.timeoutMs,
      outDir: options.outDir,
      freshFile: requestsFile,
    },
    deps,
  );
  if (outcome.exitCode !== 0 && outcome.exitCode !== LOCUST_REQUESTS_FAILED) {
    throw new ToolError(
      `${what} failed with exit code ${outcome.exitCode}${outputTail(outcome, 'locust')}`,
      outcome.exitCode,
    );
  }
  const read: ReadOptions = {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.loadModel,
    loadModelSource: 'locust-plan',
    targetUrl: options.targetUrl,
  };
  const result = (await hasContent(requestsFile))
    ? await readLocustRequests(requestsFile, read)
    : await readStatsOrExplain(`${prefix}_stats.csv`, read, what, outcome);
  if (outcome.exitCode === LOCUST_REQUESTS_FAILED && measuredRequests(result).failed === 0) {
    throw new ToolError(
      `${what} failed with exit code 1 and no failed request${outputTail(outcome, 'locust')}`,
      1,
    );
  }
  logMeasured(deps, what, result, 'requests', outcome);
  return result;
}

async function hasContent(path: string): Promise<boolean> {
  try {
    return (await stat(path)).size > 0;
  } catch {
    return false;
  }
}

async function readStatsOrExplain(
  path: string,
  read: ReadOptions,
  what: string,
  outcome: Parameters<typeof outputTail>[0],
): Promise<RunResult> {
  if (!(await hasContent(path))) {
    throw new ToolError(
      `${what} wrote no results (${path})${outputTail(outcome, 'locust')}`,
      outcome.exitCode,
    );
  }
  return await readLocustCsv(path, read);
}
