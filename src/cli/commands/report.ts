import { resolve } from 'node:path';
import { type FlagSpec, parseFlags, requireOne, UsageError } from '../../inputs/flags.ts';
import { ExitCode, exitCodeFor } from '../../judge/policy.ts';
import { readSavedReport, SAVED_REPORT_FILE } from '../../judge/saved-report.ts';
import { SavedReportError } from '../../judge/saved-report-error.ts';
import { renderCommentBody } from '../../report/comment.ts';
import { reportVerdict } from '../../report/headline.ts';
import { buildReportJson } from '../../report/json.ts';
import { renderSummary } from '../../report/summary.ts';
import { renderTerminalTable } from '../../report/terminal.ts';
import type { CliIo } from '../io.ts';

const FORMATS = ['terminal', 'markdown', 'comment', 'json'] as const;

const FLAGS: Record<string, FlagSpec> = {
  format: { short: 'f' },
  help: { boolean: true, short: 'h' },
};

const REPORT_HELP = `Usage: perf-gate report SAVED [--format terminal|markdown|comment|json]

Renders a saved comparison again: the ${SAVED_REPORT_FILE} that \`perf-gate compare --save\` or the Action
(in its report-dir) wrote. SAVED is that file or the directory holding it.

  -f, --format F   terminal (default): the verdict table; markdown: the full report (job summary);
                   comment: the PR comment; json: report.json

Exit codes: the saved verdict's (0 pass, 1 fail, 3 inconclusive or no baseline), 2 usage or input error.`;

export async function reportCommand(argv: string[], io: CliIo, color: boolean): Promise<number> {
  const flags = parseFlags(argv, FLAGS);
  if (flags.values.help) {
    io.out(REPORT_HELP);
    return ExitCode.Pass;
  }
  const format = String(flags.values.format ?? 'terminal');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: '${format}' is not one of ${FORMATS.join(', ')}`);
  }
  const path = resolve(io.cwd, requireOne(flags, 'saved report'));
  const saved = await readSavedReport(path);
  const ctx = saved.context;
  const render = {
    terminal: () => renderTerminalTable(ctx, { color }),
    markdown: () => renderSummary(ctx),
    comment: () => renderCommentBody(ctx),
    json: () => JSON.stringify(buildReportJson(ctx), null, 2),
  }[format as (typeof FORMATS)[number]];
  let text: string;
  try {
    text = render();
  } catch (error) {
    // the fields checked on reading are there; something deeper in the file is not what perf-gate wrote
    throw new SavedReportError(
      `${path} could not be rendered (${(error as Error).message}): the file is damaged`,
    );
  }
  io.out(text);
  return exitCodeFor(reportVerdict(ctx));
}
