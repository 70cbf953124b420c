import type { RestoreResult } from '../baseline/store.ts';
import { type Judgement, type Judging, judgeAgainstArtifact, judgeSameJob } from './judge.ts';
import type { MeasuredRuns } from './saved-report.ts';

/**
 * Runs measured by another workflow (a pull request's saved report), judged again here: against the base
 * build's runs measured beside them (same-job), or else against the baseline `restore` finds. The identity
 * compared with that baseline is the measuring machine's, not this one's.
 */
export async function judgeMeasuredRuns(
  measured: MeasuredRuns,
  judging: Judging,
  base: { commit: string; ref: string },
  restore: () => Promise<RestoreResult>,
): Promise<Judgement> {
  const step = {
    measurer: { scriptHash: measured.scriptHash },
    measurement: {
      candidate: measured.candidate,
      ...(measured.baseline ? { baseline: measured.baseline } : {}),
      ...(measured.orders ? { orders: measured.orders } : {}),
      generatorWarnings: [],
    },
  };
  if (measured.baseline !== undefined) {
    return judgeSameJob(step, judging.settings, judging.logger, { ...base, timeMs: judging.now() });
  }
  const measuring = { environment: measured.environment, version: judging.measuring.version };
  return judgeAgainstArtifact(step, await restore(), judging.settings, measuring, judging.logger).judgement;
}
