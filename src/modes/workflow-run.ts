/**
 * What `mode: report` may trust: the `workflow_run` event GitHub sends when the measuring workflow ended.
 * Its head commit, branch and repository say whose measurement it was; nothing in the artifact does.
 */
export interface MeasuringRun {
  /** the repository (owner/name), branch and commit the pull request's workflow measured */
  head: { repository: string; branch: string; sha: string };
  /** the measuring workflow run's page, for the report */
  url?: string;
}

class ReportEventError extends Error {
  override name = 'ReportEventError';
}

const SHA = /^[0-9a-f]{40}$/;

export function measuringRunOf(eventName: string, payload: Record<string, unknown>): MeasuringRun {
  if (eventName !== 'workflow_run') {
    throw new ReportEventError(
      `mode report runs on workflow_run events only (this is '${eventName}'): the commit and pull request to ` +
        'post to are taken from that event, never from the uploaded report (see docs/fork-prs.md)',
    );
  }
  const run = payload.workflow_run as
    | {
        event?: unknown;
        head_sha?: unknown;
        head_branch?: unknown;
        head_repository?: { full_name?: unknown } | null;
        html_url?: unknown;
      }
    | undefined;
  if (run?.event !== 'pull_request') {
    throw new ReportEventError(
      `mode report posts verdicts of pull_request workflows; the workflow_run event is for a '${String(run?.event)}' ` +
        "run (add `if: github.event.workflow_run.event == 'pull_request'` to the job)",
    );
  }
  const sha = run.head_sha;
  const branch = run.head_branch;
  const repository = run.head_repository?.full_name;
  if (typeof sha !== 'string' || !SHA.test(sha)) {
    throw new ReportEventError(`workflow_run.head_sha is not a commit sha: ${JSON.stringify(sha)}`);
  }
  if (
    typeof branch !== 'string' ||
    branch === '' ||
    typeof repository !== 'string' ||
    !repository.includes('/')
  ) {
    throw new ReportEventError(
      'the workflow_run event lacks head_branch or head_repository.full_name: cannot find the pull request',
    );
  }
  const url =
    typeof run.html_url === 'string' && /^https?:\/\/[^\s<>()[\]"'`]+$/.test(run.html_url)
      ? run.html_url
      : undefined;
  return { head: { sha, branch, repository }, ...(url ? { url } : {}) };
}
