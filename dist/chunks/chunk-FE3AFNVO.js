import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/judge/policy.ts
function checkConclusion(verdict, policy) {
  switch (verdict) {
    case "pass":
      return "success";
    case "fail":
      return policy.failOnRegression ? "failure" : "neutral";
    case "inconclusive":
      return policy.onInconclusive;
    case "no-baseline":
      return "neutral";
  }
}
function stepFailure(verdict, policy) {
  if (checkConclusion(verdict, policy) !== "failure") return void 0;
  return verdict === "fail" ? "perf-gate: regression or SLO breach" : "perf-gate: inconclusive (on-inconclusive: failure)";
}
var ExitCode = {
  Pass: 0,
  /** a regression or an SLO breach */
  Fail: 1,
  /** bad usage or bad input (a flag, a file) */
  Usage: 2,
  /** inconclusive, or nothing to compare with */
  Inconclusive: 3,
  /** the measurement itself failed: k6 exited with an error, the target was unreachable */
  MeasurementFailed: 4
};
function exitCodeFor(verdict) {
  if (verdict === "pass") return ExitCode.Pass;
  if (verdict === "fail") return ExitCode.Fail;
  return ExitCode.Inconclusive;
}

export {
  checkConclusion,
  stepFailure,
  ExitCode,
  exitCodeFor
};
