import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../examples/service/server.mjs';
import { runEmbeddedOnce } from '../../src/engine/embedded/engine.ts';
import { parseScenario, type Scenario } from '../../src/engine/embedded/scenario.ts';
import { type EngineLogger, memoryLogger } from '../../src/engine/logger.ts';
import { createMeasurer } from '../../src/measure/measurer.ts';
import type { RunResult } from '../../src/results/types.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

let service: RunningService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const scenario = (url: string, load: string, extra = '') =>
  parseScenario(
    `baseUrl: ${url}\nload: ${load}\n${extra}\nrequests:\n  - { name: GET /users, method: GET, path: /users }\n  - { name: GET /orders, method: GET, path: /orders }\n`,
    'test.yaml',
  );

const once = (s: Scenario) => runEmbeddedOnce(s, { logger: memoryLogger() });

/** The measurer the Action and the CLI build, for a one-request scenario file with this load and warm-up. */
async function embeddedMeasurer(load: string, warmup: string, logger: EngineLogger) {
  const dir = tempDir('perf-gate-embedded-');
  const file = join(dir, 'scenario.yml');
  writeFileSync(
    file,
    `baseUrl: http://127.0.0.1:9\nload: ${load}\nwarmup: ${warmup}\nrequests:\n  - { name: GET /users, method: GET, path: /users }\n`,
  );
  return await createMeasurer('embedded', {
    script: file,
    warmupSeconds: 0,
    outDir: dir,
    logger,
    k6: { flags: [], timeoutSeconds: 60, env: {}, targetEnv: 'BASE_URL' },
  });
}
const series = (r: RunResult, name: string) => [...r.series.values()].find((s) => s.key.name === name)!;

describe('embedded engine against the example service', () => {
  it('open model: iterations on schedule, every measured request in the same RunResult shape as k6', async () => {
    service = await startService({ delayMs: 3, seed: 1 });
    const r = await once(scenario(service.url, '{ model: open, rate: 100, duration: 1.5 }', 'warmup: 0.5'));
    expect(r).toMatchObject({
      engine: 'embedded',
      fidelity: 'distribution',
      loadModel: 'open',
      targetRate: 100,
    });
    expect([...r.series.keys()]).toEqual(['default › GET GET /users', 'default › GET GET /orders']);
    const users = series(r, 'GET /users');
    expect(users.key).toEqual({ scenario: 'default', group: '', method: 'GET', name: 'GET /users' });
    // 1.5 s at 100/s; warm-up requests are not recorded
    expect(r.totals.iterations).toBeGreaterThanOrEqual(140);
    expect(r.totals.iterations).toBeLessThanOrEqual(152);
    expect(users.requests).toBeGreaterThanOrEqual(140);
    expect(users.requests).toBeLessThanOrEqual(152);
    expect(service.requests).toBeGreaterThan(users.requests * 2 + 80); // warm-up happened
    expect(r.totals.droppedIterations).toBe(0);
    expect(users.failed).toBe(0);
    expect(r.totals.checksPassed).toBe(users.requests + series(r, 'GET /orders').requests);
    // the service waits 3 ms: latency is at least that, and the histogram holds every request
    expect(users.latency.count).toBe(users.requests);
    expect(users.latency.quantile(0.5)).toBeGreaterThanOrEqual(3);
    expect(users.latency.quantile(0.5)).toBeLessThan(100);
    // per-second buckets by epoch second add up to the whole run
    const buckets = [...users.seconds.entries()];
    expect(buckets.reduce((n, [, b]) => n + b.requests, 0)).toBe(users.requests);
    for (const [second] of buckets) expect(Math.abs(second - Date.now() / 1000)).toBeLessThan(30);
    expect(r.endMs - r.startMs).toBeGreaterThan(1200);
    expect(r.endMs - r.startMs).toBeLessThan(2500);
  });

  it('open model: a slow target does not slow the schedule (no coordinated omission)', async () => {
    service = await startService({ delayMs: 150, seed: 1 });
    const r = await once(scenario(service.url, '{ model: open, rate: 40, duration: 1 }'));
    // each iteration takes ~300 ms (two 150 ms requests), so ~12 run at once and all 40 still start
    expect(r.totals.iterations + r.totals.droppedIterations).toBeGreaterThanOrEqual(39);
    expect(r.totals.droppedIterations).toBe(0);
    expect(r.totals.maxVUs).toBeGreaterThanOrEqual(8);
  });

  it('open model: iterations beyond the in-flight cap are dropped and counted, with a warning', async () => {
    service = await startService({ delayMs: 150, seed: 1 });
    const r = await once(scenario(service.url, '{ model: open, rate: 40, duration: 1, maxInFlight: 3 }'));
    expect(r.totals.maxVUs).toBe(3);
    expect(r.totals.droppedIterations).toBeGreaterThan(20);
    expect(r.totals.iterations + r.totals.droppedIterations).toBeGreaterThanOrEqual(38);
    expect(r.warnings.join('\n')).toMatch(/\d+ of 40 iterations dropped: all 3 in-flight slots were busy/);
  });

  it('closed model: N connections loop back to back; throughput is the signal', async () => {
    service = await startService({ delayMs: 10, seed: 1 });
    const r = await once(scenario(service.url, '{ model: closed, connections: 4, duration: 1 }'));
    expect(r.loadModel).toBe('closed');
    expect(r.targetRate).toBeUndefined();
    expect(r.totals.maxVUs).toBe(4);
    // 4 loops of ~10 ms requests for 1 s: up to ~200 iterations; far fewer means the loops stalled
    expect(r.totals.iterations).toBeGreaterThan(80);
    expect(r.totals.iterations).toBeLessThanOrEqual(200);
    expect(series(r, 'GET /orders').requests).toBeGreaterThanOrEqual(r.totals.iterations);
  });

  it('counts unexpected statuses as failures, per series', async () => {
    service = await startService({ errorRate: { path: '/orders', rate: 0.5 }, seed: 7 });
    const s = parseScenario(
      `baseUrl: ${service.url}
load: { model: open, rate: 150, duration: 1 }
requests:
  - { name: list users, method: GET, path: /users }
  - { name: failing orders, method: GET, path: /orders }
  - { name: create order, method: POST, path: /orders, body: { id: 1 }, expect: [201] }
  - { name: missing, method: GET, path: /missing }`,
      'test.yaml',
    );
    const r = await once(s);
    const rate = (name: string) => series(r, name).failed / series(r, name).requests;
    expect(rate('list users')).toBe(0);
    expect(rate('failing orders')).toBeGreaterThan(0.35);
    expect(rate('failing orders')).toBeLessThan(0.65);
    expect(rate('missing')).toBe(1);
    const failed = [...r.series.values()].reduce((n, x) => n + x.failed, 0);
    expect(r.totals.checksFailed).toBe(failed);
    const bucketFailed = [...series(r, 'missing').seconds.values()].reduce((n, b) => n + b.failed, 0);
    expect(bucketFailed).toBe(series(r, 'missing').requests);
  });

  it('bounds every request with the timeout and names the network errors', async () => {
    service = await startService({ delayMs: 2000, seed: 1 });
    const started = Date.now();
    const r = await once(
      scenario(service.url, '{ model: closed, connections: 1, duration: 0.3 }', 'timeout: 0.2'),
    );
    expect(Date.now() - started).toBeLessThan(1500);
    const users = series(r, 'GET /users');
    expect(users.failed).toBe(users.requests);
    // a timed-out request is recorded at about the timeout, like k6 records its timed-out requests
    expect(users.latency.min).toBeGreaterThanOrEqual(200);
    expect(users.latency.max).toBeLessThan(400);
    expect(r.warnings.join('\n')).toMatch(/network errors: \d+× TIMEOUT/);
  });

  it('a target that is down fails fast with a clear error', async () => {
    const s = await startService();
    const url = s.url;
    await s.close();
    const started = Date.now();
    await expect(once(scenario(url, '{ model: open, rate: 10, duration: 1 }'))).rejects.toThrow(
      `could not connect to ${url}: ECONNREFUSED`,
    );
    // fast: no retry loop or connect timeout (minutes) in between, whatever the machine's load
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("through the measurer: runs with a progress line per run, pointed at each side's URL, warm-up unrecorded", async () => {
    service = await startService({ seed: 1 });
    const logger = memoryLogger();
    const measurer = await embeddedMeasurer('{ model: open, rate: 20, duration: 0.5 }', '0.3s', logger);
    expect(measurer).toMatchObject({ engine: 'embedded', loadModel: 'open', targetRate: 20 });
    const run = (index: number, purpose: 'warmup' | 'measure') =>
      measurer.run({ targetUrl: service!.url, index, total: 2, label: 'PR build', side: 'pr', purpose });
    await run(0, 'warmup');
    const results = [await run(1, 'measure'), await run(2, 'measure')];
    expect(results).toHaveLength(2);
    expect(logger.groups).toEqual([
      'PR build warm-up: embedded run 0/2',
      'PR build: embedded run 1/2',
      'PR build: embedded run 2/2',
    ]);
    const progress = logger.lines.filter((l) => l.startsWith('PR build: embedded run'));
    expect(progress).toHaveLength(2);
    expect(progress[0]).toMatch(
      /^PR build: embedded run 1\/2: \d+ requests, \d+\.\d it\/s of 20 target, \d+\.\d s$/,
    );
  });

  it('a profiled run (after the measured pairs, the services warm) sends no warm-up load: the profiling pair is shorter than a measured pair', async () => {
    service = await startService({ seed: 1 });
    // 20 iterations/s: 20 requests in the measured second, and 20 more in the warm-up second of a measured run
    const measurer = await embeddedMeasurer('{ model: open, rate: 20, duration: 1 }', '1s', memoryLogger());
    expect(measurer).toMatchObject({ warmupSeconds: 1, profileWarmupSeconds: 0 });
    const received = async (purpose: 'measure' | 'profile') => {
      const before = service!.requests;
      await measurer.run({
        targetUrl: service!.url,
        index: 1,
        total: 1,
        label: 'PR build',
        side: 'pr',
        purpose,
      });
      return service!.requests - before;
    };
    // open model: the counts are the schedule's (21 arrivals a second at most), whatever the machine's speed
    expect(await received('measure')).toBeGreaterThan(30);
    expect(await received('profile')).toBeLessThanOrEqual(21);
  });
});
