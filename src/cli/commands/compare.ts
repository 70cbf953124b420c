import { resolve } from 'node:path';
import { Inputs } from '../../constants.ts';
import { assertWritableFile, writeOutputFile } from '../../delivery/output-file.ts';
import { streamLogger } from '../../engine/logger.ts';
import { COMPARE_FLAGS, COMPARE_HELP } from '../../inputs/compare-flags.ts';
import { readActionConfig } from '../../inputs/config.ts';
import { InputError } from '../../inputs/errors.ts';
import { flagLabels, inputGetter, parseFlags, UsageError } from '../../inputs/flags.ts';
import { gateSettingsOf } from '../../inputs/gate-options.ts';
import { reportContext, reportHeader } from '../../judge/context.ts';
import { judgeFiles } from '../../judge/judge.ts';
import { ExitCode, exitCodeFor } from '../../judge/policy.ts';
import { savedReportJson } from '../../judge/saved-report.ts';
import { loadSide } from '../../measure/side-files.ts';
import { reportVerdict } from '../../report/headline.ts';
import { renderSummary } from '../../report/summary.ts';
import { renderCliReport } from '../../report/terminal.ts';
import type { Design } from '../../stats/types.ts';
import { VERSION } from '../../version.ts';
import type { CliIo } from '../io.ts';

export async function compareCommand(argv: string[], io: CliIo, color: boolean): Promise<number> {
  const flags = parseFlags(argv, COMPARE_FLAGS);
  if (flags.values.help) {
    io.out(COMPARE_HELP);
    return ExitCode.Pass;
  }
  if (flags.positionals.length !== 2) {
    throw new UsageError(`expected BASELINE and CANDIDATE, got ${flags.positionals.length} argument(s)`);
  }
  const design = String(flags.values.design ?? 'cached') as Design;
  if (design !== 'cached' && design !== 'same-job') {
    throw new InputError('design', `'${design}' is not one of cached, same-job`);
  }
  // The same validation as the Action's inputs; the script is not needed to compare files. (--design says how
  // the files were measured, checked above, not how perf-gate is to measure: it does not feed that input.)
  const config = readActionConfig(
    inputGetter(flags, COMPARE_FLAGS, { [Inputs.Mode]: 'report', [Inputs.Design]: '' }),
    flagLabels(COMPARE_FLAGS),
  );
  const [baselineSpec, candidateSpec] = flags.positionals as [string, string];
  const outputs = (['markdown', 'save'] as const).flatMap((flag) =>
    flags.values[flag] === undefined ? [] : [{ flag, path: resolve(io.cwd, String(flags.values[flag])) }],
  );
  for (const { flag, path } of outputs) await assertWritableFile(flag, path);
  const { warmupSeconds, loadModel } = config;
  const baseline = await loadSide(baselineSpec, io.cwd, {
    warmupSeconds,
    loadModel,
    targetUrl: config.baselineTargetUrl ?? config.targetUrl,
  });
  const candidate = await loadSide(candidateSpec, io.cwd, {
    warmupSeconds,
    loadModel,
    targetUrl: config.targetUrl,
  });

  const judged = judgeFiles(
    {
      baseline: { spec: baselineSpec, loaded: baseline },
      candidate: { spec: candidateSpec, loaded: candidate },
    },
    design,
    gateSettingsOf(config, config.seed ?? 1),
    streamLogger(io.stderr),
  );
  const judgedSides = {
    scenario: { id: 'cli', name: `${baselineSpec} vs ${candidateSpec}` },
    candidate: { commit: 'candidate', ref: candidateSpec },
  };
  const ctx = reportContext(
    reportHeader(config, judgedSides, { nowMs: Date.now(), version: VERSION }),
    judged,
  );
  for (const { flag, path } of outputs) {
    await writeOutputFile(flag, path, flag === 'markdown' ? renderSummary(ctx) : savedReportJson(ctx));
  }
  io.out(renderCliReport(ctx, { json: flags.values.json === true, color }));
  return exitCodeFor(reportVerdict(ctx));
}
