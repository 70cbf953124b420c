import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/embedded/scenario.ts';
import { type K6Iteration, type RecordedRequest, runK6Iteration } from './k6-in-node.ts';

const root = new URL('../../', import.meta.url);
const SCENARIO = new URL('examples/scenario.yml', root).pathname;
const K6_SCRIPT = new URL('examples/k6/api.js', root).pathname;
const BASE = 'http://service.test:8080';

interface ArrivalScenario {
  executor: string;
  rate: number;
  timeUnit: string;
}

/** The one scenario of a script's options, by name. */
function onlyScenario(run: K6Iteration): [string, ArrivalScenario] {
  const scenarios = Object.entries(run.options.scenarios as Record<string, ArrivalScenario>);
  expect(scenarios).toHaveLength(1);
  return scenarios[0]!;
}

/** Iterations per second of a k6 arrival-rate scenario: `rate` per `timeUnit`. */
function perSecond(s: ArrivalScenario): number {
  const unit = /^(\d+)s$/.exec(s.timeUnit);
  if (!unit) throw new Error(`timeUnit '${s.timeUnit}' is not in whole seconds`);
  return s.rate / Number(unit[1]);
}

/** What a request means to perf-gate: series (method + name tag), target, body and what counts as success. */
function meaning(r: RecordedRequest) {
  return {
    series: `${r.method} ${r.name}`,
    path: r.url.replace(BASE, ''),
    body: r.body === null ? null : JSON.parse(r.body),
    contentType: Object.entries(r.headers).find(([h]) => h.toLowerCase() === 'content-type')?.[1] ?? null,
    expectedStatuses: r.expectedStatuses ?? null,
  };
}

describe('examples/scenario.yml', () => {
  it('is a valid embedded-engine scenario: three named series of the example service under an open model', async () => {
    const scenario = await loadScenario(SCENARIO);
    expect(scenario.name).toBe('api');
    expect(scenario.load).toMatchObject({ model: 'open', rate: 200 });
    expect(scenario.requests.map((r) => `${r.method} ${r.name} → ${r.path}`)).toEqual([
      'GET /users → /users',
      'GET /orders → /orders',
      'POST /orders → /orders',
    ]);
    expect(scenario.requests[2]).toMatchObject({
      expect: [201],
      headers: { 'content-type': 'application/json' },
    });
  });
});

describe('examples/k6/api.js', () => {
  it('is valid JavaScript whose one iteration requests every endpoint, each check passing on what the service answers', async () => {
    const run = await runK6Iteration(await readFile(K6_SCRIPT, 'utf8'), { BASE_URL: `${BASE}/` });
    expect(run.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${BASE}/users`,
      `GET ${BASE}/orders`,
      `POST ${BASE}/orders`,
    ]);
    expect(run.checks.length).toBe(3);
    expect(run.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('its checks can fail: a 500 on /orders, or a POST answered 200 instead of 201, fails exactly those checks', async () => {
    const source = await readFile(K6_SCRIPT, 'utf8');
    const broken = await runK6Iteration(source, { BASE_URL: `${BASE}/` }, (_method, url) =>
      url.endsWith('/orders') ? 500 : 200,
    );
    expect(broken.checks.map((c) => c.passed)).toEqual([true, false, false]);
    const wrongCreate = await runK6Iteration(source, { BASE_URL: `${BASE}/` }, () => 200);
    expect(wrongCreate.checks.map((c) => c.passed)).toEqual([true, true, false]);
  });

  it('defaults BASE_URL to the example service on port 3000, as the workflows start it', async () => {
    const run = await runK6Iteration(await readFile(K6_SCRIPT, 'utf8'));
    expect(run.requests[0]!.url).toBe('http://127.0.0.1:3000/users');
  });

  it('is written the k6 way: an arrival-rate scenario and thresholds on the failure rate, checks and a named series', async () => {
    const run = await runK6Iteration(await readFile(K6_SCRIPT, 'utf8'));
    const [, scenario] = onlyScenario(run);
    expect(scenario.executor).toBe('constant-arrival-rate');
    expect(Object.keys(run.options.thresholds as object)).toEqual([
      'http_req_failed',
      'http_req_duration{name:/users}',
      'checks',
    ]);
  });

  it('means the same as examples/scenario.yml: endpoints, series, bodies, expected statuses, model, rate', async () => {
    const handWritten = await runK6Iteration(await readFile(K6_SCRIPT, 'utf8'), { BASE_URL: BASE });
    const scenario = await loadScenario(SCENARIO);
    expect(handWritten.requests.map(meaning)).toEqual(
      scenario.requests.map((r) => ({
        series: `${r.method} ${r.name}`,
        path: r.path,
        body: r.body === undefined ? null : JSON.parse(r.body),
        contentType: Object.entries(r.headers).find(([h]) => h.toLowerCase() === 'content-type')?.[1] ?? null,
        expectedStatuses: r.expect ?? null,
      })),
    );
    const [name, a] = onlyScenario(handWritten);
    expect(name).toBe(scenario.name);
    expect(scenario.load.model).toBe('open');
    expect(a.executor).toBe('constant-arrival-rate');
    expect(perSecond(a)).toBe(scenario.load.model === 'open' ? scenario.load.rate : Number.NaN);
  });
});
