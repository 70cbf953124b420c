import { join } from 'node:path';
import type { ActionConfig } from '../inputs/config.ts';
import type { RunnerContext } from '../inputs/runner-context.ts';
import { measurerSettingsOf, recordedStep } from '../measure/from-config.ts';
import { type Builds, type MeasureStep, measureWithServices } from '../measure/with-services.ts';
import type { GateDeps } from './deps.ts';

/**
 * Measures the PR build: from results recorded elsewhere (a distributed run), the base and PR builds in
 * interleaved pairs (same-job), or repeats of the PR build alone. With `start`, perf-gate runs the
 * service itself: both sides when `baseSha` is given (a pull request), this checkout alone otherwise.
 */
export async function measureStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: Pick<GateDeps, 'createMeasurer' | 'logger'>,
  reportDir: string,
  seed: number,
  builds: Builds = {},
): Promise<MeasureStep> {
  if (config.results.length > 0) return await recordedStep(config);
  const measurer = await deps.createMeasurer(
    config.engine,
    measurerSettingsOf(config, {
      outDir: join(reportDir, 'runs'),
      logger: deps.logger,
      apiUrl: runner.apiUrl,
      token: config.token,
    }),
  );
  const where = { workspace: runner.workspace, logger: deps.logger };
  return { measurer, measurement: await measureWithServices(measurer, config, where, seed, builds) };
}
