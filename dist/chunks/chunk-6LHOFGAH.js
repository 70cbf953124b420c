import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/constants.ts
var Inputs = {
  Script: "script",
  Results: "results",
  Engine: "engine",
  Runs: "runs",
  Warmup: "warmup",
  TargetUrl: "target-url",
  BaselineTargetUrl: "baseline-target-url",
  TargetEnv: "target-env",
  Env: "env",
  K6Version: "k6-version",
  K6Path: "k6-path",
  K6DownloadUrl: "k6-download-url",
  K6Flags: "k6-flags",
  RunTimeout: "run-timeout",
  Tolerances: "tolerances",
  Slos: "slos",
  Confidence: "confidence",
  MaxBaselineCv: "max-baseline-cv",
  MaxErrorRate: "max-error-rate",
  OnInconclusive: "on-inconclusive",
  FailOnRegression: "fail-on-regression",
  Mode: "mode",
  BaselineKey: "baseline-key",
  BaselineBranch: "baseline-branch",
  HistorySize: "history-size",
  StrictEnvironment: "strict-environment",
  CheckName: "check-name",
  Comment: "comment",
  TrackDrift: "track-drift",
  GithubToken: "github-token",
  Seed: "seed",
  ReportDir: "report-dir"
};
var Outputs = {
  Verdict: "verdict",
  Headline: "headline",
  ReportPath: "report-path",
  MarkdownPath: "markdown-path",
  BaselineCommit: "baseline-commit",
  BaselineAgeSeconds: "baseline-age-seconds",
  Regressions: "regressions",
  Deltas: "deltas",
  BaselineSaved: "baseline-saved"
};

// src/inputs/errors.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`${actionInputLabel(input)}: ${problem}`);
    this.input = input;
    this.problem = problem;
    this.name = "InputError";
  }
  input;
  problem;
};
function actionInputLabel(input) {
  return `input '${input}'`;
}
var InvalidInputsError = class extends Error {
  constructor(problems) {
    super(`invalid inputs:
- ${problems.join("\n- ")}`);
    this.problems = problems;
    this.name = "InvalidInputsError";
  }
  problems;
};

// src/duration.ts
var DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600 };
var DURATION_EXAMPLES = "write e.g. 30s, 2m, 1m30s or 500ms";
function durationSeconds(raw) {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const compact = text.replace(/\s+/g, "");
  let seconds = 0;
  let consumed = 0;
  for (const m of compact.matchAll(DURATION_PART)) {
    if (m.index !== consumed) break;
    seconds += Number(m[1]) * UNIT_SECONDS[m[2]];
    consumed += m[0].length;
  }
  return compact === "" || consumed !== compact.length ? void 0 : seconds;
}

export {
  Inputs,
  Outputs,
  InputError,
  actionInputLabel,
  InvalidInputsError,
  DURATION_EXAMPLES,
  durationSeconds
};
