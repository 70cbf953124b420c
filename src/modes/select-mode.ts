import type { Mode } from '../inputs/config.ts';

/** The slice of the GitHub event context that decides what a run of the action does. */
export interface EventContext {
  eventName: string;
  /** the parsed GITHUB_EVENT_PATH payload */
  payload: Record<string, unknown>;
  /** GITHUB_SHA and GITHUB_REF_NAME */
  sha: string;
  refName: string;
}

/**
 * compare: measure this commit and judge it against a baseline; never saves.
 * baseline: measure this commit and save it as the branch's new baseline (if the run is valid);
 *   `nightly` also compares with the previous baseline and the history (trend, drift).
 * report: post a verdict measured by another workflow (the fork-safe two-workflow pattern).
 */
export type ModePlan =
  | {
      mode: 'compare';
      /** the commit the check run belongs to: the PR head, never the merge commit */
      headSha: string;
      /** the baseline to prefer: the PR's base commit exactly, then the newest of the base branch */
      baseSha?: string;
      baseBranch: string;
      prNumber?: number;
      /** the pull request comes from a fork (its token is read-only); false off pull requests */
      fork: boolean;
    }
  | { mode: 'baseline'; sha: string; branch: string; nightly: boolean }
  | { mode: 'report' };

const PULL_REQUEST_TARGET_REFUSAL =
  "perf-gate refuses 'pull_request_target': that event runs with a write token and secrets while the load " +
  'test would execute code from the pull request. Use the two-workflow pattern instead: a `pull_request` ' +
  "workflow measures and uploads the results, and a `workflow_run` workflow runs perf-gate with 'mode: report' " +
  'to post the check and comment (see docs/fork-prs.md).';

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string; repo?: { fork?: boolean } };
  base?: { sha?: string; ref?: string };
}

function defaultBranchOf(payload: Record<string, unknown>): string | undefined {
  const repo = payload.repository as { default_branch?: string } | undefined;
  return repo?.default_branch;
}

export function selectMode(ctx: EventContext, requested: Mode, baselineBranch?: string): ModePlan {
  if (ctx.eventName === 'pull_request_target') throw new Error(PULL_REQUEST_TARGET_REFUSAL);
  const defaultBranch = baselineBranch ?? defaultBranchOf(ctx.payload) ?? 'main';
  const pr = ctx.payload.pull_request as PullRequestPayload | undefined;

  if (requested === 'report') return { mode: 'report' };
  if (requested === 'baseline') {
    if (pr !== undefined) {
      throw new Error("mode 'baseline' is refused on pull-request events: a PR never saves a baseline");
    }
    return { mode: 'baseline', sha: ctx.sha, branch: ctx.refName, nightly: ctx.eventName === 'schedule' };
  }
  if (pr !== undefined) {
    return {
      mode: 'compare',
      headSha: pr.head?.sha ?? ctx.sha,
      baseSha: pr.base?.sha,
      baseBranch: baselineBranch ?? pr.base?.ref ?? defaultBranch,
      prNumber: pr.number,
      fork: pr.head?.repo?.fork === true,
    };
  }
  const onDefaultBranch = ctx.refName === defaultBranch;
  const recordsBaselines = ['push', 'schedule', 'workflow_dispatch'].includes(ctx.eventName);
  if (requested === 'auto' && onDefaultBranch && recordsBaselines) {
    return { mode: 'baseline', sha: ctx.sha, branch: ctx.refName, nightly: ctx.eventName === 'schedule' };
  }
  // Anything else (explicit compare, a push to a feature branch, merge_group, …): judge against the
  // baseline branch without saving.
  return { mode: 'compare', headSha: ctx.sha, baseBranch: defaultBranch, fork: false };
}
