import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import { type GateSettings, gateSettingsOf, seedFromSha } from '../inputs/gate-options.ts';
import { type ModePlan, selectMode } from '../modes/select-mode.ts';
import type { ReportContext } from '../report/context.ts';
import type { ReportVerdict } from '../report/headline.ts';
import { renderServiceFailure } from '../report/service-failure.ts';
import { ServiceError, SIDE_LABEL } from '../service/session.ts';
import { baselineStep } from './baseline-step.ts';
import { confirmationRule, type Judgement, judgeAgainstArtifact, judgeSameJob } from './compare-step.ts';
import { deliver } from './deliver.ts';
import type { GateDeps } from './deps.ts';
import { type MeasureStep, measureStep, profilingRequest } from './measure-step.ts';
import { publishProfile } from './profile-step.ts';
import { loadGeneratorOf, reportBase } from './report-base.ts';
import { reportStep } from './report-step.ts';
import type { RunnerContext } from './runner-context.ts';
import { measuredRunsOf, type PublishTarget } from './saved-report.ts';

export interface GateResult {
  /** absent when nothing could be measured (a service perf-gate started failed) */
  verdict?: ReportVerdict;
  /** what main should fail the step with, if anything */
  failure?: string;
}

/** Runs the gate for one scenario in the mode the event calls for. Inputs → measure → judge → deliver. */
export async function runGate(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
): Promise<GateResult> {
  const plan = selectMode(
    { eventName: runner.eventName, payload: runner.payload, sha: runner.sha, refName: runner.refName },
    config.mode,
    config.baselineBranch,
  );
  const reportDir = config.reportDir ?? join(runner.runnerTemp, 'perf-gate', config.scenarioId);

  if (plan.mode === 'report') return outcome(await reportStep(config, runner, deps, reportDir), config);

  const commit = plan.mode === 'compare' ? plan.headSha : plan.sha;
  const seed = config.seed ?? seedFromSha(commit);
  const settings = gateSettingsOf(config, seed);
  const baseSha = plan.mode === 'compare' ? plan.baseSha : undefined;
  let step: MeasureStep;
  try {
    const profiling =
      plan.mode === 'compare'
        ? profilingRequest(config, settings, join(reportDir, 'profile'), process.env)
        : undefined;
    step = await measureStep(
      config,
      runner,
      deps,
      reportDir,
      seed,
      baseSha,
      profiling,
      confirmationRule(settings),
    );
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return await reportServiceFailure(error, config, reportDir, deps);
  }
  const loadGenerator = loadGeneratorOf(step.measurer, step.measurement);
  const base = { ...reportBase(config, runner, deps, commit), ...(loadGenerator ? { loadGenerator } : {}) };
  const measured = measuredRunsOf(step.measurement, {
    scriptHash: step.measurer.scriptHash,
    environment: deps.environment,
  });

  if (plan.mode === 'compare') {
    const target: PublishTarget = { headSha: plan.headSha, prNumber: plan.prNumber, fork: plan.fork };
    const ctx: ReportContext = { ...base, ...(await judgeCompare(config, plan, step, settings, deps)) };
    const profile = step.measurement.profile;
    if (profile)
      ctx.profile = await publishProfile(
        profile,
        join(reportDir, 'profile'),
        `perf-gate-profile-${config.scenarioId}-${runner.job ?? 'job'}-${runner.runAttempt ?? '1'}`,
        deps,
        base.runUrl,
      );
    const verdict = await deliver(ctx, config, reportDir, deps, {
      target,
      post: true,
      trackDrift: false,
      baselineSaved: false,
      measured,
    });
    return outcome(verdict, config);
  }

  const { judgement, saved, refused, nightly } = await baselineStep(
    config,
    plan,
    runner,
    deps,
    step,
    settings,
  );
  const ctx: ReportContext = { ...base, ...judgement, ...(nightly ? { nightly } : {}) };
  const verdict = await deliver(ctx, config, reportDir, deps, {
    // a baseline is never measured for a pull request (selectMode refuses it), so never for a fork's
    target: { fork: false },
    post: false,
    trackDrift: plan.nightly && config.trackDrift,
    baselineSaved: saved,
    measured,
  });
  // A baseline run fails when its measurement may not become a baseline, not on the comparison it printed.
  return refused === undefined
    ? { verdict }
    : { verdict, failure: `the measurement is not valid as a baseline: ${refused.join('; ')}` };
}

/**
 * The cached baseline judges the PR, unless the base build was measured beside it in this job: then the
 * paired comparison decides and the cached baseline only adds the trend line.
 */
async function judgeCompare(
  config: ActionConfig,
  plan: Extract<ModePlan, { mode: 'compare' }>,
  step: MeasureStep,
  settings: GateSettings,
  deps: GateDeps,
): Promise<Judgement & Pick<ReportContext, 'cachedTrend'>> {
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: plan.baseBranch,
    sha: plan.baseSha ?? plan.headSha,
  });
  const { judgement: cached } = judgeAgainstArtifact(
    step,
    restored,
    { ...settings, strictEnvironment: config.strictEnvironment },
    deps,
  );
  if (step.measurement.baseline === undefined) return cached;
  const paired = judgeSameJob(step, settings, deps, {
    commit: plan.baseSha ?? 'merge-base',
    ref: plan.baseBranch,
  });
  if (cached.comparison === undefined || cached.baseline === undefined) return paired;
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

/** A service that failed to build, start or stay up: its side and output in the summary; no verdict. */
async function reportServiceFailure(
  error: ServiceError,
  config: ActionConfig,
  reportDir: string,
  deps: GateDeps,
): Promise<GateResult> {
  const secrets = secretsOf(config);
  const markdown = renderServiceFailure(
    { side: SIDE_LABEL[error.side], problem: error.problem, output: error.output },
    secrets,
  );
  await mkdir(reportDir, { recursive: true });
  await writeFile(join(reportDir, 'report.md'), markdown);
  await deps.writeSummary(markdown);
  deps.logger.info(`last lines of the ${SIDE_LABEL[error.side]}'s output:\n${error.output}`);
  return { failure: `perf-gate: ${error.message}` };
}

function outcome(
  verdict: ReportVerdict,
  config: Pick<ActionConfig, 'failOnRegression' | 'onInconclusive'>,
): GateResult {
  if (verdict === 'fail' && config.failOnRegression)
    return { verdict, failure: 'perf-gate: regression or SLO breach' };
  if (verdict === 'inconclusive' && config.onInconclusive === 'failure') {
    return { verdict, failure: 'perf-gate: inconclusive (on-inconclusive: failure)' };
  }
  return { verdict };
}
