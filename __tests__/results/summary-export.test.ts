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

  it('bad input: clear errors naming the file', async () => {
    const { write } = tempDir();
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
