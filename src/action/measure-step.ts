import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import type { ActionConfig } from '../inputs/config.ts';
import type { Measurer } from '../measure/measurer.ts';
import {
  type Measurement,
  measureAsConfigured,
  type NeedMorePairs,
  type ResourceWatch,
} from '../measure/plan.ts';
import { readRecordedRuns } from '../measure/recorded.ts';
import { cutFileNotes } from '../results/types.ts';
import { processTreeSource } from '../service/monitor.ts';
import { withServiceSession } from '../service/session.ts';
import { sourceFor } from '../service/targets.ts';
import { worktreePathFor } from '../service/worktree.ts';
import type { GateDeps } from './deps.ts';
import type { RunnerContext } from './runner-context.ts';

export interface MeasureStep {
  measurer: Measurer;
  measurement: Measurement;
}

/**
 * Measures the PR build: from results recorded elsewhere (a distributed run), the base and PR builds in
 * interleaved pairs (same-job, confirmed with more pairs while `needMore` says so), or repeats of the PR
 * build alone. With `start`, perf-gate runs the
 * service itself: both sides when `baseSha` is given (a pull request), this checkout alone otherwise.
 */
export async function measureStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
  seed: number,
  baseSha?: string,
  needMore?: NeedMorePairs,
): Promise<MeasureStep> {
  const measurer = await deps.createMeasurer(config.results.length > 0 ? 'k6' : config.engine, {
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
  });
  if (config.results.length > 0) {
    const runs = await readRecordedRuns(config.results, {
      warmupSeconds: config.warmupSeconds,
      loadModel: measurer.loadModel,
      targetRate: measurer.targetRate,
    });
    // (the load generator ran elsewhere; what the report must say about these runs is whether one was cut)
    return { measurer, measurement: { candidate: runs, generatorWarnings: cutFileNotes(runs) } };
  }
  return {
    measurer,
    measurement: await measureWithServices(
      measurer,
      config,
      { ...runner, logger: deps.logger },
      seed,
      baseSha,
      needMore,
    ),
  };
}

/**
 * The load, with the services around it: without `start`, against the URLs given (reading the resources
 * of services named by pid or container); with it, perf-gate builds and starts the PR build in `workspace`
 * and, when `baseSha` is given, the base commit in a worktree beside it, and stops and removes all of it
 * afterwards. The Action's measure step and `perf-gate run` share it.
 */
export async function measureWithServices(
  measurer: Measurer,
  config: Pick<
    ActionConfig,
    'service' | 'resources' | 'runs' | 'maxRuns' | 'targetUrl' | 'baselineTargetUrl'
  >,
  where: { workspace: string; logger: EngineLogger },
  seed: number,
  baseSha?: string,
  needMore?: NeedMorePairs,
): Promise<Measurement> {
  const service = config.service;
  if (service === undefined) {
    const watch = await watchGivenServices(config);
    return await measureAsConfigured(measurer, { ...config, seed, watch, ...(needMore ? { needMore } : {}) });
  }
  return await withServiceSession(service, where.logger, async (session) => {
    const base =
      baseSha === undefined
        ? undefined
        : await session.launch(
            'base',
            await session.checkout(where.workspace, baseSha, worktreePathFor(where.workspace)),
          );
    const pr = await session.launch('pr', where.workspace);
    const watch: ResourceWatch = {
      sources: {
        pr: processTreeSource(pr.pid),
        ...(base ? { base: processTreeSource(base.pid) } : {}),
      },
      generator: processTreeSource(process.pid, () => new Set(session.pids)),
      check: () => session.assertRunning(),
    };
    return await measureAsConfigured(measurer, {
      runs: config.runs,
      maxRuns: config.maxRuns,
      ...(needMore ? { needMore } : {}),
      targetUrl: pr.url,
      baselineTargetUrl: base?.url,
      seed,
      watch,
    });
  });
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
