/**
 * Calibration harness of the statistics (docs/statistics.md, "Calibration"): simulates thousands of gate
 * runs under a documented noise model and prints how often the gate fails when nothing changed (A/A), how
 * often it catches real changes (power), and whether it blames the right series (localisation).
 *
 *   npm run bench:stats [-- --trials 40 --seed 1 --workers 2 --max-runs 10 --cells ci-runner,real-data
 *                          --design cached --full]
 *
 * The default (40 trials per cell) is a quick look that finishes in a few minutes on 2 cores; `--full` runs
 * 2000 trials per cell for figures worth quoting to a percent. `--cells` runs only the named cells (keys of
 * MODELS in calibration/cells.ts, of REAL_CELLS in calibration/real-data.ts, and `service-cpu`: the
 * service's CPU cells alone), to iterate on a few quickly; `--design same-job` or `--design cached` runs
 * that design's rows alone.
 * Exits with status 1 when a target is missed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_RUNS } from '../src/stats/sequential.ts';
import type { Tally, Task } from './calibration/cells.ts';
import { addTally, emptyTally, MODELS, REAL_COLUMN, TALLY_COLUMNS } from './calibration/cells.ts';
import { REAL_CELLS } from './calibration/real-data.ts';
import { RESOURCE_CELLS, resourceCells, saturatedCells } from './calibration/resource-cells.ts';
import { COLUMNS, type Design } from './calibration/trials.ts';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`--${name} needs a positive number, got ${process.argv[i + 1]}`);
  return v;
}

const full = process.argv.includes('--full');
const trials = flag('trials', full ? 2000 : 40);
const seed = flag('seed', 1);
const workers = flag('workers', Math.min(2, availableParallelism()));
const maxRuns = flag('max-runs', DEFAULT_MAX_RUNS);
const chunk = 10;

/** `--cells a,b`: only these cells (every cell when absent); an unknown name is an error naming it. */
function cellFilter(): Set<string> | undefined {
  const i = process.argv.indexOf('--cells');
  if (i < 0) return undefined;
  const names = (process.argv[i + 1] ?? '').split(',').filter(Boolean);
  const known = [...Object.keys(MODELS), ...Object.keys(REAL_CELLS), RESOURCE_CELLS];
  const unknown = names.filter((n) => !known.includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(
      `--cells: unknown cell ${unknown.join(', ') || '(none given)'}; known: ${known.join(', ')}`,
    );
  return new Set(names);
}
const only = cellFilter();

/** `--design same-job|cached`: only that design's rows (both when absent). */
function designFilter(): Design | undefined {
  const i = process.argv.indexOf('--design');
  if (i < 0) return undefined;
  const name = process.argv[i + 1];
  if (name !== 'same-job' && name !== 'cached')
    throw new Error(`--design: unknown design ${name ?? '(none given)'}; known: same-job, cached`);
  return name;
}
const onlyDesign = designFilter();

interface Row {
  model: string;
  design: Design;
  runs: number;
  history?: number;
}

/** Every named cell in both designs (3 pairs / 3 runs a side), plus the real-data cells (same-job only). */
const HISTORIES = [0, 5, 20];
const PLANNED = 3;
interface Group {
  model: string;
  design: Design;
  runs: number;
  histories: number[];
}
const groups: Group[] = [
  ...Object.keys(MODELS).flatMap((model) => [
    { model, design: 'same-job' as const, runs: PLANNED, histories: [0] },
    { model, design: 'cached' as const, runs: PLANNED, histories: HISTORIES },
  ]),
  ...Object.keys(REAL_CELLS).map((model) => ({
    model,
    design: 'same-job' as const,
    runs: PLANNED,
    histories: [0],
  })),
].filter((g) => (!only || only.has(g.model)) && (!onlyDesign || g.design === onlyDesign));

const tasks: Array<{ group: number; task: Task }> = [];
groups.forEach((g, group) => {
  for (let from = 0; from < trials; from += chunk)
    tasks.push({
      group,
      task: {
        model: g.model,
        design: g.design,
        runs: g.runs,
        maxRuns: Math.max(g.runs, maxRuns),
        histories: g.histories,
        from,
        to: Math.min(trials, from + chunk),
        seed,
      },
    });
});
// Slowest tasks first keeps both workers busy to the end.
tasks.sort((a, b) => b.task.runs * b.task.histories.length - a.task.runs * a.task.histories.length);

const results = groups.map((g) => g.histories.map(() => Array.from({ length: TALLY_COLUMNS }, emptyTally)));
const started = Date.now();
let done = 0;

await new Promise<void>((resolve, reject) => {
  if (tasks.length === 0) return resolve();
  let next = 0;
  let active = 0;
  const start = (worker: Worker) => {
    if (next >= tasks.length) {
      void worker.terminate();
      if (--active === 0) resolve();
      return;
    }
    const item = tasks[next++]!;
    worker.once('message', (tallies: Tally[][]) => {
      for (const [h, cols] of tallies.entries())
        for (const [c, t] of cols.entries()) addTally(results[item.group]![h]![c]!, t);
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${tasks.length} tasks`);
      start(worker);
    });
    worker.postMessage(item.task);
  };
  for (let i = 0; i < Math.min(workers, tasks.length); i++) {
    const worker = new Worker(new URL('./calibration/worker.mjs', import.meta.url));
    worker.on('error', reject);
    active++;
    start(worker);
  }
});
if (process.stderr.isTTY) process.stderr.write('\n');

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.floor(s.length / 2)]!;
};
const column = (label: string) => COLUMNS.findIndex((c) => c.label === label);
/** The interval's half-width as the changes it could detect upwards and downwards: +172% / −63%. */
const floor = (f: number) => {
  if (!Number.isFinite(f)) return '–';
  const half = Math.log1p(f);
  return `+${(100 * Math.expm1(half)).toFixed(0)}%/−${(100 * -Math.expm1(-half)).toFixed(0)}%`;
};

const rows: Array<Row & { cells: Tally[] }> = [];
for (const [i, g] of groups.entries())
  for (const [h, history] of g.histories.entries())
    rows.push({
      model: g.model,
      design: g.design,
      runs: g.runs,
      ...(g.design === 'cached' ? { history } : {}),
      cells: results[i]![h]!,
    });

const header = [
  'design',
  'hist',
  'runs',
  'A/A fail',
  'A/A pass',
  '½tol P50',
  '½tol P99',
  'P50 +5%',
  'P50 +10%',
  'P99 +10%',
  'P99 +20%',
  'tput −5%',
  'tput −10%',
  'real +1ms',
  'localised',
  'A/A runs',
  'floor P99',
];
const table: string[][] = [];
const misses: string[] = [];
let lastModel = '';
for (const row of rows) {
  if (row.model !== lastModel) {
    table.push([`— ${(REAL_CELLS[row.model] ?? MODELS[row.model]!).label}`]);
    lastModel = row.model;
  }
  const rate = (i: number, of: 'flagged' | 'localised' | 'fail' | 'pass' = 'flagged') => {
    const t = row.cells[i]!;
    return t.trials === 0 ? Number.NaN : t[of] / t.trials;
  };
  const cell = (label: string) => {
    const t = row.cells[column(label)]!;
    return pct(t.flagged, t.trials);
  };
  const aa = row.cells[column('A/A')]!;
  const real = row.model in REAL_CELLS;
  const localisedFrom = real ? REAL_COLUMN : column('P99 +20%');
  table.push([
    row.design,
    row.history === undefined ? '–' : String(row.history),
    String(row.runs),
    pct(aa.fail, aa.trials),
    pct(aa.pass, aa.trials),
    cell('P50 +2.5%'),
    cell('P99 +5%'),
    cell('P50 +5%'),
    cell('P50 +10%'),
    cell('P99 +10%'),
    cell('P99 +20%'),
    cell('tput −5%'),
    cell('tput −10%'),
    pct(row.cells[REAL_COLUMN]!.flagged, row.cells[REAL_COLUMN]!.trials),
    pct(row.cells[localisedFrom]!.localised, row.cells[localisedFrom]!.trials),
    aa.trials === 0 ? '–' : (aa.runsUsed / aa.trials).toFixed(1),
    floor(median(aa.floorsP99)),
  ]);
  // The targets of issue 11 ("Done when"); every miss is printed and sets the exit status.
  const where = `${row.model}, ${row.design}${row.history === undefined ? '' : `, history ${row.history}`}`;
  const atMost = (what: string, r: number, limit: number) => {
    if (r > limit) misses.push(`${what} ${(100 * r).toFixed(1)}% > ${100 * limit}% (${where})`);
  };
  const atLeast = (what: string, r: number, limit: number) => {
    if (Number.isFinite(r) && r < limit)
      misses.push(`${what} ${(100 * r).toFixed(1)}% < ${100 * limit}% (${where})`);
  };
  atMost('A/A fail', aa.fail / aa.trials, 0.01);
  if (row.design === 'same-job') {
    // The cached design's floors (±100 % and more) cannot localise a 20 % change: shown, not enforced.
    atLeast('localisation', rate(localisedFrom, 'localised'), 0.99);
    atLeast('A/A pass', aa.pass / aa.trials, 0.95);
    if (aa.runsUsed / aa.trials > 6)
      misses.push(`mean pairs used (A/A) ${(aa.runsUsed / aa.trials).toFixed(1)} > 6 (${where})`);
    if (!real) {
      atLeast('P99 +10% caught', rate(column('P99 +10%')), row.model === 'heavy-tail' ? 0.8 : 0.9);
      atLeast('P50 +10% caught', rate(column('P50 +10%')), 0.95);
      atMost('half-tolerance fail (P50 +2.5%)', rate(column('P50 +2.5%'), 'fail'), 0.05);
      atMost('half-tolerance fail (P99 +5%)', rate(column('P99 +5%'), 'fail'), 0.05);
    }
  }
  if (row.design === 'cached' && row.model === 'between-50-4x') {
    // A false pass: the verdict passes a change twice the tolerance.
    atMost('false pass at P99 +20%', rate(column('P99 +20%'), 'pass'), 0.01);
  }
}

// The false pass of issue 11, stated as the check above counts it: a verdict "pass" for a P99 twice the tolerance.
const falsePasses = rows
  .filter((r) => r.design === 'cached' && r.model === 'between-50-4x')
  .map(
    (r) => `hist ${r.history} ${pct(r.cells[column('P99 +20%')]!.pass, r.cells[column('P99 +20%')]!.trials)}`,
  );
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.filter((r) => r.length > 1).map((r) => r[i]!.length)),
);
const line = (cells: string[]) =>
  cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(
  `perf-gate statistics calibration: ${trials} seeded trials per cell (seed ${seed}), ${workers} workers, ${(
    (Date.now() - started) / 1000
  ).toFixed(0)} s`,
);
if (table.length > 0) {
  console.log(
    'Base model: 2 endpoints, 30 s at ~100 requests/s each, closed model, log-normal latency (σ 0.18), slow periods,\n' +
      'per-run drift 2% CV inside a job, 20% CV between jobs; each cell below changes one thing\n' +
      '(bench/calibration/cells.ts, docs/statistics.md "Calibration"). Same-job: 3 planned interleaved pairs, confirmed\n' +
      `two at a time up to ${maxRuns} (max-runs); cached: 3 runs a side, hist = past baselines; A/A runs = mean pairs\n` +
      'or runs a side the A/A verdict rested on. A/A fail/pass = verdict with nothing changed (family-wise, all metrics × endpoints);\n' +
      '½tol = a change of half the default tolerance (P50 +2.5%, P99 +5%): share of failed verdicts; P50/P99/tput =\n' +
      'verdict fail on that metric (tput only in closed models); real +1ms = the cell’s +1 ms pairs (GET /users slower) failed on GET /users;\n' +
      'localised = the change flagged on its endpoint and no other (P99 +20%; real: +1ms); floor = median interval\n' +
      'half-width of P99 as the change it could detect up/down.\n',
  );
  console.log(line(header));
  for (const r of table) console.log(r.length === 1 ? r[0] : line(r));
  if (falsePasses.length > 0)
    console.log(
      `cached 50%/4×: false pass (verdict "pass" with the P99 20% worse, twice its tolerance): ${falsePasses.join(', ')}`,
    );
  console.log('');
  console.log(
    'Targets (issue 11): A/A fail ≤ 1% every cell and design; same-job: A/A pass ≥ 95%, P99 +10% ≥ 90% (≥ 80% heavy\n' +
      'tails), P50 +10% ≥ 95%, half-tolerance fails ≤ 5%, mean runs ≤ 6; localisation ≥ 99%; cached 50%/4×: false pass ≤ 1%.',
  );
}
if ((!only || only.has(RESOURCE_CELLS)) && !onlyDesign) {
  const service = resourceCells(trials, seed, [3, maxRuns]);
  console.log(`\n${service.lines.join('\n')}`);
  if (service.missed) misses.push('service CPU per request cells (see above)');
  const saturated = saturatedCells(trials, seed);
  console.log(saturated.lines.join('\n'));
  if (saturated.missed) misses.push('service CPU per request on a saturated runner (see above)');
}
if (misses.length === 0) console.log('All targets met.');
else {
  for (const m of misses) console.log(`MISSED: ${m}`);
  process.exitCode = 1;
}
