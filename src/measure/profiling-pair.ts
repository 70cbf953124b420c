import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import { startProfileCommand } from '../profile/command-profiler.ts';
import {
  diffProfiles,
  measureNoise,
  type ProfileDiff,
  type ProfiledSide,
  type ProfileNoise,
} from '../profile/diff.ts';
import { renderDiffFlameGraph } from '../profile/flame.ts';
import type { Profile } from '../profile/model.ts';
import { startNodeProfiling, stopNodeProfiling, withoutPreloadSamples } from '../profile/node-profiler.ts';
import { readProfile } from '../profile/read.ts';
import { scrubProfileFiles, scrubProfileJson } from '../profile/scrub.ts';
import type { ProfileSummary, ProfilingSettings } from '../profile/summary.ts';
import { renderWhereTheMemoryWent, renderWhereTheTimeWent, WHERE_ROWS } from '../profile/table.ts';
import { readV8CpuProfile } from '../profile/v8.ts';
import { readV8HeapProfile } from '../profile/v8-heap.ts';
import { formatSpeedscope } from '../profile/write.ts';
import { measuredRequests, type RunResult } from '../results/types.ts';
import { maskSecrets } from '../secrets/mask.ts';
import { serviceProcess } from '../service/proc.ts';
import { type RunningService, type ServiceSide, SIDE_LABEL } from '../service/session.ts';
import type { Measurer } from './measurer.ts';
import type { Measurement } from './plan.ts';

/** Everything the profiling pair needs beside the two running builds. */
export interface ProfilePair extends ProfilingSettings {
  /** why it runs (the verdict's reason, or `profile: always`) */
  reason: string;
  /** record a heap profile too (peak RSS regressed); built-in Node profiler only */
  heap: boolean;
  /** where the profiles, the diff and the flame graph are written (perf-gate's own) */
  dir: string;
  /** per side, where its profiler writes (the built-in one: the directory its preload watches) */
  raw: Record<ServiceSide, string>;
  /** each side's checkout: file paths in the profiles are made relative to it */
  roots: Record<ServiceSide, string>;
  /** literal values no written file may contain */
  secrets: string[];
  /** which side runs first in the pair */
  random: () => number;
}

/** Alternate slices of this length split a V8 profile into two halves that measure the diff's noise. */
const NOISE_SLICE_SECONDS = 0.2;
/** At most this many function changes go into diff.json (the comment shows five). */
const DIFF_JSON_ROWS = 50;

interface SideProfile {
  side: ProfiledSide;
  /** the two halves of the side (V8 only), for the noise */
  halves?: [ProfiledSide, ProfiledSide];
  /** the side's heap profile, weighted in bytes (built-in profiler, when peak RSS regressed) */
  heap?: ProfiledSide;
}

/**
 * One more interleaved pair under the same load with profilers attached to both sides: the built-in Node
 * profiler (each side restarted with it, then stopped so it writes), or `profile-command` beside each run.
 * The pair's runs are never judged. Whatever fails here becomes a warning in the summary, never an error.
 */
export async function profilePair(
  measurer: Measurer,
  services: Record<ServiceSide, RunningService>,
  measurement: Measurement,
  settings: ProfilePair,
  logger: EngineLogger,
): Promise<ProfileSummary> {
  const started = performance.now();
  const warnings: string[] = [];
  await mkdir(settings.dir, { recursive: true });
  const { read, loadSeconds } = await runProfiled(measurer, services, measurement, settings, logger);
  const summary = (rest: Partial<ProfileSummary>): ProfileSummary => {
    const seconds = (performance.now() - started) / 1000;
    return {
      reason: settings.reason,
      top: [],
      files: [],
      warnings,
      seconds,
      overheadSeconds: seconds - loadSeconds,
      pairSeconds: 2 * (typicalRunSeconds(measurement) + measurer.warmupSeconds),
      ...rest,
    };
  };
  const sides = {} as Record<ServiceSide, SideProfile>;
  const files: string[] = [];
  for (const side of ['base', 'pr'] as const) {
    try {
      const r = await read[side];
      sides[side] = r.profile;
      files.push(...r.files);
    } catch (error) {
      warnings.push((error as Error).message);
    }
  }
  for (const w of warnings) logger.warning(`profiling: ${w}`);
  if (!sides.base || !sides.pr) return summary({ files });
  return summary(await writeDiff(sides.base, sides.pr, settings, files, { warnings, logger }));
}

/**
 * The pair's two runs, in random order, each with its side's profiler running; resolves with a reader of
 * each side's profile (a failure is read later) and the seconds the load itself took.
 */
async function runProfiled(
  measurer: Measurer,
  services: Record<ServiceSide, RunningService>,
  measurement: Measurement,
  settings: ProfilePair,
  logger: EngineLogger,
): Promise<{ read: Record<ServiceSide, Promise<ReadSide>>; loadSeconds: number }> {
  const runSeconds = Math.max(1, Math.ceil(typicalRunSeconds(measurement) + measurer.profileWarmupSeconds));
  const order: ServiceSide[] = settings.random() < 0.5 ? ['base', 'pr'] : ['pr', 'base'];
  logger.info(
    `perf-gate: profiling (${settings.reason}): one more pair (${order.join(', ')}) with ` +
      `${settings.command === undefined ? 'the built-in Node profiler' : 'profile-command'}; it does not change the verdict`,
  );
  let loadSeconds = 0;
  const read = {} as Record<ServiceSide, Promise<ReadSide>>;
  for (const side of order) {
    const profiler = await startProfiler(side, services[side], runSeconds, settings);
    const runStarted = performance.now();
    const run = await measurer.run({
      targetUrl: services[side].url,
      index: measurement.candidate.length + 1,
      total: measurement.candidate.length + 1,
      label: `${SIDE_LABEL[side]}, profiled`,
      side,
      purpose: 'profile',
    });
    loadSeconds += (performance.now() - runStarted) / 1000;
    const requests = requestsWhileProfiled(run, measurer.profileWarmupSeconds);
    read[side] = profiler.stop().then((written) => written(requests));
    // (a failure is read by the caller; this keeps an early one from being reported as unhandled meanwhile)
    read[side].catch(() => {});
  }
  return { read, loadSeconds };
}

/** The per-request diff of the two sides: diff.json, the flame graph and the table written, the top rows. */
async function writeDiff(
  base: SideProfile,
  pr: SideProfile,
  settings: ProfilePair,
  files: string[],
  report: { warnings: string[]; logger: EngineLogger },
): Promise<Partial<ProfileSummary>> {
  const diff = diffProfiles(base.side, pr.side);
  const noise = noiseOf(base, pr);
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const heap = heapDiff(base, pr, report.warnings, report.logger);
  const requests = { base: base.side.requests, pr: pr.side.requests };
  const diffJson = {
    reason: settings.reason,
    requests,
    noise: noise ?? null,
    changes: largestChanges(diff),
    ...(heap ? { allocations: largestChanges(heap) } : {}),
  };
  const outputs: [string, string][] = [
    ['diff.json', `${JSON.stringify(diffJson, null, 2)}\n`],
    ['flame.svg', renderDiffFlameGraph(base.side, pr.side, 'base → PR, time per request')],
    [
      'where-the-time-went.md',
      renderWhereTheTimeWent({ changes: top }, noise) + (heap ? `\n${renderWhereTheMemoryWent(heap)}` : ''),
    ],
  ];
  for (const [name, text] of outputs) {
    await writeFile(join(settings.dir, name), maskSecrets(text, settings.secrets));
    files.push(name);
  }
  return {
    top,
    ...(noise ? { noise } : {}),
    ...(heap ? { allocations: heap.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS) } : {}),
    requests,
    files,
  };
}

/** At most DIFF_JSON_ROWS changes of a diff, largest (either way) first, for diff.json. */
const largestChanges = (diff: ProfileDiff) =>
  [...diff.changes].sort((a, b) => Math.abs(b.selfChange) - Math.abs(a.selfChange)).slice(0, DIFF_JSON_ROWS);

/**
 * The allocation sites' diff when both sides wrote a heap profile; one side without is a warning (the other
 * side's file is still uploaded).
 */
function heapDiff(
  base: SideProfile,
  pr: SideProfile,
  warnings: string[],
  logger: EngineLogger,
): ProfileDiff | undefined {
  if (base.heap && pr.heap) return diffProfiles(base.heap, pr.heap);
  if (!base.heap && !pr.heap) return undefined;
  const warning = `only the ${SIDE_LABEL[base.heap ? 'base' : 'pr']} wrote a heap profile: no allocation diff`;
  warnings.push(warning);
  logger.warning(`profiling: ${warning}`);
  return undefined;
}

/** One side's profile as read, and the files kept of it. */
type ReadSide = { profile: SideProfile; files: string[] };

/**
 * Starts a side's profiler just before its run; `stop()` after the run ends it and resolves with a reader
 * of what it wrote, given the requests the side served meanwhile. Problems throw, naming the side and what
 * to install or allow.
 */
async function startProfiler(
  side: ServiceSide,
  service: RunningService,
  seconds: number,
  settings: ProfilePair,
): Promise<{ stop(): Promise<(requests: number) => Promise<ReadSide>> }> {
  const dir = settings.raw[side];
  if (settings.command === undefined) {
    const pids = await startNodeProfiling(dir, settings.heap);
    return {
      stop: async () => {
        if (pids.length === 0) throw new Error(noNodeProfile(side));
        const written = await stopNodeProfiling(dir, pids, settings.heap);
        if (written.cpu.length === 0) throw new Error(noNodeProfile(side));
        return (requests) => readNodeProfiles(side, written, settings, requests);
      },
    };
  }
  await mkdir(dir, { recursive: true });
  const out = join(dir, 'profile');
  const profiler = startProfileCommand(
    settings.command,
    { pid: await serviceProcess(service.pid), seconds, out },
    { cwd: settings.roots[side], env: process.env },
  );
  return {
    stop: async () => {
      const ended = await profiler.finished();
      return (requests) => readCommandProfile(side, out, settings, requests, ended.problem);
    },
  };
}

const noNodeProfile = (side: ServiceSide) =>
  `the ${SIDE_LABEL[side]} wrote no CPU profile: the built-in profiler works for Node services only ` +
  '(loaded through NODE_OPTIONS, which the start command must pass on to node); for other languages set ' +
  'profile-command (docs/profiling.md)';

/** The mean measured length of the measurement's runs, in seconds. */
function typicalRunSeconds(m: Measurement): number {
  const runs = [...(m.baseline ?? []), ...m.candidate];
  return runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1000, 0) / Math.max(1, runs.length);
}

/**
 * Requests the service served while profiled: the run's measured requests scaled up by its warm-up (the
 * profile covers the whole run, the engine's counts only the window after warm-up).
 */
function requestsWhileProfiled(run: RunResult, warmupSeconds: number): number {
  const window = (run.endMs - run.startMs) / 1000;
  const requests = measuredRequests(run).requests;
  return window > 0 ? requests * ((window + warmupSeconds) / window) : requests;
}

/** The larger of the two sides' half-vs-half moves (V8 profiles only). */
function noiseOf(base: SideProfile, pr: SideProfile): ProfileNoise | undefined {
  if (!base.halves || !pr.halves) return undefined;
  const a = measureNoise(...base.halves);
  const b = measureNoise(...pr.halves);
  const worst = a.selfPerRequest >= b.selfPerRequest ? a : b;
  return {
    ...worst,
    statement: worst.statement.replace(
      'Two profiles of the same build',
      `Two halves of one build's profile (alternate ${NOISE_SLICE_SECONDS * 1000} ms slices)`,
    ),
  };
}

const merge = (source: string, profiles: Profile[]): Profile => ({
  source,
  stacks: profiles.flatMap((p) => p.stacks),
});

/** The V8 profiles a side's Node processes wrote, scrubbed, written out for upload, and read merged. */
async function readNodeProfiles(
  side: ServiceSide,
  written: { cpu: string[]; heap: string[] },
  settings: ProfilePair,
  requests: number,
): Promise<ReadSide> {
  const files: string[] = [];
  const whole: Profile[] = [];
  const heaps: Profile[] = [];
  const halves: [Profile[], Profile[]] = [[], []];
  for (const [kind, paths] of [
    ['cpuprofile', written.cpu],
    ['heapprofile', written.heap],
  ] as const) {
    for (const [i, path] of paths.entries()) {
      const name = `${side}${paths.length > 1 ? `-${i + 1}` : ''}.${kind}`;
      const raw = JSON.parse(await readFile(path, 'utf8'));
      const json = scrubProfileJson(
        kind === 'cpuprofile' ? withoutPreloadSamples(raw) : raw,
        settings.roots[side],
      );
      await writeFile(join(settings.dir, name), maskSecrets(JSON.stringify(json), settings.secrets));
      files.push(name);
      if (kind === 'heapprofile') {
        heaps.push(readV8HeapProfile(json, name));
        continue;
      }
      whole.push(readV8CpuProfile(json, name));
      for (const parity of [0, 1] as const)
        halves[parity].push(readV8CpuProfile(json, name, { sliceSeconds: NOISE_SLICE_SECONDS, parity }));
    }
  }
  const half = (profiles: Profile[]): ProfiledSide => ({
    profile: merge(side, profiles),
    requests: requests / 2,
  });
  return {
    profile: {
      side: { profile: merge(side, whole), requests },
      halves: [half(halves[0]), half(halves[1])],
      ...(heaps.length > 0 ? { heap: { profile: merge(side, heaps), requests } } : {}),
    },
    files,
  };
}

/** What `profile-command` wrote for a side, in any format perf-gate reads, scrubbed and kept as speedscope. */
async function readCommandProfile(
  side: ServiceSide,
  out: string,
  settings: ProfilePair,
  requests: number,
  problem: string | undefined,
): Promise<ReadSide> {
  const size = await stat(out).then(
    (s) => s.size,
    () => undefined,
  );
  if (size === undefined || size === 0) {
    throw new Error(
      `profile-command wrote ${size === undefined ? 'no' : 'an empty'} profile for the ${SIDE_LABEL[side]}` +
        `${problem ? ` (${problem})` : ''}: check that the profiler is installed and allowed to attach ` +
        '(perf: kernel.perf_event_paranoid ≤ 1 or CAP_PERFMON; py-spy: ptrace, e.g. run as root or with ' +
        'CAP_SYS_PTRACE) and that the command writes to {out}',
    );
  }
  // (folded stacks carry sample counts, not times: readProfile refuses them without an interval, and says so)
  const profile = scrubProfileFiles(await readProfile(out), settings.roots[side]);
  const name = `${side}.speedscope.json`;
  await writeFile(
    join(settings.dir, name),
    maskSecrets(JSON.stringify(formatSpeedscope({ ...profile, source: name })), settings.secrets),
  );
  return { profile: { side: { profile: { ...profile, source: side }, requests } }, files: [name] };
}
