import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioToK6Script } from '../../src/engine/embedded/k6-script.ts';
import { parseScenario } from '../../src/engine/embedded/scenario.ts';

const dir = mkdtempSync(join(tmpdir(), 'k6-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPEN = parseScenario(
  `name: shop
baseUrl: http://127.0.0.1:3000/api/
load: { model: open, rate: 100, duration: 30s, maxInFlight: 80 }
warmup: 5s
timeout: 2s
requests:
  - { name: GET /users, method: GET, path: /users }
  - { name: create order, method: POST, path: "/orders?src=\`x\`", body: { id: 1 }, expect: [201, 202] }
`,
  'shop.yaml',
);

interface Call {
  method: string;
  url: string;
  body: string | null;
  params: Record<string, unknown>;
}

/**
 * Runs a generated script's module in Node with stand-ins for the `k6` and `k6/http` modules: the options it
 * exports and the requests and checks one iteration makes are what k6 would see.
 */
async function evaluate(script: string, name: string, env: Record<string, string>, status: number) {
  writeFileSync(
    join(dir, 'k6-http.mjs'),
    [
      'export default {',
      '  request(method, url, body, params) { globalThis.__calls.push({ method, url, body, params }); return { status: globalThis.__status }; },',
      '  expectedStatuses(...s) { return { expectedStatuses: s }; },',
      '};',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'k6.mjs'),
    'export function check(res, sets) { for (const [n, f] of Object.entries(sets)) globalThis.__checks.push([n, f(res)]); }\n',
  );
  const file = join(dir, `${name}.mjs`);
  writeFileSync(
    file,
    script.replace("from 'k6/http'", "from './k6-http.mjs'").replace("from 'k6'", "from './k6.mjs'"),
  );
  const g = globalThis as Record<string, unknown>;
  Object.assign(g, { __ENV: env, __calls: [], __checks: [], __status: status });
  const mod = await import(pathToFileURL(file).href);
  mod.default();
  return { options: mod.options, calls: g.__calls as Call[], checks: g.__checks as [string, boolean][] };
}

describe('scenarioToK6Script', () => {
  const script = scenarioToK6Script(OPEN);

  it('is valid JavaScript for k6 (node --check on an ES module)', () => {
    const file = join(dir, 'check.mjs');
    writeFileSync(file, script);
    expect(() => execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })).not.toThrow();
    expect(script).toContain("import http from 'k6/http';");
    expect(script).toContain("import { check } from 'k6';");
  });

  it('open model ⇒ constant-arrival-rate over warm-up + duration, preallocated VUs = the in-flight cap', async () => {
    const { options } = await evaluate(script, 'open', {}, 201);
    expect(options).toEqual({
      discardResponseBodies: true,
      scenarios: {
        shop: {
          executor: 'constant-arrival-rate',
          rate: 100,
          timeUnit: '1s',
          duration: '35s',
          preAllocatedVUs: 80,
          maxVUs: 80,
          gracefulStop: '3s',
        },
      },
    });
  });

  it('one iteration = the request list in order, with name tags, timeouts, expected statuses and checks', async () => {
    const { calls, checks } = await evaluate(script, 'iteration', { BASE_URL: 'http://10.0.0.1:8080/' }, 201);
    expect(calls).toEqual([
      {
        method: 'GET',
        url: 'http://10.0.0.1:8080/users',
        body: null,
        params: { tags: { name: 'GET /users' }, timeout: '2s' },
      },
      {
        method: 'POST',
        url: 'http://10.0.0.1:8080/orders?src=`x`',
        body: '{"id":1}',
        params: {
          tags: { name: 'create order' },
          timeout: '2s',
          headers: { 'content-type': 'application/json' },
          responseCallback: { expectedStatuses: [201, 202] },
        },
      },
    ]);
    // 201 passes both the default 2xx/3xx check and the explicit 201/202 one
    expect(checks).toEqual([
      ['GET /users: status 2xx/3xx', true],
      ['create order: status 201/202', true],
    ]);
  });

  it("BASE_URL defaults to the scenario's URL; checks fail on other statuses", async () => {
    const { calls, checks } = await evaluate(script, 'defaults', {}, 500);
    expect(calls[0]!.url).toBe('http://127.0.0.1:3000/api/users');
    expect(checks.map(([, ok]) => ok)).toEqual([false, false]);
  });

  it('closed model ⇒ constant-vus; fractional rates and durations stay exact', async () => {
    const closed = scenarioToK6Script({
      ...OPEN,
      load: { model: 'closed', connections: 12, duration: 1.5 },
      warmup: 0,
    });
    expect((await evaluate(closed, 'closed', {}, 200)).options.scenarios.shop).toEqual({
      executor: 'constant-vus',
      vus: 12,
      duration: '1500ms',
      gracefulStop: '3s',
    });
    const slow = scenarioToK6Script({
      ...OPEN,
      load: { model: 'open', rate: 2.5, duration: 10, maxInFlight: 50 },
    });
    expect((await evaluate(slow, 'slow', {}, 200)).options.scenarios.shop).toMatchObject({
      rate: 25,
      timeUnit: '10s',
    });
  });
});
