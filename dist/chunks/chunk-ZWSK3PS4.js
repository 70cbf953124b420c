import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  Inputs
} from "./chunk-3QD6O3PJ.js";

// src/inputs/gate-flags.ts
var GATE_FLAGS = {
  tolerance: { multiple: true, input: Inputs.Tolerances },
  slo: { multiple: true, input: Inputs.Slos },
  confidence: {},
  "max-baseline-cv": {},
  "max-error-rate": {},
  seed: {},
  json: { boolean: true },
  help: { boolean: true, short: "h" }
};
var GATE_FLAGS_HELP = `Judging:
  --tolerance RULE         smallest change worth failing for, repeatable: p99=10%, error_rate=0.5pp,
                           "GET /users: p95=5%" (defaults: p50/p90/p95 5%, p99 10%, throughput 5%, 0.5pp)
  --slo RULE               absolute objective, repeatable: "p99 < 300ms", "error_rate < 1%", "throughput > 50/s"
  --confidence P           family-wise confidence across all gated metrics (default 0.95)
  --max-baseline-cv PCT    cached baseline noise limit per metric (default 10%)
  --max-error-rate PCT     a side with more failed requests is not a valid measurement: a baseline above it
                           is refused, a PR above it is warned about (default 5%)
  --seed N                 seed of every random draw (default: fixed)
  --json                   print the machine-readable report (report.json) instead of the table`;

export {
  GATE_FLAGS,
  GATE_FLAGS_HELP
};
