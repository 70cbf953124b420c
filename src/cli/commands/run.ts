import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BaselineArtifact, decodeArtifact } from '../../baseline/artifact.ts';
import { collectEnvironment } from '../../baseline/environment.ts';
import type { RestoreResult } from '../../baseline/store.ts';
import { Inputs } from '../../constants.ts';
import { type EngineLogger, streamLogger } from '../../engine/logger.ts';
import { type ActionConfig, readActionConfig } from '../../inputs/config.ts';
import { reportContext } from '../../judge/context.ts';
import { judgingOf } from '../../judge/judge.ts';
import { ExitCode, exitCodeFor } from '../../judge/policy.ts';
import { profilingRequest } from '../../judge/profiling.ts';
import { confirmationCall, confirmationRule, judgePullRequest } from '../../judge/pull-request.ts';
import { measurerSettingsOf } from '../../measure/from-config.ts';
import { createMeasurer } from '../../measure/measurer.ts';
import type { Measurement } from '../../measure/plan.ts';
import { type MeasureStep, measureWithServices } from '../../measure/with-services.ts';
import { serviceSides } from '../../report/derived-context.ts';
import { reportVerdict } from '../../report/headline.ts';
import { buildReportJson } from '../../report/json.ts';
import { profileLines } from '../../report/sections/profile.ts';
import { snapshotSeries } from '../../report/snapshot.ts';
import { renderSnapshotTable } from '../../report/snapshot-table.ts';
import { renderTerminalTable } from '../../report/terminal.ts';
import { serializeRun } from '../../results/serialize.ts';
import type { RunResult } from '../../results/types.ts';
import { ServiceError, SIDE_LABEL } from '../../service/session.ts';
import { VERSION } from '../../version.ts';
import {
  type FlagSpec,
  flagLabels,
  inputGetter,
  type ParsedFlags,
  parseFlags,
  requireOne,
  UsageError,
} from '../flags.ts';
import type { CliIo } from '../io.ts';
import { claimOutDir } from '../out-dir.ts';
import { GATE_FLAGS, GATE_FLAGS_HELP } from './gate-flags.ts';

const FLAGS: Record<string, FlagSpec> = {
  engine: {},
  runs: {},
  'max-runs': {},
  warmup: {},
  'load-model': {},
  'target-url': {},
  'baseline-target-url': {},
  start: {},
  build: {},
  ready: {},
  'ready-timeout': {},
  'working-directory': {},
  'base-ref': {},
  design: {},
  baseline: {},
  profile: {},
  'profile-command': {},
  'service-pid': {},
  'baseline-service-pid': {},
  'service-container': {},
  'baseline-service-container': {},
  'target-env': {},
  env: { multiple: true, short: 'e' },
  k6: { input: Inputs.K6Path },
  'k6-version': {},
  'k6-download-url': {},
  'k6-flags': {},
  jmeter: { input: Inputs.JmeterPath },
  locust: { input: Inputs.LocustPath },
  'engine-flags': {},
  'run-timeout': {},
  out: { short: 'o' },
  ...GATE_FLAGS,
};

export const RUN_HELP = `Usage: perf-gate run SCRIPT [options]

Runs a k6 script (or an embedded-engine scenario file .yml/.json, a JMeter plan .jmx, a locustfile .py)
against a build, several times, and
writes each run's result to the output directory. With --baseline-target-url it measures the base and the
PR builds in interleaved pairs (the same-job design) and prints the verdict.

Load:
  --engine auto|k6|embedded|jmeter|locust
                           default auto: .yml/.json → embedded, .jmx → jmeter, .py → locust, else k6
  --runs N                 runs (pairs with --baseline-target-url), default 3
  --max-runs N             same-job: budget of pairs when the planned ones cannot decide (two more at a
                           time, error rates held over all looks), default 15; equal to --runs turns it off
  --warmup DURATION        seconds at the start of each run not measured, e.g. 10s
  --load-model open|closed   the load model, when the script or plan does not show it (or shows it
                           wrongly); default: inferred (k6 inspect, the JMeter plan, Locust wait times)
  --target-url URL         the build under test (k6: the variable named by --target-env; JMeter:
                           -Jprotocol/-Jhost/-Jport/-JbasePath; Locust: --host)
  --baseline-target-url URL  the base build, measured beside it in this job
  --target-env NAME        the variable your k6 script reads its base URL from (default BASE_URL)

Service (perf-gate runs it, and reads its CPU and memory):
  --start CMD              start the service, with PORT set ({port} replaced); --target-url may use {port}
  --build CMD              run first in each checkout, e.g. "npm ci"
  --ready PATH|CMD         an HTTP path answering 2xx (/health) or a command exiting 0 (default: port open)
  --ready-timeout DURATION how long the service may take to get ready (default 60s)
  --working-directory DIR  where build, start and ready run, relative to each checkout (default .)
  --base-ref REF           with --start: also check out REF in a git worktree beside this one and measure
                           it as the base build, in interleaved pairs; stopped and removed afterwards
  --design same-job|cached
                           with --base-ref: same-job (default) measures both builds in pairs; cached
                           measures the PR build alone against --baseline first and confirms a
                           regression, an inconclusive verdict or a missing baseline in the same job
                           (both comparisons are printed; the same job's verdict decides)
  --baseline FILE          a saved baseline (baseline.json as the Action's cache holds it): the PR build
                           is judged against it (cached design); with --base-ref in the same-job design
                           it adds the trend line
  --profile on-regression|always|never
                           with --base-ref: after a regression or SLO breach (default), always or never,
                           one more pair with profilers attached to both builds; the top functions by
                           added self time per request are printed, the profiles, diff.json and flame.svg
                           written to DIR/profile. Built in for Node services; never changes the verdict
  --profile-command CMD    a profiler for any language, run beside each profiled run: {pid}, {seconds},
                           {out} substituted (py-spy, Go pprof, …: docs/profiling.md)
  --service-pid PID|FILE   a service you started: its process tree's CPU and memory (from /proc)
  --baseline-service-pid PID|FILE      the same for the base build (with --baseline-target-url)
  --service-container NAME|ID          a service in a container: its cgroup's CPU and memory
  --baseline-service-container NAME|ID the same for the base build
  -e, --env NAME=VALUE     variable for the k6 script, repeatable
  --k6 PATH                k6 binary to use (otherwise the tool cache or a verified download)
  --k6-version V           k6 version to install (default: the pinned one; 'latest')
  --k6-download-url URL    base URL of k6 release archives (mirrors)
  --k6-flags FLAGS         extra flags for every k6 run
  --jmeter PATH            jmeter to use (default: the one on PATH)
  --locust PATH            locust to use (default: the one on PATH)
  --engine-flags FLAGS     extra flags for every jmeter or locust run (Locust default: -u 10 -r 10 -t 30s)
  --run-timeout DURATION   time limit of one run (default 10m)
  -o, --out DIR            where results go (default ./perf-gate-results). perf-gate owns it: an earlier
                           run's results there are cleared, files it did not write make it refuse, and
                           a second run into it at the same time is refused

${GATE_FLAGS_HELP}

Exit codes: 0 measured (same-job: pass), 1 regression or SLO breach, 2 usage or input error,
3 inconclusive, 4 the measurement failed (k6, JMeter or Locust error, target unreachable, every request of
a run failed, the target died during a run, a run past --run-timeout).`;

async function writeRuns(dir: string, runs: RunResult[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, run] of runs.entries()) {
    await writeFile(join(dir, `run-${i + 1}.result.json`), `${JSON.stringify(serializeRun(run))}\n`);
  }
}

export async function runCommand(argv: string[], io: CliIo, color: boolean): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  if (flags.values.help) {
    io.out(RUN_HELP);
    return ExitCode.Pass;
  }
  const script = requireOne(flags, 'script or scenario file');
  const config = readActionConfig(
    inputGetter(flags, FLAGS, { [Inputs.Script]: script, [Inputs.Mode]: 'compare' }),
    flagLabels(FLAGS),
  );
  const outDir = resolve(io.cwd, String(flags.values.out ?? 'perf-gate-results'));
  const claimed = await claimOutDir(outDir);
  if (claimed.staleLockPid !== undefined) {
    io.err(
      `${outDir}: took over the lock of perf-gate run ${claimed.staleLockPid}, which is no longer running`,
    );
  }
  if (claimed.cleared.length > 0) {
    io.err(`${outDir}: cleared the results of an earlier run (${claimed.cleared.join(', ')})`);
  }
  try {
    return await measureInto(outDir, config, flags, script, io, color);
  } finally {
    await claimed.release();
  }
}

async function measureInto(
  outDir: string,
  config: ActionConfig,
  flags: ParsedFlags,
  script: string,
  io: CliIo,
  color: boolean,
): Promise<number> {
  const logger = streamLogger(io.stderr);
  const token = io.env.GITHUB_TOKEN ?? '';
  const place = {
    outDir: join(outDir, 'raw'),
    logger,
    apiUrl: io.env.GITHUB_API_URL,
    token,
    processEnv: io.env,
  };
  const measurer = await createMeasurer(config.engine, measurerSettingsOf(config, place));
  const seed = config.seed ?? 1;
  const baseRef = flags.values['base-ref'];
  if (baseRef !== undefined && config.service === undefined)
    throw new UsageError('--base-ref needs --start (perf-gate starts the base build from that commit)');
  const measuring = { environment: collectEnvironment(), version: VERSION };
  const judging = judgingOf(config, seed, { measuring, logger, now: Date.now });
  const { settings } = judging;
  const restored = await givenBaseline(flags, config, io.cwd, judging.now());
  let measurement: Measurement;
  try {
    measurement = await measureWithServices(measurer, config, { workspace: io.cwd, logger }, seed, {
      baseSha: typeof baseRef === 'string' ? baseRef : undefined,
      profiling: profilingRequest(config, settings, join(outDir, 'profile'), io.env),
      needMore: confirmationRule(settings),
      ...(config.design === 'cached' && restored
        ? { confirm: (first: MeasureStep) => confirmationCall(first, restored, judging) }
        : {}),
    });
  } catch (error) {
    if (error instanceof ServiceError && error.output.trim() !== '')
      io.err(`last lines of the ${SIDE_LABEL[error.side]}'s output:\n${error.output}`);
    throw error;
  }
  const step = { measurer, measurement };
  if (measurement.baseline === undefined && restored?.status !== 'found')
    return await printSnapshot(step, outDir, flags, io, logger);
  if (measurement.baseline) await writeRuns(join(outDir, 'base'), measurement.baseline);
  await writeRuns(join(outDir, 'pr'), measurement.candidate);
  const baseName = typeof baseRef === 'string' ? baseRef : (config.baselineTargetUrl ?? 'base');
  const judgement = judgePullRequest(step, restored, { commit: 'base', ref: baseName }, judging);
  const header = {
    scenario: { id: config.scenarioId, name: script },
    candidate: { commit: 'PR', ref: config.targetUrl ?? io.cwd },
    nowMs: Date.now(),
    version: VERSION,
    secrets: config.secrets,
  };
  const ctx = reportContext(header, judgement, step);
  io.out(
    flags.values.json ? JSON.stringify(buildReportJson(ctx), null, 2) : renderTerminalTable(ctx, { color }),
  );
  if (measurement.profile && !flags.values.json) {
    io.out(profileLines(measurement.profile).join('\n'));
    if (measurement.profile.files.length > 0) io.err(`profiles: ${join(outDir, 'profile')}`);
  }
  for (const s of ctx.services ?? []) io.err(`service, ${s.side}: ${s.bottleneck}`);
  return exitCodeFor(reportVerdict(ctx));
}

/** The PR build measured alone, with nothing to compare it with: its figures, and where its runs went. */
async function printSnapshot(
  { measurement }: MeasureStep,
  outDir: string,
  flags: ParsedFlags,
  io: CliIo,
  logger: EngineLogger,
): Promise<number> {
  for (const w of measurement.generatorWarnings) logger.warning(w);
  const cpuCount = measurement.cpu?.cpuCount ?? 1;
  for (const s of serviceSides([{ side: 'PR build', runs: measurement.candidate }], cpuCount))
    io.err(`service: ${s.bottleneck}`);
  await writeRuns(join(outDir, 'pr'), measurement.candidate);
  const snapshot = snapshotSeries(measurement.candidate);
  io.out(flags.values.json ? JSON.stringify(snapshot, null, 2) : renderSnapshotTable(snapshot));
  io.err(`results: ${join(outDir, 'pr')}`);
  return ExitCode.Pass;
}

/**
 * The cached baseline of `perf-gate run`: the saved baseline given with --baseline; without it, in the cached
 * design, none (so a `--base-ref` confirms in the same job); otherwise undefined (no cached comparison).
 */
async function givenBaseline(
  flags: ParsedFlags,
  config: ActionConfig,
  cwd: string,
  nowMs: number,
): Promise<RestoreResult | undefined> {
  const file = flags.values.baseline;
  if (typeof file !== 'string') {
    return config.design === 'cached'
      ? { status: 'missing', cause: 'first-run', reason: 'no --baseline was given' }
      : undefined;
  }
  const path = resolve(cwd, file);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--baseline: cannot read ${path} (${error.code ?? error.message})`);
  });
  let artifact: BaselineArtifact;
  try {
    artifact = decodeArtifact(bytes, path);
  } catch (error) {
    throw new UsageError(`--baseline: ${(error as Error).message}`);
  }
  return {
    status: 'found',
    artifact,
    key: path,
    exact: true,
    commit: artifact.commit,
    ageMs: nowMs - artifact.timeMs,
  };
}
