import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import type { RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import type { Comparison, MetricName } from '../../src/stats/types.ts';
import { metric } from './helpers.ts';

/**
 * The real k6 v0.49 recordings (README in the fixtures folder). arrival-base, arrival-base-rerun and
 * arrival-users-slower were recorded one after the other on one machine: that is the same-job design, one pair
 * each, which is how these tests compare them. The first second of an arrival-rate run is partial (15 and 2
 * requests), so it is trimmed as warm-up; that leaves under 1 000 requests per endpoint, so P99 is too thin
 * to gate on, as it should be.
 */
const dir = `${import.meta.dirname}/../fixtures/k6-v0.49`;
const read = (name: string): Promise<RunResult> =>
  readK6Json(`${dir}/${name}.json.gz`, { loadModel: 'open', targetRate: 100, warmupSeconds: 1 });

const [base, rerun, slower, errors] = await Promise.all([
  read('arrival-base'),
  read('arrival-base-rerun'),
  read('arrival-users-slower'),
  readK6Json(`${dir}/arrival-errors.json.gz`, { loadModel: 'open', targetRate: 100, warmupSeconds: 1 }),
]);

const users = [...base.series.keys()].find((id) => id.endsWith('/users'))!;
const orders = [...base.series.keys()].find((id) => id.endsWith('/orders'))!;

function outcomes(c: Comparison, id: string): Record<MetricName, string> {
  const s = c.series.find((x) => x.id === id)!;
  return Object.fromEntries(s.metrics.map((m) => [m.metric, m.gated ? m.outcome : 'not gated'])) as Record<
    MetricName,
    string
  >;
}

describe('real k6 recordings, same-job design with one pair', () => {
  it('A/A (arrival-base vs arrival-base-rerun) is not a regression', () => {
    const c = compareRuns(
      { baseline: [base], candidate: [rerun], design: 'same-job' },
      resolveGateOptions({}),
    );
    // one pair of fixed recordings: the error rates and /users P95 are unchanged; the other quantiles are too
    // noisy to judge 5% from one pair, and each stands aside because its 95% interval rules out a regression
    // of twice that (saying what could go unseen); throughput is not gated in an open model
    expect(c.verdict).toBe('pass');
    for (const m of ['p50', 'p90', 'p95'] as const)
      expect(metric(c, orders, m).reason).toMatch(
        /^too noisy to judge a 5\.0% change from 1 runs a side: .*; its 95\.0% interval reaches \+[\d.]+% at worst, which rules out a 10% regression \(one between 5\.0% and 10% could go unseen\), so it does not hold back a pass$/,
      );
    expect(outcomes(c, users)).toEqual({
      p50: 'not gated',
      p90: 'not gated',
      p95: 'no-change',
      p99: 'not gated',
      throughput: 'not gated',
      error_rate: 'no-change',
    });
    expect(outcomes(c, orders)).toEqual({
      p50: 'not gated',
      p90: 'not gated',
      p95: 'not gated',
      p99: 'not gated',
      throughput: 'not gated',
      error_rate: 'no-change',
    });
    expect(c.loadModel).toBe('open');
    expect(c.openModel?.droppedIterations).toEqual({ baseline: 0, candidate: 0 });
  });

  it('/users 3 ms slower is a regression on GET /users and not on GET /orders', () => {
    const c = compareRuns(
      { baseline: [base], candidate: [slower], design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.verdict).toBe('fail');
    const u = outcomes(c, users);
    expect(u.p50).toBe('regression');
    expect(u.p90).toBe('regression');
    const p50 = metric(c, users, 'p50');
    expect(p50.change).toBeGreaterThan(0.3);
    expect(p50.interval[0]).toBeGreaterThan(0.15);
    expect(Object.values(outcomes(c, orders))).not.toContain('regression');
    expect(c.reasons.every((r) => !r.includes(orders))).toBe(true);
  });

  it('~1 000 requests per endpoint: the P99 is reported as too thin to gate on', () => {
    const c = compareRuns(
      { baseline: [base], candidate: [slower], design: 'same-job' },
      resolveGateOptions({}),
    );
    const p99 = metric(c, users, 'p99');
    expect(p99.gated).toBe(false);
    expect(p99.reason).toMatch(/too thin/);
    expect(p99.change).toBeGreaterThan(0.1);
  });

  it('30 % failed requests on /orders (arrival-errors) is an error-rate regression there', () => {
    const c = compareRuns(
      { baseline: [base], candidate: [errors], design: 'same-job' },
      resolveGateOptions({}),
    );
    const e = metric(c, orders, 'error_rate');
    expect(e.change).toBeGreaterThan(0.2);
    expect(e.outcome).toBe('regression');
    expect(outcomes(c, users).error_rate).not.toBe('regression');
    expect(c.verdict).toBe('fail');
  });
});

describe('real k6 recordings, cached design without history', () => {
  it('cannot tell a +36% P50 from machine-to-machine noise: inconclusive, never a pass', () => {
    const c = compareRuns(
      { baseline: [base], candidate: [slower], design: 'cached', history: [] },
      resolveGateOptions({}),
    );
    expect(c.verdict).toBe('inconclusive');
    const p50 = metric(c, users, 'p50');
    expect(p50.outcome).toBe('inconclusive');
    expect(p50.noiseFloor).toBeGreaterThan(0.5);
    expect(p50.runsToDecide).toBeUndefined();
    expect(p50.reason).toMatch(/measure base and PR in the same job/);
  });
});
