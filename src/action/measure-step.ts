import { join } from 'node:path';
import type { ActionConfig } from '../inputs/config.ts';
import type { Measurer } from '../measure/measurer.ts';
import { type Measurement, measureAsConfigured, type ResourceWatch } from '../measure/plan.ts';
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
 * interleaved pairs (same-job), or repeats of the PR build alone. With `start`, perf-gate runs the
 * service itself: both sides when `baseSha` is given (a pull request), this checkout alone otherwise.
 */
export async function measureStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
  seed: number,
  baseSha?: string,
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
  const service = config.service;
  if (service === undefined) {
    const watch = await watchGivenServices(config);
    return { measurer, measurement: await measureAsConfigured(measurer, { ...config, seed, watch }) };
  }
  return await withServiceSession(service, deps.logger, async (session) => {
    const base =
      baseSha === undefined
        ? undefined
        : await session.launch(
            'base',
            await session.checkout(runner.workspace, baseSha, worktreePathFor(runner.workspace)),
          );
    const pr = await session.launch('pr', runner.workspace);
    const watch: ResourceWatch = {
      sources: {
        pr: processTreeSource(pr.pid),
        ...(base ? { base: processTreeSource(base.pid) } : {}),
      },
      generator: processTreeSource(process.pid, () => new Set(session.pids)),
      check: () => session.assertRunning(),
    };
    const measurement = await measureAsConfigured(measurer, {
      runs: config.runs,
      targetUrl: pr.url,
      baselineTargetUrl: base?.url,
      seed,
      watch,
    });
    return { measurer, measurement };
  });
}

/** Services the workflow started itself and named by pid, pid file or container: their resources are read. */
async function watchGivenServices(config: ActionConfig): Promise<ResourceWatch | undefined> {
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
