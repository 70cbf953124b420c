import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import type { GateSettings } from '../inputs/gate-options.ts';
import { type Measurer, recordedScriptHash } from '../measure/measurer.ts';
import {
  type Measurement,
  measureAsConfigured,
  type NeedMorePairs,
  type ResourceWatch,
} from '../measure/plan.ts';
import { readRecordedRuns } from '../measure/recorded.ts';
import { nodeProfilerEnv } from '../profile/node-profiler.ts';
import { type ProfileSummary, type ProfilingSettings, profilingCall } from '../profile/summary.ts';
import { withLoadModelInput } from '../results/load-model.ts';
import { maskRunSecrets } from '../results/masked-names.ts';
import { cutFileNotes } from '../results/types.ts';
import { isSecretParamName } from '../secrets/mask.ts';
import { processTreeSource } from '../service/monitor.ts';
import { withServiceSession } from '../service/session.ts';
import { sourceFor } from '../service/targets.ts';
import { worktreePathFor } from '../service/worktree.ts';
import { mulberry32 } from '../stats/rng.ts';
import type { Comparison } from '../stats/types.ts';
import { judgeSameJob } from './compare-step.ts';
import type { GateDeps } from './deps.ts';
import { type ProfilePair, profilePair } from './profile-step.ts';
import type { RunnerContext } from './runner-context.ts';

export interface MeasureStep {
  /** the engine that made the load and the script that identifies the test */
  measurer: Pick<Measurer, 'engine' | 'scriptHash'>;
  measurement: Measurement;
}

/**
 * Measures the PR build: from results recorded elsewhere (a distributed run), the base and PR builds in
 * interleaved pairs (same-job), or repeats of the PR build alone. With `start`, perf-gate runs the
 * service itself: both sides when `baseSha` is given (a pull request), this checkout alone otherwise.
 */
export async function measureStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
  seed: number,
  builds: Builds = {},
): Promise<MeasureStep> {
  if (config.results.length > 0) {
    // measured elsewhere: the load model comes from the files or the load-model input, so k6 is not
    // installed or run here at all
    const runs = (
      await readRecordedRuns(config.results, {
        warmupSeconds: config.warmupSeconds,
        targetUrl: config.targetUrl,
      })
    ).map((run) => maskRunSecrets(withLoadModelInput(run, config.loadModel), secretsOf(config)));
    return {
      measurer: { engine: 'k6', scriptHash: await recordedScriptHash(config.script) },
      // (the load generator ran elsewhere; what the report must say about these runs is whether one was cut)
      measurement: { candidate: runs, generatorWarnings: cutFileNotes(runs) },
    };
  }
  const measurer = await deps.createMeasurer(config.engine, {
    script: config.script,
    warmupSeconds: config.warmupSeconds,
    outDir: join(reportDir, 'runs'),
    logger: deps.logger,
    k6: {
      ...config.k6,
      apiUrl: runner.apiUrl,
      token: config.token,
      env: config.env,
      targetEnv: config.targetEnv,
    },
    tools: config.tools,
    loadModel: config.loadModel,
    secrets: secretsOf(config),
  });
  return {
    measurer,
    measurement: await measureWithServices(
      measurer,
      config,
      { ...runner, logger: deps.logger },
      seed,
      builds,
    ),
  };
}

/** Which builds perf-gate starts beside the PR build's, and what it does after measuring them. */
export interface Builds {
  /** the base commit, checked out in a worktree and started beside the PR build (with `start`) */
  baseSha?: string;
  /**
   * Cached design first: the PR build is measured alone; the base build is started and both are measured in
   * pairs only when this, given those runs, gives a reason (the cached comparison is not a pass).
   */
  confirm?: (first: MeasureStep) => string | undefined;
  profiling?: ProfilingRequest;
  /** adaptive confirmation: whether the pairs so far call for two more */
  needMore?: NeedMorePairs;
}

/**
 * The load, with the services around it: without `start`, against the URLs given (reading the resources
 * of services named by pid or container); with it, perf-gate builds and starts the PR build in `workspace`
 * and, when `baseSha` is given, the base commit in a worktree beside it (right away, or once `confirm` asks
 * for it), and stops and removes all of it afterwards. The Action's measure step and `perf-gate run` share it.
 */
export async function measureWithServices(
  measurer: Measurer,
  config: Pick<ActionConfig, 'service' | 'resources' | 'runs' | 'targetUrl' | 'baselineTargetUrl'> &
    Partial<Pick<ActionConfig, 'maxRuns'>>,
  where: { workspace: string; logger: EngineLogger },
  seed: number,
  { baseSha, confirm, profiling, needMore }: Builds,
): Promise<Measurement> {
  const service = config.service;
  if (service === undefined) {
    const watch = await watchGivenServices(config);
    return await measureAsConfigured(measurer, { ...config, seed, watch, ...(needMore ? { needMore } : {}) });
  }
  // the built-in profiler is loaded into both builds from their start (idle until the profiling pair)
  const profileNode =
    profiling !== undefined &&
    profiling.settings.mode !== 'never' &&
    profiling.settings.command === undefined;
  const rawDir = (side: 'base' | 'pr') => join(profiling?.dir ?? '', PROFILE_RAW, side);
  const profilerEnv = async (side: 'base' | 'pr') =>
    profileNode ? await nodeProfilerEnv(rawDir(side), process.env.NODE_OPTIONS) : {};
  if (profiling !== undefined) await rm(profiling.dir, { recursive: true, force: true });
  try {
    return await withServiceSession(service, where.logger, async (session) => {
      const launchBase = async (sha: string) =>
        await session.launch(
          'base',
          await session.checkout(where.workspace, sha, worktreePathFor(where.workspace)),
          await profilerEnv('base'),
        );
      let base = baseSha === undefined || confirm !== undefined ? undefined : await launchBase(baseSha);
      const pr = await session.launch('pr', where.workspace, await profilerEnv('pr'));
      const watch: ResourceWatch = {
        sources: {
          pr: processTreeSource(pr.pid),
          ...(base ? { base: processTreeSource(base.pid) } : {}),
        },
        generator: processTreeSource(process.pid, () => new Set(session.pids)),
        check: () => session.assertRunning(),
      };
      const measure = (baselineTargetUrl?: string) =>
        measureAsConfigured(measurer, {
          runs: config.runs,
          ...(config.maxRuns !== undefined ? { maxRuns: config.maxRuns } : {}),
          ...(needMore ? { needMore } : {}),
          targetUrl: pr.url,
          baselineTargetUrl,
          seed,
          watch,
        });
      let measurement = await measure(base?.url);
      const reason = base === undefined ? confirm?.({ measurer, measurement }) : undefined;
      if (baseSha !== undefined && reason !== undefined) {
        where.logger.info(`perf-gate: ${reason}: confirming it in the same job with the base build`);
        base = await launchBase(baseSha);
        watch.sources.base = processTreeSource(base.pid);
        measurement = { ...(await measure(base.url)), cachedFirst: measurement };
      }
      if (profiling === undefined || profiling.settings.mode === 'never') return measurement;
      if (base === undefined) {
        if (profiling.settings.mode === 'always')
          where.logger.info(
            'perf-gate: no profiling pair: it needs both builds running (start, on a pull request or with --base-ref)',
          );
        return measurement;
      }
      const call = profiling.call(measurement);
      if (call === undefined) return measurement;
      const pair: ProfilePair = {
        ...profiling.settings,
        ...call,
        dir: profiling.dir,
        raw: { base: rawDir('base'), pr: rawDir('pr') },
        roots: { base: session.checkoutOf('base'), pr: session.checkoutOf('pr') },
        secrets: profiling.secrets,
        random: mulberry32(seed + 1).next,
      };
      return {
        ...measurement,
        profile: await profileSafely(where.logger, call.reason, () =>
          profilePair(measurer, { base, pr }, measurement, pair, where.logger),
        ),
      };
    });
  } finally {
    if (profiling !== undefined) await rm(join(profiling.dir, PROFILE_RAW), { recursive: true, force: true });
  }
}

/** Where the profilers write before perf-gate reads, scrubs and keeps what it uploads (removed after). */
const PROFILE_RAW = 'raw';

/** How the gate asks for the profiling pair: its settings, and its own judgement of whether to run it. */
export interface ProfilingRequest {
  settings: ProfilingSettings;
  /** the measurement judged as the gate will judge it: whether it calls for profiling, and why */
  call(measurement: Measurement): { reason: string; heap: boolean } | undefined;
  /** where the profiles, the diff and the flame graph go */
  dir: string;
  /** literal values no profile file may contain */
  secrets: string[];
}

/**
 * The profiling request of a same-job comparison: the measurement is judged exactly as the gate will judge it
 * (same settings and seed) to decide whether the pair runs.
 */
export function profilingRequest(
  config: Pick<ActionConfig, 'profiling' | 'secrets' | 'token' | 'env'>,
  settings: GateSettings,
  dir: string,
  env: NodeJS.ProcessEnv,
): ProfilingRequest {
  const quiet: EngineLogger = { info: () => {}, warning: () => {}, group: (_t, fn) => fn() };
  return {
    settings: config.profiling,
    call: (measurement) => {
      if (measurement.baseline === undefined) return undefined;
      let comparison: Comparison | undefined;
      try {
        comparison = judgeSameJob(
          { measurer: { scriptHash: '' }, measurement },
          settings,
          { logger: quiet, now: Date.now },
          { commit: 'base', ref: 'base' },
        ).comparison;
      } catch {
        return undefined; // not comparable (a side with too many errors): the gate says why, nothing to profile
      }
      return profilingCall(config.profiling.mode, comparison);
    },
    dir,
    secrets: profileSecrets(config, env),
  };
}

/**
 * What no profile file may contain: the secrets perf-gate masks everywhere, the token, every value of the
 * script's variables, and the values of this process's variables named like secrets.
 */
function profileSecrets(
  config: Pick<ActionConfig, 'secrets' | 'token' | 'env'>,
  env: NodeJS.ProcessEnv,
): string[] {
  const named = Object.entries(env)
    .filter(([name, value]) => value !== undefined && value.length >= 4 && isSecretParamName(name))
    .map(([, value]) => value as string);
  const values = Object.values(config.env).filter((v) => v.length >= 4);
  return [...secretsOf(config), ...values, ...named];
}

/** A profiling pair that failed outright (a service that would not restart) is a warning, never an error. */
async function profileSafely(
  logger: EngineLogger,
  reason: string,
  run: () => Promise<ProfileSummary>,
): Promise<ProfileSummary> {
  const started = performance.now();
  try {
    return await run();
  } catch (error) {
    const warning = `the profiling pair failed: ${(error as Error).message}`;
    logger.warning(`profiling: ${warning}`);
    return { reason, top: [], files: [], warnings: [warning], seconds: (performance.now() - started) / 1000 };
  }
}

/** Services the workflow started itself and named by pid, pid file or container: their resources are read. */
async function watchGivenServices(
  config: Pick<ActionConfig, 'resources'>,
): Promise<ResourceWatch | undefined> {
  const { pr, base } = config.resources;
  if (pr === undefined && base === undefined) return undefined;
  return {
    sources: {
      ...(pr ? { pr: await sourceFor(pr) } : {}),
      ...(base ? { base: await sourceFor(base) } : {}),
    },
    generator: processTreeSource(process.pid),
  };
}
