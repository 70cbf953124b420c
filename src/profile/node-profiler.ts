import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Loaded into every Node process of a service perf-gate starts, through NODE_OPTIONS=--require. It does
 * nothing until perf-gate asks, so the measured runs are not profiled: it announces itself (`<pid>.loaded`)
 * and watches its directory. A `start` file starts V8's CPU profiler through the in-process inspector (1 ms
 * sampling, as `node --cpu-prof`; and the sampling heap profiler, as `--heap-prof`, when the file says
 * `heap`), acknowledged by `<pid>.started`; a `stop` file writes `<pid>.cpuprofile` (and `.heapprofile`).
 * Node 20 refuses --cpu-prof and --heap-prof in NODE_OPTIONS, and those would profile the whole life of the
 * process rather than one run; the inspector does neither. No signal is used, so the service's own signal
 * handling is untouched; the watcher is unref'd, so it never keeps a process alive.
 */
const PRELOAD = `'use strict';
(() => {
  const dir = process.env.PERF_GATE_PROFILE_DIR;
  if (!dir) return;
  const { Session } = require('node:inspector');
  const fs = require('node:fs');
  const { join } = require('node:path');
  const session = new Session();
  let state = 'idle';
  let heap = false;
  const start = () => {
    if (state !== 'idle') return;
    state = 'profiling';
    heap = fs.readFileSync(join(dir, 'start'), 'utf8').includes('heap');
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
    if (heap) {
      session.post('HeapProfiler.enable');
      // objects collected since count too: the profile says what each site allocated, not what survived
      session.post('HeapProfiler.startSampling', {
        samplingInterval: 32768,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
    fs.writeFileSync(join(dir, process.pid + '.started'), '');
  };
  // written under another name, then renamed: perf-gate never sees a half-written profile
  const publish = (name, text) => {
    fs.writeFileSync(join(dir, name + '.part'), text);
    fs.renameSync(join(dir, name + '.part'), join(dir, name));
  };
  const stop = () => {
    if (state !== 'profiling') return;
    state = 'done';
    if (heap)
      session.post('HeapProfiler.stopSampling', (error, result) => {
        if (!error) publish(process.pid + '.heapprofile', JSON.stringify(result.profile));
      });
    session.post('Profiler.stop', (error, result) => {
      if (!error) publish(process.pid + '.cpuprofile', JSON.stringify(result.profile));
    });
  };
  fs.watch(dir, (_event, name) => {
    try {
      if (name === 'start') start();
      else if (name === 'stop') stop();
    } catch {}
  })
    .on('error', () => {})
    .unref();
  process.on('exit', stop);
  fs.writeFileSync(join(dir, process.pid + '.loaded'), '');
})();
`;

const PRELOAD_FILE = 'perf-gate-profile.cjs';

/**
 * The environment that lets a Node service be profiled later through `dir` (created): the preload above
 * through NODE_OPTIONS, after whatever NODE_OPTIONS the service already had. Processes that are not Node
 * ignore it.
 */
export async function nodeProfilerEnv(
  dir: string,
  nodeOptions: string | undefined,
): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const preload = join(dir, '..', PRELOAD_FILE);
  await writeFile(preload, PRELOAD);
  const own = `--require "${preload.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  return {
    NODE_OPTIONS: nodeOptions?.trim() ? `${nodeOptions.trim()} ${own}` : own,
    PERF_GATE_PROFILE_DIR: dir,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pids that wrote `<pid>.<suffix>` into `dir`. */
async function pidsWith(dir: string, suffix: string): Promise<number[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(`.${suffix}`))
    .map((n) => Number(n.slice(0, -suffix.length - 1)))
    .sort((a, b) => a - b);
}

/**
 * How often perf-gate looks for a process's answer: each wait before and after a profiled run is on the
 * pair's critical path, so a short poll keeps the pair within one pair's time (a readdir of a few files).
 */
const POLL_MS = 5;

/** How long a Node process may take to acknowledge a start, or to write its profiles after a stop. */
const ANSWER_MS = 10_000;

/** Waits until every pid of `pids` wrote `<pid>.<suffix>`; resolves with those that did. */
async function waitFor(dir: string, pids: number[], suffix: string): Promise<number[]> {
  const deadline = Date.now() + ANSWER_MS;
  for (;;) {
    const done = await pidsWith(dir, suffix);
    if (pids.every((p) => done.includes(p)) || Date.now() >= deadline)
      return pids.filter((p) => done.includes(p));
    await sleep(POLL_MS);
  }
}

/**
 * Starts the CPU (and heap) profilers of every Node process of a service that loaded the preload; resolves
 * with their pids (none: the service runs no Node process that kept NODE_OPTIONS).
 */
export async function startNodeProfiling(dir: string, heap: boolean): Promise<number[]> {
  const loaded = await pidsWith(dir, 'loaded');
  if (loaded.length === 0) return [];
  // written, then renamed: a watcher woken by the file's creation must not read it empty (and miss `heap`)
  await writeFile(join(dir, 'start.part'), heap ? 'cpu heap' : 'cpu');
  await rename(join(dir, 'start.part'), join(dir, 'start'));
  return await waitFor(dir, loaded, 'started');
}

/** Stops the profilers started above; resolves with the profile files written, by kind. */
export async function stopNodeProfiling(
  dir: string,
  pids: number[],
  heap: boolean,
): Promise<{ cpu: string[]; heap: string[] }> {
  await writeFile(join(dir, 'stop'), '');
  const cpu = await waitFor(dir, pids, 'cpuprofile');
  // each process writes its two profiles from two callbacks, in either order: wait for both when asked
  const heaps = heap ? await waitFor(dir, cpu, 'heapprofile') : [];
  return {
    cpu: cpu.map((p) => join(dir, `${p}.cpuprofile`)),
    heap: heaps.map((p) => join(dir, `${p}.heapprofile`)),
  };
}

interface CpuProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
    scriptId: string;
  };
  children?: number[];
}

/**
 * The samples the preload's own code took (starting the profiler, acknowledging, and what those call, such as
 * writeFileSync) are perf-gate's time, not the service's: they become idle samples, which readers drop as not
 * CPU time, so they can never rank as "where the time went" (on a busy machine the acknowledgement once
 * outranked the service's hot function). Their time is not handed to a neighbouring sample either.
 */
export function withoutPreloadSamples(profile: { nodes: CpuProfileNode[]; samples: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Set<number>();
  const mark = (id: number) => {
    if (own.has(id)) return;
    own.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const n of profile.nodes) if (n.callFrame.url.endsWith(`/${PRELOAD_FILE}`)) mark(n.id);
  if (own.size === 0) return profile;
  let idle = profile.nodes.find((n) => n.callFrame.functionName === '(idle)');
  if (!idle) {
    const callFrame = { functionName: '(idle)', url: '', lineNumber: -1, columnNumber: -1, scriptId: '0' };
    idle = { id: Math.max(...byId.keys()) + 1, callFrame };
    profile.nodes.push(idle);
  }
  const idleId = idle.id;
  return { ...profile, samples: profile.samples.map((s) => (own.has(s) ? idleId : s)) };
}
