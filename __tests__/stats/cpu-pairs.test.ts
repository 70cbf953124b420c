import { describe, expect, it } from 'vitest';
import { logVarianceFromCv } from '../../src/stats/between-job.ts';
import { disturbedCpuPair } from '../../src/stats/cpu-pairs.ts';

// a pair's log-ratio with 7.5 % per run on each side, the CPU prior, worth 30 df; the F test at 0.1 %
const EXPECTED = { variance: 2 * logVarianceFromCv(0.075), df: 30 };
const LEVEL = 0.001;
const ln = (xs: number[]) => xs.map(Math.log);

describe('disturbedCpuPair: the one pair a neighbour pushed out of CPU per request', () => {
  it('finds a baseline run a neighbour raised (its pair alone says "no change")', () => {
    const leftOut = disturbedCpuPair(ln([0.8, 0.81, 1.6]), ln([1.2, 1.22, 1.21]), EXPECTED, LEVEL);
    expect(leftOut).toEqual({
      pair: 3,
      side: 'baseline',
      factor: expect.closeTo(1.6 / Math.sqrt(0.8 * 0.81), 6),
    });
  });

  it('finds a PR run a neighbour raised (its pair alone says ×3)', () => {
    const leftOut = disturbedCpuPair(ln([0.8, 0.8, 0.82]), ln([1.2, 2.4, 1.22]), EXPECTED, LEVEL);
    expect(leftOut).toEqual({
      pair: 2,
      side: 'candidate',
      factor: expect.closeTo(2.4 / Math.sqrt(1.2 * 1.22), 6),
    });
  });

  it('leaves every pair in when the pairs agree within the runs’ noise', () => {
    expect(disturbedCpuPair(ln([0.8, 0.86, 0.78]), ln([1.2, 1.28, 1.15]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('leaves it in when the deviating run is not raised: a neighbour adds CPU, never takes it away', () => {
    // pair 3's ratio is high because its baseline run is low, not because its PR run is high
    expect(disturbedCpuPair(ln([0.8, 0.81, 0.4]), ln([1.2, 1.21, 1.2]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('leaves every pair in when two of three disagree (no one pair explains the spread)', () => {
    expect(disturbedCpuPair(ln([0.8, 1.6, 0.8]), ln([1.2, 1.2, 2.4]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('needs three pairs: with two, the one left would have no spread of its own', () => {
    expect(disturbedCpuPair(ln([0.8, 1.2]), ln([1.2, 1.2]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('a raised run in a wider spread than the test’s level allows for is not enough', () => {
    // the same raised baseline run, judged against a prior four times as wide: the pairs are not too wide
    const wide = { variance: 16 * EXPECTED.variance, df: 30 };
    expect(disturbedCpuPair(ln([0.8, 0.81, 1.6]), ln([1.2, 1.22, 1.21]), wide, LEVEL)).toBeUndefined();
  });
});
