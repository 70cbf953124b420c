import type { Comparison } from '../stats/types.ts';
import type { FunctionChange, ProfileNoise } from './diff.ts';

/** Input `profile`: when perf-gate runs the profiling pair. */
export const PROFILE_MODES = ['on-regression', 'always', 'never'] as const;
export type ProfileMode = (typeof PROFILE_MODES)[number];

/** How perf-gate profiles (inputs `profile` and `profile-command`). */
export interface ProfilingSettings {
  mode: ProfileMode;
  /** run beside the load with {pid}, {seconds}, {out}; absent: the built-in Node profiler */
  command?: string;
}

/** What the profiling pair found, for the report: never part of the verdict. */
export interface ProfileSummary {
  /** why the pair ran, e.g. the verdict's first reason */
  reason: string;
  /** the functions that added the most self time per request in the PR (up to five); empty when none did */
  top: FunctionChange[];
  /** absent when the profiles could not be split to measure it */
  noise?: ProfileNoise;
  /**
   * When peak RSS regressed (heap profiles of both sides): the allocation sites that allocated the most more
   * bytes per request in the PR (up to five); `self`/`total` are bytes per request
   */
  allocations?: FunctionChange[];
  /** requests each side served while profiled (the per-request denominators) */
  requests?: { base: number; pr: number };
  /** files written, relative to the profile directory */
  files: string[];
  /** seconds the profiling pair took, restarts included */
  seconds: number;
  /** of those, the seconds beyond its two load runs: profilers started and stopped, profiles read and diffed */
  overheadSeconds?: number;
  /** what one measured pair's two runs lasted (warm-up included), to compare the profiling pair with */
  pairSeconds?: number;
  /** what went wrong with profiling and what to install or allow; the verdict is untouched */
  warnings: string[];
  /** where the files were uploaded (the workflow run's artifact) */
  artifactUrl?: string;
}

/**
 * Whether a measurement calls for the profiling pair: `always`, or a failing verdict (a regression or an
 * SLO breach) with `on-regression`. Heap profiles are taken when peak RSS regressed.
 */
export function profilingCall(
  mode: ProfileMode,
  comparison: Comparison | undefined,
): { reason: string; heap: boolean } | undefined {
  if (mode === 'never' || comparison === undefined || comparison.refused !== undefined) return undefined;
  const heap = comparison.series.some((s) =>
    s.metrics.some((m) => m.metric === 'peak_rss' && m.outcome === 'regression'),
  );
  if (mode === 'always') return { reason: 'profile: always', heap };
  if (comparison.verdict !== 'fail') return undefined;
  return { reason: comparison.reasons[0] ?? 'the verdict is a regression', heap };
}
