import { Inputs } from '../constants.ts';
import type { FlagSpec } from './flags.ts';
import { GATE_FLAGS, GATE_FLAGS_HELP } from './gate-flags.ts';

/** The flags of `perf-gate run`, each feeding the action input of its name, and its --help. */
export const RUN_FLAGS: Record<string, FlagSpec> = {
  engine: {},
  runs: {},
  'max-runs': {},
  warmup: {},
  'load-model': {},
  'target-url': {},
  'baseline-target-url': {},
  start: {},
  build: {},
  ready: {},
  'ready-timeout': {},
  'working-directory': {},
  'base-ref': {},
  design: {},
  baseline: {},
  profile: {},
  'profile-command': {},
  'service-pid': {},
  'baseline-service-pid': {},
  'service-container': {},
  'baseline-service-container': {},
  'target-env': {},
  env: { multiple: true, short: 'e' },
  k6: { input: Inputs.K6Path },
  'k6-version': {},
  'k6-download-url': {},
  'k6-flags': {},
  jmeter: { input: Inputs.JmeterPath },
  locust: { input: Inputs.LocustPath },
  'engine-flags': {},
  'run-timeout': {},
  out: { short: 'o' },
  ...GATE_FLAGS,
};

export const RUN_HELP = `Usage: perf-gate run SCRIPT [options]

Runs a k6 script (or an embedded-engine scenario file .yml/.json, a JMeter plan .jmx, a locustfile .py)
against a build, several times, and
writes each run's result to the output directory. With --baseline-target-url it measures the base and the
PR builds in interleaved pairs (the same-job design) and prints the verdict.

Load:
  --engine auto|k6|embedded|jmeter|locust
                           default auto: .yml/.json → embedded, .jmx → jmeter, .py → locust, else k6
  --runs N                 runs (pairs with --baseline-target-url), default 3
  --max-runs N             same-job: budget of pairs when the planned ones cannot decide (two more at a
                           time, error rates held over all looks), default 15; equal to --runs turns it off
  --warmup DURATION        seconds at the start of each run not measured, e.g. 10s
  --load-model open|closed   the load model, when the script or plan does not show it (or shows it
                           wrongly); default: inferred (k6 inspect, the JMeter plan, Locust wait times)
  --target-url URL         the build under test (k6: the variable named by --target-env; JMeter:
                           -Jprotocol/-Jhost/-Jport/-JbasePath; Locust: --host)
  --baseline-target-url URL  the base build, measured beside it in this job
  --target-env NAME        the variable your k6 script reads its base URL from (default BASE_URL)

Service (perf-gate runs it, and reads its CPU and memory):
  --start CMD              start the service, with PORT set ({port} replaced); --target-url may use {port}
  --build CMD              run first in each checkout, e.g. "npm ci"
  --ready PATH|CMD         an HTTP path answering 2xx (/health) or a command exiting 0 (default: port open)
  --ready-timeout DURATION how long the service may take to get ready (default 60s)
  --working-directory DIR  where build, start and ready run, relative to each checkout (default .)
  --base-ref REF           with --start: also check out REF in a git worktree beside this one and measure
                           it as the base build, in interleaved pairs; stopped and removed afterwards
  --design same-job|cached
                           with --base-ref: same-job (default) measures both builds in pairs; cached
                           measures the PR build alone against --baseline first and confirms a
                           regression, an inconclusive verdict or a missing baseline in the same job
                           (both comparisons are printed; the same job's verdict decides)
  --baseline FILE          a saved baseline (baseline.json as the Action's cache holds it): the PR build
                           is judged against it (cached design); with --base-ref in the same-job design
                           it adds the trend line
  --profile on-regression|always|never
                           with --base-ref: after a regression or SLO breach (default), always or never,
                           one more pair with profilers attached to both builds; the top functions by
                           added self time per request are printed, the profiles, diff.json and flame.svg
                           written to DIR/profile. Built in for Node services; never changes the verdict
  --profile-command CMD    a profiler for any language, run beside each profiled run: {pid}, {seconds},
                           {out} substituted (py-spy, Go pprof, …: docs/profiling.md)
  --service-pid PID|FILE   a service you started: its process tree's CPU and memory (from /proc)
  --baseline-service-pid PID|FILE      the same for the base build (with --baseline-target-url)
  --service-container NAME|ID          a service in a container: its cgroup's CPU and memory
  --baseline-service-container NAME|ID the same for the base build
  -e, --env NAME=VALUE     variable for the k6 script, repeatable
  --k6 PATH                k6 binary to use (otherwise the tool cache or a verified download)
  --k6-version V           k6 version to install (default: the pinned one; 'latest')
  --k6-download-url URL    base URL of k6 release archives (mirrors)
  --k6-flags FLAGS         extra flags for every k6 run
  --jmeter PATH            jmeter to use (default: the one on PATH)
  --locust PATH            locust to use (default: the one on PATH)
  --engine-flags FLAGS     extra flags for every jmeter or locust run (Locust default: -u 10 -r 10 -t 30s)
  --run-timeout DURATION   time limit of one run (default 10m)
  -o, --out DIR            where results go (default ./perf-gate-results). perf-gate owns it: an earlier
                           run's results there are cleared, files it did not write make it refuse, and
                           a second run into it at the same time is refused

${GATE_FLAGS_HELP}

Exit codes: 0 measured (same-job: pass), 1 regression or SLO breach, 2 usage or input error,
3 inconclusive, 4 the measurement failed (k6, JMeter or Locust error, target unreachable, every request of
a run failed, the target died during a run, a run past --run-timeout).`;
