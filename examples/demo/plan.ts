import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '../../src/engine/embedded/scenario.ts';
import type { SeriesKey } from '../../src/results/types.ts';
import { DEFAULT_MAX_RUNS } from '../../src/stats/sequential.ts';
import type { ServiceOptions } from '../service/server.mjs';

/** The load test the demo runs: examples/scenario.yml (the embedded engine's format). */
export const SCENARIO_FILE = fileURLToPath(new URL('../scenario.yml', import.meta.url));

/**
 * The example service as the demo runs it: 20 ms plus up to 4 ms of random latency per request. Enough
 * latency that the scheduling hiccups of a busy machine (a millisecond or two) are small beside it, and a
 * narrow enough spread that a few hundred requests pin the median down.
 */
export const SERVICE: ServiceOptions = { delayMs: 20, jitterMs: 4 };

/** An injected regression: GET /users answers `extraMs` later. */
export interface Regression {
  path: '/users';
  extraMs: number;
}

/** The full demo's regression: 3 ms later (about +13% on its ~23 ms median). */
const REGRESSION: Regression = { path: '/users', extraMs: 3 };

/**
 * The quick mode's: 10 ms (about +45%). Its three 1.5 s pairs on a busy machine (two busy loops beside the
 * test suite) measured the unchanged build's P95 repeats 25% apart and left +3 ms undecided; +10 ms stays a
 * clear regression at that noise, so the smoke test checks the path, not the machine's quiet.
 */
const QUICK_REGRESSION: Regression = { path: '/users', extraMs: 10 };

/** The series the regression should show up on, and only there. */
export const SLOWED: Pick<SeriesKey, 'method' | 'name'> = { method: 'GET', name: '/users' };

export interface DemoPlan {
  /** the scenario file the measurer loads */
  scenarioFile: string;
  scenario: Scenario;
  /** interleaved base/PR pairs per same-job comparison, and the budget adaptive confirmation may add up to */
  pairs: number;
  maxPairs: number;
  /** what part 1's PR build slows down */
  regression: Regression;
  /** seeds of the pair orders, one per part, so a demo run reproduces its schedule */
  seeds: { regression: number; aa: number };
}

/**
 * Full: examples/scenario.yml as written, 6 pairs: about 40 s per comparison. Quick: the same scenario cut
 * to 1.5 s runs and 3 pairs (confirmed up to 5), written to `workDir`, with the larger regression: a smoke
 * test of the whole path in about half the time, whose wider intervals may leave the A/A comparison
 * inconclusive (more confirmation pairs would rarely change that on a busy machine, and cost 4 s each).
 */
export async function demoPlan(quick: boolean, workDir: string): Promise<DemoPlan> {
  const scenario = await loadScenario(SCENARIO_FILE);
  const seeds = { regression: 20240601, aa: 20240602 };
  if (!quick)
    return {
      scenarioFile: SCENARIO_FILE,
      scenario,
      pairs: 6,
      maxPairs: DEFAULT_MAX_RUNS,
      regression: REGRESSION,
      seeds,
    };
  const short: Scenario = { ...scenario, warmup: 0.5, load: { ...scenario.load, duration: 1.5 } };
  const scenarioFile = join(workDir, 'scenario-quick.json');
  // JSON is YAML, and a parsed scenario validates again as it is
  await writeFile(scenarioFile, `${JSON.stringify(short, null, 2)}\n`);
  return { scenarioFile, scenario: short, pairs: 3, maxPairs: 5, regression: QUICK_REGRESSION, seeds };
}

/** About how long one same-job comparison takes: a (shorter) warm-up run per side, then the pairs. */
export function comparisonSeconds(plan: DemoPlan): number {
  return 2 * (plan.pairs + 1) * (plan.scenario.warmup + plan.scenario.load.duration);
}

export function describeLoad(s: Scenario): string {
  const load =
    s.load.model === 'open'
      ? `${s.load.rate} iterations/s (open model)`
      : `${s.load.connections} connections (closed model)`;
  const requests = s.requests.map((r) => `${r.method} ${r.name}`).join(', ');
  return `${load}, ${s.load.duration} s per run after ${s.warmup} s warm-up; each iteration: ${requests}`;
}
