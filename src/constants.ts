/** Every action input and output name, defined once (action.yml must match: a test checks it). */
export const Inputs = {
  Script: 'script',
  Engine: 'engine',
  Runs: 'runs',
  Warmup: 'warmup',
  TargetUrl: 'target-url',
  BaselineTargetUrl: 'baseline-target-url',
  TargetEnv: 'target-env',
  Env: 'env',
  K6Version: 'k6-version',
  K6Path: 'k6-path',
  K6DownloadUrl: 'k6-download-url',
  K6Flags: 'k6-flags',
  RunTimeout: 'run-timeout',
  Tolerances: 'tolerances',
  Slos: 'slos',
  Confidence: 'confidence',
  MaxBaselineCv: 'max-baseline-cv',
  MaxErrorRate: 'max-error-rate',
  OnInconclusive: 'on-inconclusive',
  FailOnRegression: 'fail-on-regression',
  Mode: 'mode',
  BaselineKey: 'baseline-key',
  BaselineBranch: 'baseline-branch',
  HistorySize: 'history-size',
  StrictEnvironment: 'strict-environment',
  CheckName: 'check-name',
  Comment: 'comment',
  TrackDrift: 'track-drift',
  GithubToken: 'github-token',
  Seed: 'seed',
  ReportDir: 'report-dir',
} as const;

export const Outputs = {
  Verdict: 'verdict',
  Headline: 'headline',
  ReportPath: 'report-path',
  MarkdownPath: 'markdown-path',
  BaselineCommit: 'baseline-commit',
  BaselineAgeSeconds: 'baseline-age-seconds',
  Regressions: 'regressions',
  Deltas: 'deltas',
  BaselineSaved: 'baseline-saved',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];
