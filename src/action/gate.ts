import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import { gateSettingsOf, seedFromSha } from '../inputs/gate-options.ts';
import { selectMode } from '../modes/select-mode.ts';
import type { ReportContext } from '../report/context.ts';
import type { ReportVerdict } from '../report/headline.ts';
import { renderServiceFailure } from '../report/service-failure.ts';
import { ServiceError, SIDE_LABEL } from '../service/session.ts';
import { baselineStep } from './baseline-step.ts';
import { confirmationCall, confirmationRule, judgePullRequest } from './compare-step.ts';
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
  const judging = { settings: { ...settings, strictEnvironment: config.strictEnvironment }, deps };
  // a pull request's cached baseline is restored first: with `design: cached` it decides whether the base
  // build is started and measured beside the PR build
  const restored =
    plan.mode === 'compare'
      ? await deps.store.restore({
          scenarioId: config.scenarioId,
          branch: plan.baseBranch,
          sha: plan.baseSha ?? plan.headSha,
        })
      : undefined;
  let step: MeasureStep;
  try {
    step = await measureStep(
      config,
      runner,
      deps,
      reportDir,
      seed,
      plan.mode === 'compare'
        ? {
            baseSha: plan.baseSha,
            profiling: profilingRequest(config, settings, join(reportDir, 'profile'), process.env),
            needMore: confirmationRule(settings),
            ...(config.design === 'cached' && restored
              ? { confirm: (first: MeasureStep) => confirmationCall(first, restored, judging) }
              : {}),
          }
        : {},
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
    const ctx: ReportContext = {
      ...base,
      ...judgePullRequest(
        step,
        restored,
        { commit: plan.baseSha ?? 'merge-base', ref: plan.baseBranch },
        judging,
      ),
    };
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
