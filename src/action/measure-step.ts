import { join } from 'node:path';
import type { ActionConfig } from '../inputs/config.ts';
import type { Measurer } from '../measure/measurer.ts';
import { type Measurement, measureAsConfigured } from '../measure/plan.ts';
import { readRecordedRuns } from '../measure/recorded.ts';
import { cutFileNotes } from '../results/types.ts';
import type { GateDeps } from './deps.ts';
import type { RunnerContext } from './runner-context.ts';

export interface MeasureStep {
  measurer: Measurer;
  measurement: Measurement;
}

/**
 * Measures the PR build: from results recorded elsewhere (a distributed run), the base and PR builds in
 * interleaved pairs (same-job), or repeats of the PR build alone.
 */
export async function measureStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
  seed: number,
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
  return { measurer, measurement: await measureAsConfigured(measurer, { ...config, seed }) };
}
