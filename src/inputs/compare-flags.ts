import type { FlagSpec } from './flags.ts';
import { GATE_FLAGS, GATE_FLAGS_HELP } from './gate-flags.ts';

/** The flags of `perf-gate compare`, each feeding the action input of its name, and its --help. */
export const COMPARE_FLAGS: Record<string, FlagSpec> = {
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
