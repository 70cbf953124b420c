#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-ZV2FGOYQ.js";
import {
  SavedReportError
} from "./chunks/chunk-ALMLCEKU.js";
import {
  UsageError
} from "./chunks/chunk-FOROKINH.js";
import {
  ExitCode
} from "./chunks/chunk-FE3AFNVO.js";
import {
  InputError,
  InvalidInputsError
} from "./chunks/chunk-EXB2D2B4.js";
import "./chunks/chunk-3QD6O3PJ.js";
import {
  ScenarioError
} from "./chunks/chunk-2G63RYHN.js";
import {
  WarmupTooLongError
} from "./chunks/chunk-JTRRB6RP.js";
import "./chunks/chunk-3GBNS6AV.js";
import {
  RunFileError
} from "./chunks/chunk-KXACUDTB.js";
import "./chunks/chunk-PJLTGONB.js";
import "./chunks/chunk-IEL6FNXH.js";
import "./chunks/chunk-HMXL2AK5.js";

// src/cli/io.ts
function useColor(env, isTty) {
  return isTty && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb";
}
function processIo() {
  const results = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => typeof chunk === "string" && chunk.startsWith("::debug::") ? true : process.stderr.write(chunk, ...rest));
  return {
    out: (text) => results(text.endsWith("\n") ? text : `${text}
`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`),
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  };
}

// src/cli/main.ts
var MAIN_HELP = `perf-gate ${VERSION}: gate changes on load-test results, with statistics that know CI is noisy.

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
var COMMANDS = {
  run: async () => {
    const { runCommand } = await import("./chunks/run-5Z3W27NZ.js");
    return runCommand;
  },
  compare: async () => {
    const { compareCommand } = await import("./chunks/compare-57EJ4OJ3.js");
    return compareCommand;
  },
  report: async () => {
    const { reportCommand } = await import("./chunks/report-ZPCHUCVB.js");
    return reportCommand;
  }
};
var INPUT_ERRORS = [
  UsageError,
  InputError,
  InvalidInputsError,
  ScenarioError,
  RunFileError,
  SavedReportError,
  WarmupTooLongError
];
async function runCli(argv, io2, color) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.out(MAIN_HELP);
    return name === void 0 ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === "--version" || name === "-v") {
    io2.out(VERSION);
    return ExitCode.Pass;
  }
  const load = COMMANDS[name];
  if (load === void 0) {
    io2.err(
      `perf-gate: unknown command '${name}' (commands: ${Object.keys(COMMANDS).join(", ")}; see perf-gate --help)`
    );
    return ExitCode.Usage;
  }
  try {
    return await (await load())(rest, io2, color);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io2.err(`perf-gate ${name}: ${message}`);
    if (INPUT_ERRORS.some((kind) => error instanceof kind)) {
      if (error instanceof UsageError) io2.err(`see perf-gate ${name} --help`);
      return ExitCode.Usage;
    }
    return ExitCode.MeasurementFailed;
  }
}

// src/cli.ts
var io = processIo();
process.exitCode = await runCli(process.argv.slice(2), io, useColor(io.env, process.stdout.isTTY === true));
