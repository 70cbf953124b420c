import type { PublishRequest } from '../github/publisher.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { checkConclusion } from '../judge/policy.ts';
import { renderCheck } from '../report/check.ts';
import { renderCommentBody } from '../report/comment.ts';
import type { ReportContext } from '../report/context.ts';
import { renderDriftIssue, renderDriftRecovery } from '../report/drift-issue.ts';
import { reportVerdict } from '../report/headline.ts';

/** Where a verdict goes: the commit its check run belongs to, and the pull request for the comment. */
export interface PublishTarget {
  headSha?: string;
  prNumber?: number;
  /** true when the pull request comes from a fork (its token is read-only) */
  fork: boolean;
}

/** What the mode posts: the check run and the comment (compare and report modes), the drift issue (nightly). */
export interface PublishScope {
  target: PublishTarget;
  /** post the check run and the comment */
  post: boolean;
  /** open, update or close the nightly drift issue */
  trackDrift: boolean;
}

export type PostingConfig = Pick<
  ActionConfig,
  'checkName' | 'comment' | 'onInconclusive' | 'failOnRegression'
>;

/** The check run, the sticky comment and the drift issue a judged report calls for, rendered; {} for none. */
export function publishRequest(
  ctx: ReportContext,
  config: PostingConfig,
  scope: PublishScope,
): PublishRequest {
  const request: PublishRequest = {};
  const { headSha, prNumber } = scope.target;
  if (scope.post && headSha !== undefined) {
    request.checkRun = {
      name: config.checkName,
      headSha,
      conclusion: checkConclusion(reportVerdict(ctx), config),
      ...renderCheck(ctx),
      ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
    };
  }
  if (scope.post && config.comment && prNumber !== undefined) {
    request.comment = { issueNumber: prNumber, scenarioId: ctx.scenario.id, body: renderCommentBody(ctx) };
  }
  const drift = ctx.nightly?.drift;
  // Drift not judged (too little history) neither opens nor closes the tracking issue.
  if (scope.trackDrift && drift !== undefined && drift.reason === undefined) {
    request.trackingIssue = drift.detected
      ? { drifting: true, scenarioId: ctx.scenario.id, ...renderDriftIssue(ctx) }
      : { drifting: false, scenarioId: ctx.scenario.id, comment: renderDriftRecovery(ctx) };
  }
  return request;
}
