import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { nodeProfilerEnv } from '../profile/node-profiler.ts';
import type { ProfileSummary, ProfilingSettings } from '../profile/summary.ts';
import { processTreeSource } from '../service/monitor.ts';
import {
  type RunningService,
  type ServiceSession,
  type ServiceSide,
  withServiceSession,
} from '../service/session.ts';
import { sourceFor } from '../service/targets.ts';
import { worktreePathFor } from '../service/worktree.ts';
import { mulberry32 } from '../stats/rng.ts';
import type { Measurer } from './measurer.ts';
import { type Measurement, measureAsConfigured, type NeedMorePairs, type ResourceWatch } from './plan.ts';

/** What a measuring step hands to judging: the runs, and the engine and script that made them. */
export interface MeasureStep {
  /** the engine that made the load and the script that identifies the test */
  measurer: Pick<Measurer, 'engine' | 'scriptHash'>;
  measurement: Measurement;
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

type MeasuringConfig = Pick<
  ActionConfig,
  'service' | 'resources' | 'runs' | 'targetUrl' | 'baselineTargetUrl'
> &
  Partial<Pick<ActionConfig, 'maxRuns'>>;
type Where = { workspace: string; logger: EngineLogger };

/** Where the profilers write before perf-gate reads, scrubs and keeps what it uploads (removed after). */
const PROFILE_RAW = 'raw';

/**
 * The load, with the services around it: without `start`, against the URLs given (reading the resources
 * of services named by pid or container); with it, perf-gate builds and starts the PR build in `workspace`
 * and, when `baseSha` is given, the base commit in a worktree beside it (right away, or once `confirm` asks
 * for it), and stops and removes all of it afterwards. The Action's measure step and `perf-gate run` share it.
 */
export async function measureWithServices(
  measurer: Measurer,
  config: MeasuringConfig,
  where: Where,
  seed: number,
  builds: Builds,
): Promise<Measurement> {
  const service = config.service;
  if (service === undefined) {
    const watch = await watchGivenServices(config);
    const { needMore } = builds;
    return await measureAsConfigured(measurer, { ...config, seed, watch, ...(needMore ? { needMore } : {}) });
  }
  const { profiling } = builds;
  if (profiling !== undefined) await rm(profiling.dir, { recursive: true, force: true });
  try {
    return await withServiceSession(service, where.logger, (session) =>
      measureStarted(session, measurer, config, where, seed, builds),
    );
  } finally {
    if (profiling !== undefined) await rm(join(profiling.dir, PROFILE_RAW), { recursive: true, force: true });
  }
}

/** Where a side's profiler writes (the built-in one: the directory its preload watches). */
const rawDir = (profiling: ProfilingRequest | undefined, side: ServiceSide) =>
  join(profiling?.dir ?? '', PROFILE_RAW, side);

/** The built-in profiler is loaded into both builds from their start (idle until the profiling pair). */
async function profilerEnv(profiling: ProfilingRequest | undefined, side: ServiceSide) {
  const builtIn =
    profiling !== undefined &&
    profiling.settings.mode !== 'never' &&
    profiling.settings.command === undefined;
  return builtIn ? await nodeProfilerEnv(rawDir(profiling, side), process.env.NODE_OPTIONS) : {};
}

/** The builds started in the session, measured (confirmed in pairs when `confirm` asks), then profiled. */
async function measureStarted(
  session: ServiceSession,
  measurer: Measurer,
  config: MeasuringConfig,
  where: Where,
  seed: number,
  { baseSha, confirm, profiling, needMore }: Builds,
): Promise<Measurement> {
  const launchBase = async (sha: string) =>
    await session.launch(
      'base',
      await session.checkout(where.workspace, sha, worktreePathFor(where.workspace)),
      await profilerEnv(profiling, 'base'),
    );
  let base = baseSha === undefined || confirm !== undefined ? undefined : await launchBase(baseSha);
  const pr = await session.launch('pr', where.workspace, await profilerEnv(profiling, 'pr'));
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
  const profile = await profileWhenCalled(
    session,
    measurer,
    { base, pr },
    measurement,
    profiling,
    seed,
    where,
  );
  return profile === undefined ? measurement : { ...measurement, profile };
}

/** The profiling pair, when the gate's judgement of the measurement calls for it. */
async function profileWhenCalled(
  session: ServiceSession,
  measurer: Measurer,
  services: Record<ServiceSide, RunningService>,
  measurement: Measurement,
  profiling: ProfilingRequest,
  seed: number,
  where: Where,
): Promise<ProfileSummary | undefined> {
  const call = profiling.call(measurement);
  if (call === undefined) return undefined;
  const pair = {
    ...profiling.settings,
    ...call,
    dir: profiling.dir,
    raw: { base: rawDir(profiling, 'base'), pr: rawDir(profiling, 'pr') },
    roots: { base: session.checkoutOf('base'), pr: session.checkoutOf('pr') },
    secrets: profiling.secrets,
    random: mulberry32(seed + 1).next,
  };
  // profiling code (pprof, flame graphs) is loaded only when a profile is taken
  const { profilePair } = await import('./profiling-pair.ts');
  const started = performance.now();
  try {
    return await profilePair(measurer, services, measurement, pair, where.logger);
  } catch (error) {
    // a profiling pair that failed outright (a service that would not restart) is a warning, never an error
    const warning = `the profiling pair failed: ${(error as Error).message}`;
    where.logger.warning(`profiling: ${warning}`);
    const seconds = (performance.now() - started) / 1000;
    return { reason: call.reason, top: [], files: [], warnings: [warning], seconds };
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
