import { resolve } from 'node:path';
import { Inputs } from '../../constants.ts';
import { streamLogger } from '../../engine/logger.ts';
import { readActionConfig } from '../../inputs/config.ts';
import { InputError } from '../../inputs/errors.ts';
import { gateSettingsOf } from '../../inputs/gate-options.ts';
import { reportContext } from '../../judge/context.ts';
import { judgeFiles } from '../../judge/judge.ts';
import { ExitCode, exitCodeFor } from '../../judge/policy.ts';
import { savedReportJson } from '../../judge/saved-report.ts';
import { loadSide } from '../../measure/side-files.ts';
import { reportVerdict } from '../../report/headline.ts';
import { buildReportJson } from '../../report/json.ts';
import { renderSummary } from '../../report/summary.ts';
import { renderTerminalTable } from '../../report/terminal.ts';
import { cutFileNotes } from '../../results/types.ts';
import type { Design } from '../../stats/types.ts';
import { VERSION } from '../../version.ts';
import { type FlagSpec, flagLabels, inputGetter, parseFlags, UsageError } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { assertWritableFile, writeOutputFile } from '../output-file.ts';
import { GATE_FLAGS, GATE_FLAGS_HELP } from './gate-flags.ts';

const FLAGS: Record<string, FlagSpec> = {
  design: {},
  warmup: {},
  'load-model': {},
  'target-url': {},
  'baseline-target-url': {},
  markdown: {},
  save: {},
  ...GATE_FLAGS,
};

export const COMPARE_HELP = `Usage: perf-gate compare BASELINE CANDIDATE [options]

Compares two sets of runs and prints the verdict. Each side is a file, a directory of run files, or a
comma-separated list: k6 --out json files (plain or .gz), JMeter .jtl results (CSV with a header line, or
XML; plain or .gz), Locust per-request files (support/perf_gate_requests.py) or Locust PREFIX_stats.csv,
k6 --summary-export files (Locust's and k6's summaries hold quantiles only: lower fidelity, said so in the
report), runs saved by \`perf-gate run\`, or a saved baseline (its history then informs the between-job noise).

  --design cached|same-job  cached (default): the baseline was measured in another job, likely on another
                           machine; same-job: both sides were measured in this job, run i of each side
                           forming pair i
  --warmup DURATION        drop the first seconds of each k6 run
  --load-model open|closed   the load model of both sides' runs: closed gates throughput (the capacity
                           signal), open does not; default: what the files show (k6's default scenario,
                           Locust's per-request file), else unknown (throughput reported, not gated)
  --target-url URL         where the candidate's load went; requests named by full URL (k6's default) are
                           matched across sides by the part after it, so base and PR on other ports or
                           paths match (default: the host most requests went to; other hosts keep theirs)
  --baseline-target-url URL  where the baseline's load went (default: --target-url)
  --markdown FILE          also write the full markdown report to FILE
  --save FILE              save the comparison for \`perf-gate report\`

${GATE_FLAGS_HELP}

Exit codes: 0 pass, 1 regression or SLO breach, 2 usage or input error, 3 inconclusive.`;

export async function compareCommand(argv: string[], io: CliIo, color: boolean): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
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
    inputGetter(flags, FLAGS, { [Inputs.Mode]: 'report', [Inputs.Design]: '' }),
    flagLabels(FLAGS),
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

  const sides = { baseline: `the baseline (${baselineSpec})`, candidate: `the candidate (${candidateSpec})` };
  const judged = judgeFiles(
    {
      baseline: baseline.runs,
      candidate: candidate.runs,
      history: baseline.history,
      notes: cutFileNotes([...baseline.runs, ...candidate.runs]),
    },
    design,
    gateSettingsOf(config, config.seed ?? 1),
    sides,
    streamLogger(io.stderr),
  );
  const header = {
    scenario: { id: 'cli', name: `${baselineSpec} vs ${candidateSpec}` },
    candidate: { commit: 'candidate', ref: candidateSpec },
    nowMs: Date.now(),
    version: VERSION,
    secrets: config.secrets,
  };
  const ctx = reportContext(header, {
    ...judged,
    baseline: {
      commit: baseline.baseline?.commit ?? 'baseline',
      ref: baseline.baseline?.ref ?? baselineSpec,
      // a run read from a k6 summary export has no start time (0): its age is unknown, not 56 years
      timeMs:
        baseline.baseline?.timeMs ?? (baseline.runs[0]!.startMs > 0 ? baseline.runs[0]!.startMs : undefined),
      source: design === 'same-job' ? 'same-job' : 'cache newest of branch',
    },
  });
  for (const { flag, path } of outputs) {
    await writeOutputFile(flag, path, flag === 'markdown' ? renderSummary(ctx) : savedReportJson(ctx));
  }
  io.out(
    flags.values.json ? JSON.stringify(buildReportJson(ctx), null, 2) : renderTerminalTable(ctx, { color }),
  );
  return exitCodeFor(reportVerdict(ctx));
}
