import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { hashScript } from '../baseline/identity.ts';
import { Inputs } from '../constants.ts';
import type { Scenario } from '../engine/embedded/scenario.ts';
import type { PreparedTool, ToolRunOptions } from '../engine/external-tool.ts';
import type { K6Preparation, K6RunOptions } from '../engine/k6/runner.ts';
import type { EngineLogger } from '../engine/logger.ts';
import { InputError } from '../inputs/errors.ts';
import { withLoadModelInput } from '../results/load-model.ts';
import { maskRunSecrets } from '../results/masked-names.ts';
import type { EngineName, LoadModel, RunResult } from '../results/types.ts';
import { secretForms } from '../secrets/mask.ts';
import { scrubFile } from '../secrets/scrub-file.ts';

export interface RunRequest {
  /** the build's base URL; undefined uses the script's or scenario's own */
  targetUrl?: string;
  /** 1-based run number, unique per side */
  index: number;
  total: number;
  /** names the side in logs and output folders, e.g. 'PR build' / 'base build' */
  label: string;
  /** sub-folder of the output directory for this side's raw files */
  side: 'pr' | 'base';
  /**
   * a warm-up run is made for its side effects and discarded; a profiled run (the profiling pair, never
   * judged) comes after the measured pairs, when both services are warm
   */
  purpose: 'warmup' | 'measure' | 'profile';
}

/** One engine, prepared once (installed, inspected), able to run the load against any target. */
export interface Measurer {
  engine: EngineName;
  loadModel: LoadModel;
  targetRate?: number;
  /** sha256 of the script or scenario file, part of what makes two measurements comparable */
  scriptHash: string;
  /** seconds at the start of each run that are not measured */
  warmupSeconds: number;
  /**
   * seconds of warm-up at the start of a profiled run: none where perf-gate runs the load itself (the embedded
   * engine), since the services are warm by then; a k6 script, JMeter plan or locustfile lasts as it is written
   */
  profileWarmupSeconds: number;
  /** one run; k6 threshold outcomes are in the result's `thresholds` */
  run(request: RunRequest): Promise<RunResult>;
}

export interface MeasurerSettings {
  script: string;
  warmupSeconds: number;
  /** where raw run files go (k6 NDJSON and summaries), one sub-folder per side */
  outDir: string;
  logger: EngineLogger;
  k6: {
    version?: string;
    path?: string;
    downloadUrl?: string;
    /** GitHub API base and token, to resolve `latest` */
    apiUrl?: string;
    token?: string;
    flags: string[];
    timeoutSeconds: number;
    /** script variables (-e) */
    env: Record<string, string>;
    /** the variable the script reads its base URL from */
    targetEnv: string;
    /** environment of the k6 processes (default: this process's) */
    processEnv?: NodeJS.ProcessEnv;
  };
  /** JMeter and Locust: where they are (else PATH) and extra flags; run timeout and environment as for k6 */
  tools?: { jmeterPath?: string; locustPath?: string; flags: string[] };
  /** the `load-model` input: wins over what the script or plan shows (a contradiction is warned about) */
  loadModel?: 'open' | 'closed' | undefined;
  /** the token and the env values that look like secrets: masked in every run and every file it leaves */
  secrets?: readonly string[];
}

export async function createMeasurer(engine: EngineName, settings: MeasurerSettings): Promise<Measurer> {
  const scriptHash = hashScript(await readScript(settings.script));
  const measurer = withLoadModel(
    await createEngineMeasurer(engine, settings, scriptHash),
    settings.loadModel,
  );
  return withSecretsMasked(measurer, settings.outDir, settings.secrets ?? []);
}

/**
 * Each engine's code (its runner, its results readers, the scenario parser) is imported when that engine is
 * chosen, so a run loads only its own: start-up is CPU the load generator takes from the measured service.
 */
function createEngineMeasurer(
  engine: EngineName,
  settings: MeasurerSettings,
  scriptHash: string,
): Promise<Measurer> {
  switch (engine) {
    case 'k6':
      return createK6Measurer(settings, scriptHash);
    case 'embedded':
      return createEmbeddedMeasurer(settings, scriptHash);
    case 'jmeter':
    case 'locust':
      return createToolMeasurer(engine, settings, scriptHash);
  }
}

/**
 * What identifies results measured elsewhere (`results:`): the script when one is given, else nothing
 * (the same for every results-only run). Nothing is installed or inspected for them.
 */
export async function recordedScriptHash(script: string): Promise<string> {
  return hashScript(script === '' ? '' : await readScript(script));
}

/** The `load-model` input over each run's own model (see `withLoadModelInput`). */
function withLoadModel(measurer: Measurer, input: 'open' | 'closed' | undefined): Measurer {
  if (input === undefined) return measurer;
  return {
    ...measurer,
    loadModel: input,
    async run(request) {
      return withLoadModelInput(await measurer.run(request), input);
    },
  };
}

/**
 * Each run's series names and warnings masked, and every file the run wrote into `outDir` rewritten masked:
 * a script may put a secret env value in a URL, and k6 writes URLs into every sample, Locust into its
 * failures file, JMeter its properties into its log.
 */
function withSecretsMasked(measurer: Measurer, outDir: string, secrets: readonly string[]): Measurer {
  if (secretForms(secrets).length === 0) return measurer;
  return {
    ...measurer,
    async run(request) {
      const started = Date.now();
      const result = await measurer.run(request);
      for (const file of await writtenSince(outDir, started)) await scrubFile(file, secrets);
      return maskRunSecrets(result, secrets);
    },
  };
}

/**
 * The files under `dir` modified since `sinceMs`, less a margin for coarse file-system clocks (a file of the
 * run before, already masked, may be masked again: harmless).
 */
async function writtenSince(dir: string, sinceMs: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return []; // the tool wrote nothing there
  }
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isFile() && info.mtimeMs >= sinceMs - 2000) files.push(path);
  }
  return files;
}

async function readScript(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(
      Inputs.Script,
      `cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

async function createK6Measurer(settings: MeasurerSettings, scriptHash: string): Promise<Measurer> {
  const { k6, logger } = settings;
  // The installer (and @actions/tool-cache behind it) loads only when k6 is to be run.
  const { installK6 } = await import('../engine/k6/install.ts');
  const { prepareK6, runK6Once } = await import('../engine/k6/runner.ts');
  const installed = await installK6({
    version: k6.version,
    k6Path: k6.path,
    downloadBaseUrl: k6.downloadUrl,
    apiBaseUrl: k6.apiUrl,
    token: k6.token,
    logger,
  });
  const optionsFor = (request?: RunRequest): K6RunOptions => ({
    k6Path: installed.path,
    script: settings.script,
    outDir: join(settings.outDir, request?.side ?? 'pr', request?.purpose === 'warmup' ? 'warmup' : ''),
    env: request?.targetUrl === undefined ? k6.env : { ...k6.env, [k6.targetEnv]: request.targetUrl },
    targetUrl: request?.targetUrl,
    extraArgs: k6.flags,
    timeoutMs: k6.timeoutSeconds * 1000,
    warmupSeconds: settings.warmupSeconds,
    label: request?.label,
    processEnv: k6.processEnv,
  });
  const prepared: K6Preparation = await prepareK6(optionsFor(), { logger });
  return {
    engine: 'k6',
    loadModel: prepared.model.loadModel,
    targetRate: prepared.model.targetRate,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    profileWarmupSeconds: settings.warmupSeconds,
    async run(request) {
      return (await runK6Once(optionsFor(request), prepared, request.index, request.total, { logger }))
        .result;
    },
  };
}

async function createEmbeddedMeasurer(settings: MeasurerSettings, scriptHash: string): Promise<Measurer> {
  const { loadScenario } = await import('../engine/embedded/scenario.ts');
  const { runEmbeddedOnce } = await import('../engine/embedded/engine.ts');
  const scenario = await loadScenario(settings.script);
  // The warmup input, when given, overrides the scenario file's own warm-up.
  const measured: Scenario =
    settings.warmupSeconds > 0 ? { ...scenario, warmup: settings.warmupSeconds } : scenario;
  const timeLimitSeconds = settings.k6.timeoutSeconds;
  const lasts = measured.warmup + measured.load.duration;
  if (lasts > timeLimitSeconds) {
    // known before any load: a run that cannot end within the run timeout is refused at once
    throw new InputError(
      Inputs.RunTimeout,
      `${settings.script} runs for ${lasts} s (load.duration ${measured.load.duration} s + warm-up ` +
        `${measured.warmup} s), longer than the run timeout of ${timeLimitSeconds} s: raise the run timeout ` +
        'or shorten the scenario',
    );
  }
  return {
    engine: 'embedded',
    loadModel: scenario.load.model,
    targetRate: scenario.load.model === 'open' ? scenario.load.rate : undefined,
    scriptHash,
    warmupSeconds: measured.warmup,
    profileWarmupSeconds: 0,
    async run(request) {
      // A warm-up run is a whole run, discarded, as with k6, JMeter and Locust: a freshly started service
      // still compiles its hot paths after its first second of load (the example service's first measured
      // run after a 1 s warm-up run used twice the CPU per request of the runs after it).
      return await runEmbeddedOnce(request.purpose === 'profile' ? { ...measured, warmup: 0 } : measured, {
        baseUrl: request.targetUrl,
        index: request.index,
        total: request.total,
        label: request.purpose === 'warmup' ? `${request.label} warm-up` : request.label,
        logger: settings.logger,
        timeLimitSeconds,
      });
    },
  };
}

/** A JMeter plan or a locustfile: the tool is found and the test read once; each run is one tool process. */
async function createToolMeasurer(
  engine: 'jmeter' | 'locust',
  settings: MeasurerSettings,
  scriptHash: string,
): Promise<Measurer> {
  const { k6, logger, tools } = settings;
  let tool: PreparedTool;
  if (engine === 'jmeter') {
    const { prepareJmeter } = await import('../engine/jmeter/runner.ts');
    tool = await prepareJmeter(settings.script, tools?.jmeterPath, k6.processEnv);
  } else {
    const { prepareLocust } = await import('../engine/locust/runner.ts');
    tool = await prepareLocust(settings.script, tools?.locustPath, k6.processEnv);
  }
  return {
    engine,
    loadModel: tool.loadModel,
    scriptHash,
    warmupSeconds: settings.warmupSeconds,
    profileWarmupSeconds: settings.warmupSeconds,
    async run(request) {
      const options: ToolRunOptions = {
        script: settings.script,
        outDir: join(settings.outDir, request.side, request.purpose === 'warmup' ? 'warmup' : ''),
        targetUrl: request.targetUrl,
        extraArgs: tools?.flags ?? [],
        timeoutMs: k6.timeoutSeconds * 1000,
        warmupSeconds: settings.warmupSeconds,
        processEnv: k6.processEnv,
        label: request.purpose === 'warmup' ? `${request.label} warm-up` : request.label,
      };
      return await tool.run(options, request.index, request.total, { logger });
    },
  };
}
