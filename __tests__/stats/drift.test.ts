import { describe, expect, it } from 'vitest';
import { type DriftPoint, detectDrift } from '../../src/stats/drift.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/** Nightlies with between-job noise of `cv` (log-normal), the last `shifted` ones moved by `shift`. */
function nightlies(seed: number, n: number, cv: number, shifted = 0, shift = 0): DriftPoint[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    commit: `c${i}`,
    timeMs: i * 86_400_000,
    value: 100 * Math.exp(cv * rng.normal()) * (i >= n - shifted ? 1 + shift : 1),
  }));
}

describe('detectDrift', () => {
  it('needs enough history', () => {
    const r = detectDrift(nightlies(1, 6, 0.05));
    expect(r.detected).toBe(false);
    expect(r.reason).toBe('drift needs 8 nightlies; the history has 6');
  });

  it('stays quiet on stable nightlies with 10% between-job noise (rate over seeded trials)', () => {
    let alarms = 0;
    for (let seed = 0; seed < 400; seed++) if (detectDrift(nightlies(seed, 20, 0.1)).detected) alarms++;
    expect(alarms / 400).toBeLessThan(0.02);
  });

  it('finds a sustained +40% shift over the last 4 nightlies, and when it started', () => {
    let found = 0;
    for (let seed = 0; seed < 200; seed++) {
      const r = detectDrift(nightlies(seed, 20, 0.05, 4, 0.4));
      if (r.detected) found++;
    }
    expect(found / 200).toBeGreaterThan(0.95);
    const r = detectDrift(nightlies(3, 20, 0.02, 4, 0.4));
    expect(r.change).toBeGreaterThan(0.3);
    expect(r.since?.commit).toBe('c16');
  });

  it('ignores a single spike however large', () => {
    const points = nightlies(5, 15, 0.03);
    points[13]!.value *= 3;
    expect(detectDrift(points).detected).toBe(false);
  });
});
