import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/engine/logger.ts';
import { gateOptionsFor } from '../../src/inputs/gate-options.ts';
import { createMeasurer, type Measurer } from '../../src/measure/measurer.ts';
import { measureAsConfigured } from '../../src/measure/plan.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import type { Comparison } from '../../src/stats/types.ts';
import { type ServiceProcess, startServiceProcess } from '../examples/service-process.ts';
import { tempDirs } from '../temp-dirs.ts';
import { expectAaVerdict } from './aa-verdict.ts';

const tempDir = tempDirs(afterAll);

/**
 * The same-job design for real: the embedded engine against two loopback services in their own processes,
 * measured in interleaved pairs. One PR service is twice as slow on GET /users only; another is identical to
 * the base (A/A). Short runs keep the suite fast; each case is repeated over seeds.
 *
 * This file measures real latency on a shared machine, whose load it cannot control (six test suites and two
 * busy loops on 2 cores put the medians' run-to-run CV at up to 50%). So it asserts only what that load cannot
 * cross: the paired estimate of the median's change (+100% true, 0% A/A) within wide margins, a doubled
 * latency never passing, an identical build never failing. Whether the gate *passes* an A/A and *fails* a
 * clear regression at its defaults is required over many seeds in the seeded tests (__tests__/stats).
 */
// 100 ms: a loaded machine's scheduling delays are absolute (several ms), so a large base keeps them small
// relative to the change under test.
const DELAY_MS = 100;
const SLOWDOWN = 1;
// Under that load (seen at a load average of 14 on 2 cores) one service process can lag the other by up to ~36%
// over all pairs; a doubling stays above.
const TOLERANCE = 0.6;
let base: ServiceProcess;
let slower: ServiceProcess;
let same: ServiceProcess;
let measurer: Measurer;

beforeAll(async () => {
  [base, slower, same] = await Promise.all([
    startServiceProcess({ label: 'base', service: { delayMs: DELAY_MS, seed: 1 } }),
    startServiceProcess({
      label: 'PR +50%',
      service: { delayMs: DELAY_MS, slow: { path: '/users', extraMs: DELAY_MS * SLOWDOWN }, seed: 2 },
    }),
    startServiceProcess({ label: 'PR A/A', service: { delayMs: DELAY_MS, seed: 3 } }),
  ]);
  const dir = tempDir('perf-gate-same-job-');
  const scenario = join(dir, 'scenario.yml');
  writeFileSync(
    scenario,
    [
      'name: api',
      'baseUrl: http://127.0.0.1:1',
      'load: { model: open, rate: 100, duration: 1s, maxInFlight: 100 }',
      'warmup: 0.2s',
      'requests:',
      '  - { name: GET /users, method: GET, path: /users }',
      '  - { name: GET /orders, method: GET, path: /orders }',
    ].join('\n'),
  );
  measurer = await createMeasurer('embedded', {
    script: scenario,
    warmupSeconds: 0,
    outDir: dir,
    logger: memoryLogger(),
    k6: { flags: [], timeoutSeconds: 60, env: {}, targetEnv: 'BASE_URL' },
  });
});

afterAll(async () => {
  await Promise.all([base, slower, same].map((s) => s?.stop()));
});

async function judge(pr: ServiceProcess, seed: number): Promise<Comparison> {
  const measurement = await measureAsConfigured(measurer, {
    targetUrl: pr.url,
    baselineTargetUrl: base.url,
    runs: 3,
    seed,
  });
  const keys = measurement.candidate.flatMap((r) => [...r.series.values()].map((s) => s.key));
  const tolerances = [{ series: '*', metric: 'p50' as const, value: TOLERANCE }];
  const { options } = gateOptionsFor({ tolerances, slos: [], maxBaselineCv: 0.3, seed }, keys);
  return compareRuns(
    {
      baseline: measurement.baseline!,
      candidate: measurement.candidate,
      design: 'same-job',
      pairOrders: measurement.orders,
    },
    // The medians only: the tails of 200-request runs on a shared machine are noise at any tolerance.
    { ...options, gatedMetrics: ['p50'] },
  );
}

const outcomeOf = (c: Comparison, name: string) => c.series.find((s) => s.key.name === name)!;

const p50Change = (c: Comparison, name: string) =>
  outcomeOf(c, name).metrics.find((m) => m.metric === 'p50')!.change;

// The cases (and seeds) run one after another on purpose. Run at once beside two busy loops, the paired
// changes scattered: an A/A seed read GET /users +77%, a doubling +35% (sequential, under the same load: A/A
// within 8%, doublings +94% to +101%). Likely cause: the cases' load generators share this process's event
// loop, so on a starved machine one case's runs lengthen the other's latencies unevenly between the two
// sides of a pair, which pairing cannot cancel.
describe('same-job A/B with the embedded engine against two real services', () => {
  it('measures a doubled GET /users latency as about +100%, and never passes it', async () => {
    for (const seed of [11, 12]) {
      const c = await judge(slower, seed);
      const why = `seed ${seed}: ${c.reasons.join('; ')}`;
      expect(p50Change(c, 'GET /users'), why).toBeGreaterThan(0.5);
      expect(p50Change(c, 'GET /users'), why).toBeLessThan(1.6);
      expect(Math.abs(p50Change(c, 'GET /orders')), why).toBeLessThan(TOLERANCE);
      expect(['regression', 'inconclusive'], why).toContain(outcomeOf(c, 'GET /users').outcome);
      expect(c.verdict, why).not.toBe('pass');
      expect(c.pairs?.orders).toHaveLength(3);
    }
  });

  it('measures an identical build (A/A) as unchanged, and never fails it', async () => {
    for (const seed of [21, 22]) {
      const c = await judge(same, seed);
      const why = `seed ${seed}: ${c.reasons.join('; ')}`;
      for (const name of ['GET /users', 'GET /orders']) {
        expect(Math.abs(p50Change(c, name)), why).toBeLessThan(TOLERANCE);
      }
      expectAaVerdict(
        c.verdict,
        c.series.flatMap((s) => s.metrics),
        why,
      );
    }
  });
});
