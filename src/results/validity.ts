import { measuredRequests, type RunResult } from './types.ts';

/**
 * Why runs are not a valid measurement, one line per bad run, in plain words: no requests at all, or more
 * failed requests than `maxErrorRate` (a fraction, 0.05 = 5 %) allows.
 */
export function errorRateProblems(runs: readonly RunResult[], maxErrorRate: number): string[] {
  return runs.flatMap((run, i) => {
    const label = runs.length === 1 ? 'the run' : `run ${i + 1}`;
    const { requests, failed } = measuredRequests(run);
    if (requests === 0) return [`${label} made no requests`];
    const rate = failed / requests;
    return rate > maxErrorRate
      ? [
          `${label} failed ${percent(rate)} of its requests (${failed} of ${requests}), above max-error-rate ${percent(maxErrorRate)}`,
        ]
      : [];
  });
}

/** Runs in which no request succeeded: nothing was measured but errors. */
export function nothingSucceeded(runs: readonly RunResult[]): string[] {
  return runs.flatMap((run, i) => {
    const label = runs.length === 1 ? 'the run' : `run ${i + 1}`;
    const { requests, failed } = measuredRequests(run);
    if (requests === 0) return [`${label} made no requests`];
    return failed >= requests ? [`${label}: all ${requests} requests failed`] : [];
  });
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}
