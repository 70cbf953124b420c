import type { NightlyInfo } from '../context.ts';
import { formatChange, formatDate, formatInterval, metricLabel, shortSha } from '../format.ts';
import { commitRef } from '../markdown-blocks.ts';
import { trendChart } from '../mermaid.ts';
import { NAME_MAX, type ReportView } from '../view.ts';

/** The headline metric over recent nightlies, and whether it has drifted. */
export function nightlySection(v: ReportView, nightly: NightlyInfo): string {
  const name = v.nameOfId(nightly.seriesId);
  const parts = ['#### Nightly trend'];
  const chart = trendChart(nightly, name, v.s);
  parts.push(chart ?? `_Not enough nightlies yet for a trend (${nightly.history.length} so far)._`);
  if (nightly.drift) parts.push(driftLine(v, nightly, name));
  return parts.join('\n\n');
}

function driftLine(v: ReportView, nightly: NightlyInfo, name: string): string {
  const d = nightly.drift!;
  const what = `${metricLabel(nightly.metric)} of ${v.s.md(name, NAME_MAX)}`;
  if (!d.detected && d.reason !== undefined) return `**Drift:** not judged: ${v.s.md(d.reason, 300)}.`;
  if (!d.detected)
    return `**Drift:** none; no sustained shift of ${what} over the last ${d.window} nightlies.`;
  const interval = d.interval ? ` ${formatInterval(d.interval, 'relative')}` : '';
  const since = d.since
    ? `, starting with ${commitRef(shortSha(d.since.commit), v.s.md)} (${formatDate(d.since.timeMs)})`
    : '';
  return `📈 **Drift:** ${what} shifted ${formatChange(d.change, 'relative')}${interval} over the last ${d.window} nightlies${since}.`;
}
