import type { NightlyInfo, ReportContext } from './context.ts';
import { escapeMarkdown } from './escape.ts';
import { formatChange, formatDate, metricLabel, shortSha } from './format.ts';
import { HEADLINE_MAX } from './headline.ts';
import { commitRef } from './markdown-blocks.ts';
import { metaLine } from './sections/conditions.ts';
import { nightlySection } from './sections/nightly.ts';
import { NAME_MAX, type ReportView, viewOf } from './view.ts';

function nightlyOf(view: ReportView, detected: boolean, caller: string): NightlyInfo {
  const nightly = view.ctx.nightly;
  if (!nightly?.drift || nightly.drift.detected !== detected) {
    throw new Error(
      `${caller}: ReportContext.nightly.drift must be present with detected=${detected} (scenario '${view.ctx.scenario.id}')`,
    );
  }
  return nightly;
}

/** The nightly tracking issue for a detected drift: a one-line title and a markdown body with the trend. */
export function renderDriftIssue(ctx: ReportContext): { title: string; body: string } {
  const view = viewOf(ctx);
  const nightly = nightlyOf(view, true, 'renderDriftIssue');
  const drift = nightly.drift!;
  const what = `${metricLabel(nightly.metric)} of ${view.nameOfId(nightly.seriesId)}`;
  const title = view.sanitize.plain(
    `perf-gate: ${what} drifted ${formatChange(drift.change, 'relative')} over ${drift.window} nightlies (${ctx.scenario.name})`,
    HEADLINE_MAX,
  );
  const run = ctx.runUrl ? ` · [latest nightly run](${ctx.runUrl})` : '';
  const body = [
    `### 📈 ${escapeMarkdown(title)}`,
    metaLine(view),
    nightlySection(view, nightly),
    'perf-gate updates this issue every night while the shift lasts and closes it once the metric is back.',
    `<sub>perf-gate ${escapeMarkdown(ctx.version)}${run}</sub>`,
  ].join('\n\n');
  return { title, body: `${body}\n` };
}

/** The comment that closes a drift issue once the latest nightlies show no sustained shift. */
export function renderDriftRecovery(ctx: ReportContext): string {
  const view = viewOf(ctx);
  const nightly = nightlyOf(view, false, 'renderDriftRecovery');
  const latest = nightly.history.at(-1);
  const at = latest
    ? `, latest nightly ${commitRef(shortSha(latest.commit), view.sanitize.md)} (${formatDate(latest.timeMs)})`
    : '';
  const what = `${metricLabel(nightly.metric)} of ${view.sanitize.md(view.nameOfId(nightly.seriesId), NAME_MAX)}`;
  return `✅ No sustained shift of ${what} over the last ${nightly.drift!.window} nightlies${at}. Closing.\n`;
}
