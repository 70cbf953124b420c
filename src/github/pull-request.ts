import type { GitHubApi } from './client.ts';
import { attempt, GitHubOperationError } from './errors.ts';
import type { RepoRef } from './publish-outcome.ts';

/** The head of a pull request as GitHub's trusted event says it: which repository, branch and commit. */
export interface PullRequestHead {
  /** owner/name of the repository the pull request comes from (a fork's, or this one) */
  repository: string;
  branch: string;
  sha: string;
}

/** An open pull request of `repo`, as the API (not any artifact) describes it. */
export interface FoundPullRequest {
  number: number;
  baseRef: string;
  baseSha: string;
  fork: boolean;
}

interface PullJson {
  number: number;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

/**
 * Finds the open pull request of `repo` whose head is exactly `head`: listed through the API by head owner
 * and branch (`workflow_run.pull_requests` is empty for forks), then matched on repository and commit, so a
 * pull request that moved on, or another repository's branch of the same name, never matches.
 */
async function findPullRequestByHead(
  api: GitHubApi,
  repo: RepoRef,
  head: PullRequestHead,
): Promise<FoundPullRequest | undefined> {
  const owner = head.repository.split('/')[0];
  const pulls = await attempt(
    `list pull requests of ${repo.owner}/${repo.repo} with head ${head.repository}:${head.branch}`,
    () =>
      api.paginate('GET /repos/{owner}/{repo}/pulls', {
        ...repo,
        state: 'open',
        head: `${owner}:${head.branch}`,
        per_page: 100,
      }) as Promise<PullJson[]>,
  );
  const self = `${repo.owner}/${repo.repo}`.toLowerCase();
  const match = pulls.find(
    (p) =>
      p.head.sha === head.sha &&
      p.head.repo?.full_name.toLowerCase() === head.repository.toLowerCase() &&
      p.base.repo.full_name.toLowerCase() === self,
  );
  if (match === undefined) return undefined;
  return {
    number: match.number,
    baseRef: match.base.ref,
    baseSha: match.base.sha,
    fork: head.repository.toLowerCase() !== self,
  };
}

/**
 * The pull request a report for `head` goes to; none (the check run alone is posted on the commit) when it
 * cannot be told for sure: no open pull request has that head, or the token may not list pull requests.
 */
export async function pullRequestToReportOn(
  api: GitHubApi,
  repo: RepoRef,
  head: PullRequestHead,
  logger: { warning(message: string): void },
): Promise<FoundPullRequest | undefined> {
  const noComment = `the check run goes on ${head.sha}, no comment is posted`;
  try {
    const pr = await findPullRequestByHead(api, repo, head);
    if (pr === undefined) {
      logger.warning(
        `no open pull request has head ${head.repository}:${head.branch} at ${head.sha}: ${noComment}`,
      );
    }
    return pr;
  } catch (error) {
    if (!(error instanceof GitHubOperationError)) throw error;
    logger.warning(`${error.message} (the token needs \`pull-requests: read\`): ${noComment}`);
    return undefined;
  }
}
