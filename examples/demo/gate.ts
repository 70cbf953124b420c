import { relative } from 'node:path';
import type { GateDeps } from '../../src/action/deps.ts';
import { buildArtifact } from '../../src/baseline/artifact.ts';
import { collectEnvironment } from '../../src/baseline/environment.ts';
import { FsBaselineStore } from '../../src/baseline/fs-store.ts';
import { artifactKey } from '../../src/baseline/store.ts';
import type { EngineLogger } from '../../src/engine/logger.ts';
import { DEFAULT_MAX_ERROR_RATE } from '../../src/inputs/config.ts';
import type { GateSettings } from '../../src/inputs/gate-options.ts';
import { type ReportHeader, reportContext } from '../../src/judge/context.ts';
import { judgeAgainstArtifact, judgeSameJob } from '../../src/judge/judge.ts';
import { profilingRequest } from '../../src/judge/profiling.ts';
import { confirmationRule } from '../../src/judge/pull-request.ts';
import { createMeasurer, type Measurer } from '../../src/measure/measurer.ts';
import { type MeasureStep, measureWithServices } from '../../src/measure/with-services.ts';
import type { ReportContext } from '../../src/report/context.ts';
import type { ServiceSpec } from '../../src/service/session.ts';
import { VERSION } from '../../src/version.ts';
import type { ServiceOptions } from '../service/server.mjs';
import type { DemoPlan } from './plan.ts';
import { type DemoRepo, START_COMMAND } from './repo.ts';

const BASE_BRANCH = 'main';

/**
 * How perf-gate runs the demo's builds, as a workflow would write it: `start: sh start.sh` and
 * `ready: /health`; perf-gate picks the ports and passes PORT.
 */
const SERVICE_SPEC: ServiceSpec = {
  start: START_COMMAND,
  ready: { kind: 'http', path: '/health' },
  readyTimeoutSeconds: 30,
  workingDirectory: '.',
  urlTemplate: 'http://127.0.0.1:{port}',
};

/** What every part of the demo judges with: the Action's own dependencies, without GitHub. */
export interface DemoGate {
  deps: GateDeps;
  measurer: Measurer;
  plan: DemoPlan;
  scenarioId: string;
  repo: DemoRepo;
}

/**
 * The embedded-engine measurer for the plan's scenario, and the dependencies the Action's judging steps
 * take: a baseline store in `workDir` (the cached part saves to it and restores from it), this machine's
 * fingerprint, the real clock. Nothing is posted anywhere.
 */
export async function prepareGate(
  plan: DemoPlan,
  logger: EngineLogger,
  workDir: string,
  repo: DemoRepo,
): Promise<DemoGate> {
  const measurer = await createMeasurer('embedded', {
    script: plan.scenarioFile,
    warmupSeconds: 0, // the scenario's own warm-up
    outDir: workDir,
    logger,
    // the Action's default run-timeout (the embedded engine refuses a scenario longer than it)
    k6: { flags: [], timeoutSeconds: 600, env: {}, targetEnv: 'BASE_URL' },
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
  return { deps, measurer, plan, scenarioId: plan.scenario.name, repo };
}

function settings(seed: number): GateSettings {
  return { tolerances: [], slos: [], maxErrorRate: DEFAULT_MAX_ERROR_RATE, seed };
}

/** The report header the Action fills from its config and runner (src/action/report-header.ts). */
function contextBase(gate: DemoGate, prCommit: string): ReportHeader {
  return {
    scenario: {
      id: gate.scenarioId,
      name: relative(process.cwd(), gate.plan.scenarioFile) || gate.plan.scenarioFile,
    },
    candidate: { commit: prCommit, ref: 'demo-pr' },
    nowMs: gate.deps.now(),
    version: VERSION,
    secrets: [],
  };
}

export interface PartResult {
  step: MeasureStep;
  ctx: ReportContext;
  prCommit: string;
}

/**
 * The same-job design, as the Action runs it on a pull request with `start`: the PR build committed and
 * checked out, the base commit in a worktree beside it, both started on free ports and measured in
 * interleaved pairs (seeded AB/BA orders) after a warm-up run each, more pairs while undecided, judged as
 * paired ratios; both services
 * stopped and the worktree removed afterwards, also on failure or Ctrl-C.
 */
export async function sameJobPart(
  gate: DemoGate,
  pr: { message: string; build: ServiceOptions; server?: string },
  seed: number,
  profileDir?: string,
): Promise<PartResult> {
  const prCommit = gate.repo.commitPrBuild(pr.message, pr.build, pr.server);
  // with `profileDir`: the Action's default `profile: on-regression`, its files written there
  const profiling =
    profileDir === undefined
      ? undefined
      : profilingRequest(
          { profiling: { mode: 'on-regression' }, secrets: [], token: '', env: {} },
          settings(seed),
          profileDir,
          process.env,
        );
  const measurement = await measureWithServices(
    gate.measurer,
    { service: SERVICE_SPEC, resources: {}, runs: gate.plan.pairs, maxRuns: gate.plan.maxPairs },
    { workspace: gate.repo.dir, logger: gate.deps.logger },
    seed,
    { baseSha: gate.repo.base, profiling, needMore: confirmationRule(settings(seed)) },
  );
  const step: MeasureStep = { measurer: gate.measurer, measurement };
  const judgement = judgeSameJob(step, settings(seed), gate.deps.logger, {
    commit: gate.repo.base,
    ref: BASE_BRANCH,
    timeMs: gate.deps.now(),
  });
  return { step, ctx: reportContext(contextBase(gate, prCommit), judgement, step), prCommit };
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
    commit: gate.repo.base,
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
    sha: gate.repo.base,
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
    gate.deps.logger,
  );
  return reportContext(contextBase(gate, sameJob.prCommit), judgement);
}
