import type { ProfileSummary } from '../profile/summary.ts';
import type { SeriesKey } from '../results/types.ts';
import type { DriftPoint, DriftResult } from '../stats/drift.ts';
import type { Comparison, MetricName } from '../stats/types.ts';

/**
 * Where the baseline came from. `cache exact`: the cache held a baseline of the exact base commit.
 * `cache newest of branch`: no exact hit, the newest baseline of the base branch was used instead.
 * `same-job`: the base build was measured in this job. `none`: there is no baseline (see `noBaseline`).
 */
export type BaselineSource = 'cache exact' | 'cache newest of branch' | 'same-job' | 'none';

export interface BaselineInfo {
  commit: string;
  /** branch or ref the baseline belongs to, e.g. 'main' */
  ref: string;
  /** epoch ms when the baseline was measured; absent when no file said (a k6 summary export has no times) */
  timeMs?: number;
  source: BaselineSource;
}

export interface CandidateInfo {
  commit: string;
  ref?: string;
}

/** Why there is no baseline; each reason is rendered with what to do about it. */
export type NoBaselineReason = 'first-run' | 'evicted' | 'cache-unavailable' | 'unreadable';

export interface NoBaselineInfo {
  reason: NoBaselineReason;
  /** extra words for the reader, e.g. the read error of an unreadable baseline */
  detail?: string;
}

/** A k6 threshold that was crossed on one side: the metric and its expressions, as written in the script. */
export interface ThresholdBreach {
  metric: string;
  expressions: string[];
}

/** Baseline noise of one metric of one series: CV across the baseline's repeats, and whether it is stable. */
export interface SeriesNoise {
  seriesId: string;
  metric: MetricName;
  /** coefficient of variation across baseline repeats (NaN with a single run) */
  cv: number;
  /** false when the CV is above the configured limit (the metric is then not gated) */
  stable: boolean;
}

/**
 * Token permissions perf-gate lacked, e.g. on a pull request from a fork (read-only GITHUB_TOKEN).
 * `missing` holds permission scopes as written in a workflow, e.g. 'pull-requests: write'.
 */
export interface PermissionNote {
  fork: boolean;
  missing: string[];
  /** link to the docs section on the two-workflow pattern (pull_request + workflow_run) */
  docsUrl: string;
}

/** One nightly measurement of the headline metric, and the drift judgement over them (src/stats/drift.ts). */
export type { DriftPoint as HistoryPoint, DriftResult } from '../stats/drift.ts';

export interface NightlyInfo {
  seriesId: string;
  metric: MetricName;
  /** oldest first */
  history: DriftPoint[];
  drift?: DriftResult;
}

/** The candidate's own figures, shown when there is no baseline to compare with (see `snapshotSeries`). */
export interface SeriesSnapshot {
  id: string;
  key: SeriesKey;
  requests: number;
  values: Partial<Record<MetricName, number>>;
}

/** Everything the report renderers need. Exactly one of `comparison` and `noBaseline` is set. */
export interface ReportContext {
  comparison?: Comparison;
  noBaseline?: NoBaselineInfo;
  /** with `noBaseline`: the candidate's figures, so reviewers still see the numbers */
  candidateSnapshot?: SeriesSnapshot[];
  /** with `noBaseline`: what the measurement itself warned about (a cut results file, a busy generator) */
  snapshotWarnings?: string[];
  scenario: { id: string; name: string };
  baseline?: BaselineInfo;
  candidate: CandidateInfo;
  /** epoch ms used to say how old the baseline is (injected so rendering stays pure) */
  nowMs: number;
  environment: { differences: string[]; strict: boolean };
  thresholdBreaches: { baseline: ThresholdBreach[]; candidate: ThresholdBreach[] };
  noise: SeriesNoise[];
  permissions?: PermissionNote;
  /** what GitHub refused or failed to take (a 422, 401 or 5xx), one "item: why" line each */
  notPosted?: string[];
  /** perf-gate's own version, e.g. '0.1.0' */
  version: string;
  /** `${GITHUB_SERVER_URL}/${repo}/actions/runs/${RUN_ID}` when known */
  runUrl?: string;
  /** literal strings to replace by *** wherever they appear */
  secrets: string[];
  nightly?: NightlyInfo;
  /** CPU use while the load ran: generator and services share the runner */
  loadGenerator?: LoadGeneratorInfo;
  /** per side whose service's CPU and memory were read: the figures and the bottleneck sentence */
  services?: ServiceSideInfo[];
  cachedTrend?: CachedTrend;
  /** the cached comparison that called for the same-job confirmation this verdict comes from (shown first) */
  cachedFirst?: CachedFirst;
  /** the profiling pair's findings (regression or `profile: always`): shown, never part of the verdict */
  profile?: ProfileSummary;
  /**
   * `mode: report`: the runs were measured by the pull request's own workflow (so they are only as
   * trustworthy as its code) and judged again here; `runUrl` is that workflow run's page.
   */
  measuredByPullRequest?: { runUrl?: string };
}

/** One side's service resources over its measured runs, and what limited it, in one sentence. */
export interface ServiceSideInfo {
  side: 'base build' | 'PR build';
  cpuPerRequestMs: number;
  /** mean CPU utilisation, in cores */
  cores: number;
  cpuCount: number;
  peakRssMb: number;
  rssGrowthMbPerSecond: number;
  /** the load generator's own CPU over the same time, in cores */
  generatorCores: number;
  bottleneck: string;
}

/**
 * Same-job design: the PR's runs also compared with the branch's cached baseline, for the trend. Never the
 * verdict: the paired comparison decides.
 */
export interface CachedTrend {
  baseline: Omit<BaselineInfo, 'source'>;
  verdict: Comparison['verdict'];
  /** the first reason of that comparison, in plain words */
  summary: string;
}

/**
 * Cached design first (`design: cached` with `start`): the PR build measured alone and judged against the
 * cached baseline; it was not a pass, so the base build was measured beside it in this job, which decides.
 */
export interface CachedFirst {
  /** absent when no cached baseline could be restored */
  baseline?: Omit<BaselineInfo, 'source'>;
  verdict: Comparison['verdict'] | 'no-baseline';
  /** the first reason of that comparison (or why there was none), in plain words */
  summary: string;
  /** runs of the PR build measured alone */
  runs: number;
}

export interface LoadGeneratorInfo {
  engine: string;
  cpuCount: number;
  /** share of all cores busy during the measurement (0..1) */
  machineBusy: number;
  /** share of one core the load generator used, when it ran in perf-gate's process (embedded engine) */
  generatorOfOneCore?: number;
}

/** Throws a clear error when the context cannot be rendered. */
export function assertRenderable(ctx: ReportContext): void {
  const has = (ctx.comparison ? 1 : 0) + (ctx.noBaseline ? 1 : 0);
  if (has !== 1) {
    throw new Error(
      `ReportContext for scenario '${ctx.scenario.id}': exactly one of 'comparison' and 'noBaseline' must be set (got ${has === 0 ? 'neither' : 'both'})`,
    );
  }
  if (!Number.isFinite(ctx.nowMs))
    throw new Error(`ReportContext.nowMs must be a finite epoch ms, got ${ctx.nowMs}`);
  for (const [field, url] of [
    ['runUrl', ctx.runUrl],
    ['permissions.docsUrl', ctx.permissions?.docsUrl],
    ['measuredByPullRequest.runUrl', ctx.measuredByPullRequest?.runUrl],
    ['profile.artifactUrl', ctx.profile?.artifactUrl],
  ] as const) {
    // these go into markdown links unescaped, so only plain http(s) URLs are accepted
    if (url !== undefined && !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) {
      throw new Error(
        `ReportContext.${field} must be an http(s) URL without spaces, brackets or quotes, got '${url}'`,
      );
    }
  }
}
