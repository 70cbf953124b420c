import type { FunctionChange } from '../profile/diff.ts';
import type { ProfileSummary } from '../profile/summary.ts';
import type { LoadModelSource, SeriesKey } from '../results/types.ts';
import { confirmationText } from '../stats/sequential.ts';
import type { Comparison, Design, MetricComparison, MetricName, Outcome, SloResult } from '../stats/types.ts';
import type {
  BaselineSource,
  CachedFirst,
  NightlyInfo,
  NoBaselineReason,
  ReportContext,
  ThresholdBreach,
} from './context.ts';
import { headlineOf, type ReportVerdict, reportVerdict } from './headline.ts';
import { decidingMetric } from './labels.ts';
import { type ReportView, viewOf } from './view.ts';

/** Bumped on any change that could break a reader of report.json (renamed/removed field, changed meaning). */
const REPORT_SCHEMA_VERSION = 1;

/** JSON has no NaN or Infinity: a figure that does not exist is null. */
type Num = number | null;

export interface MetricJson {
  metric: MetricName;
  unit: MetricComparison['unit'];
  baseline: Num;
  candidate: Num;
  change: Num;
  changeKind: MetricComparison['changeKind'];
  interval: [Num, Num];
  confidence: Num;
  tolerance: Num;
  outcome: Outcome;
  gated: boolean;
  reason: string | null;
  sampleSize: { baseline: number; candidate: number };
  baselineCv: Num;
  noiseFloor: Num;
  runsToDecide: Num;
}

export interface SeriesJson {
  id: string;
  key: SeriesKey;
  outcome: Outcome;
  metrics: Partial<Record<MetricName, MetricJson>>;
}

export interface ComparisonJson {
  design: Design;
  seed: number;
  familyConfidence: number;
  correction: string;
  loadModel: string;
  /** per side, what decided the load model (k6-inspect, k6-default-scenario, input, jmeter-plan, …); null when not kept */
  loadModelSource: { baseline: LoadModelSource[]; candidate: LoadModelSource[] } | null;
  runs: { baseline: number; candidate: number };
  refused: string | null;
  reasons: string[];
  warnings: string[];
  /** regressions first, as in the report */
  series: SeriesJson[];
  added: string[];
  removed: string[];
  slos: {
    series: string;
    seriesId: string;
    metric: MetricName;
    limit: number;
    estimate: Num;
    interval: [Num, Num];
    status: SloResult['status'];
  }[];
  openModel: {
    droppedIterations: { baseline: number; candidate: number };
    achievedRate: { baseline: Num; candidate: Num };
    targetRate: Num;
  } | null;
  betweenJob: { source: 'history' | 'prior'; cv: Num; historySize: number } | null;
  pairs: { ratios: Num[]; orders: string[] } | null;
  /** same-job with adaptive confirmation: pairs planned and measured, and how it was decided in words */
  confirmation: { planned: number; pairs: number; maxPairs: number; decided: boolean; text: string } | null;
}

export interface ReportJson {
  schema: 'perf-gate/report';
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  perfGateVersion: string;
  scenario: { id: string; name: string };
  verdict: ReportVerdict;
  headline: string;
  /** the figure the headline quotes: deciding metric of the worst series, null without a comparison */
  headlineDelta: {
    seriesId: string;
    metric: MetricName;
    change: Num;
    changeKind: MetricComparison['changeKind'];
    interval: [Num, Num];
    outcome: Outcome;
  } | null;
  /** timeMs and ageMs are null when no file said when the baseline was measured */
  baseline: {
    commit: string;
    ref: string;
    timeMs: number | null;
    ageMs: number | null;
    source: BaselineSource;
  } | null;
  candidate: { commit: string; ref: string | null };
  noBaseline: { reason: NoBaselineReason; detail: string | null } | null;
  comparison: ComparisonJson | null;
  environment: { differences: string[]; strict: boolean };
  thresholdBreaches: { baseline: ThresholdBreach[]; candidate: ThresholdBreach[] };
  noise: { seriesId: string; metric: MetricName; cv: Num; stable: boolean }[];
  permissions: { fork: boolean; missing: string[]; docsUrl: string } | null;
  nightly: {
    seriesId: string;
    metric: MetricName;
    history: { commit: string; timeMs: number; value: Num }[];
    drift: {
      detected: boolean;
      change: Num;
      interval: [Num, Num] | null;
      window: number;
      since: { commit: string; timeMs: number } | null;
      reason: string | null;
    } | null;
  } | null;
  candidateSnapshot:
    | { id: string; key: SeriesKey; requests: number; values: Partial<Record<MetricName, Num>> }[]
    | null;
  /** per side whose service resources were read: CPU, memory, the generator's CPU, the bottleneck sentence */
  services: {
    side: string;
    cpuPerRequestMs: Num;
    cores: Num;
    cpuCount: number;
    peakRssMb: Num;
    rssGrowthMbPerSecond: Num;
    generatorCores: Num;
    bottleneck: string;
  }[];
  /**
   * `design: cached` confirmed in the same job: the cached comparison of the PR build measured alone, which
   * called for the confirmation; `verdict` and `comparison` above are the same job's
   */
  cachedFirst: {
    verdict: ReportVerdict;
    summary: string;
    runs: number;
    baseline: { commit: string; ref: string; timeMs: number | null } | null;
  } | null;
  /** the profiling pair (on a regression, or `profile: always`): never part of the verdict */
  profile: {
    reason: string;
    /** the functions that added the most self time per request (seconds per request) */
    top: ChangeJson[];
    /** peak RSS regressed: the allocation sites that allocated the most more (bytes per request); else null */
    allocations: ChangeJson[] | null;
    /** the largest move of any function between two halves of one build's profile, seconds per request */
    noise: Num | null;
    requests: { base: Num; pr: Num } | null;
    files: string[];
    seconds: Num;
    /** of `seconds`, those beyond the pair's two load runs (profilers started and stopped, read, diffed) */
    overheadSeconds: Num | null;
    /** what one measured pair's two runs lasted, warm-up included */
    pairSeconds: Num | null;
    warnings: string[];
    artifactUrl: string | null;
  } | null;
  runUrl: string | null;
}

/** A function's (or allocation site's) self and total per request, base → PR. */
interface ChangeJson {
  name: string;
  file: string;
  line: number;
  base: { self: Num; total: Num };
  pr: { self: Num; total: Num };
  selfChange: Num;
}

const num = (x: number): Num => (Number.isFinite(x) ? x : null);
const pair = (x: readonly [number, number]): [Num, Num] => [num(x[0]), num(x[1])];

/**
 * The machine-readable report (report.json, `--json`): plain data, stable field names, every figure, with
 * secrets masked in every string.
 */
export function buildReportJson(ctx: ReportContext): ReportJson {
  const view = viewOf(ctx);
  const m = view.sanitize.masked;
  const c = ctx.comparison;
  const breaches = (list: ThresholdBreach[]) =>
    list.map((t) => ({ metric: m(t.metric), expressions: t.expressions.map(m) }));
  return {
    schema: 'perf-gate/report',
    schemaVersion: REPORT_SCHEMA_VERSION,
    perfGateVersion: ctx.version,
    scenario: { id: m(ctx.scenario.id), name: m(ctx.scenario.name) },
    verdict: reportVerdict(ctx),
    headline: headlineOf(view),
    headlineDelta: headlineDelta(view),
    baseline: baselineJson(ctx, m),
    candidate: {
      commit: ctx.candidate.commit,
      ref: ctx.candidate.ref === undefined ? null : m(ctx.candidate.ref),
    },
    noBaseline: ctx.noBaseline
      ? {
          reason: ctx.noBaseline.reason,
          detail: ctx.noBaseline.detail === undefined ? null : m(ctx.noBaseline.detail),
        }
      : null,
    comparison: c ? comparisonJson(view, c) : null,
    environment: { differences: ctx.environment.differences.map(m), strict: ctx.environment.strict },
    thresholdBreaches: {
      baseline: breaches(ctx.thresholdBreaches.baseline),
      candidate: breaches(ctx.thresholdBreaches.candidate),
    },
    noise: ctx.noise.map((n) => ({
      seriesId: m(n.seriesId),
      metric: n.metric,
      cv: num(n.cv),
      stable: n.stable,
    })),
    permissions: ctx.permissions
      ? {
          fork: ctx.permissions.fork,
          missing: [...ctx.permissions.missing],
          docsUrl: ctx.permissions.docsUrl,
        }
      : null,
    nightly: ctx.nightly ? nightlyJson(ctx.nightly, m) : null,
    cachedFirst: ctx.cachedFirst ? cachedFirstJson(ctx.cachedFirst, m) : null,
    profile: ctx.profile ? profileJson(ctx.profile, m) : null,
    candidateSnapshot: ctx.candidateSnapshot ? snapshotJson(view, ctx.candidateSnapshot) : null,
    services: servicesJson(ctx.services ?? [], m),
    runUrl: ctx.runUrl ?? null,
  };
}

type Mask = (text: string) => string;

function baselineJson(ctx: ReportContext, m: Mask): ReportJson['baseline'] {
  const b = ctx.baseline;
  if (!b) return null;
  return {
    commit: b.commit,
    ref: m(b.ref),
    timeMs: b.timeMs ?? null,
    ageMs: b.timeMs === undefined ? null : ctx.nowMs - b.timeMs,
    source: b.source,
  };
}

function nightlyJson(nightly: NightlyInfo, m: Mask): ReportJson['nightly'] {
  const { drift } = nightly;
  return {
    seriesId: m(nightly.seriesId),
    metric: nightly.metric,
    history: nightly.history.map((p) => ({
      commit: p.commit,
      timeMs: p.timeMs,
      value: num(p.value),
    })),
    drift: drift
      ? {
          detected: drift.detected,
          change: num(drift.change),
          interval: drift.interval ? pair(drift.interval) : null,
          window: drift.window,
          since: drift.since ? { ...drift.since } : null,
          reason: drift.reason === undefined ? null : m(drift.reason),
        }
      : null,
  };
}

function cachedFirstJson(cachedFirst: CachedFirst, m: Mask): ReportJson['cachedFirst'] {
  return {
    verdict: cachedFirst.verdict,
    summary: m(cachedFirst.summary),
    runs: cachedFirst.runs,
    baseline: cachedFirst.baseline
      ? {
          commit: cachedFirst.baseline.commit,
          ref: m(cachedFirst.baseline.ref),
          timeMs: cachedFirst.baseline.timeMs ?? null,
        }
      : null,
  };
}

function snapshotJson(
  view: ReportView,
  snapshot: NonNullable<ReportContext['candidateSnapshot']>,
): ReportJson['candidateSnapshot'] {
  return snapshot.map((x) => ({
    id: view.sanitize.masked(x.id),
    key: maskKey(view, x.key),
    requests: x.requests,
    values: Object.fromEntries(Object.entries(x.values).map(([k, val]) => [k, num(val)])),
  }));
}

function servicesJson(services: NonNullable<ReportContext['services']>, m: Mask): ReportJson['services'] {
  return services.map((x) => ({
    side: x.side,
    cpuPerRequestMs: num(x.cpuPerRequestMs),
    cores: num(x.cores),
    cpuCount: x.cpuCount,
    peakRssMb: num(x.peakRssMb),
    rssGrowthMbPerSecond: num(x.rssGrowthMbPerSecond),
    generatorCores: num(x.generatorCores),
    bottleneck: m(x.bottleneck),
  }));
}

function maskKey(view: ReportView, key: SeriesKey): SeriesKey {
  const m = view.sanitize.masked;
  return { scenario: m(key.scenario), group: m(key.group), method: m(key.method), name: m(key.name) };
}

function metricJson(view: ReportView, x: MetricComparison): MetricJson {
  return {
    metric: x.metric,
    unit: x.unit,
    baseline: num(x.baseline),
    candidate: num(x.candidate),
    change: num(x.change),
    changeKind: x.changeKind,
    interval: pair(x.interval),
    confidence: num(x.confidence),
    tolerance: num(x.tolerance),
    outcome: x.outcome,
    gated: x.gated,
    reason: x.reason === undefined ? null : view.sanitize.masked(x.reason),
    sampleSize: { ...x.sampleSize },
    baselineCv: num(x.baselineCv),
    noiseFloor: num(x.noiseFloor),
    runsToDecide: x.runsToDecide === undefined ? null : num(x.runsToDecide),
  };
}

function comparisonJson(view: ReportView, comparison: Comparison): ComparisonJson {
  const m = view.sanitize.masked;
  return {
    design: comparison.design,
    seed: comparison.seed,
    familyConfidence: comparison.familyConfidence,
    correction: comparison.correction,
    loadModel: comparison.loadModel,
    loadModelSource:
      comparison.loadModelSource === undefined
        ? null
        : {
            baseline: [...comparison.loadModelSource.baseline],
            candidate: [...comparison.loadModelSource.candidate],
          },
    runs: { ...comparison.runs },
    refused: comparison.refused === undefined ? null : m(comparison.refused),
    reasons: comparison.reasons.map(m),
    warnings: comparison.warnings.map(m),
    series: view.sorted.map((s) => ({
      id: m(s.id),
      key: maskKey(view, s.key),
      outcome: s.outcome,
      metrics: Object.fromEntries(s.metrics.map((x) => [x.metric, metricJson(view, x)])),
    })),
    added: comparison.added.map(m),
    removed: comparison.removed.map(m),
    slos: comparison.slos.map((r) => ({
      series: m(r.spec.series),
      seriesId: m(r.seriesId),
      metric: r.spec.metric,
      limit: r.spec.limit,
      estimate: num(r.estimate),
      interval: pair(r.interval),
      status: r.status,
    })),
    openModel: comparison.openModel
      ? {
          droppedIterations: { ...comparison.openModel.droppedIterations },
          achievedRate: {
            baseline: num(comparison.openModel.achievedRate.baseline),
            candidate: num(comparison.openModel.achievedRate.candidate),
          },
          targetRate:
            comparison.openModel.targetRate === undefined ? null : num(comparison.openModel.targetRate),
        }
      : null,
    betweenJob: comparison.betweenJob
      ? {
          source: comparison.betweenJob.source,
          cv: num(comparison.betweenJob.cv),
          historySize: comparison.betweenJob.historySize,
        }
      : null,
    pairs: comparison.pairs
      ? { ratios: comparison.pairs.ratios.map(num), orders: [...comparison.pairs.orders] }
      : null,
    confirmation: comparison.confirmation
      ? { ...comparison.confirmation, text: confirmationText(comparison.confirmation) }
      : null,
  };
}

function headlineDelta(view: ReportView): ReportJson['headlineDelta'] {
  const worst = view.comparison?.refused === undefined ? view.sorted[0] : undefined;
  const x = worst && decidingMetric(worst);
  if (!worst || !x) return null;
  return {
    seriesId: view.sanitize.masked(worst.id),
    metric: x.metric,
    change: num(x.change),
    changeKind: x.changeKind,
    interval: pair(x.interval),
    outcome: x.outcome,
  };
}

function profileJson(profile: ProfileSummary, m: Mask): ReportJson['profile'] {
  const time = (t: { self: number; total: number }) => ({ self: num(t.self), total: num(t.total) });
  const change = (c: FunctionChange): ChangeJson => ({
    name: m(c.frame.name),
    file: m(c.frame.file),
    line: c.frame.line,
    base: time(c.base),
    pr: time(c.pr),
    selfChange: num(c.selfChange),
  });
  return {
    reason: m(profile.reason),
    top: profile.top.map(change),
    allocations: profile.allocations ? profile.allocations.map(change) : null,
    noise: profile.noise ? num(profile.noise.selfPerRequest) : null,
    requests: profile.requests ? { base: num(profile.requests.base), pr: num(profile.requests.pr) } : null,
    files: profile.files.map(m),
    seconds: num(profile.seconds),
    overheadSeconds: profile.overheadSeconds === undefined ? null : num(profile.overheadSeconds),
    pairSeconds: profile.pairSeconds === undefined ? null : num(profile.pairSeconds),
    warnings: profile.warnings.map(m),
    artifactUrl: profile.artifactUrl ?? null,
  };
}
