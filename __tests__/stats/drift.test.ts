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
    // where it started, over seeds rather than on one
    let placed = 0;
    for (let seed = 0; seed < 100; seed++) {
      const r = detectDrift(nightlies(seed, 20, 0.02, 4, 0.4));
      expect(r.change, `seed ${seed}`).toBeGreaterThan(0.3);
      if (r.since?.commit === 'c16') placed++;
    }
    expect(placed).toBeGreaterThanOrEqual(95);
  });

  it('finds a sustained +15% shift (above the 10% tolerance) on quiet nightlies', () => {
    let found = 0;
    for (let seed = 0; seed < 100; seed++)
      if (detectDrift(nightlies(seed, 20, 0.02, 4, 0.15)).detected) found++;
    expect(found).toBeGreaterThanOrEqual(95);
  });

  it('ignores a sustained, significant shift smaller than the tolerance (+5% on very quiet nightlies)', () => {
    let found = 0;
    for (let seed = 0; seed < 100; seed++) {
      const r = detectDrift(nightlies(seed, 20, 0.005, 4, 0.05));
      expect(r.interval![0], `seed ${seed}: significant`).toBeGreaterThan(0);
      if (r.detected) found++;
    }
    expect(found).toBe(0);
  });

  it('needs significance however large the shift: +60% over very noisy nightlies is not drift', () => {
    // earlier nightlies alternate 60 and 140 (a log spread of ~0.44), the last three all sit at 150
    const values = [...Array.from({ length: 17 }, (_, i) => (i % 2 === 0 ? 140 : 60)), 150, 150, 150];
    const points = values.map((value, i) => ({ commit: `c${i}`, timeMs: i, value }));
    const r = detectDrift(points);
    expect(r.change).toBeGreaterThan(0.5);
    expect(r.interval![0]).toBeLessThan(0);
    expect(r.detected).toBe(false);
  });

  it('ignores a single spike however large', () => {
    const points = nightlies(5, 15, 0.03);
    points[13]!.value *= 3;
    expect(detectDrift(points).detected).toBe(false);
  });
});
