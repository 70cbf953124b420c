import { describe, expect, it } from 'vitest';
import { RunFileError } from '../../src/results/errors.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { summaryToRun } from '../../src/results/summary-export.ts';
import { seriesId } from '../../src/results/types.ts';
import { FIXTURE_NAMES, fixtureSummary, fixtureSummaryPath, tempDir } from './helpers.ts';

const ALL = seriesId({ scenario: '', group: '', method: '*', name: 'all requests' });

describe('k6 --summary-export', () => {
  it.each(FIXTURE_NAMES)('%s: a summary-fidelity run with the quantiles k6 printed', async (name) => {
    const summary = fixtureSummary(name);
    const run = await readRunFile(fixtureSummaryPath(name), { loadModel: 'open' });
    const d = summary.metrics.http_req_duration;
    expect(run.fidelity).toBe('summary');
    expect(run.loadModel).toBe('open');
    expect([...run.series.keys()]).toEqual([ALL]);
    const s = run.series.get(ALL)!;
    expect(s.requests).toBe(summary.metrics.http_reqs.count);
    expect(s.failed).toBe(summary.metrics.http_req_failed.passes);
    expect(s.latency.count).toBe(0);
    expect(s.seconds.size).toBe(0);
    expect(s.reportedQuantiles).toEqual({
      p0: d.min,
      p50: d.med,
      p90: d['p(90)'],
      p95: d['p(95)'],
      ...(d['p(99)'] === undefined ? {} : { p99: d['p(99)'] }),
      p100: d.max,
    });
    expect(run.totals.iterations).toBe(summary.metrics.iterations.count);
    expect(run.totals.checksFailed).toBe(summary.metrics.checks.fails);
    expect(run.totals.maxVUsAllocated).toBe(summary.metrics.vus_max.max);
    expect(run.endMs - run.startMs).toBeCloseTo(
      (summary.metrics.http_reqs.count / summary.metrics.http_reqs.rate) * 1000,
      3,
    );
    expect(run.warnings[0]).toMatch(
      /holds only the quantiles k6 printed: no distribution and no per-second data$/,
    );
    expect(run.skipped['summary metric http_req_blocked']).toBe(1);
    expect(run.skipped['summary metric http_req_duration{expected_response:true}']).toBe(1);
    expect(run.secondTotals).toBeUndefined();
  });

  it('threshold true means FAILED', async () => {
    const run = await readRunFile(fixtureSummaryPath('arrival-errors'));
    expect(run.thresholds).toEqual(
      expect.arrayContaining([
        { metric: 'http_req_duration', expressions: ['p(99)<5'], crossed: true },
        { metric: 'http_req_failed', expressions: ['rate<0.5'], crossed: false },
      ]),
    );
    const ok = await readRunFile(fixtureSummaryPath('arrival-base'));
    expect(ok.thresholds.every((t) => t.crossed === false)).toBe(true);
  });

  it('submetrics that name requests become series; those that only filter are listed as skipped', () => {
    const summary = fixtureSummary('arrival-base');
    summary.metrics['http_req_duration{name:GET /users}'] = { med: 7.7, 'p(95)': 10.1, avg: 8 };
    summary.metrics['http_reqs{name:GET /users}'] = { count: 1001, rate: 100 };
    summary.metrics['http_req_failed{name:GET /users}'] = { passes: 3, fails: 998, value: 0.003 };
    summary.metrics['http_req_duration{scenario:api,method:GET,name:GET /orders}'] = {
      med: 7.6,
      'p(99)': 11,
    };
    const run = summaryToRun(summary, 'summary.json');
    const users = run.series.get('* GET /users')!;
    expect(users).toMatchObject({ requests: 1001, failed: 3, reportedQuantiles: { p50: 7.7, p95: 10.1 } });
    const orders = run.series.get('api › GET GET /orders')!;
    expect(orders.key).toEqual({ scenario: 'api', group: '', method: 'GET', name: 'GET /orders' });
    expect(orders.requests).toBeNaN();
    expect(run.warnings).toContain(
      'summary.json: http_req_duration{scenario:api,method:GET,name:GET /orders} has no matching http_reqs{scenario:api,method:GET,name:GET /orders} count: its request count is unknown',
    );
    expect(run.skipped['summary metric http_reqs{name:GET /users}']).toBeUndefined();
    // a tag value may hold colons (k6's group paths start with '::'); a filtering tag beside it is not part of the key
    summary.metrics['http_req_duration{group:::checkout,status:200}'] = { med: 5, 'p(95)': 6 };
    const grouped = [...summaryToRun(summary, 'summary.json').series.values()].filter(
      (s) => s.key.group !== '',
    );
    expect(grouped.map((s) => s.key)).toEqual([
      { scenario: '', group: '::checkout', method: '*', name: '*' },
    ]);
  });

  it('reads the handleSummary() layout too (values nested, thresholds {ok})', () => {
    const legacy = fixtureSummary('arrival-errors');
    const data = {
      metrics: Object.fromEntries(
        // biome-ignore lint/suspicious/noExplicitAny: k6's summary layout
        Object.entries(legacy.metrics).map(([name, m]: [string, any]) => {
          const { thresholds, ...values } = m;
          const t =
            thresholds &&
            Object.fromEntries(Object.entries(thresholds).map(([e, failed]) => [e, { ok: !failed }]));
          return [name, { type: 'trend', contains: 'time', values, ...(t ? { thresholds: t } : {}) }];
        }),
      ),
    };
    const a = summaryToRun(legacy, 'x');
    const b = summaryToRun(data, 'x');
    expect(b.series.get(ALL)).toEqual(a.series.get(ALL));
    expect(b.thresholds).toEqual(a.thresholds);
    expect(b.totals).toEqual(a.totals);
  });

  const { write } = tempDir();
  it('bad input: clear errors naming the file', async () => {
    const fails = async (content: string, message: string | RegExp) => {
      const path = write('s.json', content);
      const err = await readRunFile(path).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RunFileError);
      expect((err as Error).message).toMatch(typeof message === 'string' ? `${path}: ${message}` : message);
    };
    await fails(
      '',
      'empty file: expected k6 --out json output, a JMeter or Locust results file, a k6 summary',
    );
    await fails(
      '{"metrics":',
      /: not a run file \(.*\): expected .*a k6 --summary-export JSON .*got: \{"metrics":$/,
    );
    await fails(
      '{"root_group":{}}',
      'not a run file: expected k6 --out json NDJSON, a k6 --summary-export JSON (with "metrics")',
    );
    await fails(
      '{"metrics":{"iterations":{"count":3}}}',
      'no HTTP requests were recorded: is the target reachable?',
    );
    await fails(
      '{"metrics":{"http_reqs":{"count":0},"http_req_duration":{"med":1}}}',
      'no HTTP requests were recorded: is the target reachable?',
    );
    await fails(
      '{"metrics":{"http_reqs":{"count":"3"},"http_req_duration":{"med":1}}}',
      'metric http_reqs: expected "count" to be a number, got "3"',
    );
    await fails(
      '{"metrics":{"http_reqs":{"count":3},"http_req_duration":{"avg":1}}}',
      /metric http_req_duration: no quantiles/,
    );
  });
});

/** A hand-made --summary-export with one request series; `extra` adds or replaces metrics. */
function summary(extra: Record<string, unknown> = {}): { metrics: Record<string, unknown> } {
  return {
    metrics: {
      http_reqs: { count: 100, rate: 10 },
      http_req_duration: { med: 5, 'p(95)': 9 },
      http_req_failed: { passes: 2, fails: 98, value: 0.02 },
      ...extra,
    },
  };
}

const fails = (json: unknown, message: string) => {
  expect(() => summaryToRun(json, 's.json')).toThrow(new RunFileError('s.json', undefined, message));
};

describe('k6 summary: edge cases', () => {
  it('a run named after its file, its duration from count / rate, a target rate only when given', () => {
    const run = summaryToRun(summary(), 's.json');
    expect(run.sources).toEqual(['s.json']);
    expect(run.endMs).toBe(10_000);
    expect(run.warnings).toEqual([
      's.json: a k6 summary holds only the quantiles k6 printed: no distribution and no per-second data',
    ]);
    expect('targetRate' in run).toBe(false);
    expect(summaryToRun(summary(), 's.json', { targetRate: 50 }).targetRate).toBe(50);
  });

  it.each([
    ['no rate', { count: 100 }],
    ['a null rate', { count: 100, rate: null }],
    ['a zero rate', { count: 100, rate: 0 }],
  ])('%s: the duration is unknown, with a warning', (_, httpReqs) => {
    const run = summaryToRun(summary({ http_reqs: httpReqs }), 's.json');
    expect(run.endMs).toBeNaN();
    expect(run.warnings).toContain('s.json: no http_reqs rate: the test duration is unknown');
  });

  it('no http_req_failed: the failed count is unknown, with a warning', () => {
    const { http_req_failed: _, ...metrics } = summary().metrics;
    const run = summaryToRun({ metrics }, 's.json');
    expect(run.series.get(ALL)!.failed).toBeNaN();
    expect(run.warnings).toContain(
      's.json: no http_req_failed in the summary: the failed-request count is unknown',
    );
  });

  it('totals: dropped iterations, checks, VUs (max, else the last value)', () => {
    const run = summaryToRun(
      summary({
        dropped_iterations: { count: 7 },
        checks: { passes: 11, fails: 4 },
        vus: { max: 5, value: 2 },
        vus_max: { max: 8, value: 6 },
      }),
      's.json',
    );
    expect(run.totals).toEqual({
      iterations: 0,
      droppedIterations: 7,
      checksPassed: 11,
      checksFailed: 4,
      maxVUs: 5,
      maxVUsAllocated: 8,
    });
    const valuesOnly = summaryToRun(summary({ vus: { value: 3 }, vus_max: { value: 6 } }), 's.json');
    expect(valuesOnly.totals).toMatchObject({ maxVUs: 3, maxVUsAllocated: 6 });
    expect('maxVUsAllocated' in summaryToRun(summary(), 's.json').totals).toBe(false);
  });

  it('quantiles: only med, min, max and p(…) exactly', () => {
    const run = summaryToRun(
      summary({ http_req_duration: { med: 5, 'xp(95)': 9, 'p(99)x': 12, 'p(90)': 8, avg: 6 } }),
      's.json',
    );
    expect(run.series.get(ALL)!.reportedQuantiles).toEqual({ p50: 5, p90: 8 });
  });

  it('thresholds: crossed when any expression failed; an empty set is no threshold', () => {
    const run = summaryToRun(
      summary({
        http_req_duration: { med: 5, thresholds: { 'p(50)<10': false, 'p(50)<1': true } },
        http_req_failed: { passes: 2, thresholds: {} },
      }),
      's.json',
    );
    expect(run.thresholds).toEqual([
      { metric: 'http_req_duration', expressions: ['p(50)<10', 'p(50)<1'], crossed: true },
    ]);
  });

  it('submetrics: one request tag makes a series; tags are trimmed; malformed names are skipped', () => {
    const run = summaryToRun(
      summary({
        'http_req_duration{scenario:api}': { med: 1 },
        'http_req_duration{method:POST}': { med: 2 },
        'http_req_duration{url:http://h/a}': { med: 3 },
        'http_req_duration{ name: b }': { med: 4 },
        'http_req_duration{name:c}x': { med: 5 },
        'http_req_duration{namex}': { med: 6 },
      }),
      's.json',
    );
    expect([...run.series.values()].map((s) => [s.key, s.reportedQuantiles?.p50])).toEqual([
      [{ scenario: '', group: '', method: '*', name: 'all requests' }, 5],
      [{ scenario: 'api', group: '', method: '*', name: '*' }, 1],
      [{ scenario: '', group: '', method: 'POST', name: '*' }, 2],
      [{ scenario: '', group: '', method: '*', name: '/a' }, 3],
      [{ scenario: '', group: '', method: '*', name: 'b' }, 4],
    ]);
    expect(run.skipped).toEqual({
      'summary metric http_req_duration{name:c}x': 1,
      'summary metric http_req_duration{namex}': 1,
    });
  });

  it('skipped metrics: filtering submetrics first, then the unread metrics in the summary order', () => {
    const run = summaryToRun(
      summary({
        'http_req_duration}': { med: 1 },
        http_req_blocked: { med: 1 },
        'http_req_duration{expected_response:true}': { med: 1 },
      }),
      's.json',
    );
    expect(Object.keys(run.skipped)).toEqual([
      'summary metric http_req_duration{expected_response:true}',
      'summary metric http_req_duration}',
      'summary metric http_req_blocked',
    ]);
  });

  it('bad input: what was expected, naming the file', () => {
    fails(null, 'not a k6 summary: expected a JSON object with a "metrics" object');
    fails(
      summary({ http_req_duration: undefined }),
      'no HTTP requests were recorded: is the target reachable?',
    );
    fails(summary({ vus: 3 }), 'metric vus: expected an object');
    fails(
      summary({ http_req_duration: { med: '5' } }),
      'metric http_req_duration: expected "med" to be a number, got "5"',
    );
    fails(
      summary({ http_reqs: { count: 100, rate: 10, thresholds: 5 } }),
      'metric http_reqs: expected "thresholds" to be an object',
    );
    fails(
      summary({ http_reqs: { count: 100, rate: 10, thresholds: { 'rate>1': { ok: 'yes' } } } }),
      'metric http_reqs: threshold "rate>1": expected true/false or {"ok": …}',
    );
  });
});
