import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, ServiceResources } from '../../src/results/types.ts';
import { bottleneckLine, type ResourceSummary, summarizeResources } from '../../src/stats/bottleneck.ts';

const MB = 1024 * 1024;

/** A run of `requests` requests of `latencyMs` each on one series, with what its service used. */
function run(requests: number, latencyMs: number, service?: Omit<ServiceResources, 'source'>): RunResult {
  const latency = new LatencyHistogram();
  if (requests > 0) latency.record(latencyMs, requests);
  const key = { scenario: 'default', group: '', method: 'GET', name: '/users' };
  const series = { key, id: 'default › GET /users', requests, failed: 0, latency, seconds: new Map() };
  return {
    engine: 'k6',
    fidelity: 'distribution',
    loadModel: 'closed',
    sources: ['run.json'],
    startMs: 0,
    endMs: 1000,
    series: new Map(requests > 0 ? [[series.id, series]] : []),
    lifecycle: new Map(),
    totals: { iterations: requests, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 1 },
    thresholds: [],
    skipped: {},
    warnings: [],
    ...(service ? { service: { source: 'process tree', ...service } } : {}),
  } as RunResult;
}

const ten = { seconds: 10, cpuSeconds: 5, cpuWaitSeconds: 2, generatorCpuSeconds: 1 };
const resources = {
  short: { ...ten, peakRssBytes: 100 * MB, rssGrowthBytesPerSecond: 1 * MB },
  long: {
    seconds: 30,
    cpuSeconds: 7,
    cpuWaitSeconds: 4,
    generatorCpuSeconds: 3,
    peakRssBytes: 200 * MB,
    rssGrowthBytesPerSecond: 3 * MB,
  },
};

describe('summarizeResources', () => {
  it('adds seconds and CPU over the runs, takes the highest peak, the mean growth and the median of every request', () => {
    const s = summarizeResources([run(500, 10, resources.short), run(1500, 30, resources.long)])!;
    expect(s.runSeconds).toBe(20);
    expect(s.cores).toBeCloseTo(12 / 40, 12);
    expect(s.demand).toBeCloseTo(18 / 40, 12);
    expect(s.generatorCores).toBeCloseTo(4 / 40, 12);
    expect(s.cpuPerRequestMs).toBeCloseTo(12_000 / 2000, 9);
    expect(s.p50Ms).toBeCloseTo(30, 1);
    expect(s.peakMb).toBe(200);
    expect(s.growthMbPerSecond).toBe(2);
  });

  it('says nothing without runs, when a run was not watched, or when no measured time passed', () => {
    expect(summarizeResources([])).toBeUndefined();
    expect(summarizeResources([run(500, 10, resources.short), run(500, 10)])).toBeUndefined();
    expect(summarizeResources([run(500, 10, { ...resources.short, seconds: 0 })])).toBeUndefined();
  });

  it('a run without requests has no CPU per request and no median, yet its cores', () => {
    const s = summarizeResources([run(0, 0, resources.short)])!;
    expect(s.cores).toBe(0.5);
    expect(s.cpuPerRequestMs).toBeNaN();
    expect(s.p50Ms).toBeNaN();
  });
});

/** A 2-core runner's service that neither leaks nor starves its load generator. */
const summary = (s: Partial<ResourceSummary>): ResourceSummary => ({
  runSeconds: 5,
  cores: 0.2,
  demand: 0.2,
  generatorCores: 0.1,
  cpuPerRequestMs: 5,
  p50Ms: 150,
  peakMb: 55,
  growthMbPerSecond: 0,
  ...s,
});

describe('bottleneckLine', () => {
  it('a service queued for a CPU all the time is CPU-bound when it got the core, short of CPU when it did not', () => {
    expect(bottleneckLine(summary({ cores: 0.9, demand: 1 }), 2)).toBe(
      'CPU-bound: service at 0.90 of 2 cores',
    );
    // seen on a busy machine: a service spinning 20 ms a request, runnable 113% of the time, on 38% of a core
    expect(bottleneckLine(summary({ cores: 0.38, demand: 1.13 }), 2)).toBe(
      "short of CPU: service at 0.38 of 2 cores, waiting for a CPU another 0.75: the runner's cores were busy elsewhere",
    );
  });

  it('a service that was not runnable while its requests took many times their CPU cost is waiting', () => {
    expect(bottleneckLine(summary({ cores: 0.2, demand: 0.25, p50Ms: 40, cpuPerRequestMs: 0.5 }), 2)).toMatch(
      /^waiting: service CPU 20% of a core while a request took 40 ms \(P50\) for 0\.50 ms of CPU/,
    );
  });

  it('pins each threshold at its boundary: the generator at 85% of a core, runnable at 75%, CPU-bound from 40%', () => {
    expect(bottleneckLine(summary({ generatorCores: 0.85 }), 2)).toBe(
      'the load generator used 0.85 of a core: it, not the service, may have limited the load',
    );
    expect(bottleneckLine(summary({ generatorCores: 0.84 }), 2)).toMatch(/^waiting: /);
    // runnable 75% of the time on one core and got 40% of it: CPU-bound, at both boundaries
    expect(bottleneckLine(summary({ cores: 0.4, demand: 0.75 }), 2)).toBe(
      'CPU-bound: service at 0.40 of 2 cores, waiting for a CPU another 0.35',
    );
    // 1.3 cores asked for: two whole cores, runnable on 65% of them, so not runnable: waiting
    expect(bottleneckLine(summary({ cores: 0.3, demand: 1.3 }), 2)).toMatch(
      /^waiting: service CPU 30% of a core/,
    );
    // runnable on two cores (1.6 of 2) but got 0.5 < 40% of two: short of CPU, not CPU-bound
    expect(bottleneckLine(summary({ cores: 0.5, demand: 1.6 }), 4)).toBe(
      "short of CPU: service at 0.50 of 4 cores, waiting for a CPU another 1.1: the runner's cores were busy elsewhere",
    );
    expect(bottleneckLine(summary({ cores: 0.8, demand: 1.6 }), 4)).toBe(
      'CPU-bound: service at 0.80 of 4 cores, waiting for a CPU another 0.80',
    );
  });

  it('waiting needs little CPU (under half a core) and a P50 of at least 4 times the CPU per request', () => {
    expect(bottleneckLine(summary({ cores: 0.2, demand: 0.2, p50Ms: 20, cpuPerRequestMs: 5 }), 2)).toBe(
      'waiting: service CPU 20% of a core while a request took 20 ms (P50) for 5.0 ms of CPU: I/O, locks or a downstream',
    );
    expect(bottleneckLine(summary({ cores: 0.2, demand: 0.2, p50Ms: 10, cpuPerRequestMs: 5 }), 2)).toBe(
      'no bottleneck in sight: service at 0.20 of 2 cores, RSS 55 MB at most',
    );
    expect(bottleneckLine(summary({ cores: 0.5, demand: 0.5 }), 2)).toBe(
      'no bottleneck in sight: service at 0.50 of 2 cores, RSS 55 MB at most',
    );
  });

  it('memory grows when RSS rose by 8 MB and 15% of its peak over a run, before the CPU is looked at', () => {
    // 2 MB/s over 4 s: 8 MB, exactly the floor; more than 15% of a 40 MB peak
    expect(
      bottleneckLine(summary({ growthMbPerSecond: 2, runSeconds: 4, peakMb: 40, cores: 1, demand: 1 }), 2),
    ).toBe('memory growing: RSS +2.0 MB/s over the run (peak 40 MB)');
    // 7 MB over the run: under the 8 MB floor though above 15% of a 40 MB peak
    expect(bottleneckLine(summary({ growthMbPerSecond: 1.75, runSeconds: 4, peakMb: 40 }), 2)).toMatch(
      /^waiting: /,
    );
    // 10 MB over the run: above the floor but under 15% of a 200 MB peak
    expect(bottleneckLine(summary({ growthMbPerSecond: 2, runSeconds: 5, peakMb: 200 }), 2)).toMatch(
      /^waiting: /,
    );
    expect(bottleneckLine(summary({ growthMbPerSecond: 0.1 }), 2)).toMatch(/^waiting: /);
  });

  it('figures keep two significant digits: 1.0 and 10 at the boundaries', () => {
    expect(bottleneckLine(summary({ generatorCores: 1 }), 2)).toMatch(
      /^the load generator used 1\.0 of a core/,
    );
    expect(bottleneckLine(summary({ generatorCores: 1.94 }), 2)).toMatch(
      /^the load generator used 1\.9 of a core/,
    );
    expect(bottleneckLine(summary({ growthMbPerSecond: 10, runSeconds: 5, peakMb: 123.4 }), 2)).toBe(
      'memory growing: RSS +10 MB/s over the run (peak 123 MB)',
    );
  });
});
