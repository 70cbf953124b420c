/**
 * The nightly drift tracker: one open issue per scenario while its performance has drifted from the
 * baseline, updated each night, closed with a comment when the drift recovers.
 *
 * The issue is found among open issues carrying the label (default `perf-gate`) by the hidden marker
 * `<!-- perf-gate-drift:<scenario-id> -->` in its body. If someone removes the label, the issue is no longer
 * perf-gate's: a new one is opened on the next drift. When several open issues carry the marker (a past
 * race), the oldest is updated and, on recovery, all of them are closed.
 */

import { BODY_MAX_CHARS, oneLine, truncateToLimit } from '../posting/limits.ts';
import { hasMarker, marker, withMarker } from '../posting/markers.ts';
import type { GitHubApi } from './client.ts';
import { attempt, guardPermission } from './errors.ts';
import type { NothingToDo, PermissionDenied, RepoRef, Written } from './publish-outcome.ts';

const DEFAULT_TRACKING_LABEL = 'perf-gate';

export interface DriftReport {
  scenarioId: string;
  title: string;
  /** rendered markdown */
  body: string;
  /** labels of a new issue; the first one is how perf-gate finds its issues again (default `perf-gate`) */
  labels?: string[];
}

export interface DriftRecovery {
  scenarioId: string;
  /** posted on the issue before it is closed */
  comment: string;
  /** the label the issue carries (default `perf-gate`) */
  label?: string;
}

const TRUNCATION_NOTE =
  `> **Truncated:** this report went over GitHub's limit of ${BODY_MAX_CHARS} characters. ` +
  'The complete report is in the job summary of the nightly workflow run.';

function cut(text: string, notes: string[], what: string): string {
  const result = truncateToLimit(text, { maxChars: BODY_MAX_CHARS }, TRUNCATION_NOTE);
  if (result.truncated) {
    notes.push(
      `${what} truncated from ${text.length} characters to GitHub's ${BODY_MAX_CHARS}-character limit`,
    );
  }
  return result.text;
}

async function findOpen(
  api: GitHubApi,
  repo: RepoRef,
  label: string,
  markerText: string,
  scenarioId: string,
) {
  const issues = await attempt(`list open "${label}" issues (scenario ${scenarioId})`, () =>
    api.paginate('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      labels: label,
      state: 'open',
      per_page: 100,
    }),
  );
  // the issues endpoint lists pull requests too
  return issues
    .filter((i) => i.pull_request === undefined && hasMarker(i.body, markerText))
    .sort((a, b) => a.number - b.number);
}

/** Opens the scenario's drift issue, or updates the open one. */
export async function reportDrift(
  api: GitHubApi,
  repo: RepoRef,
  report: DriftReport,
): Promise<Written | PermissionDenied> {
  const markerText = marker('tracking-issue', report.scenarioId);
  const labels = report.labels ?? [DEFAULT_TRACKING_LABEL];
  const label = labels[0];
  if (label === undefined || label.trim() === '') {
    throw new Error(
      `tracking issue (scenario ${report.scenarioId}): the label list is empty or starts with an empty label`,
    );
  }
  const notes: string[] = [];
  const body = cut(withMarker(markerText, report.body), notes, 'issue body');
  const title = oneLine(report.title);
  if (title === '') throw new Error(`tracking issue (scenario ${report.scenarioId}): the title is empty`);

  return guardPermission('issues: write', async () => {
    const [existing, ...duplicates] = await findOpen(api, repo, label, markerText, report.scenarioId);
    if (!existing) {
      const { data } = await attempt(`open drift issue (scenario ${report.scenarioId})`, () =>
        api.request('POST /repos/{owner}/{repo}/issues', { ...repo, title, body, labels }),
      );
      return { status: 'posted', id: data.number, url: data.html_url, notes } satisfies Written;
    }
    if (duplicates.length > 0) {
      notes.push(
        `other open drift issues for this scenario: ${duplicates.map((d) => `#${d.number}`).join(', ')}`,
      );
    }
    if (existing.body === body && existing.title === title) {
      notes.push('issue already up to date');
    } else {
      await attempt(`update drift issue #${existing.number} (scenario ${report.scenarioId})`, () =>
        api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number: existing.number,
          title,
          body,
        }),
      );
    }
    return { status: 'updated', id: existing.number, url: existing.html_url, notes } satisfies Written;
  });
}

/** Comments on and closes the scenario's open drift issue(s); nothing to do when none is open. */
export async function resolveDrift(
  api: GitHubApi,
  repo: RepoRef,
  recovery: DriftRecovery,
): Promise<Written | NothingToDo | PermissionDenied> {
  const markerText = marker('tracking-issue', recovery.scenarioId);
  const label = recovery.label ?? DEFAULT_TRACKING_LABEL;
  const notes: string[] = [];
  const comment = cut(recovery.comment, notes, 'closing comment');

  return guardPermission('issues: write', async () => {
    const open = await findOpen(api, repo, label, markerText, recovery.scenarioId);
    const [first] = open;
    if (!first) {
      return {
        status: 'nothing-to-do',
        reason: `no open drift issue for scenario ${recovery.scenarioId}`,
      } as const;
    }
    for (const issue of open) {
      const where = `drift issue #${issue.number} (scenario ${recovery.scenarioId})`;
      await attempt(`comment on ${where}`, () =>
        api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: issue.number,
          body: comment,
        }),
      );
      await attempt(`close ${where}`, () =>
        api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'completed',
        }),
      );
    }
    if (open.length > 1) notes.push(`closed ${open.length} open drift issues for this scenario`);
    return { status: 'closed', id: first.number, url: first.html_url, notes } satisfies Written;
  });
}
