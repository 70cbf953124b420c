import { relative } from 'node:path';
import { confirmationRule, judgeAgainstArtifact, judgeSameJob } from '../../src/action/compare-step.ts';
import type { GateDeps } from '../../src/action/deps.ts';
import type { MeasureStep } from '../../src/action/measure-step.ts';
import { buildArtifact } from '../../src/baseline/artifact.ts';
import { collectEnvironment } from '../../src/baseline/environment.ts';
import { FsBaselineStore } from '../../src/baseline/fs-store.ts';
import { artifactKey } from '../../src/baseline/store.ts';
import type { EngineLogger } from '../../src/engine/logger.ts';
import { DEFAULT_MAX_ERROR_RATE } from '../../src/inputs/config.ts';
import type { GateSettings } from '../../src/inputs/gate-options.ts';
import { createMeasurer, type Measurer } from '../../src/measure/measurer.ts';
import { measureSameJob } from '../../src/measure/plan.ts';
import type { ReportContext } from '../../src/report/context.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { VERSION } from '../../src/version.ts';
import type { DemoPlan } from './plan.ts';

/**
 * Stand-in commits: the demo compares two configurations of one service, not two commits, but reports and
 * baseline keys name commits (hexadecimal ones, for the store's keys). These read as what they are.
 */
export const BASE_COMMIT = 'ba5e'.repeat(10);
export const PR_COMMIT = 'c0de'.repeat(10);
const BASE_BRANCH = 'main';

/** What every part of the demo judges with: the Action's own dependencies, without GitHub. */
export interface DemoGate {
  deps: GateDeps;
  measurer: Measurer;
  plan: DemoPlan;
  scenarioId: string;
}

/**
 * The embedded-engine measurer for the plan's scenario, and the dependencies the Action's judging steps
 * take: a baseline store in `workDir` (the cached part saves to it and restores from it), this machine's
 * fingerprint, the real clock. Nothing is posted anywhere.
 */
export async function prepareGate(plan: DemoPlan, logger: EngineLogger, workDir: string): Promise<DemoGate> {
  const measurer = await createMeasurer('embedded', {
    script: plan.scenarioFile,
    warmupSeconds: 0, // the scenario's own warm-up
    outDir: workDir,
    logger,
    k6: { flags: [], timeoutSeconds: 0, env: {}, targetEnv: 'BASE_URL' },
  });
  const deps: GateDeps = {
    store: new FsBaselineStore({ directory: workDir }),
    logger,
    setOutput: () => {},
    writeSummary: async () => {},
    now: Date.now,
    environment: collectEnvironment(),
    version: VERSION,
    createMeasurer,
  };
  return { deps, measurer, plan, scenarioId: plan.scenario.name };
}

function settings(seed: number): GateSettings {
  return { tolerances: [], slos: [], maxErrorRate: DEFAULT_MAX_ERROR_RATE, seed };
}

/** The report context fields the Action fills from its config and runner (src/action/report-base.ts). */
function contextBase(
  gate: DemoGate,
): Pick<ReportContext, 'scenario' | 'candidate' | 'nowMs' | 'version' | 'secrets'> {
  return {
    scenario: {
      id: gate.scenarioId,
      name: relative(process.cwd(), gate.plan.scenarioFile) || gate.plan.scenarioFile,
    },
    candidate: { commit: PR_COMMIT, ref: 'demo-pr' },
    nowMs: gate.deps.now(),
    version: VERSION,
    secrets: [],
  };
}

export interface PartResult {
  step: MeasureStep;
  ctx: ReportContext;
}

/**
 * The same-job design, as the Action runs it with `baseline-target-url`: one warm-up run per side, then
 * base and PR build in interleaved pairs (seeded AB/BA orders), more pairs while undecided, judged as
 * paired ratios.
 */
export async function sameJobPart(
  gate: DemoGate,
  urls: { base: string; pr: string },
  seed: number,
): Promise<PartResult> {
  const measurement = await measureSameJob(gate.measurer, {
    targetUrl: urls.pr,
    baselineTargetUrl: urls.base,
    pairs: gate.plan.pairs,
    maxPairs: gate.plan.maxPairs,
    needMore: confirmationRule(settings(seed)),
    random: mulberry32(seed).next,
  });
  const step: MeasureStep = { measurer: gate.measurer, measurement };
  const judgement = judgeSameJob(step, settings(seed), gate.deps, { commit: BASE_COMMIT, ref: BASE_BRANCH });
  return { step, ctx: { ...contextBase(gate), ...judgement } };
}

/**
 * The cached design on the runs of a same-job part: its base runs saved as the baseline a push to main
 * would have saved, restored from the store as a PR job would, and the PR runs judged against it. The
 * runs are the same; what changes is what the statistics must assume about them: a baseline from another
 * job may come from another machine, and with no history of past baselines that noise is a prior.
 */
export async function cachedPart(gate: DemoGate, sameJob: PartResult): Promise<ReportContext> {
  const baselineRuns = sameJob.step.measurement.baseline;
  if (baselineRuns === undefined) throw new Error('the cached part needs the base runs of a same-job part');
  const { artifact } = buildArtifact({
    commit: BASE_COMMIT,
    ref: `refs/heads/${BASE_BRANCH}`,
    branch: BASE_BRANCH,
    timeMs: Math.min(...baselineRuns.map((r) => r.startMs)),
    scenarioId: gate.scenarioId,
    scriptHash: gate.measurer.scriptHash,
    perfGateVersion: VERSION,
    environment: gate.deps.environment,
    runs: baselineRuns,
  });
  const saved = await gate.deps.store.save(artifact, artifactKey(artifact));
  if (saved.status !== 'saved') throw new Error(`could not save the demo baseline: ${saved.reason}`);
  const restored = await gate.deps.store.restore({
    scenarioId: gate.scenarioId,
    branch: BASE_BRANCH,
    sha: BASE_COMMIT,
  });
  const step: MeasureStep = {
    measurer: gate.measurer,
    measurement: {
      candidate: sameJob.step.measurement.candidate,
      generatorWarnings: sameJob.step.measurement.generatorWarnings,
    },
  };
  const { judgement } = judgeAgainstArtifact(
    step,
    restored,
    { ...settings(gate.plan.seeds.regression), strictEnvironment: false },
    gate.deps,
  );
  return { ...contextBase(gate), ...judgement };
}
