import type { NightlyInfo } from '../context.ts';
import { formatChange, formatDate, formatInterval, metricLabel, shortSha } from '../format.ts';
import { commitRef } from '../markdown-blocks.ts';
import { trendChart } from '../mermaid.ts';
import { NAME_MAX, type ReportView } from '../view.ts';

/** The headline metric over recent nightlies, and whether it has drifted. */
export function nightlySection(view: ReportView, nightly: NightlyInfo): string {
  const name = view.nameOfId(nightly.seriesId);
  const parts = ['#### Nightly trend'];
  const chart = trendChart(nightly, name, view.sanitize);
  parts.push(chart ?? `_Not enough nightlies yet for a trend (${nightly.history.length} so far)._`);
  if (nightly.drift) parts.push(driftLine(view, nightly, name));
  return parts.join('\n\n');
}

function driftLine(view: ReportView, nightly: NightlyInfo, name: string): string {
  const d = nightly.drift!;
  const what = `${metricLabel(nightly.metric)} of ${view.sanitize.md(name, NAME_MAX)}`;
  if (!d.detected && d.reason !== undefined)
    return `**Drift:** not judged: ${view.sanitize.md(d.reason, 300)}.`;
  if (!d.detected)
    return `**Drift:** none; no sustained shift of ${what} over the last ${d.window} nightlies.`;
  const interval = d.interval ? ` ${formatInterval(d.interval, 'relative')}` : '';
  const since = d.since
    ? `, starting with ${commitRef(shortSha(d.since.commit), view.sanitize.md)} (${formatDate(d.since.timeMs)})`
    : '';
  return `📈 **Drift:** ${what} shifted ${formatChange(d.change, 'relative')}${interval} over the last ${d.window} nightlies${since}.`;
}
