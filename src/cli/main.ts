import { ScenarioError } from '../engine/embedded/scenario-error.ts';
import { InputError, InvalidInputsError } from '../inputs/errors.ts';
import { UsageError } from '../inputs/flags.ts';
import { ExitCode } from '../judge/policy.ts';
import { SavedReportError } from '../judge/saved-report-error.ts';
import { RunFileError } from '../results/errors.ts';
import { WarmupTooLongError } from '../results/warmup.ts';
import { VERSION } from '../version.ts';
import type { CliIo } from './io.ts';

const MAIN_HELP = `perf-gate ${VERSION}: gate changes on load-test results, with statistics that know CI is noisy.

Usage: perf-gate COMMAND [options]   (perf-gate COMMAND --help for each)

Commands:
  run SCRIPT                 run a k6 script or a scenario file several times; with --baseline-target-url,
                             measure base and PR builds in interleaved pairs and judge
  compare BASELINE CANDIDATE compare two sets of runs (k6 --out json files, .gz, summary exports, saved
                             runs or baselines; a directory or a comma-separated list per side)
  report SAVED               render a saved comparison as a table, markdown, the PR comment or JSON

Exit codes: 0 pass, 1 regression or SLO breach, 2 usage or input error, 3 inconclusive,
4 the measurement failed (k6 error, target unreachable).
Progress goes to stderr, results to stdout. NO_COLOR disables colour.`;

type Command = (argv: string[], io: CliIo, color: boolean) => Promise<number>;

/**
 * Each command's module is loaded when that command runs: start-up CPU counts (the embedded engine's CPU is
 * measured whole process, and it shares the runner with the service), and a command needs little of the
 * others' code (judging, report rendering, saved reports).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => {
    const { runCommand } = await import('./commands/run.ts');
    return runCommand;
  },
  compare: async () => {
    const { compareCommand } = await import('./commands/compare.ts');
    return compareCommand;
  },
  report: async () => {
    const { reportCommand } = await import('./commands/report.ts');
    return reportCommand;
  },
};

/** Bad input (flags, files, scenario fields) is the user's to fix: exit 2. Anything else broke the run: exit 4. */
const INPUT_ERRORS = [
  UsageError,
  InputError,
  InvalidInputsError,
  ScenarioError,
  RunFileError,
  SavedReportError,
  WarmupTooLongError,
];

export async function runCli(argv: string[], io: CliIo, color: boolean): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name === undefined ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return ExitCode.Pass;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.err(
      `perf-gate: unknown command '${name}' (commands: ${Object.keys(COMMANDS).join(', ')}; see perf-gate --help)`,
    );
    return ExitCode.Usage;
  }
  try {
    return await (await load())(rest, io, color);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`perf-gate ${name}: ${message}`);
    if (INPUT_ERRORS.some((kind) => error instanceof kind)) {
      if (error instanceof UsageError) io.err(`see perf-gate ${name} --help`);
      return ExitCode.Usage;
    }
    return ExitCode.MeasurementFailed;
  }
}
