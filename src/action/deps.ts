import type { EnvironmentFingerprint } from '../baseline/environment.ts';
import type { BaselineStore } from '../baseline/store.ts';
import type { OutputName } from '../constants.ts';
import type { EngineLogger } from '../engine/logger.ts';
import type { GitHubApi } from '../github/client.ts';
import type { RepoRef } from '../github/publish-outcome.ts';
import type { Measurer, MeasurerSettings } from '../measure/measurer.ts';
import type { EngineName } from '../results/types.ts';

/** Everything the gate touches outside itself; main.ts passes the real ones, tests their own. */
export interface GateDeps {
  store: BaselineStore;
  /** absent without a token */
  github?: { api: GitHubApi; repo: RepoRef };
  logger: EngineLogger;
  setOutput(name: OutputName, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  now(): number;
  environment: EnvironmentFingerprint;
  version: string;
  createMeasurer(engine: EngineName, settings: MeasurerSettings): Promise<Measurer>;
  /** uploads files as an artifact of this workflow run (the profiles); absent outside GitHub Actions */
  uploadArtifact?(name: string, files: string[], rootDirectory: string): Promise<{ id?: number }>;
}
