import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceProcess, startServiceProcess } from '../../examples/demo/service-process.ts';
import { memoryLogger } from '../../src/engine/logger.ts';
import { gateOptionsFor } from '../../src/inputs/gate-options.ts';
import { createMeasurer, type Measurer } from '../../src/measure/measurer.ts';
import { measureSameJob } from '../../src/measure/plan.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import type { Comparison } from '../../src/stats/types.ts';

/**
 * The same-job design for real: the embedded engine against two loopback services in their own processes,
 * measured in interleaved pairs. One PR service is 10% slower on GET /users only; another is identical to
 * the base (A/A). Short runs keep the suite fast; each case is repeated over seeds.
 */
// 20 ms: scheduling hiccups of a busy 2-core machine are absolute (~1 ms), so a larger base keeps them small
// relative to the 10% under test.
const DELAY_MS = 20;
let base: ServiceProcess;
let slower: ServiceProcess;
let same: ServiceProcess;
let measurer: Measurer;

beforeAll(async () => {
  [base, slower, same] = await Promise.all([
    startServiceProcess({ label: 'base', service: { delayMs: DELAY_MS, seed: 1 } }),
    startServiceProcess({
      label: 'PR +10%',
      service: { delayMs: DELAY_MS, slow: { path: '/users', extraMs: DELAY_MS / 10 }, seed: 2 },
    }),
    startServiceProcess({ label: 'PR A/A', service: { delayMs: DELAY_MS, seed: 3 } }),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-same-job-'));
  const scenario = join(dir, 'scenario.yml');
  writeFileSync(
    scenario,
    [
      'name: api',
      'baseUrl: http://127.0.0.1:1',
      'load: { model: open, rate: 200, duration: 1s, maxInFlight: 50 }',
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
  const measurement = await measureSameJob(measurer, {
    targetUrl: pr.url,
    baselineTargetUrl: base.url,
    pairs: 3,
    random: mulberry32(seed).next,
  });
  const keys = measurement.candidate.flatMap((r) => [...r.series.values()].map((s) => s.key));
  const { options } = gateOptionsFor({ tolerances: [], slos: [], seed }, keys);
  return compareRuns(
    {
      baseline: measurement.baseline!,
      candidate: measurement.candidate,
      design: 'same-job',
      pairOrders: measurement.orders,
    },
    options,
  );
}

const outcomeOf = (c: Comparison, name: string) => c.series.find((s) => s.key.name === name)!;

describe('same-job A/B with the embedded engine against two real services', () => {
  it('flags a 10% slowdown on GET /users, and only there', async () => {
    for (const seed of [11, 12]) {
      const c = await judge(slower, seed);
      const users = outcomeOf(c, 'GET /users');
      const p50 = users.metrics.find((m) => m.metric === 'p50')!;
      expect(users.outcome, `seed ${seed}: ${c.reasons.join('; ')}`).toBe('regression');
      expect(p50.change).toBeGreaterThan(0.05);
      expect(outcomeOf(c, 'GET /orders').outcome).not.toBe('regression');
      expect(c.pairs?.orders).toHaveLength(3);
    }
  });

  it('does not flag an identical build (A/A)', async () => {
    for (const seed of [21, 22]) {
      const c = await judge(same, seed);
      expect(c.verdict, `seed ${seed}: ${c.reasons.join('; ')}`).not.toBe('fail');
    }
  });
});
