import type { ServiceResources } from '../results/types.ts';
import { readCgroup } from './cgroup.ts';
import { busyShare, machineTimes } from './machine.ts';
import { readTree } from './proc.ts';

/** One look at what a service (or the load generator) has used so far. */
export interface Sample {
  timeMs: number;
  cpuSeconds: number;
  /** seconds runnable but waiting for a CPU (process trees; a cgroup's cpu.pressure is not read) */
  runDelaySeconds: number;
  memoryBytes: number;
  /** the kernel's own high-water marks of memory, by member (VmHWM per process, memory.peak per cgroup) */
  peaks: Map<string, number>;
}

/** Where samples come from: a process tree under /proc, or a container's cgroup. */
export interface ResourceSource {
  kind: ServiceResources['source'];
  sample(): Promise<Sample>;
}

/** The tree rooted at `pid` (every descendant, exited ones through their parents' reaped-children times). */
export function processTreeSource(
  pid: number,
  exclude: () => ReadonlySet<number> = () => new Set(),
): ResourceSource {
  return {
    kind: 'process tree',
    async sample() {
      const tree = await readTree(pid, exclude());
      const peaks = new Map([...tree.hwm].map(([member, hwm]) => [String(member), hwm]));
      return {
        timeMs: Date.now(),
        cpuSeconds: tree.cpuSeconds,
        runDelaySeconds: tree.runDelaySeconds,
        memoryBytes: tree.rssBytes,
        peaks,
      };
    },
  };
}

/** A cgroup v2 directory: cpu.stat, memory.current, memory.peak. */
export function cgroupSource(dir: string): ResourceSource {
  return {
    kind: 'cgroup',
    async sample() {
      const reading = await readCgroup(dir);
      const peaks = new Map(reading.peakBytes === undefined ? [] : [['cgroup', reading.peakBytes]]);
      return {
        timeMs: Date.now(),
        cpuSeconds: reading.cpuSeconds,
        runDelaySeconds: 0,
        memoryBytes: reading.memoryBytes,
        peaks,
      };
    },
  };
}

/** How often memory is sampled during a run; CPU needs only the ends of the measured window. */
const SAMPLE_MS = 200;

/** Least-squares slope of memory over time, in bytes per second; 0 with fewer than three samples. */
function growthRate(samples: readonly Sample[]): number {
  if (samples.length < 3) return 0;
  const t0 = samples[0]!.timeMs;
  const xs = samples.map((s) => (s.timeMs - t0) / 1000);
  const ys = samples.map((s) => s.memoryBytes);
  const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
  const my = ys.reduce((a, y) => a + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : 0;
}

/**
 * The service's CPU in each whole epoch second between the first and last sample, from the cumulative CPU
 * of the samples (every 200 ms) interpolated at the seconds' edges: CPU per request second by second, for
 * the stretches a neighbour made costlier (src/stats/resources.ts).
 */
function cpuBySecond(samples: readonly Sample[]): Array<[number, number]> {
  if (samples.length < 2) return [];
  // the edges are asked for in time order, so one walk over the samples serves them all
  let i = 1;
  const at = (ms: number): number => {
    while (i < samples.length - 1 && samples[i]!.timeMs < ms) i++;
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const span = b.timeMs - a.timeMs;
    return span > 0 ? a.cpuSeconds + ((b.cpuSeconds - a.cpuSeconds) * (ms - a.timeMs)) / span : b.cpuSeconds;
  };
  const out: Array<[number, number]> = [];
  const last = samples[samples.length - 1]!.timeMs;
  let t = Math.ceil(samples[0]!.timeMs / 1000);
  let before = at(t * 1000);
  for (; (t + 1) * 1000 <= last; t++) {
    const after = at((t + 1) * 1000);
    out.push([t, Math.max(0, after - before)]);
    before = after;
  }
  return out;
}

/**
 * The peak memory of the window: the highest sample, or a kernel high-water mark that rose inside the
 * window (so the peak it records happened then), whichever is higher. For a tree of several processes one
 * member's mark is a lower bound of the tree's peak; sampling covers the sum.
 */
function windowPeak(samples: readonly Sample[], start: Sample, end: Sample): number {
  let peak = Math.max(...samples.map((s) => s.memoryBytes));
  for (const [member, mark] of end.peaks) {
    if (mark > (start.peaks.get(member) ?? 0)) peak = Math.max(peak, mark);
  }
  return peak;
}

/**
 * Runs `run` while sampling the service and the load generator. The measured window starts after
 * `warmupSeconds` (the engines discard that part of a run too) and ends when the run does. How busy the
 * runner's cores were over the same window is kept too: on a saturated runner CPU per request is noisier.
 */
export async function measureResources<T>(
  sources: { service: ResourceSource; generator: ResourceSource },
  warmupSeconds: number,
  run: () => Promise<T>,
): Promise<{ value: T; resources: ServiceResources }> {
  const both = async () => {
    const [service, generator] = await Promise.all([sources.service.sample(), sources.generator.sample()]);
    return { service, generator, machine: machineTimes() };
  };
  let start = await both();
  const samples: Sample[] = [start.service];
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void sources.service
      .sample()
      .then((s) => samples.push(s))
      .catch(() => {}) // a service gone mid-run is reported by its owner; a missing sample is not an error
      .finally(() => {
        busy = false;
      });
  }, SAMPLE_MS);
  let warmupDone: Promise<void> | undefined;
  const warmup =
    warmupSeconds > 0
      ? setTimeout(() => {
          warmupDone = both().then((s) => {
            start = s;
          });
        }, warmupSeconds * 1000)
      : undefined;
  let value: T;
  try {
    value = await run();
  } finally {
    clearInterval(timer);
    clearTimeout(warmup);
  }
  await warmupDone;
  const end = await both();
  const window = [start.service, ...samples.filter((s) => s.timeMs > start.service.timeMs), end.service];
  const seconds = (end.service.timeMs - start.service.timeMs) / 1000;
  return {
    value,
    resources: {
      source: sources.service.kind,
      seconds,
      cpuSeconds: Math.max(0, end.service.cpuSeconds - start.service.cpuSeconds),
      cpuWaitSeconds: Math.max(0, end.service.runDelaySeconds - start.service.runDelaySeconds),
      peakRssBytes: windowPeak(window, start.service, end.service),
      rssGrowthBytesPerSecond: growthRate(window),
      generatorCpuSeconds: Math.max(0, end.generator.cpuSeconds - start.generator.cpuSeconds),
      machineBusy: busyShare(start.machine, end.machine),
      cpuBySecond: cpuBySecond(window),
    },
  };
}
