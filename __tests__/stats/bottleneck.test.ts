import { describe, expect, it } from 'vitest';
import { bottleneckLine, type ResourceSummary } from '../../src/stats/bottleneck.ts';

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
});
