import { addTotals, emptyTotals, seriesFromBuckets } from './run-accumulator.ts';
import type { RunResult, RunTotals, SecondBucket, SeriesResult } from './types.ts';

/** A warm-up as long as the run or longer: a bad setting (the warmup input, --warmup), not a failed run. */
export class WarmupTooLongError extends Error {
  override name = 'WarmupTooLongError';
}

/**
 * Drops a run's warm-up: every per-second bucket of a second that starts less than `seconds` after the first
 * measured sample (`startMs`). Buckets are whole seconds, so this drops between `seconds` and `seconds` + 1 s of
 * samples: never less than asked, so no warm-up sample survives. Whole-series figures, totals (when the run has
 * `secondTotals`) and `startMs` are recomputed from what is kept; setup/teardown (`lifecycle`) stay as they are.
 * Pure: returns a new RunResult that shares the kept buckets with `run`.
 */
export function trimWarmup(run: RunResult, seconds: number): RunResult {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`warm-up must be a number of seconds ≥ 0, got ${seconds}`);
  }
  if (seconds === 0) return run;
  if (run.fidelity !== 'distribution') {
    throw new Error(
      `cannot drop a warm-up from ${run.sources.join(', ')}: a k6 summary export has no per-second data (use --out json)`,
    );
  }
  const cutMs = run.startMs + seconds * 1000;
  const firstKept = Math.ceil(cutMs / 1000);
  const series = new Map<string, SeriesResult>();
  let droppedRequests = 0;
  let keptStart = Number.POSITIVE_INFINITY;
  for (const [id, s] of run.series) {
    const kept = new Map<number, SecondBucket>();
    for (const [second, bucket] of s.seconds) {
      if (second >= firstKept) {
        kept.set(second, bucket);
        keptStart = Math.min(keptStart, second);
      } else {
        droppedRequests += bucket.requests;
      }
    }
    if (kept.size > 0) series.set(id, seriesFromBuckets(s.key, kept));
  }
  if (series.size === 0) {
    const lasted = ((run.endMs - run.startMs) / 1000).toFixed(1);
    throw new WarmupTooLongError(
      `a warm-up of ${seconds} s removes every request of ${run.sources.join(', ')} (the run lasted ${lasted} s): ` +
        'give a warm-up (warmup, --warmup) shorter than the run',
    );
  }

  const trimmed: RunResult = {
    ...run,
    startMs: Math.max(run.startMs, keptStart * 1000),
    series,
    skipped: { ...run.skipped },
    warnings: [
      ...run.warnings,
      `warm-up: dropped the first ${seconds} s (samples before ${new Date(firstKept * 1000).toISOString()}), ` +
        `${droppedRequests} requests`,
    ],
  };
  if (droppedRequests > 0)
    trimmed.skipped['warm-up request'] = (run.skipped['warm-up request'] ?? 0) + droppedRequests;
  if (run.secondTotals !== undefined) {
    const secondTotals = new Map<number, RunTotals>();
    const totals = emptyTotals();
    for (const [second, t] of run.secondTotals) {
      if (second < firstKept) continue;
      secondTotals.set(second, t);
      addTotals(totals, t, 'max');
    }
    trimmed.secondTotals = secondTotals;
    trimmed.totals = totals;
  }
  return trimmed;
}
