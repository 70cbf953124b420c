import { maskLiterals } from '../secrets/mask.ts';
import type { ReportContext } from './context.ts';
import { escapeMarkdown } from './escape.ts';
import { headlineOf } from './headline.ts';
import { details } from './markdown-blocks.ts';
import { quantileChart } from './mermaid.ts';
import { addedRemovedList, conditionsSection, metaLine, sloTable } from './sections/conditions.ts';
import { methodList, pairsTable } from './sections/method.ts';
import { nightlySection } from './sections/nightly.ts';
import {
  cachedFirstLines,
  markdownForm,
  measuredByPullRequestNotice,
  noBaselineNotice,
  notPostedNotice,
  permissionNotice,
  reasonsAndWarnings,
  refusedNotice,
  snapshotTable,
} from './sections/notices.ts';
import { profileSection } from './sections/profile.ts';
import { fullResultsTable, resultsTable } from './sections/results.ts';
import { type ReportView, viewOf } from './view.ts';

export interface MarkdownOptions {
  /** include the collapsible detail sections (all figures, per-pair ratios, method and seed) */
  detail: boolean;
  /** said in place of the detail sections when they are left out */
  foldNote?: string;
  /** list at most this many series in the results table (the rest are counted) */
  maxSeries?: number;
}

/** The whole report as GitHub markdown; comment, check summary and job summary are cuts of it. */
export function renderMarkdown(ctx: ReportContext, options: MarkdownOptions): string {
  const view = viewOf(ctx);
  const blocks: (string | undefined)[] = [`### ${escapeMarkdown(headlineOf(view))}`, metaLine(view)];
  if (ctx.measuredByPullRequest) blocks.push(measuredByPullRequestNotice(ctx.measuredByPullRequest));
  if (ctx.permissions) blocks.push(permissionNotice(view, ctx.permissions));
  if (ctx.notPosted?.length) blocks.push(notPostedNotice(view, ctx.notPosted));
  blocks.push(cachedFirstLines(view, markdownForm(view)).join('\n\n'));
  blocks.push(...body(view, options));
  if (ctx.nightly) blocks.push(nightlySection(view, ctx.nightly));
  if (options.detail) blocks.push(...detailBlocks(view));
  else if (options.foldNote) blocks.push(`_${options.foldNote}_`);
  blocks.push(footer(view));
  const text = blocks.filter((b): b is string => b !== undefined && b !== '').join('\n\n');
  return `${finalMask(text, ctx.secrets)}\n`;
}

function body(view: ReportView, options: MarkdownOptions): (string | undefined)[] {
  const c = view.comparison;
  if (!c) {
    return [
      noBaselineNotice(view),
      snapshotTable(view),
      reasonsAndWarnings(view, [], view.ctx.snapshotWarnings ?? []),
      conditionsSection(view),
    ];
  }
  if (c.refused !== undefined) {
    return [
      refusedNotice(view, c.refused),
      reasonsAndWarnings(view, c.reasons, c.warnings),
      conditionsSection(view),
    ];
  }
  const worst = view.sorted[0];
  const slos = sloTable(view, c.slos);
  return [
    reasonsAndWarnings(view, c.reasons, c.warnings),
    '#### Results',
    resultsTable(view, options.maxSeries),
    worst ? quantileChart(worst, view.name(worst.key), view.sanitize) : undefined,
    slos ? `#### SLOs\n\n${slos}` : undefined,
    view.ctx.profile ? profileSection(view, view.ctx.profile) : undefined,
    addedRemovedList(view, c),
    conditionsSection(view),
  ];
}

function detailBlocks(view: ReportView): string[] {
  const c = view.comparison;
  if (!c || c.refused !== undefined) return [];
  const blocks: string[] = [];
  if (c.series.length > 0) blocks.push(details('All figures per series', fullResultsTable(view)));
  if (c.pairs && c.pairs.ratios.length > 0) {
    blocks.push(details('Per-pair ratios (headline metric)', pairsTable(view, c.pairs)));
  }
  blocks.push(details('Method and seed', methodList(view, c)));
  return blocks;
}

function footer(view: ReportView): string {
  const run = view.ctx.runUrl ? ` · [workflow run](${view.ctx.runUrl})` : '';
  return `<sub>perf-gate ${escapeMarkdown(view.ctx.version)}${run}</sub>`;
}

/**
 * Defence in depth: every user string was masked before escaping, but a secret could still reach the text
 * through a path nobody thought of, in raw or escaped form.
 */
function finalMask(text: string, secrets: readonly string[]): string {
  return maskLiterals(text, [...secrets, ...secrets.map(escapeMarkdown)]);
}
