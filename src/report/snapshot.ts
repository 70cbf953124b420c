import type { RunResult } from '../results/types.ts';
import { headlineFigures } from '../stats/history-figures.ts';
import type { SeriesSnapshot } from './context.ts';
import { serviceSides } from './derived-context.ts';
import { renderSnapshotTable } from './snapshot-table.ts';

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

/**
 * What `perf-gate run` prints of the PR build measured alone, with nothing to compare it with: its figures
 * (a table, or JSON) and a line per service perf-gate watched.
 */
export function renderSnapshot(
  runs: RunResult[],
  cpuCount: number,
  json: boolean,
): { figures: string; services: string[] } {
  const snapshot = snapshotSeries(runs);
  return {
    figures: json ? JSON.stringify(snapshot, null, 2) : renderSnapshotTable(snapshot),
    services: serviceSides([{ side: 'PR build', runs }], cpuCount).map((s) => `service: ${s.bottleneck}`),
  };
}
