import type { RestoreResult } from '../baseline/store.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { type GateSettings, gateOptionsFor } from '../inputs/gate-options.ts';
import type { NeedMorePairs } from '../measure/plan.ts';
import type { Builds, MeasureStep } from '../measure/with-services.ts';
import type { CachedFirst, ReportContext } from '../report/context.ts';
import { compareRuns } from '../stats/compare.ts';
import { needsMorePairs } from '../stats/sequential.ts';
import {
  atLook,
  type JudgedStep,
  type JudgeLogger,
  type Judgement,
  type Judging,
  judgeAgainstArtifact,
  judgeSameJob,
  seriesKeys,
} from './judge.ts';
import { profilingRequest } from './profiling.ts';

/**
 * What measuring a pull request asks for beyond the PR build's runs, the one way the Action and
 * `perf-gate run` ask it: the base build (`baseSha`), the profiling pair, adaptive confirmation, and in the
 * cached design with a baseline to judge by, the PR build measured alone first and the base build only when
 * that calls for it.
 */
export function pullRequestBuilds(
  config: Pick<ActionConfig, 'design' | 'profiling' | 'secrets' | 'token' | 'env'>,
  restored: RestoreResult | undefined,
  judging: Judging,
  baseSha: string | undefined,
  profiles: { dir: string; env: NodeJS.ProcessEnv },
): Builds {
  const { settings } = judging;
  return {
    baseSha,
    profiling: profilingRequest(config, settings, profiles.dir, profiles.env),
    needMore: confirmationRule(settings),
    ...(config.design === 'cached' && restored
      ? { confirm: (first: MeasureStep) => confirmationCall(first, restored, judging) }
      : {}),
  };
}

/**
 * Adaptive confirmation in live measurement: judges the pairs so far as the verdict would (at their look's
 * confidence) and asks for more while the comparison is inconclusive, or fails on a disturbed run.
 */
export function confirmationRule(settings: GateSettings): NeedMorePairs {
  return (sofar, planned) => {
    const options = gateOptionsFor(settings, seriesKeys(sofar.candidate)).options;
    const c = compareRuns(
      { ...sofar, design: 'same-job', pairOrders: sofar.orders },
      atLook(options, planned, sofar.candidate.length),
    );
    return needsMorePairs(c);
  };
}

/** The verdict of the cached comparison, or why there was none, in the words the report uses. */
function cachedOutcome(judgement: Judgement): Pick<CachedFirst, 'verdict' | 'summary'> {
  const c = judgement.comparison;
  if (c === undefined)
    return {
      verdict: 'no-baseline',
      summary: `no cached baseline (${judgement.noBaseline?.detail ?? judgement.noBaseline?.reason ?? 'none'})`,
    };
  return { verdict: c.verdict, summary: c.reasons[0] ?? '' };
}

const silent: JudgeLogger = { warning: () => {} };

/**
 * Cached design first: the PR build's runs, judged against the cached baseline exactly as the report will
 * judge them, call for confirming in the same job unless they pass (a regression, inconclusive, or nothing
 * to compare with). Returns the reason, in words, or undefined for a pass.
 */
function confirmationCall(
  step: JudgedStep,
  restored: RestoreResult,
  { settings, measuring }: Judging,
): string | undefined {
  const { judgement } = judgeAgainstArtifact(step, restored, settings, measuring, silent);
  const { verdict, summary } = cachedOutcome(judgement);
  if (verdict === 'pass') return undefined;
  const what = { fail: 'a regression', inconclusive: 'inconclusive', 'no-baseline': 'not possible' }[verdict];
  return `the cached comparison is ${what}${summary === '' ? '' : ` (${summary})`}`;
}

/**
 * A pull request's judgement. The cached baseline judges the PR, unless the base build was measured beside it
 * in this job: then the paired comparison decides, and the cached one is shown first when it called for that
 * confirmation (`design: cached`), or as the trend line otherwise. The Action and `perf-gate run` share it.
 */
export function judgePullRequest(
  step: JudgedStep,
  restored: RestoreResult | undefined,
  base: { commit: string; ref: string },
  judging: Judging,
): Judgement & Pick<ReportContext, 'cachedTrend' | 'cachedFirst'> {
  const { settings, measuring, logger } = judging;
  const first = step.measurement.cachedFirst;
  const alone: JudgedStep = first ? { ...step, measurement: first } : step;
  const cached =
    restored === undefined
      ? undefined
      : judgeAgainstArtifact(alone, restored, settings, measuring, logger).judgement;
  if (step.measurement.baseline === undefined) {
    if (cached === undefined) throw new Error('nothing to judge the PR build against');
    return cached;
  }
  const paired = judgeSameJob(step, settings, logger, { ...base, timeMs: judging.now() });
  if (first !== undefined && cached !== undefined) {
    const b = cached.baseline;
    return {
      ...paired,
      cachedFirst: {
        ...(b ? { baseline: { commit: b.commit, ref: b.ref, timeMs: b.timeMs } } : {}),
        ...cachedOutcome(cached),
        runs: first.candidate.length,
      },
    };
  }
  if (cached?.comparison === undefined || cached.baseline === undefined) return paired;
  const { commit, ref, timeMs } = cached.baseline;
  return {
    ...paired,
    cachedTrend: {
      baseline: { commit, ref, timeMs },
      verdict: cached.comparison.verdict,
      summary: cached.comparison.reasons[0] ?? '',
    },
  };
}
