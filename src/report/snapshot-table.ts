import type { SeriesSnapshot } from './context.ts';
import { METRIC_ORDER, metricFigures, metricLabel } from './format.ts';

/** A plain-text table of measured figures per series (the CLI's `run` without a comparison). */
export function renderSnapshotTable(snapshot: SeriesSnapshot[]): string {
  const header = ['Series', 'Requests', ...METRIC_ORDER.map(metricLabel)];
  const rows = snapshot.map((s) => [s.id, String(s.requests), ...metricFigures(s.values)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
