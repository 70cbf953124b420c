import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/stats/compare.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import type { SloSpec } from '../../src/stats/types.ts';
import { makeRuns, ORDERS, USERS, withFailures } from './helpers.ts';

const baseline = makeRuns(3, { seed: 101 });
const candidate = makeRuns(3, { seed: 102 });

function judge(slos: SloSpec[], cand = candidate) {
  return compareRuns({ baseline, candidate: cand, design: 'same-job' }, resolveGateOptions({ slos }));
}

describe('SLOs', () => {
  it('met: the whole interval is below the limit', () => {
    const c = judge([{ series: USERS, metric: 'p99', limit: 30 }]);
    expect(c.slos).toHaveLength(1);
    expect(c.slos[0]).toMatchObject({ seriesId: USERS, status: 'met' });
    expect(c.slos[0]!.interval[1]).toBeLessThan(30);
    expect(c.slos[0]!.interval[0]).toBeLessThan(c.slos[0]!.estimate);
  });

  it('breached: the whole interval is above the limit, and the verdict fails', () => {
    const c = judge([{ series: USERS, metric: 'p99', limit: 5 }]);
    expect(c.slos[0]!.status).toBe('breached');
    expect(c.verdict).toBe('fail');
    expect(c.reasons.some((r) => r.includes('SLO P99 < 5.00 ms breached'))).toBe(true);
  });

  it('inconclusive: a P99 above the limit only by noise is not a breach', () => {
    const p99 = judge([{ series: USERS, metric: 'p99', limit: 1000 }]).slos[0]!.estimate;
    const c = judge([{ series: USERS, metric: 'p99', limit: p99 * 0.995 }]);
    expect(c.slos[0]!.estimate).toBeGreaterThan(c.slos[0]!.spec.limit);
    expect(c.slos[0]!.status).toBe('inconclusive');
    expect(c.slos[0]!.reason).toMatch(/contains the limit/);
    expect(c.verdict).not.toBe('pass');
  });

  it("'*' applies to every series; throughput is a lower bound; error rate judged as a fraction", () => {
    const c = judge(
      [
        { series: '*', metric: 'throughput', limit: 10 },
        { series: ORDERS, metric: 'error_rate', limit: 0.01 },
      ],
      candidate.map((r) => withFailures(r, 0.05)),
    );
    expect(c.slos.map((s) => [s.seriesId, s.spec.metric, s.status])).toEqual([
      [USERS, 'throughput', 'met'],
      [ORDERS, 'throughput', 'met'],
      [ORDERS, 'error_rate', 'breached'],
    ]);
    // Bonferroni across the three checks
    for (const s of c.slos) expect(s.confidence).toBeCloseTo(1 - 0.05 / 3, 10);
  });

  it('an SLO naming no series of the candidate is a warning, and a thin P99 cannot be judged', () => {
    const c = judge([{ series: 'GET /nowhere', metric: 'p50', limit: 10 }]);
    expect(c.slos).toEqual([]);
    expect(c.warnings.some((w) => w.includes("SLO on 'GET /nowhere'"))).toBe(true);
    const short = makeRuns(1, { seed: 103, seconds: 5, loadModel: 'open' });
    const thin = compareRuns(
      { baseline: short, candidate: short, design: 'same-job' },
      resolveGateOptions({ slos: [{ series: USERS, metric: 'p99', limit: 100 }] }),
    );
    expect(thin.slos[0]).toMatchObject({ status: 'inconclusive' });
    expect(thin.slos[0]!.reason).toMatch(/too thin/);
  });
});
