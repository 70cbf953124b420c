import type { RunResult } from '../results/types.ts';
import { headlineFigures } from '../stats/history-figures.ts';
import type { SeriesSnapshot } from './context.ts';

/**
 * The candidate's own figures per series, for a report without a baseline: each series' values pooled over
 * `runs` exactly as the statistics pool them (`headlineFigures`), plus its key and request count.
 */
export function snapshotSeries(runs: RunResult[]): SeriesSnapshot[] {
  if (runs.length === 0) throw new Error('snapshotSeries: no runs given');
  return Object.entries(headlineFigures(runs)).map(([id, values]) => {
    const present = runs.flatMap((r) => r.series.get(id) ?? []);
    return { id, key: present[0]!.key, requests: present.reduce((n, s) => n + s.requests, 0), values };
  });
}
