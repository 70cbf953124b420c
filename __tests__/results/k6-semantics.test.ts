import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { tempDir } from './helpers.ts';

const T0 = Date.UTC(2026, 10, 23, 23, 4, 45);
const at = (ms: number): string => new Date(T0 + ms).toISOString().replace(/\.?0*Z$/, 'Z');
const point = (metric: string, ms: number, value: number, tags: Record<string, string> = {}): string =>
  JSON.stringify({ metric, type: 'Point', data: { time: at(ms), value, tags } });

/** The lines k6 writes for one request (3 of its 9 metrics are enough here). */
function request(ms: number, duration: number, tags: Record<string, string>, failed?: boolean): string[] {
  const lines = [point('http_reqs', ms, 1, tags), point('http_req_duration', ms, duration, tags)];
  if (failed !== undefined) lines.push(point('http_req_failed', ms, failed ? 1 : 0, tags));
  return lines;
}

const api = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({
  group: '',
  method: 'GET',
  name,
  scenario: 'api',
  status: '200',
  url: `http://127.0.0.1:8080${name}`,
  ...extra,
});

describe('k6 semantics', () => {
  const { write } = tempDir();
  const file = (name: string, lines: string[]) => write(name, `${lines.join('\n')}\n`);

  it('setup() and teardown() requests go to lifecycle, not series, and do not stretch the run', async () => {
    const lifecycle = (group: string) => ({
      group,
      method: 'POST',
      name: '/login',
      url: '/login',
      expected_response: 'true',
    });
    const run = await readK6Json(
      file('lifecycle.json', [
        ...request(0, 3, lifecycle('::setup')),
        ...request(1000, 10, api('/a', { expected_response: 'true' })),
        ...request(2500, 12, api('/a', { expected_response: 'true' })),
        ...request(9000, 4, lifecycle('::teardown')),
      ]),
    );
    expect([...run.series.keys()]).toEqual(['api › GET /a']);
    expect([...run.lifecycle.keys()]).toEqual(['::setup › POST /login', '::teardown › POST /login']);
    expect(run.lifecycle.get('::setup › POST /login')!.requests).toBe(1);
    expect(run.startMs).toBe(T0 + 1000);
    expect(run.endMs).toBe(T0 + 2500);
  });

  it('failures come from expected_response when tagged, from http_req_failed otherwise, never twice', async () => {
    const tagged = (ok: boolean) => api('/tagged', { expected_response: String(ok) });
    const run = await readK6Json(
      file('failures.json', [
        ...request(0, 5, tagged(false), true),
        ...request(10, 5, tagged(true), false),
        ...request(20, 5, tagged(false), true),
        ...request(30, 5, api('/untagged'), true),
        ...request(40, 5, api('/untagged'), false),
        ...request(1040, 5, api('/untagged'), true),
      ]),
    );
    expect(run.series.get('api › GET /tagged')!.failed).toBe(2);
    const untagged = run.series.get('api › GET /untagged')!;
    expect(untagged.failed).toBe(2);
    expect([...untagged.seconds.values()].map((b) => b.failed)).toEqual([1, 1]);
    expect(run.skipped['metric http_req_failed']).toBe(4); // the tagged ones and the untagged successes
    expect(run.warnings).toEqual([]);
  });

  it('warns when failures cannot be known at all', async () => {
    const path = file('no-failure-info.json', [...request(0, 5, api('/x')), ...request(10, 6, api('/x'))]);
    const run = await readK6Json(path);
    expect(run.series.get('api › GET /x')!.failed).toBe(0);
    expect(run.warnings).toEqual([
      `${path}: 2 requests carry no expected_response tag and there are no http_req_failed samples for them: their failures cannot be counted (failed = 0)`,
    ]);
  });

  it('a name tag groups dynamic URLs; without one the URL is the name', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 50; i++)
      lines.push(
        ...request(
          i * 10,
          5 + i,
          api('/items/:id', { url: `http://h/items/${i}`, expected_response: 'true' }),
        ),
      );
    lines.push(
      ...request(600, 5, {
        method: 'GET',
        url: 'http://h/plain',
        scenario: 'api',
        expected_response: 'true',
      }),
    );
    const run = await readK6Json(file('names.json', lines));
    expect([...run.series.keys()]).toEqual(['api › GET /items/:id', 'api › GET /plain']);
    expect(run.series.get('api › GET /items/:id')!.requests).toBe(50);
    expect(run.series.get('api › GET /items/:id')!.latency.max).toBe(54);
  });

  it('folds names past maxSeries into one series per scenario, group and method, and says so', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 6; i++) lines.push(...request(i, 5, api(`/u/${i}`, { expected_response: 'true' })));
    const run = await readK6Json(file('many.json', lines), { maxSeries: 4 });
    expect(run.series.size).toBe(5);
    expect(run.series.get('api › GET (other names)')!.requests).toBe(2);
    expect(run.warnings[0]).toMatch(
      /more than 4 distinct requests: 2 further names were folded into '\(other names\)'/,
    );
  });

  it('reads iterations, dropped iterations, checks and VUs per second', async () => {
    const run = await readK6Json(
      file('totals.json', [
        ...request(0, 5, api('/a', { expected_response: 'true' })),
        point('vus', 0, 3),
        point('vus_max', 0, 10),
        point('iterations', 100, 1, { scenario: 'api' }),
        point('checks', 100, 1, { check: 'ok' }),
        point('checks', 110, 0, { check: 'ok' }),
        point('dropped_iterations', 1200, 2, { scenario: 'api' }),
        point('vus', 1000, 5),
        point('vus_max', 1000, 12),
        ...request(1100, 5, api('/a', { expected_response: 'true' })),
      ]),
      { loadModel: 'open', targetRate: 100 },
    );
    expect(run.totals).toEqual({
      iterations: 1,
      droppedIterations: 2,
      checksPassed: 1,
      checksFailed: 1,
      maxVUs: 5,
      maxVUsAllocated: 12,
    });
    expect([...run.secondTotals!.values()].map((t) => t.maxVUs)).toEqual([3, 5]);
    expect(run.loadModel).toBe('open');
    expect(run.targetRate).toBe(100);
  });

  it('reads thresholds from Metric lines, including the object form', async () => {
    const metric = (name: string, thresholds: unknown[]) =>
      JSON.stringify({
        type: 'Metric',
        data: { name, type: 'trend', contains: 'time', thresholds, submetrics: null },
        metric: name,
      });
    const run = await readK6Json(
      file('thresholds.json', [
        metric('http_req_duration', ['p(95)<200', { threshold: 'p(99)<500', abortOnFail: true }]),
        metric('http_req_duration', ['p(95)<200']),
        ...request(0, 5, api('/a', { expected_response: 'true' })),
      ]),
    );
    expect(run.thresholds).toEqual([
      { metric: 'http_req_duration', expressions: ['p(95)<200', 'p(99)<500'] },
    ]);
  });
});
