import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  renderCommentBody
} from "./chunk-MPH5FRCE.js";
import {
  SAVED_REPORT_FILE,
  readSavedReport,
  renderSummary
} from "./chunk-YT54YFY2.js";
import {
  renderTerminalTable
} from "./chunk-NKUDTHKW.js";
import {
  buildReportJson
} from "./chunk-DYGKSEII.js";
import {
  reportVerdict
} from "./chunk-5KKGYJ4E.js";
import "./chunk-EWDJBB73.js";
import "./chunk-FXMSLKV4.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-QE7TBEWJ.js";
import "./chunk-6374IUCB.js";
import "./chunk-DOXB56IE.js";
import "./chunk-6NDA6WUM.js";
import {
  SavedReportError
} from "./chunk-ALMLCEKU.js";
import {
  UsageError,
  parseFlags,
  requireOne
} from "./chunk-FOROKINH.js";
import {
  ExitCode,
  exitCodeFor
} from "./chunk-FE3AFNVO.js";
import "./chunk-3QD6O3PJ.js";
import "./chunk-CCUFI3I3.js";
import "./chunk-RHZWF6LV.js";
import "./chunk-KXACUDTB.js";
import "./chunk-PJLTGONB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/cli/commands/report.ts
import { resolve } from "node:path";
var FORMATS = ["terminal", "markdown", "comment", "json"];
var FLAGS = {
  format: { short: "f" },
  help: { boolean: true, short: "h" }
};
var REPORT_HELP = `Usage: perf-gate report SAVED [--format terminal|markdown|comment|json]

Renders a saved comparison again: the ${SAVED_REPORT_FILE} that \`perf-gate compare --save\` or the Action
(in its report-dir) wrote. SAVED is that file or the directory holding it.

  -f, --format F   terminal (default): the verdict table; markdown: the full report (job summary);
                   comment: the PR comment; json: report.json

Exit codes: the saved verdict's (0 pass, 1 fail, 3 inconclusive or no baseline), 2 usage or input error.`;
async function reportCommand(argv, io, color) {
  const flags = parseFlags(argv, FLAGS);
  if (flags.values.help) {
    io.out(REPORT_HELP);
    return ExitCode.Pass;
  }
  const format = String(flags.values.format ?? "terminal");
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format: '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  const path = resolve(io.cwd, requireOne(flags, "saved report"));
  const saved = await readSavedReport(path);
  const ctx = saved.context;
  const render = {
    terminal: () => renderTerminalTable(ctx, { color }),
    markdown: () => renderSummary(ctx),
    comment: () => renderCommentBody(ctx),
    json: () => JSON.stringify(buildReportJson(ctx), null, 2)
  }[format];
  let text;
  try {
    text = render();
  } catch (error) {
    throw new SavedReportError(
      `${path} could not be rendered (${error.message}): the file is damaged`
    );
  }
  io.out(text);
  return exitCodeFor(reportVerdict(ctx));
}
export {
  reportCommand
};
