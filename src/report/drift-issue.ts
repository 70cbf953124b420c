import type { NightlyInfo, ReportContext } from './context.ts';
import { escapeMarkdown } from './escape.ts';
import { formatChange, formatDate, metricLabel, shortSha } from './format.ts';
import { HEADLINE_MAX } from './headline.ts';
import { commitRef } from './markdown-blocks.ts';
import { metaLine } from './sections/conditions.ts';
import { nightlySection } from './sections/nightly.ts';
import { NAME_MAX, type ReportView, viewOf } from './view.ts';

function nightlyOf(v: ReportView, detected: boolean, caller: string): NightlyInfo {
  const nightly = v.ctx.nightly;
  if (!nightly?.drift || nightly.drift.detected !== detected) {
    throw new Error(
      `${caller}: ReportContext.nightly.drift must be present with detected=${detected} (scenario '${v.ctx.scenario.id}')`,
    );
  }
  return nightly;
}

/** The nightly tracking issue for a detected drift: a one-line title and a markdown body with the trend. */
export function renderDriftIssue(ctx: ReportContext): { title: string; body: string } {
  const v = viewOf(ctx);
  const nightly = nightlyOf(v, true, 'renderDriftIssue');
  const drift = nightly.drift!;
  const what = `${metricLabel(nightly.metric)} of ${v.nameOfId(nightly.seriesId)}`;
  const title = v.s.plain(
    `perf-gate: ${what} drifted ${formatChange(drift.change, 'relative')} over ${drift.window} nightlies (${ctx.scenario.name})`,
    HEADLINE_MAX,
  );
  const run = ctx.runUrl ? ` · [latest nightly run](${ctx.runUrl})` : '';
  const body = [
    `### 📈 ${escapeMarkdown(title)}`,
    metaLine(v),
    nightlySection(v, nightly),
    'perf-gate updates this issue every night while the shift lasts and closes it once the metric is back.',
    `<sub>perf-gate ${escapeMarkdown(ctx.version)}${run}</sub>`,
  ].join('\n\n');
  return { title, body: `${body}\n` };
}

/** The comment that closes a drift issue once the latest nightlies show no sustained shift. */
export function renderDriftRecovery(ctx: ReportContext): string {
  const v = viewOf(ctx);
  const nightly = nightlyOf(v, false, 'renderDriftRecovery');
  const latest = nightly.history.at(-1);
  const at = latest
    ? `, latest nightly ${commitRef(shortSha(latest.commit), v.s.md)} (${formatDate(latest.timeMs)})`
    : '';
  const what = `${metricLabel(nightly.metric)} of ${v.s.md(v.nameOfId(nightly.seriesId), NAME_MAX)}`;
  return `✅ No sustained shift of ${what} over the last ${nightly.drift!.window} nightlies${at}. Closing.\n`;
}
