import type { RunResult } from '../results/types.ts';
import { errorRateProblems } from '../results/validity.ts';
import type { Comparison } from '../stats/types.ts';
import { type Comparability, incomparableText } from './comparability.ts';

/** Everything the decision needs about a measurement that would become the branch's new baseline. */
export interface SaveCandidate {
  runs: RunResult[];
  /** how many runs were asked for: fewer results means a partial measurement */
  expectedRuns: number;
  /** engine failures, in plain words (e.g. "run 2: k6 exited with code 107 (script exception)") */
  engineErrors: string[];
  /** a run with a larger share of failed requests is invalid (fraction, 0.05 = 5 %) */
  maxErrorRate: number;
  /** the comparison made with the previous baseline, when one was made */
  comparison?: Pick<Comparison, 'refused'>;
  /** how the previous baseline's identity compares with this measurement's, when there is a previous one */
  comparability?: Comparability;
  /** the previous baseline is itself invalid (above max-error-rate): a refused comparison with it is no reason to keep it */
  previousInvalid?: boolean;
}

export type SaveDecision =
  | { save: true; notes: string[] }
  /** every reason the measurement is refused, most basic first */
  | { save: false; reasons: string[] };

/**
 * A failed or partial run never replaces a good baseline: the store keeps the last good one, and the
 * next valid run on the branch saves.
 */
export function decideSave(candidate: SaveCandidate): SaveDecision {
  const reasons: string[] = [...candidate.engineErrors];
  const notes: string[] = [];
  if (candidate.runs.length === 0) {
    reasons.push('no run produced a result');
  } else if (candidate.runs.length < candidate.expectedRuns) {
    reasons.push(
      `partial measurement: ${candidate.runs.length} of ${candidate.expectedRuns} runs produced a result`,
    );
  }
  candidate.runs.forEach((run, i) => {
    if (run.cutFiles === undefined || run.cutFiles.length === 0) return;
    const label = candidate.runs.length === 1 ? 'the run' : `run ${i + 1}`;
    reasons.push(`${label} is partial: ${run.cutFiles.join(', ')} is cut short (mid-line or mid-gzip)`);
  });
  reasons.push(...errorRateProblems(candidate.runs, candidate.maxErrorRate));
  const refused = candidate.comparison?.refused;
  if (refused !== undefined) {
    // A refusal explained by a deliberate change of workload (script, load model, target rate) is exactly
    // when a new baseline is needed; refusing to save it would leave the branch's baseline stale forever.
    if (candidate.comparability?.incomparable === true) {
      notes.push(
        `the workload changed (${incomparableText(candidate.comparability)}): this run starts a new baseline`,
      );
    } else if (candidate.previousInvalid === true) {
      notes.push(`the previous baseline is not valid (${refused}): this run replaces it`);
    } else {
      reasons.push(`the comparison with the previous baseline was refused: ${refused}`);
    }
  }
  return reasons.length > 0 ? { save: false, reasons } : { save: true, notes };
}
