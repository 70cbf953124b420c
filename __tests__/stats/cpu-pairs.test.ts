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
    // even when the two disagree far beyond the runs' noise and pair 2's baseline run is 4× the other
    expect(disturbedCpuPair(ln([0.8, 3.2]), ln([1.2, 1.2]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('needs both runs of every pair: sides of different lengths are not paired', () => {
    // pairs 1 and 2 as above, and a baseline run without its PR run
    expect(disturbedCpuPair(ln([0.8, 3.2, 0.8]), ln([1.2, 1.2]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('leaves every pair in while their spread is within the F test’s level (with the pairs’ 2 df, not more)', () => {
    // pair 3's baseline run raised 1.7×: F ≈ 7.9, under the 0.1 % point with 2 df (8.8), over it with 4 (6.1)
    expect(disturbedCpuPair(ln([0.8, 0.81, 1.35]), ln([1.2, 1.22, 1.21]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('never names a pair past the last when the spread is just too wide and no run was raised', () => {
    // pair 3's baseline run is low (F ≈ 10, over the 0.1 % point with 2 df, under it with 1): no pair qualifies
    expect(disturbedCpuPair(ln([0.8, 0.81, 0.45]), ln([1.2, 1.22, 1.21]), EXPECTED, LEVEL)).toBeUndefined();
  });

  it('judges the other pairs’ spread with their own degrees of freedom (one, with three pairs)', () => {
    // without pair 3 the ratios 1.5 and 2.2 leave F ≈ 6.9: within the 0.1 % point with 1 df (13.3), not with 5
    const leftOut = disturbedCpuPair(ln([0.8, 0.81, 1.6]), ln([1.2, 1.8, 1.21]), EXPECTED, LEVEL);
    expect(leftOut).toEqual({
      pair: 3,
      side: 'baseline',
      factor: expect.closeTo(1.6 / Math.sqrt(0.8 * 0.81), 6),
    });
  });

  it('a run raised by exactly half its pair’s deviation is enough', () => {
    // ln CPU per request given directly so that the figures are exact: pair 3's ratio is 2 below the others'
    // (its baseline run 1 above, its PR run 1 below its side's other runs)
    expect(disturbedCpuPair([0, 0, 1], [0, 0, -1], EXPECTED, LEVEL)).toEqual({
      pair: 3,
      side: 'baseline',
      factor: expect.closeTo(Math.E, 12),
    });
  });

  describe('of two pairs that each alone explain the spread, the one that deviates more', () => {
    // ln CPU per request: ratios 0, 0.5, 1 (pair 1's baseline run and pair 3's PR run raised by 0.5); either
    // pair left out leaves a spread within the runs' noise, and both deviate by 0.75 from the others' mean
    const baseline = [0.5, 0, 0];
    const candidate = [0.5, 0.5, 1];
    const raisedBaseline = { pair: 1, side: 'baseline', factor: expect.closeTo(Math.exp(0.5), 12) };

    it('is the first when it deviates more', () => {
      const lowerFirst = [0.48, 0.5, 1];
      expect(disturbedCpuPair(baseline, lowerFirst, EXPECTED, LEVEL)).toEqual(raisedBaseline);
    });

    it('is the last when it deviates more', () => {
      const higherLast = [0.5, 0.5, 1.02];
      expect(disturbedCpuPair(baseline, higherLast, EXPECTED, LEVEL)).toEqual({
        pair: 3,
        side: 'candidate',
        factor: expect.closeTo(Math.exp(0.52), 12),
      });
    });

    it('is the first of two that deviate exactly as much', () => {
      expect(disturbedCpuPair(baseline, candidate, EXPECTED, LEVEL)).toEqual(raisedBaseline);
    });
  });

  it('a raised run in a wider spread than the test’s level allows for is not enough', () => {
    // the same raised baseline run, judged against a prior four times as wide: the pairs are not too wide
    const wide = { variance: 16 * EXPECTED.variance, df: 30 };
    expect(disturbedCpuPair(ln([0.8, 0.81, 1.6]), ln([1.2, 1.22, 1.21]), wide, LEVEL)).toBeUndefined();
  });
});
