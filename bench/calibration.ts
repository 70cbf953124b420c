/**
 * Calibration harness of the statistics (docs/statistics.md, "Calibration"): simulates thousands of gate
 * runs under a documented noise model and prints how often the gate fails when nothing changed (A/A), how
 * often it catches real changes (power), and whether it blames the right series (localisation).
 *
 *   npm run bench:stats [-- --trials 1000 --seed 1 --workers 2]
 *
 * Exits with status 1 when a target is missed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Tally, Task } from './calibration/cells.ts';
import { addTally, emptyTally, MODELS } from './calibration/cells.ts';
import { resourceCells } from './calibration/resource-cells.ts';
import { COLUMNS, type Design } from './calibration/trials.ts';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`--${name} needs a positive number, got ${process.argv[i + 1]}`);
  return v;
}

const trials = flag('trials', 1000);
const seed = flag('seed', 1);
const workers = flag('workers', Math.min(2, availableParallelism()));
const chunk = 25;

interface Row {
  model: string;
  design: Design;
  runs: number;
  history?: number;
  /** rows whose targets are enforced (the main model) */
  enforce: boolean;
}

const HISTORIES = [0, 5, 20];
interface Group {
  model: string;
  design: Design;
  runs: number;
  histories: number[];
  enforce: boolean;
  columns?: string[];
}
const STRESS_COLUMNS = ['A/A', 'P99 +10%', 'P99 +20%'];
const groups: Group[] = [
  ...[1, 3, 5].map((runs) => ({
    model: 'ci-runner',
    design: 'same-job' as const,
    runs,
    histories: [0],
    enforce: true,
  })),
  ...[1, 3, 5].map((runs) => ({
    model: 'ci-runner',
    design: 'cached' as const,
    runs,
    histories: HISTORIES,
    enforce: true,
  })),
  ...['independent-drift', 'burstier'].map((model) => ({
    model,
    design: 'same-job' as const,
    runs: 3,
    histories: [0],
    enforce: false,
    columns: STRESS_COLUMNS,
  })),
];

const tasks: Array<{ group: number; task: Task }> = [];
groups.forEach((g, group) => {
  for (let from = 0; from < trials; from += chunk)
    tasks.push({
      group,
      task: {
        model: g.model,
        design: g.design,
        runs: g.runs,
        histories: g.histories,
        from,
        to: Math.min(trials, from + chunk),
        seed,
        ...(g.columns ? { columns: g.columns } : {}),
      },
    });
});
// Slowest tasks first keeps both workers busy to the end.
tasks.sort((a, b) => b.task.runs * b.task.histories.length - a.task.runs * a.task.histories.length);

const results = groups.map((g) => g.histories.map(() => COLUMNS.map(emptyTally)));
const started = Date.now();
let done = 0;

await new Promise<void>((resolve, reject) => {
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

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.floor(s.length / 2)]!;
};
const column = (label: string) => COLUMNS.findIndex((c) => c.label === label);

const rows: Array<Row & { cells: Tally[] }> = [];
for (const [i, g] of groups.entries()) {
  for (const [h, history] of g.histories.entries()) {
    rows.push({
      model: g.model,
      design: g.design,
      runs: g.runs,
      ...(g.design === 'cached' ? { history } : {}),
      enforce: g.enforce,
      cells: results[i]![h]!,
    });
  }
}

const header = [
  'design',
  'history',
  'runs',
  'A/A fail',
  'A/A pass',
  'P99 +5%',
  'P99 +10%',
  'P99 +20%',
  'tput −10%',
  'tput −20%',
  'localised',
  'stray',
  'floor P99',
  'floor tput',
];
const table: string[][] = [];
const misses: string[] = [];
let lastModel = '';
for (const row of rows) {
  if (row.model !== lastModel) {
    table.push([`— ${MODELS[row.model]!.label}`]);
    lastModel = row.model;
  }
  const aa = row.cells[column('A/A')]!;
  const shift20 = row.cells[column('P99 +20%')]!;
  const cell = (label: string) => {
    const t = row.cells[column(label)]!;
    return t.trials === 0 ? '–' : pct(t.flagged, t.trials);
  };
  const floorP99 = median(aa.floorsP99);
  const floorTput = median(aa.floorsThroughput);
  table.push([
    row.design,
    row.history === undefined ? '–' : String(row.history),
    String(row.runs),
    pct(aa.fail, aa.trials),
    pct(aa.pass, aa.trials),
    cell('P99 +5%'),
    cell('P99 +10%'),
    cell('P99 +20%'),
    cell('tput −10%'),
    cell('tput −20%'),
    pct(shift20.localised, shift20.trials),
    pct(shift20.stray, shift20.trials),
    `±${(floorP99 * 100).toFixed(1)}%`,
    `±${(floorTput * 100).toFixed(1)}%`,
  ]);
  if (!row.enforce) continue;
  const where = `${row.design}${row.history === undefined ? '' : `, history ${row.history}`}, ${row.runs} runs a side`;
  if (aa.fail / aa.trials > 0.01) misses.push(`A/A fail rate ${pct(aa.fail, aa.trials)} > 1% (${where})`);
  if (shift20.stray / shift20.trials > 0.01)
    misses.push(`stray flags ${pct(shift20.stray, shift20.trials)} > 1% (${where})`);
  if (row.design === 'same-job' && row.runs >= 3) {
    const p10 = row.cells[column('P99 +10%')]!;
    const t20 = row.cells[column('tput −20%')]!;
    if (p10.flagged / p10.trials < 0.95)
      misses.push(`power at P99 +10% ${pct(p10.flagged, p10.trials)} < 95% (${where})`);
    if (t20.flagged / t20.trials < 0.99)
      misses.push(`power at throughput −20% ${pct(t20.flagged, t20.trials)} < 99% (${where})`);
    if (shift20.localised / shift20.trials < 0.99)
      misses.push(`localisation ${pct(shift20.localised, shift20.trials)} < 99% (${where})`);
  }
}

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
console.log(
  'Each run: 2 endpoints, 30 s at ~100 requests/s each, closed model, log-normal latency (σ 0.18), slow periods,\n' +
    'per-run drift 2% CV inside a job, 20% CV between jobs (docs/statistics.md, "Calibration").\n' +
    'A/A fail = verdict fail with nothing changed; P99/tput columns = verdict fail on that metric;\n' +
    'localised = a +20% P99 shift on one endpoint flagged there and nowhere else; stray = any regression on the\n' +
    'unchanged endpoint; floor = median half-width of the A/A interval (smallest change it could detect).\n',
);
console.log(line(header));
for (const r of table) console.log(r.length === 1 ? r[0] : line(r));
console.log('');
console.log(
  'Targets: A/A fail ≤ 1% in every cell; same-job with ≥ 3 pairs: P99 +10% ≥ 95%, throughput −20% ≥ 99%,',
);
console.log('localisation ≥ 99%; stray flags ≤ 1%. (Stress rows are shown, not enforced.)');
const service = resourceCells(trials, seed);
console.log(`\n${service.lines.join('\n')}`);
if (service.missed) misses.push('service CPU per request cells (see above)');
if (misses.length === 0) console.log('All targets met.');
else {
  for (const m of misses) console.log(`MISSED: ${m}`);
  process.exitCode = 1;
}
