/**
 * The one call the Action makes to put a verdict where reviewers look: the check run, the scenario's
 * sticky PR comment, the nightly drift issue. Each item is attempted independently and reported, never
 * thrown: a fork PR's read-only token must not turn a measured verdict into a crash.
 */
import { type CheckRunReport, publishCheckRun } from './check-run.ts';
import type { GitHubApi } from './client.ts';
import { GitHubOperationError } from './errors.ts';
import type { Failed, OperationResult, PublishOutcome, RepoRef, WritePermission } from './publish-outcome.ts';
import { type StickyComment, upsertStickyComment } from './sticky-comment.ts';
import { type DriftRecovery, type DriftReport, reportDrift, resolveDrift } from './tracking-issue.ts';

export type TrackingIssueUpdate = ({ drifting: true } & DriftReport) | ({ drifting: false } & DriftRecovery);

export interface PublishRequest {
  checkRun?: CheckRunReport;
  comment?: StickyComment;
  trackingIssue?: TrackingIssueUpdate;
}

export interface PublishResults {
  checkRun?: PublishOutcome;
  comment?: PublishOutcome;
  trackingIssue?: PublishOutcome;
}

const ITEM_NAMES: Record<keyof PublishResults, string> = {
  checkRun: 'check run',
  comment: 'PR comment',
  trackingIssue: 'drift issue',
};

async function settle(
  item: keyof PublishResults,
  run: () => Promise<OperationResult>,
): Promise<PublishOutcome> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitHubOperationError) {
      return { status: 'failed', operation: error.operation, message: error.message } satisfies Failed;
    }
    // our own validation of the request (bad sha, bad scenario id…): reported like GitHub's refusals
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', operation: ITEM_NAMES[item], message } satisfies Failed;
  }
}

/** Publishes each requested item in turn (check run, comment, drift issue) and reports each outcome. */
export async function publish(
  api: GitHubApi,
  repo: RepoRef,
  request: PublishRequest,
): Promise<PublishResults> {
  const results: PublishResults = {};
  const { checkRun, comment, trackingIssue } = request;
  if (checkRun) {
    results.checkRun = await settle('checkRun', () => publishCheckRun(api, repo, checkRun));
  }
  if (comment) {
    results.comment = await settle('comment', () => upsertStickyComment(api, repo, comment));
  }
  if (trackingIssue) {
    results.trackingIssue = await settle('trackingIssue', () =>
      trackingIssue.drifting ? reportDrift(api, repo, trackingIssue) : resolveDrift(api, repo, trackingIssue),
    );
  }
  return results;
}

/** The permissions the workflow lacked, once each, in item order. */
export function missingPermissions(results: PublishResults): WritePermission[] {
  const missing = Object.values(results).flatMap((o: PublishOutcome) =>
    o.status === 'skipped-permission' ? [o.permission] : [],
  );
  return [...new Set(missing)];
}

/** One line per item GitHub refused or failed to take (422, 401, 5xx after retries…): "check run: why". */
export function failedOutcomes(results: PublishResults): string[] {
  return (['checkRun', 'comment', 'trackingIssue'] as const).flatMap((item) => {
    const outcome = results[item];
    return outcome?.status === 'failed' ? [`${ITEM_NAMES[item]}: ${outcome.message}`] : [];
  });
}

/** One plain-text line per item (then its notes), for the log and the job summary. */
export function describeOutcomes(results: PublishResults): string[] {
  const lines: string[] = [];
  for (const item of ['checkRun', 'comment', 'trackingIssue'] as const) {
    const outcome = results[item];
    if (!outcome) continue;
    const name = ITEM_NAMES[item];
    switch (outcome.status) {
      case 'posted':
      case 'updated':
      case 'closed':
        lines.push(`${name}: ${outcome.status} ${outcome.url}`.trimEnd());
        lines.push(...outcome.notes.map((note) => `  ${note}`));
        break;
      case 'nothing-to-do':
        lines.push(`${name}: nothing to do (${outcome.reason})`);
        break;
      case 'skipped-permission':
        lines.push(`${name}: not published: ${outcome.message}`);
        break;
      case 'failed':
        lines.push(`${name}: failed: ${outcome.message}`);
        break;
    }
  }
  return lines;
}

/** `owner/repo` (GITHUB_REPOSITORY, or a CLI flag) as a RepoRef. */
export function parseRepository(slug: string): RepoRef {
  const match = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(slug.trim());
  if (!match) throw new Error(`repository ${JSON.stringify(slug)} is not of the form owner/name`);
  return { owner: match[1]!, repo: match[2]! };
}
