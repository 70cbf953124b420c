import { parseArgs } from 'node:util';

export interface DemoArgs {
  /** shorter runs and fewer pairs: for the test suite, not for judging perf-gate */
  quick: boolean;
  /** where demo-report.md and report.json go */
  outDir: string;
  help: boolean;
}

export const USAGE = `Usage: npm run demo -- [--quick] [--out DIR]

Commits the example service (examples/service/server.mjs) to a scratch git repository, lets perf-gate build
and start the base and PR commits itself (\`start: sh start.sh\`, as a workflow would), measures them with
perf-gate's embedded engine (no k6 needed) and shows what perf-gate reports:
  part 1  same-job: the base build and a PR commit with GET /users slowed down, measured in interleaved pairs
  part 2  A/A: a PR commit that changes nothing but a seed, which must not fail
  part 3  the runs of part 1 judged as a cached baseline from an earlier job would be
  part 4  profile: a PR commit adding a CPU hot spot in checksumOrders(), flagged, then both builds
          profiled: "Where the time went"
The PR comment of part 1 goes to DIR/demo-report.md, its report.json to DIR/report.json; part 4's comment to
DIR/demo-profile-report.md, its profiles, diff.json and flame.svg to DIR/profile (needs git).

  --out DIR   where to write the reports and profiles (default: the current directory)
  --quick     shorter runs, fewer pairs and a 10 ms regression instead of 3 ms (about 50 s instead of
              120 s): a smoke test, whose intervals are too wide to show what perf-gate can tell apart
  --help      this text

Exit code 0 when perf-gate behaved as the demo expects (the regression found on GET /users alone, the A/A
comparison not failing, the hot spot flagged and named first), 1 otherwise, 2 for bad usage.`;

export class DemoUsageError extends Error {}

export function parseDemoArgs(argv: string[], cwd: string): DemoArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new DemoUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new DemoUsageError(`unexpected argument '${positionals[0]}'`);
  if (values.out === '') throw new DemoUsageError('--out needs a directory');
  return { quick: values.quick ?? false, outDir: values.out ?? cwd, help: values.help ?? false };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}
