import type { EnvironmentFingerprint } from '../baseline/environment.ts';
import type { BaselineStore } from '../baseline/store.ts';
import type { DeliveryDeps } from '../delivery/deliver.ts';
import type { ArtifactUploader } from '../delivery/profile-artifact.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { seedFromSha } from '../inputs/gate-options.ts';
import { type RunnerContext, runUrl } from '../inputs/runner-context.ts';
import { type ReportHeader, reportHeader } from '../judge/context.ts';
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

/** The Action's report header: the scenario, the commit judged (on `ref`), and the workflow run it links to. */
export function actionHeader(
  config: ActionConfig,
  runner: RunnerContext,
  deps: Pick<GateDeps, 'now' | 'version'>,
  candidate: { commit: string; ref?: string },
): ReportHeader {
  return reportHeader(
    config,
    {
      scenario: { id: config.scenarioId, name: config.scenarioId },
      candidate: { commit: candidate.commit, ref: candidate.ref ?? runner.refName },
    },
    { nowMs: deps.now(), version: deps.version, runUrl: runUrl(runner) },
  );
}
