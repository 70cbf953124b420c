import { join } from 'node:path';
import { deliver } from '../delivery/deliver.ts';
import { profileArtifactName, publishProfile } from '../delivery/profile-artifact.ts';
import { deliverServiceFailure } from '../delivery/service-failure.ts';
import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import type { RunnerContext } from '../inputs/runner-context.ts';
import { reportContext } from '../judge/context.ts';
import { stepFailure } from '../judge/policy.ts';
import { judgePullRequest, pullRequestBuilds } from '../judge/pull-request.ts';
import { measuredRunsOf } from '../judge/saved-report.ts';
import { prepareMeasuring } from '../measure/from-config.ts';
import type { Builds, MeasureStep } from '../measure/with-services.ts';
import { type ModePlan, selectMode } from '../modes/select-mode.ts';
import type { ReportVerdict } from '../report/headline.ts';
import { ServiceError } from '../service/session.ts';
import { baselineStep } from './baseline-step.ts';
import { actionHeader, type GateDeps, gateJudging } from './deps.ts';
import { reportStep } from './report-step.ts';

export interface GateResult {
  /** absent when nothing could be measured (a service perf-gate started failed) */
  verdict?: ReportVerdict;
  /** what main should fail the step with, if anything */
  failure?: string;
}

type ComparePlan = Extract<ModePlan, { mode: 'compare' }>;
type BaselinePlan = Extract<ModePlan, { mode: 'baseline' }>;

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
  try {
    if (plan.mode === 'report') return outcome(await reportStep(config, runner, deps, reportDir), config);
    if (plan.mode === 'compare') return await comparePullRequest(config, plan, runner, deps, reportDir);
    return await measureBaseline(config, plan, runner, deps, reportDir);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { failure: await deliverServiceFailure(error, secretsOf(config), reportDir, deps) };
  }
}

/** Compare mode: the PR build measured, judged against the cached baseline or the base build beside it. */
async function comparePullRequest(
  config: ActionConfig,
  plan: ComparePlan,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
): Promise<GateResult> {
  const judging = gateJudging(config, plan.headSha, deps);
  // the cached baseline is restored first: with `design: cached` it decides whether the base build is started
  // and measured beside the PR build
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: plan.baseBranch,
    sha: plan.baseSha ?? plan.headSha,
  });
  const profiles = { dir: join(reportDir, 'profile'), env: process.env };
  const builds = pullRequestBuilds(config, restored, judging, plan.baseSha, profiles);
  const step = await measureStep(config, runner, deps, reportDir, judging.settings.seed, builds);
  const base = { commit: plan.baseSha ?? 'merge-base', ref: plan.baseBranch };
  const header = actionHeader(config, runner, deps, { commit: plan.headSha });
  const ctx = reportContext(header, judgePullRequest(step, restored, base, judging), step);
  if (ctx.profile) {
    const artifact = profileArtifactName(config.scenarioId, runner.job, runner.runAttempt);
    ctx.profile = await publishProfile(ctx.profile, join(reportDir, 'profile'), artifact, deps, ctx.runUrl);
  }
  const verdict = await deliver(ctx, config, reportDir, deps, {
    target: { headSha: plan.headSha, prNumber: plan.prNumber, fork: plan.fork },
    post: true,
    trackDrift: false,
    baselineSaved: false,
    measured: measuredOf(step, deps),
  });
  return outcome(verdict, config);
}

/** The PR build measured where the Action keeps its files: its raw runs under the report directory. */
async function measureStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
  seed: number,
  builds?: Builds,
): Promise<MeasureStep> {
  const { logger } = deps;
  const place = { outDir: join(reportDir, 'runs'), logger, apiUrl: runner.apiUrl, token: config.token };
  const createMeasurer: GateDeps['createMeasurer'] = (engine, settings) =>
    deps.createMeasurer(engine, settings);
  const measure = await prepareMeasuring(config, { ...place, workspace: runner.workspace, createMeasurer });
  return await measure(seed, builds);
}

const measuredOf = (step: MeasureStep, deps: GateDeps) =>
  measuredRunsOf(step.measurement, { scriptHash: step.measurer.scriptHash, environment: deps.environment });

/** Baseline mode: measured, compared with the previous baseline, saved when valid. */
async function measureBaseline(
  config: ActionConfig,
  plan: BaselinePlan,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
): Promise<GateResult> {
  const judging = gateJudging(config, plan.sha, deps);
  const step = await measureStep(config, runner, deps, reportDir, judging.settings.seed);
  const { judgement, saved, refused, nightly } = await baselineStep(
    config,
    plan,
    runner,
    deps,
    step,
    judging,
  );
  const header = actionHeader(config, runner, deps, { commit: plan.sha });
  const ctx = reportContext(header, { ...judgement, ...(nightly ? { nightly } : {}) }, step);
  const verdict = await deliver(ctx, config, reportDir, deps, {
    // a baseline is never measured for a pull request (selectMode refuses it), so never for a fork's
    target: { fork: false },
    post: false,
    trackDrift: plan.nightly && config.trackDrift,
    baselineSaved: saved,
    measured: measuredOf(step, deps),
  });
  // A baseline run fails when its measurement may not become a baseline, not on the comparison it printed.
  return refused === undefined
    ? { verdict }
    : { verdict, failure: `the measurement is not valid as a baseline: ${refused.join('; ')}` };
}

function outcome(verdict: ReportVerdict, config: ActionConfig): GateResult {
  const failure = stepFailure(verdict, config);
  return failure === undefined ? { verdict } : { verdict, failure };
}
