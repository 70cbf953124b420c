import type { NoBaselineReason, PermissionNote } from '../context.ts';
import { capitalize, formatAge, METRIC_ORDER, metricFigures, metricLabel, shortSha } from '../format.ts';
import { VERDICT_EMOJI } from '../headline.ts';
import { type Align, alert, bullets, capped, commitRef, table } from '../markdown-blocks.ts';
import { NAME_MAX, type ReportView } from '../view.ts';
import { LIST_MAX } from './conditions.ts';

/** What happened and what to do, per reason there is no baseline. */
export const NO_BASELINE_ADVICE: Record<NoBaselineReason, { what: string; todo: string }> = {
  'first-run': {
    what: 'No baseline has been recorded for the base branch yet, so there is nothing to compare this PR with.',
    todo:
      'Run perf-gate on the base branch (on push or on a schedule) to record one; later pull requests compare ' +
      'against it. Or use the same-job design, which measures the base commit in this job.',
  },
  evicted: {
    what:
      'The cached baseline is gone: GitHub evicts caches not used for 7 days, and the oldest ones when a ' +
      'repository passes its cache quota.',
    todo: 'Run perf-gate on the base branch again (a nightly schedule keeps the baseline fresh), then re-run this job.',
  },
  'cache-unavailable': {
    what: 'The cache service could not be reached, so the baseline could not be restored.',
    todo: 'This is usually transient: re-run the job.',
  },
  unreadable: {
    what: 'A cached baseline was found but could not be read.',
    todo:
      'It may come from an incompatible perf-gate version or be damaged. The next perf-gate run on the base ' +
      'branch replaces it; re-run this job after that.',
  },
};

export function noBaselineNotice(view: ReportView): string {
  const nb = view.ctx.noBaseline!;
  const advice = NO_BASELINE_ADVICE[nb.reason];
  const detail = nb.detail ? [`Details: ${view.sanitize.md(nb.detail, 500)}`] : [];
  return alert('NOTE', [advice.what, ...detail, `**What to do:** ${advice.todo}`]);
}

/** With no baseline: the PR's own figures, so reviewers still see the numbers. */
export function snapshotTable(view: ReportView): string | undefined {
  const snapshot = view.ctx.candidateSnapshot;
  if (!snapshot || snapshot.length === 0) return undefined;
  const rows = [...snapshot]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => [
      view.sanitize.md(view.name(x.key), NAME_MAX),
      String(x.requests),
      ...metricFigures(x.values),
    ]);
  const header = ['Series', 'Requests', ...METRIC_ORDER.map((m) => capitalize(metricLabel(m)))];
  const align = header.map((_, i): Align => (i === 0 ? 'left' : 'right'));
  return `#### PR figures (nothing to compare with)\n\n${table(header, rows, align)}`;
}

/** `mode: report`: whose measurement this is, and what was (and was not) checked here. */
export function measuredByPullRequestNotice(note: { runUrl?: string }): string {
  const run = note.runUrl ? `[its own workflow](${note.runUrl})` : 'its own workflow';
  return alert('IMPORTANT', [
    `This pull request was measured by ${run}: the figures are only as trustworthy as the pull request's code.`,
    "perf-gate judged them again here under the base branch's settings, and took the commit and pull request " +
      'from the workflow_run event, not from the uploaded report.',
  ]);
}

export function refusedNotice(view: ReportView, refused: string): string {
  const { differences, strict } = view.ctx.environment;
  const todo =
    strict && differences.length > 0
      ? 'Make both sides run under the same conditions (differences below), or turn strict environment ' +
        'matching off to compare anyway and accept the extra noise.'
      : 'Make both sides run the same test under the same conditions, then re-run.';
  return alert('CAUTION', [
    `The two sides were not compared: ${view.sanitize.md(refused, 1000)}`,
    'Nothing was judged, so this is not a pass.',
    `**What to do:** ${todo}`,
  ]);
}

/** What GitHub did not take although the token was allowed to post it: the job summary is then the report. */
export function notPostedNotice(view: ReportView, failures: string[]): string {
  return alert('WARNING', [
    'GitHub did not take part of this report, so this job summary is where to read it:',
    ...failures.map((f) => `- ${view.sanitize.md(f, 500)}`),
  ]);
}

/** What perf-gate cannot do without a permission, in the words of a workflow's `permissions:` block. */
const PERMISSION_USE: Record<string, string> = {
  'pull-requests: write': 'to post the PR comment',
  'issues: write': 'to post the PR comment',
  'checks: write': 'to create the check run',
  'actions: read': 'to read workflow runs and artifacts',
  'actions: write': 'to save the baseline cache',
  'contents: read': 'to read the repository',
};

export function permissionNotice(view: ReportView, note: PermissionNote): string {
  const missing = note.missing.map((p) => {
    const use = PERMISSION_USE[p.trim().toLowerCase()];
    return `**${view.sanitize.md(p, 100)}**${use ? ` (${use})` : ''}`;
  });
  const why = note.fork
    ? 'This pull request comes from a fork, so its GITHUB_TOKEN is read-only.'
    : "The workflow's token lacks permissions perf-gate needs.";
  const lacks = missing.length > 0 ? ` Missing: ${missing.join(', ')}.` : '';
  return alert('IMPORTANT', [
    `${why}${lacks} The results are still in this run's job summary.`,
    `To report on pull requests from forks, run the test on \`pull_request\` and post from a separate ` +
      `\`workflow_run\` workflow (the two-workflow pattern): see [the docs](${note.docsUrl}).`,
  ]);
}

/** The comparison's own reasons and warnings, as the statistics wrote them. */
export function reasonsAndWarnings(
  view: ReportView,
  reasons: string[],
  warnings: string[],
): string | undefined {
  const parts: string[] = [];
  if (reasons.length > 0) {
    parts.push(
      `**Why:**\n${bullets(
        capped(
          reasons.map((r) => view.sanitize.md(r, 500)),
          LIST_MAX,
        ),
      )}`,
    );
  }
  if (warnings.length > 0) {
    parts.push(
      `**Warnings:**\n${bullets(
        capped(
          warnings.map((w) => `⚠️ ${view.sanitize.md(w, 500)}`),
          LIST_MAX,
        ),
      )}`,
    );
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** How a renderer writes a commit, a user string and a label (markdown or plain text). */
export interface TextForm {
  sha(sha: string): string;
  text(s: string, max?: number): string;
  label(s: string): string;
}

export const markdownForm = (view: ReportView): TextForm => ({
  sha: (sha) => commitRef(shortSha(sha), view.sanitize.md),
  text: (s, max) => view.sanitize.md(s, max),
  label: (s) => `**${s}**`,
});

/**
 * `design: cached`: the cached comparison that called for the confirmation, then the same job's, which
 * decides this verdict; one line each.
 */
export function cachedFirstLines(view: ReportView, form: TextForm): string[] {
  const first = view.ctx.cachedFirst;
  const c = view.comparison;
  if (!first || !c) return [];
  const b = first.baseline;
  const against = b
    ? ` against ${form.sha(b.commit)} (${form.text(b.ref)}, ${formatAge(view.ctx.nowMs, b.timeMs)})`
    : '';
  const pairs = c.pairs?.ratios.length ?? Math.min(c.runs.baseline, c.runs.candidate);
  const overturned = first.verdict === c.verdict ? '' : `; the cached ${first.verdict} was not confirmed`;
  return [
    `${form.label('Cached baseline first:')} ${VERDICT_EMOJI[first.verdict]} ${first.verdict}${against}, ` +
      `${first.runs} runs of the PR build alone: ${form.text(first.summary, 300)}`,
    `${form.label('Confirmed in the same job:')} ${VERDICT_EMOJI[c.verdict]} ${c.verdict}, ${pairs} interleaved ` +
      `pairs of the base and PR builds; this verdict decides${overturned}`,
  ];
}
