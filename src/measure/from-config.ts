import type { EngineLogger } from '../engine/logger.ts';
import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import { withLoadModelInput } from '../results/load-model.ts';
import { maskRunSecrets } from '../results/masked-names.ts';
import { cutFileNotes } from '../results/types.ts';
import { type MeasurerSettings, recordedScriptHash } from './measurer.ts';
import { readRecordedRuns } from './recorded.ts';
import type { MeasureStep } from './with-services.ts';

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
export function measurerSettingsOf(config: ActionConfig, place: MeasuringPlace): MeasurerSettings {
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
export async function recordedStep(config: ActionConfig): Promise<MeasureStep> {
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
