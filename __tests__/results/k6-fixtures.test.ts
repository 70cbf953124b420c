import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import {
  allRequests,
  FIXTURE_NAMES,
  fixtureJson,
  fixtureSummary,
  totalFailed,
  totalRequests,
} from './helpers.ts';

/** k6's own figures (its summary export) against what the reader makes of the same run's NDJSON. */
describe.each(FIXTURE_NAMES)('k6 v0.49 fixture %s', (name) => {
  const summary = fixtureSummary(name);
  const read = readK6Json(fixtureJson(name));

  it('counts the requests k6 counted', async () => {
    expect(totalRequests(await read)).toBe(summary.metrics.http_reqs.count);
  });

  it("agrees with k6's http_req_duration quantiles within 0.5%", async () => {
    const h = allRequests(await read);
    const reported: Record<string, number> = summary.metrics.http_req_duration;
    const quantiles = { med: 0.5, 'p(90)': 0.9, 'p(95)': 0.95, 'p(99)': 0.99 } as const;
    let compared = 0;
    for (const [stat, p] of Object.entries(quantiles)) {
      const k6 = reported[stat];
      if (k6 === undefined) continue; // closed-groups was run with k6's default trend stats (no p(99))
      expect(Math.abs(h.quantile(p) - k6) / k6, `${stat}: reader ${h.quantile(p)} vs k6 ${k6}`).toBeLessThan(
        0.005,
      );
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(3);
    expect(h.min).toBe(reported.min);
    expect(h.max).toBe(reported.max);
    expect(h.mean).toBeCloseTo(reported.avg!, 9);
  });

  it('counts the failed requests k6 counted (http_req_failed passes)', async () => {
    expect(totalFailed(await read)).toBe(summary.metrics.http_req_failed.passes);
  });

  it('reads the totals k6 reported', async () => {
    const run = await read;
    expect(run.totals.iterations).toBe(summary.metrics.iterations.count);
    expect(run.totals.checksPassed).toBe(summary.metrics.checks.passes);
    expect(run.totals.checksFailed).toBe(summary.metrics.checks.fails);
    expect(run.totals.maxVUs).toBe(summary.metrics.vus.max);
    expect(run.totals.maxVUsAllocated).toBe(summary.metrics.vus_max.max);
    expect(run.totals.droppedIterations).toBe(summary.metrics.dropped_iterations?.count ?? 0);
  });

  it('lists the thresholds k6 was given, without an outcome', async () => {
    const run = await read;
    const declared = Object.entries(summary.metrics)
      // biome-ignore lint/suspicious/noExplicitAny: k6's summary layout
      .filter(([, m]: [string, any]) => m.thresholds !== undefined)
      // biome-ignore lint/suspicious/noExplicitAny: k6's summary layout
      .map(([metric, m]: [string, any]) => ({ metric, expressions: Object.keys(m.thresholds) }));
    const byMetric = (a: { metric: string }, b: { metric: string }) => a.metric.localeCompare(b.metric);
    expect([...run.thresholds].sort(byMetric)).toEqual(declared.sort(byMetric));
  });

  it('accounts for every line it did not use, and spans the measured samples', async () => {
    const run = await read;
    const requests = summary.metrics.http_reqs.count;
    // 7 of the 9 per-request metrics are not used; http_req_failed is not needed when expected_response is set
    for (const m of ['http_reqs', 'http_req_blocked', 'http_req_waiting', 'http_req_failed']) {
      expect(run.skipped[`metric ${m}`]).toBe(requests);
    }
    expect(run.skipped['metric iteration_duration']).toBe(summary.metrics.iterations.count);
    // the one note allowed: a closed model inferred from k6's scenario 'default' (issue 10 item 9)
    expect(run.warnings.filter((w) => !w.includes("inferred from k6's scenario 'default'"))).toEqual([]);
    expect(run.fidelity).toBe('distribution');
    expect(run.lifecycle.size).toBe(0);
    const seconds = (run.endMs - run.startMs) / 1000;
    const expected = requests / summary.metrics.http_reqs.rate;
    expect(Math.abs(seconds - expected)).toBeLessThan(0.1);
  });
});

describe('what the fixtures show', () => {
  it('closed-groups: two series in groups ::browse and ::checkout, named by their URL without its origin (k6 tags the full URL)', async () => {
    const run = await readK6Json(fixtureJson('closed-groups'));
    const keys = [...run.series.values()].map((s) => s.key);
    expect(keys).toHaveLength(2);
    expect(keys.map((k) => [k.scenario, k.group, k.method])).toEqual([
      ['default', '::browse', 'GET'],
      ['default', '::checkout', 'POST'],
    ]);
    expect(keys.map((k) => k.name)).toEqual(['/users', '/orders']);
    expect([...run.series.values()].map((s) => s.requests)).toEqual([3206, 3206]);
    expect(run.series.get(`default › ::browse › GET ${keys[0]!.name}`)).toBeDefined();
  });

  it('arrival-errors: about 31% of /orders failed, /users did not', async () => {
    const run = await readK6Json(fixtureJson('arrival-errors'));
    const orders = run.series.get('api › GET GET /orders')!;
    const users = run.series.get('api › GET GET /users')!;
    expect(orders.failed).toBe(309);
    expect(orders.failed / orders.requests).toBeCloseTo(0.617, 2); // 309 of 501 on /orders: 31% of all requests
    expect(users.failed).toBe(0);
    expect(totalFailed(run) / totalRequests(run)).toBeCloseTo(0.31, 2);
  });

  it('per-second buckets add up to the whole series', async () => {
    const run = await readK6Json(fixtureJson('arrival-base'));
    for (const s of run.series.values()) {
      const seconds = [...s.seconds.values()];
      expect(seconds.reduce((a, b) => a + b.requests, 0)).toBe(s.requests);
      expect(seconds.reduce((a, b) => a + b.latency.count, 0)).toBe(s.latency.count);
      const keys = [...s.seconds.keys()];
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      expect(keys[0]).toBe(Math.floor(run.startMs / 1000));
    }
  });
});
