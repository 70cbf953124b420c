import { describe, expect, it } from 'vitest';
import { confirmationText, lookConfidence, lookSchedule } from '../../src/stats/sequential.ts';

describe('adaptive confirmation: looks and alpha spending', () => {
  it('looks at the planned pairs, then two more at a time up to the budget', () => {
    expect(lookSchedule(3, 15)).toEqual([3, 5, 7, 9, 11, 13, 15]);
    expect(lookSchedule(3, 4)).toEqual([3, 4]);
    expect(lookSchedule(3, 3)).toEqual([3]);
  });
  it('spends the family α over the looks: their error rates add up to α, and one look keeps all of it', () => {
    const looks = lookSchedule(3, 15);
    const spent = looks.reduce((a, pairs) => a + (1 - lookConfidence(0.95, 3, 15, pairs)), 0);
    expect(spent).toBeCloseTo(0.05, 12);
    expect(lookConfidence(0.95, 3, 15, 3)).toBeCloseTo(1 - 0.05 * (3 / 15), 12);
    expect(lookConfidence(0.95, 3, 3, 3)).toBeCloseTo(0.95, 12);
    expect(() => lookConfidence(0.95, 3, 15, 4)).toThrow(/not a look/);
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
