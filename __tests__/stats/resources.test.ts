import { describe, expect, it } from 'vitest';
import { type RunResult, requestsBySecond } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import { SERVICE_SERIES_ID } from '../../src/stats/resources.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { makeRuns, metric, type RunsOptions, withCpu } from './helpers.ts';

function cpuOf(
  baselineMs: number[],
  candidateMs: number[],
  runs: {
    loadModel?: 'open' | 'closed';
    neighbour?: RunsOptions['neighbour'];
    design?: 'same-job' | 'cached';
  } = {},
) {
  const { loadModel = 'open', neighbour, design = 'same-job' } = runs;
  const baseline = withCpu(makeRuns(3, { seed: 61, loadModel }), baselineMs);
  const candidate = withCpu(
    [
      ...makeRuns(1, { seed: 63, loadModel, ...(neighbour ? { neighbour } : {}) }),
      ...makeRuns(2, { seed: 62, loadModel }),
    ],
    candidateMs,
  );
  const c = compareRuns({ baseline, candidate, design }, resolveGateOptions({}));
  return metric(c, SERVICE_SERIES_ID, 'cpu_per_request');
}

describe('the service’s CPU per request', () => {
  it('a baseline varying as much as CPU time does (13% CV) is not unstable: a doubled cost is a regression', () => {
    // 7.5 % per run is the measured noise of CPU per request: 3 repeats vary by more than 10 % one time in six
    const cpu = cpuOf([0.8, 0.92, 0.72], [1.6, 1.85, 1.45]);
    expect(cpu.baselineCv).toBeGreaterThan(0.1);
    expect(cpu.reason ?? '').not.toMatch(/unstable/);
    expect(cpu.outcome).toBe('regression');
  });

  it('a baseline varying far beyond that noise (46% CV) is unstable in the cached design: neither pass nor fail', () => {
    const cpu = cpuOf([0.8, 1.6, 0.7], [1.6, 3.2, 1.4], { design: 'cached' });
    expect(cpu.outcome).toBe('inconclusive');
    expect(cpu.reason).toMatch(/unstable baseline: .* above the 10% limit/);
  });

  it('in pairs the same runs are judged by the pairs’ ratios (all ×2), not by the baseline’s own spread', () => {
    const cpu = cpuOf([0.8, 1.6, 0.7], [1.6, 3.2, 1.4]);
    expect(cpu.reason ?? '').not.toMatch(/unstable/);
    expect(cpu.outcome).toBe('regression');
  });

  it('reads each run whole: seconds a neighbour disturbed, left out of latency, do not inflate its CPU per request', () => {
    // the PR's first run is slowed ×2 for 8 of its 20 s; its latency loses those seconds, not its CPU reading
    const hog = { share: 1, minSeconds: 8, maxSeconds: 8, logFactor: Math.log(2) };
    const cpu = cpuOf([0.8, 0.8, 0.8], [0.8, 0.8, 0.8], { neighbour: hog });
    expect(cpu.change).toBeCloseTo(0, 6);
    expect(cpu.outcome).not.toBe('regression');
  });

  it('counts each request once in a closed model (not again in the scenario’s all-requests series)', () => {
    const cpu = cpuOf([0.8, 0.8, 0.8], [0.8, 0.8, 0.8], { loadModel: 'closed' });
    expect(cpu.baseline).toBeCloseTo(0.8, 6);
  });
});

describe('a pair a neighbour pushed out of CPU per request (same-job, 3 pairs)', () => {
  const judge = (baselineMs: number[], candidateMs: number[]) => {
    const baseline = withCpu(makeRuns(3, { seed: 61, loadModel: 'open' }), baselineMs);
    const candidate = withCpu(makeRuns(3, { seed: 62, loadModel: 'open' }), candidateMs);
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    const cpu = metric(c, SERVICE_SERIES_ID, 'cpu_per_request');
    return { cpu, warnings: c.warnings.filter((w) => w.startsWith('CPU per request')) };
  };

  it('is left out and said: a ×1.5 change its doubled baseline run hid is a regression', () => {
    // without the left-out pair the pairs' own spread (2 df) replaced the prior: an interval of ±1000 %
    const { cpu, warnings } = judge([0.8, 0.81, 1.6], [1.2, 1.22, 1.21]);
    expect(cpu.outcome).toBe('regression');
    expect(warnings).toEqual([
      "CPU per request: baseline run 3 used ×1.99 the CPU per request of its side's other runs, and its pair alone disagreed with the others (something else on the machine shared its cores): pair 3 is left out of CPU per request",
    ]);
    // the figures are those of the pairs kept
    expect(cpu.baseline).toBeCloseTo(0.805, 2);
    expect(cpu.change).toBeCloseTo(1.21 / 0.805 - 1, 1);
  });

  it('an unchanged build whose PR run a neighbour raised is not a regression', () => {
    const { cpu, warnings } = judge([0.8, 0.81, 0.79], [0.8, 1.6, 0.8]);
    expect(warnings).toHaveLength(1);
    expect(cpu.outcome).not.toBe('regression');
    expect(Math.abs(cpu.change)).toBeLessThan(0.02);
  });

  it('pairs that agree keep every run and say nothing', () => {
    const { cpu, warnings } = judge([0.8, 0.86, 0.78], [1.2, 1.28, 1.15]);
    expect(warnings).toEqual([]);
    expect(cpu.outcome).toBe('regression');
  });
});

/**
 * The runs with their CPU second by second: `ms` per request in every second, times `factor(i)` in the
 * run's i-th second (a neighbour's stretch).
 */
function withCpuBySecond(runs: RunResult[], ms: number, factors: Array<(i: number) => number>): RunResult[] {
  return withCpu(
    runs,
    runs.map(() => ms),
  ).map((run, r) => {
    const bySecond = [...requestsBySecond(run).entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([t, n], i): [number, number] => [t, (n * ms * factors[r]!(i)) / 1000]);
    const cpuSeconds = bySecond.reduce((a, [, c]) => a + c, 0);
    return { ...run, service: { ...run.service!, cpuSeconds, cpuBySecond: bySecond } };
  });
}

describe('seconds a neighbour made costlier in CPU per request (runs with their CPU second by second)', () => {
  const steady = () => 1;
  const stretch = (i: number) => (i >= 6 && i < 10 ? 1.5 : 1);
  const judge = (baseline: RunResult[], candidate: RunResult[]) => {
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    const cpu = metric(c, SERVICE_SERIES_ID, 'cpu_per_request');
    return { cpu, warnings: c.warnings.filter((w) => /CPU per request/.test(w)) };
  };

  it('are left out of that run: an unchanged build is unchanged, and the comparison says which seconds', () => {
    const baseline = withCpuBySecond(makeRuns(3, { seed: 61 }), 0.8, [steady, stretch, steady]);
    const candidate = withCpuBySecond(makeRuns(3, { seed: 62 }), 0.8, [steady, steady, steady]);
    const { cpu, warnings } = judge(baseline, candidate);
    expect(warnings).toEqual([
      'baseline run 2: 4 s of CPU per request ×1.50 against the rest of the run (something else on the machine): those seconds are left out of CPU per request',
    ]);
    expect(cpu.baseline).toBeCloseTo(0.8, 6);
    expect(cpu.change).toBeCloseTo(0, 6);
  });

  it('the same stretch in every PR run and no baseline run is the build’s own: kept, and a regression', () => {
    const baseline = withCpuBySecond(makeRuns(3, { seed: 61 }), 0.8, [steady, steady, steady]);
    const candidate = withCpuBySecond(makeRuns(3, { seed: 62 }), 0.8, [stretch, stretch, stretch]);
    const { cpu, warnings } = judge(baseline, candidate);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      /^candidate run 1: 4 s of CPU per request ×1\.50 .* the build’s own behaviour, kept$/,
    );
    expect(cpu.change).toBeGreaterThan(0.05);
  });

  it('a run whose CPU is even throughout has nothing left out', () => {
    const runs = () => withCpuBySecond(makeRuns(3, { seed: 61 }), 0.8, [steady, steady, steady]);
    expect(judge(runs(), runs()).warnings).toEqual([]);
  });
});

describe('CPU per request too noisy for its tolerance within the budget (same-job)', () => {
  // per-run CPU per request moving by about 7.5 %, as measured on a busy runner (seeded)
  const noisy = (n: number, seed: number, factor = 1) => {
    const rng = mulberry32(seed);
    return Array.from({ length: n }, () => 0.8 * factor * Math.exp(0.075 * rng.normal()));
  };
  // judged as the last look of a budget of as many pairs as given
  const judge = (baselineMs: number[], candidateMs: number[]) => {
    const pairs = baselineMs.length;
    const baseline = withCpu(makeRuns(pairs, { seed: 71, loadModel: 'open' }), baselineMs);
    const candidate = withCpu(makeRuns(pairs, { seed: 71, loadModel: 'open' }), candidateMs);
    const options = { ...resolveGateOptions({}), budgetRuns: pairs };
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, options);
    return metric(c, SERVICE_SERIES_ID, 'cpu_per_request');
  };

  it('stands aside once its interval rules out twice the tolerance: an unchanged build is not held back', () => {
    const cpu = judge(noisy(15, 1), noisy(15, 2));
    expect(cpu.outcome).toBe('inconclusive');
    expect(cpu.gated).toBe(false);
    expect(cpu.reason).toMatch(
      /^too noisy to judge a 5\.0% change from 15 runs a side: the service's CPU per request leaves a standard error of [\d.]+% at 15; about \d+ runs a side \(or longer runs\) would decide it; its 95\.0% interval reaches \+[\d.]+% at worst, which rules out a 10% regression/,
    );
  });

  it('holds back a pass while its interval still reaches twice the tolerance (3 pairs, +2 % in the middle)', () => {
    const cpu = judge([0.8, 0.86, 0.75], [0.82, 0.84, 0.79]);
    expect(cpu.outcome).toBe('inconclusive');
    expect(cpu.gated).toBe(true);
  });

  it('a 25 % costlier build is still a regression', () => {
    const cpu = judge(noisy(15, 1), noisy(15, 2, 1.25));
    expect(cpu.outcome).toBe('regression');
    expect(cpu.gated).toBe(true);
  });
});
