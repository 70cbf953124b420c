import { resolveGateOptions } from '../src/stats/defaults.ts';
import { compareRuns } from '../src/stats/compare.ts';
import { judgeSequentially } from '../src/stats/sequential.ts';
import { mulberry32 } from '../src/stats/rng.ts';
import type { RunResult } from '../src/results/types.ts';
import { MODELS } from './calibration/cells.ts';
import { driftPath, runIn } from './calibration/noise-model.ts';
const name = process.argv[2] ?? 'endpoints-10';
const model = MODELS[name]!.model;
const counts = new Map<string, number>();
let passes = 0;
const N = Number(process.argv[3] ?? 10);
for (let t = 0; t < N; t++) {
  const rng = mulberry32(1000 + t);
  const maxPairs = 15, runs = 3;
  const drift = driftPath(model, 2 * maxPairs, rng);
  const orders = Array.from({ length: maxPairs }, (_, i) => { const j = i < runs ? i : i - runs; return j % 2 === 0 ? 'AB' : 'BA'; });
  const slot = (i: number, side: 'A' | 'B') => 2 * i + (orders[i]![0] === side ? 0 : 1);
  const b: RunResult[] = [], c: RunResult[] = [];
  const options = resolveGateOptions({ seed: t });
  const cmp = judgeSequentially(runs, maxPairs, options, (pairs, atLook) => {
    while (b.length < pairs) b.push(runIn(model, { kind: 'none' }, drift[slot(b.length, 'A')]!, rng));
    while (c.length < pairs) c.push(runIn(model, { kind: 'none' }, drift[slot(c.length, 'B')]!, rng));
    const r = compareRuns({ baseline: b.slice(0, pairs), candidate: c, design: 'same-job', pairOrders: orders.slice(0, pairs) }, atLook);
    if (t < 2) for (const s of r.series) for (const m of s.metrics) if (m.gated && m.outcome !== 'no-change') console.log('  look', pairs, s.id, m.metric, m.outcome, m.interval.map((x) => x.toFixed(3)).join('..'), 'n', m.sampleSize.baseline, 'tol', m.tolerance);
    return r;
  });
  if (cmp.verdict === 'pass') passes++;
  for (const s of cmp.series) for (const m of s.metrics) if (m.gated && m.outcome !== 'no-change') {
    const k = `${m.metric} ${m.outcome}`; counts.set(k, (counts.get(k) ?? 0) + 1);
    if (t < 3) console.log(t, s.id, m.metric, m.outcome, m.interval.map((x) => x.toFixed(3)).join('..'), 'n', m.sampleSize.baseline, 'floor', m.noiseFloor.toFixed(3), m.reason ?? '');
  }
  if (t < 3) console.log('verdict', cmp.verdict, 'pairs', cmp.runs.candidate);
}
console.log(name, 'pass', passes, '/', N, [...counts]);
