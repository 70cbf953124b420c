import { describe, expect, it } from 'vitest';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import {
  confirmationText,
  judgeSequentially,
  lookConfidence,
  needsMorePairs,
} from '../../src/stats/sequential.ts';
import type { Comparison, Disturbance } from '../../src/stats/types.ts';

/** The looks judgeSequentially makes, and each look's confidence, when no look decides. */
function looksOf(planned: number, maxPairs: number): { pairs: number; confidence: number }[] {
  const looks: { pairs: number; confidence: number }[] = [];
  judgeSequentially(planned, maxPairs, resolveGateOptions({}), (pairs, options) => {
    looks.push({ pairs, confidence: options.familyConfidence });
    return { verdict: 'inconclusive' } as Comparison;
  });
  return looks;
}

describe('adaptive confirmation: looks and alpha spending', () => {
  it('looks at the planned pairs, then two more at a time up to the budget', () => {
    expect(looksOf(3, 15).map((l) => l.pairs)).toEqual([3, 5, 7, 9, 11, 13, 15]);
    expect(looksOf(3, 4).map((l) => l.pairs)).toEqual([3, 4]);
    expect(looksOf(3, 3).map((l) => l.pairs)).toEqual([3]);
  });
  it('spends the family α over the looks: their error rates add up to α, and one look keeps all of it', () => {
    const looks = looksOf(3, 15);
    const spent = looks.reduce((a, l) => a + (1 - l.confidence), 0);
    expect(spent).toBeCloseTo(0.05, 12);
    for (const l of looks) expect(lookConfidence(0.95, 3, 15, l.pairs)).toBe(l.confidence);
    expect(lookConfidence(0.95, 3, 15, 3)).toBeCloseTo(1 - 0.05 * (3 / 15), 12);
    expect(lookConfidence(0.95, 3, 3, 3)).toBeCloseTo(0.95, 12);
    expect(() => lookConfidence(0.95, 3, 15, 4)).toThrow(
      'lookConfidence: 4 pairs is not a look of 3, 5, 7, 9, 11, 13, 15',
    );
  });
  it('says how the verdict was decided', () => {
    expect(confirmationText({ planned: 3, pairs: 5, maxPairs: 15, decided: true })).toBe(
      'decided after 5 pairs (3 planned + 2 to confirm)',
    );
    expect(confirmationText({ planned: 3, pairs: 3, maxPairs: 15, decided: true })).toBe(
      'decided after 3 pairs (as planned)',
    );
    expect(confirmationText({ planned: 3, pairs: 15, maxPairs: 15, decided: false })).toBe(
      'undecided after 15 pairs (3 planned + 12 to confirm): the budget of 15 pairs (max-runs) is spent',
    );
  });
});

const disturbance = (leftOut: boolean) => ({ leftOut }) as Disturbance;

describe('when more pairs are measured', () => {
  it('an inconclusive look, or a failing one that left a disturbed run out, asks for more; a refused one never', () => {
    const c = (o: Partial<Comparison>) => ({ verdict: 'pass', ...o }) as Comparison;
    expect(needsMorePairs(c({ verdict: 'inconclusive' }))).toBe(true);
    expect(needsMorePairs(c({ verdict: 'inconclusive', refused: 'too few runs' }))).toBe(false);
    expect(
      needsMorePairs(c({ verdict: 'fail', refused: 'too few runs', disturbances: [disturbance(true)] })),
    ).toBe(false);
    expect(
      needsMorePairs(c({ verdict: 'fail', disturbances: [disturbance(false), disturbance(true)] })),
    ).toBe(true);
    expect(needsMorePairs(c({ verdict: 'fail', disturbances: [disturbance(false)] }))).toBe(false);
    expect(needsMorePairs(c({ verdict: 'fail' }))).toBe(false);
    expect(needsMorePairs(c({ verdict: 'pass', disturbances: [disturbance(true)] }))).toBe(false);
    expect(needsMorePairs(c({ verdict: 'pass' }))).toBe(false);
  });

  it('stops at the first look that decides, and records the pairs it took', () => {
    const verdicts: Comparison['verdict'][] = ['inconclusive', 'inconclusive', 'fail', 'pass'];
    const seen: number[] = [];
    const c = judgeSequentially(3, 15, resolveGateOptions({}), (pairs, options) => {
      seen.push(pairs);
      expect(options.budgetRuns).toBe(15);
      return { verdict: verdicts[seen.length - 1] } as Comparison;
    });
    expect(seen).toEqual([3, 5, 7]);
    expect(c.verdict).toBe('fail');
    expect(c.confirmation).toEqual({ planned: 3, pairs: 7, maxPairs: 15, decided: true });
  });

  it('a fail that rests on a left-out disturbed run is confirmed at the next look', () => {
    const looks: Comparison[] = [
      { verdict: 'fail', disturbances: [disturbance(true)] } as Comparison,
      { verdict: 'pass' } as Comparison,
    ];
    const c = judgeSequentially(3, 15, resolveGateOptions({}), (pairs) => looks[(pairs - 3) / 2]!);
    expect(c.verdict).toBe('pass');
    expect(c.confirmation).toEqual({ planned: 3, pairs: 5, maxPairs: 15, decided: true });
  });

  it('undecided when the budget is spent', () => {
    const c = judgeSequentially(
      3,
      5,
      resolveGateOptions({}),
      () => ({ verdict: 'inconclusive' }) as Comparison,
    );
    expect(c.confirmation).toEqual({ planned: 3, pairs: 5, maxPairs: 5, decided: false });
  });
});
