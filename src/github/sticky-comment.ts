/**
 * One PR comment per scenario, found again by its hidden marker and edited in place, so a PR that is
 * pushed ten times still carries one perf-gate comment per scenario.
 *
 * Duplicates (two jobs that raced to create the comment) are resolved by keeping the OLDEST marked
 * comment (the lowest id: the same one on every later run, so the comment's place in the conversation is
 * stable) and deleting the newer ones written by the same author. Bots' comments are preferred (the
 * GITHUB_TOKEN writes as github-actions[bot]), so a person's comment that happens to contain the marker is
 * neither edited nor deleted. A failed deletion is reported in
 * the notes, not as a failure: the comment itself was published.
 */

import { BODY_MAX_CHARS, truncateToLimit } from '../posting/limits.ts';
import { hasMarker, marker, withMarker } from '../posting/markers.ts';
import type { GitHubApi } from './client.ts';
import { attempt, guardPermission } from './errors.ts';
import type { PermissionDenied, RepoRef, Written } from './publish-outcome.ts';

export interface StickyComment {
  /** the pull request (or issue) number */
  issueNumber: number;
  /** one comment per scenario id */
  scenarioId: string;
  /** rendered markdown; the detail belongs in the job summary, this is cut at GitHub's limit as a last resort */
  body: string;
}

const TRUNCATION_NOTE =
  `> **Truncated:** this comment went over GitHub's limit of ${BODY_MAX_CHARS} characters. ` +
  'The complete report is in the job summary of the workflow run.';

/** The comment text as posted: marker first, cut to GitHub's limit if it has to be. */
function stickyCommentBody(scenarioId: string, body: string): { text: string; truncated: boolean } {
  return truncateToLimit(
    withMarker(marker('comment', scenarioId), body),
    { maxChars: BODY_MAX_CHARS },
    TRUNCATION_NOTE,
  );
}

function validateIssueNumber(issueNumber: number): void {
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) {
    throw new Error(`sticky comment: pull request number ${issueNumber} is not a positive integer`);
  }
}

/** Creates the scenario's comment on the PR, or updates the one already there. */
export async function upsertStickyComment(
  api: GitHubApi,
  repo: RepoRef,
  comment: StickyComment,
): Promise<Written | PermissionDenied> {
  validateIssueNumber(comment.issueNumber);
  const markerText = marker('comment', comment.scenarioId);
  const body = stickyCommentBody(comment.scenarioId, comment.body);
  const where = `#${comment.issueNumber} (scenario ${comment.scenarioId})`;
  const notes: string[] = body.truncated
    ? [
        `comment truncated from ${comment.body.length} characters to GitHub's ${BODY_MAX_CHARS}-character limit`,
      ]
    : [];

  return guardPermission('pull-requests: write', async () => {
    const all = await attempt(`list comments on ${where}`, () =>
      api.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: comment.issueNumber,
        per_page: 100,
      }),
    );
    const marked = all.filter((c) => hasMarker(c.body, markerText)).sort((a, b) => a.id - b.id);
    // a bot's marked comment is ours (GITHUB_TOKEN writes as github-actions[bot]); a person's is only a
    // candidate when no bot wrote one (a personal token writes as that person)
    const byBots = marked.filter((c) => c.user?.type === 'Bot');
    const [kept, ...others] = byBots.length > 0 ? byBots : marked;

    if (!kept) {
      const { data } = await attempt(`create comment on ${where}`, () =>
        api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: comment.issueNumber,
          body: body.text,
        }),
      );
      return { status: 'posted', id: Number(data.id), url: data.html_url, notes } satisfies Written;
    }

    if (kept.body === body.text) {
      notes.push('comment already up to date');
    } else {
      await attempt(`update comment ${kept.id} on ${where}`, () =>
        api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo,
          comment_id: kept.id,
          body: body.text,
        }),
      );
    }

    const strangers = marked.length - 1 - others.length;
    if (strangers > 0) notes.push(`left ${strangers} marked comment(s) by other authors untouched`);
    for (const duplicate of others.filter((c) => c.user?.login === kept.user?.login)) {
      try {
        await attempt(`delete duplicate comment ${duplicate.id} on ${where}`, () =>
          api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repo,
            comment_id: duplicate.id,
          }),
        );
        notes.push(`deleted duplicate comment ${duplicate.id}`);
      } catch (error) {
        notes.push(`could not delete duplicate comment ${duplicate.id}: ${(error as Error).message}`);
      }
    }
    return { status: 'updated', id: kept.id, url: kept.html_url, notes } satisfies Written;
  });
}
