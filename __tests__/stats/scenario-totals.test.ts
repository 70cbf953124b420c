import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { type RunResult, type SecondBucket, type SeriesResult, seriesId } from '../../src/results/types.ts';
import { isScenarioTotal, withScenarioTotals } from '../../src/stats/scenario-totals.ts';

const histogram = (ms: number, count: number) => {
  const h = new LatencyHistogram();
  h.record(ms, count);
  return h;
};

/** A series of `requests` requests at `ms`, with one per-second bucket at second 100 when `bucketed`. */
function series(
  scenario: string,
  name: string,
  requests: number,
  failed: number,
  ms: number,
  bucketed: boolean,
) {
  const key = { scenario, group: '', method: 'GET', name };
  const seconds = new Map<number, SecondBucket>(
    bucketed ? [[100, { requests, failed, latency: histogram(ms, requests) }]] : [],
  );
  return {
    key,
    id: seriesId(key),
    requests,
    failed,
    latency: histogram(ms, requests),
    seconds,
  } as SeriesResult;
}

const runOf = (list: SeriesResult[]) => ({ series: new Map(list.map((s) => [s.id, s])) }) as RunResult;

describe('withScenarioTotals', () => {
  it('adds one all-requests series per scenario from the compared series only, on both sides', () => {
    const users = series('browse', '/users', 30, 3, 10, true);
    const orders = series('browse', '/orders', 10, 1, 40, true);
    const pay = series('checkout', '/pay', 5, 0, 80, true);
    const extra = series('browse', '/extra', 1000, 0, 1, true);
    const run = runOf([users, orders, pay, extra]);
    const out = withScenarioTotals({ baseline: [run], candidate: [run, run] }, [users.id, orders.id, pay.id]);
    expect(out.ids).toEqual(['browse › (all requests)', 'checkout › (all requests)']);
    expect(out.candidate).toHaveLength(2);
    const browse = out.candidate[1]!.series.get('browse › (all requests)')!;
    expect(browse.requests).toBe(40);
    expect(browse.failed).toBe(4);
    expect(browse.latency.count).toBe(40);
    expect(browse.seconds.get(100)?.requests).toBe(40);
    expect(out.baseline[0]!.series.get('checkout › (all requests)')!.requests).toBe(5);
    expect(out.baseline[0]!.series.get(extra.id)).toBe(extra);
    expect(run.series.size).toBe(4);
  });

  it('adds counts without per-second buckets when any of the series has none (its seconds are unknown)', () => {
    const a = series('browse', '/users', 30, 3, 10, true);
    const b = series('browse', '/orders', 10, 1, 40, false);
    const total = withScenarioTotals({ baseline: [runOf([a, b])], candidate: [] }, [
      a.id,
      b.id,
    ]).baseline[0]!.series.get('browse › (all requests)')!;
    expect(total.requests).toBe(40);
    expect(total.failed).toBe(4);
    expect(total.latency.count).toBe(40);
    expect(total.latency.quantile(1)).toBeCloseTo(40, 0);
    expect(total.seconds.size).toBe(0);
  });

  it('no runs: no totals', () => {
    expect(withScenarioTotals({ baseline: [], candidate: [] }, []).ids).toEqual([]);
  });
});

describe('isScenarioTotal', () => {
  it('is the all-requests series only: no method, no group, that name', () => {
    const key = { scenario: 'browse', group: '', method: '', name: '(all requests)' };
    expect(isScenarioTotal(key)).toBe(true);
    expect(isScenarioTotal({ ...key, method: 'GET' })).toBe(false);
    expect(isScenarioTotal({ ...key, group: '::checkout' })).toBe(false);
    expect(isScenarioTotal({ ...key, name: '/users' })).toBe(false);
  });
});
