import type { EnvironmentFingerprint } from '../baseline/environment.ts';
import type { BaselineStore } from '../baseline/store.ts';
import type { DeliveryDeps } from '../delivery/deliver.ts';
import type { ArtifactUploader } from '../delivery/profile-artifact.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { seedFromSha } from '../inputs/gate-options.ts';
import { type Judging, judgingOf } from '../judge/judge.ts';
import type { Measurer, MeasurerSettings } from '../measure/measurer.ts';
import type { EngineName } from '../results/types.ts';

/** Everything the gate touches outside itself; main.ts passes the real ones, tests their own. */
export interface GateDeps extends DeliveryDeps {
  store: BaselineStore;
  now(): number;
  environment: EnvironmentFingerprint;
  version: string;
  createMeasurer(engine: EngineName, settings: MeasurerSettings): Promise<Measurer>;
  /** uploads files as an artifact of this workflow run (the profiles); absent outside GitHub Actions */
  uploadArtifact?: ArtifactUploader;
}

/** How the gate judges; the seed is the judged commit's unless the workflow fixed one. */
export function gateJudging(config: ActionConfig, commit: string, deps: GateDeps): Judging {
  const collaborators = { measuring: deps, logger: deps.logger, now: deps.now };
  return judgingOf(config, config.seed ?? seedFromSha(commit), collaborators);
}
