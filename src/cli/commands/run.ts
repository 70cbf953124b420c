import { join, resolve } from 'node:path';
import { collectEnvironment } from '../../baseline/environment.ts';
import { givenBaseline } from '../../baseline/given-file.ts';
import { Inputs } from '../../constants.ts';
import { claimOutDir } from '../../delivery/out-dir.ts';
import { type EngineLogger, streamLogger } from '../../engine/logger.ts';
import { type ActionConfig, readActionConfig } from '../../inputs/config.ts';
import {
  flagLabels,
  inputGetter,
  type ParsedFlags,
  parseFlags,
  requireOne,
  UsageError,
} from '../../inputs/flags.ts';
import { RUN_FLAGS, RUN_HELP } from '../../inputs/run-flags.ts';
import { judgingOf } from '../../judge/judge.ts';
import { ExitCode, exitCodeFor } from '../../judge/policy.ts';
import { judgePullRequest, pullRequestBuilds } from '../../judge/pull-request.ts';
import { prepareMeasuring } from '../../measure/from-config.ts';
import { createMeasurer } from '../../measure/measurer.ts';
import type { MeasureStep } from '../../measure/with-services.ts';
import { writeRuns } from '../../results/write-runs.ts';
import { ServiceError, SIDE_LABEL } from '../../service/session.ts';
import { VERSION } from '../../version.ts';
import type { CliIo } from '../io.ts';

export async function runCommand(argv: string[], io: CliIo, color: boolean): Promise<number> {
  const flags = parseFlags(argv, RUN_FLAGS);
  if (flags.values.help) {
    io.out(RUN_HELP);
    return ExitCode.Pass;
  }
  const script = requireOne(flags, 'script or scenario file');
  const config = readActionConfig(
    inputGetter(flags, RUN_FLAGS, { [Inputs.Script]: script, [Inputs.Mode]: 'compare' }),
    flagLabels(RUN_FLAGS),
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
  const measure = await prepareMeasuring(config, { ...place, workspace: io.cwd, createMeasurer });
  const seed = config.seed ?? 1;
  const baseRef = flags.values['base-ref'];
  if (baseRef !== undefined && config.service === undefined)
    throw new UsageError('--base-ref needs --start (perf-gate starts the base build from that commit)');
  const measuring = { environment: collectEnvironment(), version: VERSION };
  const judging = judgingOf(config, seed, { measuring, logger, now: Date.now });
  const baselineFile = flags.values.baseline as string | undefined; // a string flag: one string or none
  const restored = await givenBaseline(baselineFile, config.design, io.cwd, judging.now());
  const baseSha = typeof baseRef === 'string' ? baseRef : undefined;
  const profiles = { dir: join(outDir, 'profile'), env: io.env };
  let step: MeasureStep;
  try {
    step = await measure(seed, pullRequestBuilds(config, restored, judging, baseSha, profiles));
  } catch (error) {
    if (error instanceof ServiceError && error.output.trim() !== '')
      io.err(`last lines of the ${SIDE_LABEL[error.side]}'s output:\n${error.output}`);
    throw error;
  }
  const { measurement } = step;
  if (measurement.baseline === undefined && restored?.status !== 'found')
    return await printSnapshot(step, outDir, flags, io, logger);
  if (measurement.baseline) await writeRuns(join(outDir, 'base'), measurement.baseline);
  await writeRuns(join(outDir, 'pr'), measurement.candidate);
  const baseName = baseSha ?? config.baselineTargetUrl ?? 'base';
  // loaded after the load, and only when there is something to judge: start-up CPU is the generator's CPU
  const [{ reportContext, reportHeader }, { reportVerdict }, { profileLines }, { renderCliReport }] =
    await Promise.all([
      import('../../judge/context.ts'),
      import('../../report/headline.ts'),
      import('../../report/sections/profile.ts'),
      import('../../report/terminal.ts'),
    ]);
  const judgement = judgePullRequest(step, restored, { commit: 'base', ref: baseName }, judging);
  const judged = {
    scenario: { id: config.scenarioId, name: script },
    candidate: { commit: 'PR', ref: config.targetUrl ?? io.cwd },
  };
  const ctx = reportContext(
    reportHeader(config, judged, { nowMs: Date.now(), version: VERSION }),
    judgement,
    step,
  );
  io.out(renderCliReport(ctx, { json: flags.values.json === true, color }));
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
  const { renderSnapshot } = await import('../../report/snapshot.ts');
  const snapshot = renderSnapshot(
    measurement.candidate,
    measurement.cpu?.cpuCount ?? 1,
    flags.values.json === true,
  );
  for (const line of snapshot.services) io.err(line);
  await writeRuns(join(outDir, 'pr'), measurement.candidate);
  io.out(snapshot.figures);
  io.err(`results: ${join(outDir, 'pr')}`);
  return ExitCode.Pass;
}
