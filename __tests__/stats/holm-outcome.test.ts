import { describe, expect, it } from 'vitest';
import { holm } from '../../src/stats/holm.ts';
import { classify, runsToDecide } from '../../src/stats/interval-outcome.ts';

describe('Holm step-down', () => {
  it('rejects step by step and stops at the first p-value that is not small enough', () => {
    // m = 4, α = 0.05: thresholds 0.0125, 0.0167, 0.025, 0.05
    const r = holm([0.04, 0.001, 0.015, 0.03], 0.95);
    expect(r.rejected).toEqual([false, true, true, false]);
    expect(r.confidence[1]).toBeCloseTo(1 - 0.05 / 4, 12);
    expect(r.confidence[2]).toBeCloseTo(1 - 0.05 / 3, 12);
    // the stopping step is the third (0.03 > 0.025): the rest are built at its level
    expect(r.confidence[3]).toBeCloseTo(1 - 0.05 / 2, 12);
    expect(r.confidence[0]).toBeCloseTo(1 - 0.05 / 2, 12);
  });
  it('is never less powerful than Bonferroni and equals it when nothing is rejected', () => {
    const r = holm([0.5, 0.2, 0.9], 0.95);
    expect(r.rejected).toEqual([false, false, false]);
    for (const c of r.confidence) expect(c).toBeCloseTo(1 - 0.05 / 3, 12);
    expect(holm([], 0.95)).toEqual({ confidence: [], rejected: [] });
  });
  it('p-values exactly at the threshold are rejected', () => {
    expect(holm([0.025, 0.05], 0.95).rejected).toEqual([true, true]);
    // α = 0.25 and its halves are exact in binary: p equal to α/2 and to α, not a hair under them
    expect(holm([0.25, 0.125], 0.75)).toEqual({ confidence: [0.75, 0.875], rejected: [true, true] });
  });
  it('tied p-values are taken in input order: the first is tested at the stricter level', () => {
    expect(holm([0.001, 0.001], 0.95).confidence).toEqual([1 - 0.05 / 2, 1 - 0.05]);
    expect(holm([0.5, 0.001, 0.001], 0.95).confidence).toEqual([1 - 0.05, 1 - 0.05 / 3, 1 - 0.05 / 2]);
  });
});

describe('outcome partition', () => {
  const tau = 0.1;
  it.each([
    [-0.05, 0.05, 'no-change'],
    [0.01, 0.09, 'no-change'], // significant but smaller than the tolerance
    [0.051, 0.1, 'regression'], // surely over τ/2, and a change of exactly τ is plausible
    [0.01, 0.1, 'inconclusive'], // significant, but a change of τ/2 or less is not ruled out
    [0.05, 0.2, 'inconclusive'], // exactly τ/2 is not ruled out
    [0.12, 0.3, 'regression'],
    [-0.3, -0.06, 'improvement'],
    [-0.1, -0.051, 'improvement'], // a gain of exactly τ is plausible, and of τ/2 or less ruled out
    [-0.3, -0.02, 'inconclusive'], // a gain of τ/2 or less is not ruled out
    [-0.2, -0.05, 'inconclusive'], // a gain of exactly τ/2 is not ruled out
    [-0.0999, -0.01, 'no-change'],
    [-0.09, -0.01, 'no-change'],
    [-0.02, 0.15, 'inconclusive'],
    [-0.15, 0.02, 'inconclusive'],
    [-0.1, 0.05, 'inconclusive'], // −τ is not ruled out
    [0, 0.2, 'inconclusive'], // lo must be above τ/2
    [-0.2, 0, 'inconclusive'], // hi must be below −τ/2
  ] as const)('[%f, %f] → %s', (lo, hi, outcome) => {
    expect(classify(lo, hi, tau)).toBe(outcome);
  });
});

describe('runsToDecide', () => {
  it('solves for the repeats that bring the half-width under max(|d| − τ/2, τ − |d|)', () => {
    // d = 0: need crit·sqrt(v/n) < τ → n > (crit/τ)²·v = (3/0.1)²·0.01 = 9 → 10
    expect(runsToDecide({ estimate: 0, tolerance: 0.1, critical: 3, perRun: 0.01, fixed: 0 })).toBe(10);
    // d = 0.14: target max(0.14 − 0.05, 0.1 − 0.14) = 0.09 → n > 9·0.01/0.0081 = 11.1 → 12
    expect(runsToDecide({ estimate: 0.14, tolerance: 0.1, critical: 3, perRun: 0.01, fixed: 0 })).toBe(12);
    // exactly the cap is still within it
    expect(runsToDecide({ estimate: 0, tolerance: 0.1, critical: 3, perRun: 0.01, fixed: 0, cap: 10 })).toBe(
      10,
    );
    expect(
      runsToDecide({ estimate: 0, tolerance: 0.1, critical: 3, perRun: 0.01, fixed: 0, cap: 9 }),
    ).toBeUndefined();
  });
  it('is undefined when the part no repeat removes is already too wide, or when it takes too many', () => {
    expect(
      runsToDecide({ estimate: 0, tolerance: 0.1, critical: 3, perRun: 0.01, fixed: 0.002 }),
    ).toBeUndefined();
    expect(
      runsToDecide({ estimate: 0.05, tolerance: 0.1, critical: 3, perRun: 1, fixed: 0 }),
    ).toBeUndefined();
  });
});
