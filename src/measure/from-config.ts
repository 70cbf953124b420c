import type { EngineLogger } from '../engine/logger.ts';
import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import { withLoadModelInput } from '../results/load-model.ts';
import { maskRunSecrets } from '../results/masked-names.ts';
import { cutFileNotes } from '../results/types.ts';
import { type Measurer, type MeasurerSettings, recordedScriptHash } from './measurer.ts';
import { type Builds, type MeasureStep, measureWithServices } from './with-services.ts';

/** Where a Measurer runs: its raw files, its log, and the GitHub API it may ask for k6's latest version. */
export interface MeasuringPlace {
  outDir: string;
  logger: EngineLogger;
  apiUrl: string | undefined;
  /** the GitHub token ('' without one): resolves `latest`, and is masked like every secret */
  token: string;
  /** environment of the load generator's processes (default: this process's) */
  processEnv?: NodeJS.ProcessEnv;
}

/** The Measurer's settings from the inputs, built the one way the Action and `perf-gate run` share. */
function measurerSettingsOf(config: ActionConfig, place: MeasuringPlace): MeasurerSettings {
  return {
    script: config.script,
    warmupSeconds: config.warmupSeconds,
    outDir: place.outDir,
    logger: place.logger,
    k6: {
      ...config.k6,
      apiUrl: place.apiUrl,
      token: place.token,
      env: config.env,
      targetEnv: config.targetEnv,
      ...(place.processEnv ? { processEnv: place.processEnv } : {}),
    },
    tools: config.tools,
    loadModel: config.loadModel,
    secrets: secretsOf({ secrets: config.secrets, token: place.token }),
  };
}

/**
 * Results measured elsewhere (a distributed run): the load model comes from the files or the load-model input,
 * so no load generator is installed or run here at all.
 */
async function recordedStep(config: ActionConfig): Promise<MeasureStep> {
  // the k6 JSON reader is needed only here: loaded on use, not at every run's start
  const { readRecordedRuns } = await import('./recorded.ts');
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

/** Where the PR build is measured: the Measurer's place, the checkout, and how a Measurer is made. */
export interface MeasuringSetup extends MeasuringPlace {
  workspace: string;
  createMeasurer(engine: ActionConfig['engine'], settings: MeasurerSettings): Promise<Measurer>;
}

/**
 * How the PR build is measured as the inputs say, the one way the Action and `perf-gate run` share: from
 * results recorded elsewhere (a distributed run), or by a Measurer made now (so a missing tool is named before
 * anything runs), measuring the base and PR builds in interleaved pairs (same-job) or the PR build alone. With
 * `start`, perf-gate runs the service itself: both sides when `builds.baseSha` is given, this checkout alone
 * otherwise.
 */
export async function prepareMeasuring(
  config: ActionConfig,
  setup: MeasuringSetup,
): Promise<(seed: number, builds?: Builds) => Promise<MeasureStep>> {
  if (config.results.length > 0) return () => recordedStep(config);
  const measurer = await setup.createMeasurer(config.engine, measurerSettingsOf(config, setup));
  const where = { workspace: setup.workspace, logger: setup.logger };
  return async (seed, builds = {}) => ({
    measurer,
    measurement: await measureWithServices(measurer, config, where, seed, builds),
  });
}
