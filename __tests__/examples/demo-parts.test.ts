import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DemoUsageError, parseDemoArgs } from '../../examples/demo/args.ts';
import { describeCached, expectNoFailure, expectRegressionOnlyOn } from '../../examples/demo/expectations.ts';
import { serviceEnv } from '../../examples/demo/repo.ts';
import { optionsFromEnv, type ServiceOptions } from '../../examples/service/server.mjs';
import { comparison, key, metric, series, steadyMetrics } from '../report/fixtures.ts';
import { isAlive } from './processes.ts';
import { CHILD_SERVER, startServiceProcess } from './service-process.ts';

async function timeGet(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  expect(res.status).toBe(200);
  return performance.now() - started;
}

describe('demo arguments', () => {
  it('defaults to the full demo writing into the current directory', () => {
    expect(parseDemoArgs([], '/work')).toEqual({ quick: false, outDir: '/work', help: false });
  });

  it('reads --quick, --out and --help', () => {
    expect(parseDemoArgs(['--quick', '--out', 'reports'], '/work')).toEqual({
      quick: true,
      outDir: 'reports',
      help: false,
    });
    expect(parseDemoArgs(['-h'], '/work').help).toBe(true);
  });

  it('refuses unknown flags, stray arguments and an empty --out, naming them', () => {
    expect(() => parseDemoArgs(['--fast'], '/w')).toThrow(DemoUsageError);
    expect(() => parseDemoArgs(['--fast'], '/w')).toThrow(/--fast/);
    expect(() => parseDemoArgs(['now'], '/w')).toThrow("unexpected argument 'now'");
    expect(() => parseDemoArgs(['--out', ''], '/w')).toThrow('--out needs a directory');
  });
});

describe('example service knobs as environment variables', () => {
  it('reads back through server.mjs’s own optionsFromEnv as the same options', () => {
    const options: ServiceOptions = {
      port: 0,
      host: '127.0.0.1',
      delayMs: 20,
      jitterMs: 4,
      cpuMs: 1,
      work: 400000,
      seed: 7,
      slow: { path: '/users', extraMs: 3, cpuMs: 0.5 },
      errorRate: { path: '/orders', rate: 0.25 },
      leakKb: 2,
    };
    expect(optionsFromEnv(serviceEnv(options))).toEqual(options);
  });

  it('asks for a free port unless told otherwise', () => {
    expect(serviceEnv({})).toEqual({ PORT: '0' });
  });
});

describe('the example service as a child process', () => {
  it('answers on a free port with its knobs applied, and is gone once stopped', async () => {
    const service = await startServiceProcess({
      label: 'test build',
      // 300 ms apart: a margin a busy machine's scheduling delays cannot cross
      service: { delayMs: 1, slow: { path: '/users', extraMs: 300 } },
    });
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(service.pid).not.toBe(process.pid);
    expect(await timeGet(`${service.url}/users`)).toBeGreaterThanOrEqual(300);
    expect(await timeGet(`${service.url}/orders`)).toBeLessThan(300);
    await service.stop();
    expect(isAlive(service.pid)).toBe(false);
    await service.stop(); // stopping twice is harmless
  });

  it('says which build failed to start, with the service’s own error', async () => {
    await expect(startServiceProcess({ label: 'broken build', service: { delayMs: -1 } })).rejects.toThrow(
      /broken build: the service exited \(code 1\) before listening:[\s\S]*DELAY_MS=-1/,
    );
  });

  it('exits by itself when its parent goes away (its stdin closes), so a killed demo leaves nothing behind', async () => {
    const child = spawn(process.execPath, [CHILD_SERVER], {
      env: { ...process.env, ...serviceEnv({}) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) =>
      child.stdout.once('data', (b: Buffer) => resolve(String(b))),
    );
    expect(JSON.parse(line)).toMatchObject({ pid: child.pid, url: expect.stringMatching(/^http:/) });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdin.end();
    expect(await exited).toBe(0);
  });
});

describe('what the demo expects of each part', () => {
  const users = key('GET', '/users', '', 'api');
  const orders = key('GET', '/orders', '', 'api');
  const slowedUsers = () =>
    series(users, [
      metric('p50', { baseline: 22, change: 0.13, outcome: 'regression', interval: [0.1, 0.16] }),
      ...steadyMetrics(22).slice(1),
    ]);
  const SLOWED = { method: 'GET', name: '/users' };

  it('part 1 holds when the slowed endpoint alone is a regression and the verdict fails', () => {
    const c = comparison({ verdict: 'fail', series: [slowedUsers(), series(orders, steadyMetrics())] });
    const checks = expectRegressionOnlyOn(c, SLOWED);
    expect(checks.every((x) => x.ok)).toBe(true);
    expect(checks.map((x) => x.text)).toEqual([
      'regression found on GET /users: P50 +13.0% [+10.0%, +16.0%]',
      'not slowed down, not flagged: GET /orders no change',
    ]);
  });

  it('part 1 fails on a false alarm elsewhere, naming the endpoint', () => {
    const falseAlarm = series(orders, [metric('p95', { baseline: 9, change: 0.09, outcome: 'regression' })]);
    const checks = expectRegressionOnlyOn(
      comparison({ verdict: 'fail', series: [slowedUsers(), falseAlarm] }),
      SLOWED,
    );
    expect(checks.filter((x) => !x.ok).map((x) => x.text)).toEqual([
      'flagged as a regression though not slowed down: GET /orders regression (P95 +9.0% [+4.0%, +14.0%])',
    ]);
  });

  it('part 1 fails when the slowed endpoint was missed, or not compared at all', () => {
    const missed = series(users, [
      metric('p50', {
        baseline: 22,
        change: 0.03,
        outcome: 'inconclusive',
        reason: 'the interval neither rules out a 5% change nor shows a significant one',
      }),
    ]);
    const checks = expectRegressionOnlyOn(comparison({ verdict: 'inconclusive', series: [missed] }), SLOWED);
    expect(checks[0]).toEqual({
      ok: false,
      text: 'GET /users was slowed down but came out inconclusive: P50 +3.0% [-2.0%, +8.0%] (the interval neither rules out a 5% change nor shows a significant one)',
    });
    const absent = expectRegressionOnlyOn(comparison({ series: [series(orders, steadyMetrics())] }), SLOWED);
    expect(absent[0]).toEqual({
      ok: false,
      text: 'no series GET /users was compared (compared: GET /orders)',
    });
  });

  it('a refused comparison fails every part', () => {
    const c = comparison({ refused: 'load models differ', verdict: 'inconclusive' });
    expect(expectRegressionOnlyOn(c, SLOWED)).toEqual([
      { ok: false, text: 'the comparison was refused: load models differ' },
    ]);
    expect(expectNoFailure(c)[0]!.ok).toBe(false);
  });

  it('part 2 passes on pass and on inconclusive (saying why), and fails on fail', () => {
    expect(expectNoFailure(comparison({ verdict: 'pass', reasons: ['No gated metric changed'] }))).toEqual([
      { ok: true, text: 'pass: No gated metric changed' },
    ]);
    expect(
      expectNoFailure(
        comparison({ verdict: 'inconclusive', reasons: ['GET /users: P95: wide', 'GET /orders: P95: wide'] }),
      ),
    ).toEqual([{ ok: true, text: 'not failing, but inconclusive: GET /users: P95: wide (and 1 more)' }]);
    expect(
      expectNoFailure(comparison({ verdict: 'fail', reasons: ['Regression: GET /orders P95 +9%'] })),
    ).toEqual([{ ok: false, text: 'the same build measured twice failed: Regression: GET /orders P95 +9%' }]);
  });

  it('part 3 is described by the assumed between-job noise and the slowed endpoint’s P50', () => {
    const wide = series(users, [
      metric('p50', { baseline: 22, change: 0.13, outcome: 'inconclusive', interval: [-0.58, 2.06] }),
    ]);
    const c = comparison({
      verdict: 'inconclusive',
      series: [wide],
      betweenJob: { source: 'prior', cv: 0.25, historySize: 0 },
    });
    expect(describeCached(c, SLOWED)).toBe(
      'inconclusive: between-job noise assumed at 25% (CV), so GET /users P50 +13.0% [-58.0%, +206%] is inconclusive',
    );
  });
});
