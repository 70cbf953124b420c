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
  const v = viewOf(ctx);
  const blocks: (string | undefined)[] = [`### ${escapeMarkdown(headlineOf(v))}`, metaLine(v)];
  if (ctx.measuredByPullRequest) blocks.push(measuredByPullRequestNotice(ctx.measuredByPullRequest));
  if (ctx.permissions) blocks.push(permissionNotice(v, ctx.permissions));
  if (ctx.notPosted?.length) blocks.push(notPostedNotice(v, ctx.notPosted));
  blocks.push(cachedFirstLines(v, markdownForm(v)).join('\n\n'));
  blocks.push(...body(v, options));
  if (ctx.nightly) blocks.push(nightlySection(v, ctx.nightly));
  if (options.detail) blocks.push(...detailBlocks(v));
  else if (options.foldNote) blocks.push(`_${options.foldNote}_`);
  blocks.push(footer(v));
  const text = blocks.filter((b): b is string => b !== undefined && b !== '').join('\n\n');
  return `${finalMask(text, ctx.secrets)}\n`;
}

function body(v: ReportView, options: MarkdownOptions): (string | undefined)[] {
  const c = v.comparison;
  if (!c) {
    return [
      noBaselineNotice(v),
      snapshotTable(v),
      reasonsAndWarnings(v, [], v.ctx.snapshotWarnings ?? []),
      conditionsSection(v),
    ];
  }
  if (c.refused !== undefined) {
    return [refusedNotice(v, c.refused), reasonsAndWarnings(v, c.reasons, c.warnings), conditionsSection(v)];
  }
  const worst = v.sorted[0];
  const slos = sloTable(v, c.slos);
  return [
    reasonsAndWarnings(v, c.reasons, c.warnings),
    '#### Results',
    resultsTable(v, options.maxSeries),
    worst ? quantileChart(worst, v.name(worst.key), v.s) : undefined,
    slos ? `#### SLOs\n\n${slos}` : undefined,
    v.ctx.profile ? profileSection(v, v.ctx.profile) : undefined,
    addedRemovedList(v, c),
    conditionsSection(v),
  ];
}

function detailBlocks(v: ReportView): string[] {
  const c = v.comparison;
  if (!c || c.refused !== undefined) return [];
  const blocks: string[] = [];
  if (c.series.length > 0) blocks.push(details('All figures per series', fullResultsTable(v)));
  if (c.pairs && c.pairs.ratios.length > 0) {
    blocks.push(details('Per-pair ratios (headline metric)', pairsTable(v, c.pairs)));
  }
  blocks.push(details('Method and seed', methodList(v, c)));
  return blocks;
}

function footer(v: ReportView): string {
  const run = v.ctx.runUrl ? ` · [workflow run](${v.ctx.runUrl})` : '';
  return `<sub>perf-gate ${escapeMarkdown(v.ctx.version)}${run}</sub>`;
}

/**
 * Defence in depth: every user string was masked before escaping, but a secret could still reach the text
 * through a path nobody thought of, in raw or escaped form.
 */
function finalMask(text: string, secrets: readonly string[]): string {
  return maskLiterals(text, [...secrets, ...secrets.map(escapeMarkdown)]);
}
