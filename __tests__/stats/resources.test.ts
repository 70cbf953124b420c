import { describe, expect, it } from 'vitest';
import { measuredRequests, type RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { defaultGateOptions } from '../../src/stats/defaults.ts';
import { SERVICE_SERIES_ID } from '../../src/stats/resources.ts';
import { makeRuns } from './helpers.ts';

/** The runs with the service's CPU per request (ms) set per run. */
function withCpu(runs: RunResult[], msPerRequest: number[]): RunResult[] {
  return runs.map((run, i) => ({
    ...run,
    service: {
      source: 'process tree',
      seconds: 20,
      cpuSeconds: (msPerRequest[i]! * measuredRequests(run).requests) / 1000,
      cpuWaitSeconds: 0,
      peakRssBytes: 60 * 1024 * 1024,
      rssGrowthBytesPerSecond: 0,
      generatorCpuSeconds: 1,
    },
  }));
}

function cpuOf(baselineMs: number[], candidateMs: number[]) {
  const baseline = withCpu(makeRuns(3, { seed: 61, loadModel: 'open' }), baselineMs);
  const candidate = withCpu(makeRuns(3, { seed: 62, loadModel: 'open' }), candidateMs);
  const c = compareRuns({ baseline, candidate, design: 'same-job' }, defaultGateOptions);
  return c.series
    .find((s) => s.id === SERVICE_SERIES_ID)!
    .metrics.find((m) => m.metric === 'cpu_per_request')!;
}

describe('the service’s CPU per request', () => {
  it('a baseline varying as much as CPU time does (13% CV) is not unstable: a doubled cost is a regression', () => {
    // 7.5 % per run is the measured noise of CPU per request: 3 repeats vary by more than 10 % one time in six
    const cpu = cpuOf([0.8, 0.92, 0.72], [1.6, 1.85, 1.45]);
    expect(cpu.baselineCv).toBeGreaterThan(0.1);
    expect(cpu.reason ?? '').not.toMatch(/unstable/);
    expect(cpu.outcome).toBe('regression');
  });

  it('a baseline varying far beyond that noise (46% CV) is unstable: neither pass nor fail', () => {
    const cpu = cpuOf([0.8, 1.6, 0.7], [1.6, 3.2, 1.4]);
    expect(cpu.outcome).toBe('inconclusive');
    expect(cpu.reason).toMatch(/unstable baseline: .* above the 10% limit/);
  });
});
