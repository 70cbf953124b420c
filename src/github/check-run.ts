/**
 * The perf-gate check run on the PR's head commit: a stable name (so it can be a required status check),
 * a conclusion, a one-line title and a markdown summary. An in-progress run carrying perf-gate's external id on the
 * same commit is completed in place instead of adding a second one.
 */
import type { CheckConclusion } from '../posting/check-conclusion.ts';
import { CHECK_RUN_SUMMARY_MAX_BYTES, checkRunTitle, truncateToLimit } from '../posting/limits.ts';
import type { GitHubApi } from './client.ts';
import { attempt, guardPermission } from './errors.ts';
import type { PermissionDenied, RepoRef, Written } from './publish-outcome.ts';

export interface CheckRunStart {
  /** check name (the check-name input); keep it stable, branch protection refers to it */
  name: string;
  /** the PR head commit (`pull_request.head.sha`), not the merge commit GitHub checks out */
  headSha: string;
  /** one line, e.g. the report headline */
  title: string;
  /** markdown; cut at GitHub's limit with a note pointing at the job summary */
  summary: string;
  /** link from the check to its details, e.g. the workflow run */
  detailsUrl?: string;
}

export interface CheckRunReport extends CheckRunStart {
  conclusion: CheckConclusion;
}

/**
 * Marks the runs perf-gate creates, so that only those are ever updated: a workflow job named like the
 * check (a common choice) has an in-progress check run of the same name that must not be touched.
 */
const EXTERNAL_ID_PREFIX = 'perf-gate:';

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

function validate(name: string, headSha: string): void {
  if (name.trim() === '') throw new Error('check run: the check name is empty');
  if (!SHA.test(headSha)) {
    throw new Error(
      `check run: head sha ${JSON.stringify(headSha)} is not a full commit sha (40 or 64 hex digits)`,
    );
  }
}

function describe(verb: string, name: string, headSha: string): string {
  return `${verb} check run "${name}" on ${headSha.slice(0, 7)}`;
}

async function findOwnInProgress(api: GitHubApi, repo: RepoRef, name: string, headSha: string) {
  const runs = await attempt(describe('list', name, headSha), () =>
    api.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...repo,
      ref: headSha,
      check_name: name,
      status: 'in_progress',
      filter: 'all',
      per_page: 100,
    }),
  );
  const own = runs.filter((r) => r.external_id === EXTERNAL_ID_PREFIX + name);
  return own.sort((a, b) => Number(b.id) - Number(a.id))[0];
}

type CheckRunState = { status: 'in_progress' } | { status: 'completed'; conclusion: CheckConclusion };

function output(title: string, summary: string, notes: string[]): { title: string; summary: string } {
  const note =
    `> **Truncated:** this summary went over GitHub's limit of ${CHECK_RUN_SUMMARY_MAX_BYTES} bytes for a ` +
    'check run. The complete report is in the job summary of the workflow run.';
  const cut = truncateToLimit(summary, { maxBytes: CHECK_RUN_SUMMARY_MAX_BYTES }, note);
  if (cut.truncated) {
    notes.push(
      `check run summary truncated from ${Buffer.byteLength(summary, 'utf8')} bytes to GitHub's ${CHECK_RUN_SUMMARY_MAX_BYTES}-byte limit`,
    );
  }
  return { title: checkRunTitle(title), summary: cut.text };
}

/** Updates perf-gate's own in-progress run of this name on this commit, else creates one. */
async function upsert(
  api: GitHubApi,
  repo: RepoRef,
  input: CheckRunStart,
  state: CheckRunState,
): Promise<Written | PermissionDenied> {
  const { name, headSha } = input;
  validate(name, headSha);
  const notes: string[] = [];
  const fields = {
    ...state,
    output: output(input.title, input.summary, notes),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
  };
  return guardPermission('checks: write', async () => {
    const existing = await findOwnInProgress(api, repo, name, headSha);
    if (existing) {
      const { data } = await attempt(describe('update', name, headSha), () =>
        api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...repo,
          check_run_id: existing.id,
          ...fields,
        }),
      );
      return { status: 'updated', id: Number(data.id), url: data.html_url ?? '', notes } satisfies Written;
    }
    const { data } = await attempt(describe('create', name, headSha), () =>
      api.request('POST /repos/{owner}/{repo}/check-runs', {
        ...repo,
        name,
        head_sha: headSha,
        external_id: EXTERNAL_ID_PREFIX + name,
        ...fields,
      }),
    );
    return { status: 'posted', id: Number(data.id), url: data.html_url ?? '', notes } satisfies Written;
  });
}

/** Completes perf-gate's check run on `headSha` (updating its own in-progress run, else creating one). */
export function publishCheckRun(
  api: GitHubApi,
  repo: RepoRef,
  report: CheckRunReport,
): Promise<Written | PermissionDenied> {
  return upsert(api, repo, report, { status: 'completed', conclusion: report.conclusion });
}
