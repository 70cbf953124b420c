import { describe, expect, it } from 'vitest';
import { measureResources, type ResourceSource, type Sample } from '../../src/service/monitor.ts';

/** A source whose cumulative CPU is `cpuAt(ms)` at the moment it is sampled. */
function scripted(cpuAt: (ms: number) => number): ResourceSource {
  return {
    kind: 'process tree',
    async sample(): Promise<Sample> {
      const timeMs = Date.now();
      return { timeMs, cpuSeconds: cpuAt(timeMs), runDelaySeconds: 0, memoryBytes: 0, peaks: new Map() };
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the service’s CPU second by second (measureResources)', () => {
  it('is each whole second of the window, from the cumulative CPU interpolated between samples', async () => {
    // 0.25 CPU-seconds per second until an epoch second `knee` inside the window, 0.5 after it: where both
    // edges of a second fall between samples on one side of the knee, the interpolation is exact whatever
    // the samples' timing; a second next to the knee lies between the two rates
    const t0 = Date.now();
    const knee = Math.ceil(t0 / 1000) * 1000 + 1000;
    const cpuAt = (ms: number) =>
      (ms <= knee ? 0.25 * (ms - t0) : 0.25 * (knee - t0) + 0.5 * (ms - knee)) / 1000;
    const { resources } = await measureResources(
      { service: scripted(cpuAt), generator: scripted(() => 0) },
      0,
      () => sleep(4500),
    );
    const bySecond = resources.cpuBySecond!;
    expect(bySecond.map(([t]) => t)).toEqual(bySecond.map((_, i) => bySecond[0]![0] + i));
    expect(bySecond[0]![0] * 1000).toBeGreaterThanOrEqual(t0);
    const after = bySecond.filter(([t]) => t * 1000 >= knee + 1000);
    expect(after.length).toBeGreaterThanOrEqual(1);
    for (const [, cpu] of after) expect(cpu).toBeCloseTo(0.5, 9);
    for (const [, cpu] of bySecond) {
      expect(cpu).toBeGreaterThanOrEqual(0.25 - 1e-9);
      expect(cpu).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });

  it('is empty when the window holds no whole second', async () => {
    const { resources } = await measureResources(
      { service: scripted(() => 1), generator: scripted(() => 0) },
      0,
      async () => {},
    );
    expect(resources.cpuBySecond!.length).toBeLessThanOrEqual(1);
  });
});
