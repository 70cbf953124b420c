import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';
import { errorRateProblems, nothingSucceeded } from '../../src/results/validity.ts';

/** A run of series with these (requests, failed) counts: all the validity checks read. */
const run = (...series: [number, number][]): RunResult =>
  ({
    series: new Map(series.map(([requests, failed], i) => [`s${i}`, { requests, failed }])),
  }) as unknown as RunResult;

describe('run validity', () => {
  it('names each run failing more than max-error-rate of its requests, over all its series', () => {
    const runs = [run([100, 1], [100, 2]), run([300, 10]), run([0, 0])];
    expect(errorRateProblems(runs, 0.015)).toEqual([
      'run 2 failed 3.33% of its requests (10 of 300), above max-error-rate 1.5%',
      'run 3 made no requests',
    ]);
    // exactly at the limit is allowed
    expect(errorRateProblems([run([200, 3])], 0.015)).toEqual([]);
    expect(errorRateProblems([run([200, 4])], 0.015)).toEqual([
      'the run failed 2% of its requests (4 of 200), above max-error-rate 1.5%',
    ]);
  });

  it('names the runs in which no request succeeded', () => {
    expect(nothingSucceeded([run([5, 5], [3, 3])])).toEqual(['the run: all 8 requests failed']);
    expect(nothingSucceeded([run([5, 4]), run(), run([2, 2])])).toEqual([
      'run 2 made no requests',
      'run 3: all 2 requests failed',
    ]);
  });
});
