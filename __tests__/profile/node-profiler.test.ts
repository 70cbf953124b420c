import { describe, expect, it } from 'vitest';
import { withoutPreloadSamples } from '../../src/profile/node-profiler.ts';
import { readV8CpuProfile } from '../../src/profile/v8.ts';

const frame = (functionName: string, url: string) => ({
  functionName,
  url,
  lineNumber: 3,
  columnNumber: 0,
  scriptId: '1',
});

/** A service's profile as the preload writes it: its own `start` (and the writeFileSync it calls) sampled too. */
function profileWithPreload(idleNode: boolean) {
  const nodes = [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 4, ...(idleNode ? [6] : [])] },
    { id: 2, callFrame: frame('handle', 'file:///srv/server.mjs'), children: [3] },
    { id: 3, callFrame: frame('spin', 'file:///srv/server.mjs'), children: [] },
    { id: 4, callFrame: frame('start', '/tmp/run/perf-gate-profile.cjs'), children: [5] },
    { id: 5, callFrame: frame('writeFileSync', 'node:fs'), children: [] },
    ...(idleNode ? [{ id: 6, callFrame: frame('(idle)', ''), children: [] }] : []),
  ];
  // 1 ms between samples; the last sample stands for the time until endTime
  return {
    nodes,
    startTime: 0,
    endTime: 6000,
    samples: [4, 5, 3, 3, 5, 2],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
  };
}

describe("the built-in Node profiler's profiles, as perf-gate reads them", () => {
  for (const idleNode of [true, false])
    it(`hold no sample of perf-gate's own preload: its time is idle, not moved to the service's functions (${idleNode ? 'with' : 'without'} an idle node)`, async () => {
      const profile = readV8CpuProfile(withoutPreloadSamples(profileWithPreload(idleNode)), 'x');
      const byLeaf = new Map<string, number>();
      for (const s of profile.stacks) {
        expect(s.frames.map((f) => f.file)).not.toContain('/tmp/run/perf-gate-profile.cjs');
        const leaf = s.frames[s.frames.length - 1]?.name as string;
        byLeaf.set(leaf, (byLeaf.get(leaf) ?? 0) + s.weight);
      }
      // spin: samples 3 and 4 (1 ms each); handle: the last sample (1 ms to endTime); nothing else
      expect(Object.fromEntries(byLeaf)).toEqual({ spin: 0.002, handle: 0.001 });
    });
});
