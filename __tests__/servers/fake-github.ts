/**
 * A small in-memory GitHub REST API on 127.0.0.1 (random port) for tests and the end-to-end run of the
 * Action: check runs, issues, issue comments (with real Link-header pagination), the k6 "latest release",
 * plus scripted faults (permission errors, validation errors, 5xx, primary and secondary rate limits) and
 * a log of every request.
 *
 *   const gh = await startFakeGitHub();
 *   gh.state.seedPullRequest('octo/app', { number: 7 });
 *   gh.script('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.forbidden());
 *   ... point the client at gh.url ...
 *   await gh.close();
 *
 * It validates what GitHub validates where our code could get it wrong (required fields, the 65 535-byte
 * check-run summary, the 65 536-character comment and issue body), answering with GitHub's error shapes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeRouteId =
  | 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'
  | 'POST /repos/{owner}/{repo}/check-runs'
  | 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}'
  | 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'
  | 'GET /repos/{owner}/{repo}/issues'
  | 'POST /repos/{owner}/{repo}/issues'
  | 'GET /repos/{owner}/{repo}/issues/{issue_number}'
  | 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'
  | 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
  | 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
  | 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}'
  | 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'
  | 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}'
  | 'GET /repos/{owner}/{repo}/releases/latest'
  | 'GET /repos/{owner}/{repo}/pulls';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: FakeUser;
  /** pull requests are issues too (as on GitHub): listed by GET /issues, commentable */
  isPullRequest: boolean;
  /** a pull request's head and base, when seeded with them (listed by GET /pulls) */
  pull?: FakePullHeads;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface FakePullHeads {
  head: { sha: string; ref: string; repo: string };
  base: { sha: string; ref: string };
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeRepoState {
  checkRuns: FakeCheckRun[];
  issues: FakeIssue[];
  comments: FakeComment[];
  /** answer of GET /releases/latest; 404 when undefined */
  latestRelease?: Record<string, unknown>;
  nextIssueNumber: number;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  method: string;
  /** path without the query string */
  path: string;
  query: Record<string, string>;
  route: FakeRouteId | null;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
  /** true when a scripted fault answered instead of the fake's own handler */
  scripted: boolean;
}

export interface FakeGitHubOptions {
  /** when set, requests must carry `Authorization: token <token>` (or Bearer), else 401 Bad credentials */
  token?: string;
  /** author of everything created through the API (default: the GITHUB_TOKEN's bot) */
  actor?: FakeUser;
}

export interface FakeGitHub {
  /** base URL to hand to the client (GITHUB_API_URL), e.g. http://127.0.0.1:41234 */
  url: string;
  state: FakeGitHubState;
  /** every request, in arrival order (live array) */
  requests: LoggedRequest[];
  /** the next `times` requests to `route` get `response` instead of the normal handling */
  script(route: FakeRouteId, response: ScriptedResponse | (() => ScriptedResponse), times?: number): void;
  /** requests that hit `route` (convenience filter over `requests`) */
  requestsTo(route: FakeRouteId): LoggedRequest[];
  close(): Promise<void>;
}

export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: FakeUser = { login: 'octocat', id: 583231, type: 'User' };

const CHECK_SUMMARY_MAX_BYTES = 65_535;
const BODY_MAX_CHARS = 65_536;

/** GitHub's error responses, ready to script. */
export const faults = {
  /** what a GITHUB_TOKEN without the needed permission (fork PR, read-only token) gets */
  forbidden(message = 'Resource not accessible by integration'): ScriptedResponse {
    return errorResponse(403, message);
  },
  notFound(): ScriptedResponse {
    return errorResponse(404, 'Not Found');
  },
  validationFailed(message: string, field = 'body', resource = 'Issue'): ScriptedResponse {
    return validationError(resource, field, message);
  },
  serverError(status = 500): ScriptedResponse {
    return errorResponse(status, status === 502 ? 'Server Error' : 'Internal Server Error');
  },
  /** secondary ("abuse") limit: 403 or 429 with retry-after */
  secondaryRateLimit(retryAfterSeconds = 1, status: 403 | 429 = 403): ScriptedResponse {
    return {
      ...errorResponse(
        status,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      ),
      headers: { 'retry-after': String(retryAfterSeconds) },
    };
  },
  /** primary limit: x-ratelimit-remaining 0 and a reset time `resetInSeconds` from when it is answered */
  primaryRateLimit(resetInSeconds = 1): () => ScriptedResponse {
    return () => ({
      ...errorResponse(403, 'API rate limit exceeded for installation ID 1.'),
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
      },
    });
  },
};

function errorResponse(status: number, message: string): ScriptedResponse {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  };
}

function validationError(resource: string, field: string, message: string): ScriptedResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

/** In-memory repositories, created on first use; seed helpers for tests. */
export class FakeGitHubState {
  private readonly repos = new Map<string, FakeRepoState>();
  private nextId = 1000;

  constructor() {
    this.repo('grafana', 'k6').latestRelease = {
      tag_name: 'v0.49.0',
      name: 'v0.49.0',
      html_url: 'https://github.com/grafana/k6/releases/tag/v0.49.0',
    };
  }

  repo(owner: string, name: string): FakeRepoState {
    const key = `${owner}/${name}`.toLowerCase();
    let state = this.repos.get(key);
    if (!state) {
      state = { checkRuns: [], issues: [], comments: [], nextIssueNumber: 1 };
      this.repos.set(key, state);
    }
    return state;
  }

  newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** a pull request to comment on (PR numbers share the issue sequence, as on GitHub) */
  seedPullRequest(
    owner: string,
    name: string,
    init: { number?: number; title?: string; pull?: FakePullHeads } = {},
  ): FakeIssue {
    const issue = this.addIssue(
      owner,
      name,
      { title: init.title ?? 'A pull request', isPullRequest: true },
      init.number,
    );
    if (init.pull) issue.pull = init.pull;
    return issue;
  }

  seedIssue(
    owner: string,
    name: string,
    init: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; user?: FakeUser },
  ): FakeIssue {
    const issue = this.addIssue(owner, name, { ...init, isPullRequest: false });
    if (init.state === 'closed') {
      issue.state = 'closed';
      issue.closed_at = issue.created_at;
    }
    return issue;
  }

  /** `count` comments on issue/PR `issueNumber`; `body(i)` gives the i-th body (0-based) */
  seedComments(
    owner: string,
    name: string,
    issueNumber: number,
    count: number,
    body: (i: number) => string = (i) => `comment ${i}`,
    user: FakeUser = OCTOCAT,
  ): FakeComment[] {
    const created: FakeComment[] = [];
    for (let i = 0; i < count; i++) {
      created.push(this.addComment(owner, name, issueNumber, body(i), user));
    }
    return created;
  }

  addIssue(
    owner: string,
    name: string,
    init: { title: string; body?: string; labels?: string[]; isPullRequest: boolean; user?: FakeUser },
    number?: number,
  ): FakeIssue {
    const repo = this.repo(owner, name);
    const issueNumber = number ?? repo.nextIssueNumber;
    if (repo.issues.some((i) => i.number === issueNumber)) {
      throw new Error(`fake GitHub: ${owner}/${name}#${issueNumber} already exists`);
    }
    repo.nextIssueNumber = Math.max(repo.nextIssueNumber, issueNumber + 1);
    const now = new Date().toISOString();
    const issue: FakeIssue = {
      id: this.newId(),
      number: issueNumber,
      title: init.title,
      body: init.body ?? null,
      state: 'open',
      state_reason: null,
      labels: init.labels ?? [],
      user: init.user ?? OCTOCAT,
      isPullRequest: init.isPullRequest,
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
    repo.issues.push(issue);
    return issue;
  }

  addComment(owner: string, name: string, issueNumber: number, body: string, user: FakeUser): FakeComment {
    const repo = this.repo(owner, name);
    if (!repo.issues.some((i) => i.number === issueNumber)) {
      throw new Error(`fake GitHub: no issue or pull request ${owner}/${name}#${issueNumber} to comment on`);
    }
    const now = new Date().toISOString();
    const comment: FakeComment = {
      id: this.newId(),
      issue_number: issueNumber,
      body,
      user,
      created_at: now,
      updated_at: now,
    };
    repo.comments.push(comment);
    return comment;
  }
}

interface RouteContext {
  owner: string;
  repo: string;
  params: string[];
  query: Record<string, string>;
  body: Record<string, unknown>;
  state: FakeGitHubState;
  baseUrl: string;
  path: string;
  actor: FakeUser;
}

type RouteResult = ScriptedResponse;

interface RouteDef {
  id: FakeRouteId;
  method: string;
  pattern: RegExp;
  handle(ctx: RouteContext): RouteResult;
}

const SEG = '([^/]+)';
const NUM = '(\\d+)';

function route(id: FakeRouteId, tail: string, handle: RouteDef['handle']): RouteDef {
  const [method] = id.split(' ');
  return { id, method: method!, pattern: new RegExp(`^/repos/${SEG}/${SEG}${tail}$`), handle };
}

const ROUTES: RouteDef[] = [
  route('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', `/commits/${SEG}/check-runs`, listCheckRuns),
  route('POST /repos/{owner}/{repo}/check-runs', '/check-runs', createCheckRun),
  route('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', `/check-runs/${NUM}`, (ctx) => {
    const run = findCheckRun(ctx);
    return run ? ok(200, checkRunJson(ctx, run)) : notFound();
  }),
  route('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', `/check-runs/${NUM}`, updateCheckRun),
  route('GET /repos/{owner}/{repo}/issues', '/issues', listIssues),
  route('POST /repos/{owner}/{repo}/issues', '/issues', createIssue),
  route('GET /repos/{owner}/{repo}/issues/{issue_number}', `/issues/${NUM}`, (ctx) => {
    const issue = findIssue(ctx, Number(ctx.params[0]));
    return issue ? ok(200, issueJson(ctx, issue)) : notFound();
  }),
  route('PATCH /repos/{owner}/{repo}/issues/{issue_number}', `/issues/${NUM}`, updateIssue),
  route('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', `/issues/${NUM}/comments`, listComments),
  route(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    `/issues/${NUM}/comments`,
    createComment,
  ),
  route('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', `/issues/comments/${NUM}`, (ctx) => {
    const comment = findComment(ctx);
    return comment ? ok(200, commentJson(ctx, comment)) : notFound();
  }),
  route('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', `/issues/comments/${NUM}`, updateComment),
  route(
    'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    `/issues/comments/${NUM}`,
    deleteComment,
  ),
  route('GET /repos/{owner}/{repo}/pulls', '/pulls', listPulls),
  route('GET /repos/{owner}/{repo}/releases/latest', '/releases/latest', (ctx) => {
    const release = repoOf(ctx).latestRelease;
    return release ? ok(200, release) : notFound();
  }),
];

function ok(status: number, body?: unknown, headers?: Record<string, string>): RouteResult {
  return { status, body, headers };
}

function notFound(): RouteResult {
  return faults.notFound();
}

function repoOf(ctx: RouteContext): FakeRepoState {
  return ctx.state.repo(ctx.owner, ctx.repo);
}

function repoUrl(ctx: RouteContext): string {
  return `${ctx.baseUrl}/repos/${ctx.owner}/${ctx.repo}`;
}

function htmlUrl(ctx: RouteContext): string {
  return `https://github.com/${ctx.owner}/${ctx.repo}`;
}

function userJson(user: FakeUser): Record<string, unknown> {
  return { login: user.login, id: user.id, type: user.type };
}

/** Slices `items` like GitHub (per_page default 30, max 100; page from 1) and builds the Link header. */
function paginate<T>(ctx: RouteContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
  const pageNo = Math.max(1, Number(ctx.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(n) });
    return `<${ctx.baseUrl}${ctx.path}?${params.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNo > 1) links.push(link(pageNo - 1, 'prev'), link(1, 'first'));
  if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
  return { page, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

/** A 200 answer with one page of `items`, each rendered by `json`. */
function pagedList<T>(
  ctx: RouteContext,
  items: T[],
  json: (ctx: RouteContext, item: T) => unknown,
): RouteResult {
  const { page, headers } = paginate(ctx, items);
  return ok(
    200,
    page.map((item) => json(ctx, item)),
    headers,
  );
}

function requireString(ctx: RouteContext, field: string, resource: string): string | RouteResult {
  const value = ctx.body[field];
  if (typeof value !== 'string' || value.length === 0) {
    return validationError(resource, field, `${field} wasn't supplied`);
  }
  return value;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function bodyTooLong(resource: string, body: unknown): RouteResult | undefined {
  if (typeof body === 'string' && codePoints(body) > BODY_MAX_CHARS) {
    return validationError(resource, 'body', `Body is too long (maximum is ${BODY_MAX_CHARS} characters)`);
  }
  return undefined;
}

// ---- check runs -------------------------------------------------------------------------------------

const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'timed_out'];
const STATUSES = ['queued', 'in_progress', 'completed'] as const;

function checkRunJson(ctx: RouteContext, run: FakeCheckRun): Record<string, unknown> {
  return {
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    details_url: run.details_url,
    external_id: run.external_id,
    url: `${repoUrl(ctx)}/check-runs/${run.id}`,
    html_url: `${htmlUrl(ctx)}/runs/${run.id}`,
    output: { ...run.output, annotations_count: 0 },
    app: { slug: 'github-actions', name: 'GitHub Actions', id: 15368 },
  };
}

function findCheckRun(ctx: RouteContext): FakeCheckRun | undefined {
  const id = Number(ctx.params[0]);
  return repoOf(ctx).checkRuns.find((r) => r.id === id);
}

/** Applies status/conclusion/output/details fields of a create or update body; returns an error or undefined. */
function applyCheckRunFields(ctx: RouteContext, run: FakeCheckRun): RouteResult | undefined {
  const { status, conclusion, output, details_url, external_id, completed_at } = ctx.body;
  if (status !== undefined) {
    if (!STATUSES.includes(status as (typeof STATUSES)[number])) {
      return validationError('CheckRun', 'status', `status is not included in the list`);
    }
    run.status = status as FakeCheckRun['status'];
  }
  if (conclusion !== undefined) {
    if (typeof conclusion !== 'string' || !CONCLUSIONS.includes(conclusion)) {
      return validationError('CheckRun', 'conclusion', 'conclusion is not included in the list');
    }
    // as on GitHub: providing a conclusion completes the run
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.conclusion === null) {
    return validationError('CheckRun', 'conclusion', 'conclusion must be provided when status is completed');
  }
  if (run.status === 'completed') {
    run.completed_at = typeof completed_at === 'string' ? completed_at : new Date().toISOString();
  }
  if (output !== undefined) {
    const o = output as Record<string, unknown>;
    if (typeof o.title !== 'string' || typeof o.summary !== 'string') {
      return validationError('CheckRun', 'output', 'output requires a title and a summary');
    }
    for (const field of ['summary', 'text'] as const) {
      const value = o[field];
      if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > CHECK_SUMMARY_MAX_BYTES) {
        return validationError(
          'CheckRun',
          field,
          `${field} exceeds a maximum bytesize of ${CHECK_SUMMARY_MAX_BYTES}`,
        );
      }
    }
    run.output = { title: o.title, summary: o.summary, text: typeof o.text === 'string' ? o.text : null };
  }
  if (typeof details_url === 'string') run.details_url = details_url;
  if (typeof external_id === 'string') run.external_id = external_id;
  return undefined;
}

function createCheckRun(ctx: RouteContext): RouteResult {
  const name = requireString(ctx, 'name', 'CheckRun');
  if (typeof name !== 'string') return name;
  const headSha = requireString(ctx, 'head_sha', 'CheckRun');
  if (typeof headSha !== 'string') return headSha;
  const run: FakeCheckRun = {
    id: ctx.state.newId(),
    name,
    head_sha: headSha,
    status: 'queued',
    conclusion: null,
    started_at: typeof ctx.body.started_at === 'string' ? ctx.body.started_at : new Date().toISOString(),
    completed_at: null,
    details_url: null,
    external_id: null,
    output: { title: null, summary: null, text: null },
  };
  const invalid = applyCheckRunFields(ctx, run);
  if (invalid) return invalid;
  repoOf(ctx).checkRuns.push(run);
  return ok(201, checkRunJson(ctx, run));
}

function updateCheckRun(ctx: RouteContext): RouteResult {
  const run = findCheckRun(ctx);
  if (!run) return notFound();
  const draft: FakeCheckRun = { ...run, output: { ...run.output } };
  if (typeof ctx.body.name === 'string') draft.name = ctx.body.name;
  const invalid = applyCheckRunFields(ctx, draft);
  if (invalid) return invalid;
  Object.assign(run, draft);
  return ok(200, checkRunJson(ctx, run));
}

function listCheckRuns(ctx: RouteContext): RouteResult {
  const ref = decodeURIComponent(ctx.params[0]!);
  let runs = repoOf(ctx).checkRuns.filter((r) => r.head_sha === ref);
  if (ctx.query.check_name) runs = runs.filter((r) => r.name === ctx.query.check_name);
  if (ctx.query.status) runs = runs.filter((r) => r.status === ctx.query.status);
  if ((ctx.query.filter ?? 'latest') === 'latest') {
    // newest run of each name only
    const newest = new Map<string, FakeCheckRun>();
    for (const r of runs) if ((newest.get(r.name)?.id ?? -1) < r.id) newest.set(r.name, r);
    runs = [...newest.values()];
  }
  runs = [...runs].sort((a, b) => b.id - a.id);
  const { page, headers } = paginate(ctx, runs);
  return ok(200, { total_count: runs.length, check_runs: page.map((r) => checkRunJson(ctx, r)) }, headers);
}

// ---- issues -----------------------------------------------------------------------------------------

function issueJson(ctx: RouteContext, issue: FakeIssue): Record<string, unknown> {
  const comments = repoOf(ctx).comments.filter((c) => c.issue_number === issue.number).length;
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name, i) => ({ id: i + 1, name })),
    user: userJson(issue.user),
    comments,
    url: `${repoUrl(ctx)}/issues/${issue.number}`,
    html_url: `${htmlUrl(ctx)}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    ...(issue.isPullRequest ? { pull_request: { url: `${repoUrl(ctx)}/pulls/${issue.number}` } } : {}),
  };
}

function findIssue(ctx: RouteContext, number: number): FakeIssue | undefined {
  return repoOf(ctx).issues.find((i) => i.number === number);
}

function labelsOf(ctx: RouteContext): string[] | RouteResult | undefined {
  const labels = ctx.body.labels;
  if (labels === undefined) return undefined;
  if (!Array.isArray(labels)) return validationError('Issue', 'labels', 'labels must be an array');
  return labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)));
}

function listIssues(ctx: RouteContext): RouteResult {
  const state = ctx.query.state ?? 'open';
  const wanted = (ctx.query.labels ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l.length > 0);
  let issues = repoOf(ctx).issues.filter((i) => state === 'all' || i.state === state);
  issues = issues.filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
  // GitHub's default: sort=created, direction=desc
  const direction = ctx.query.direction === 'asc' ? 1 : -1;
  issues = [...issues].sort((a, b) => direction * (a.number - b.number));
  return pagedList(ctx, issues, issueJson);
}

/** GET /pulls with GitHub's `head=owner:branch` filter; only pull requests seeded with their heads. */
function listPulls(ctx: RouteContext): RouteResult {
  const state = ctx.query.state ?? 'open';
  const head = ctx.query.head;
  const pulls = repoOf(ctx).issues.filter(
    (i) =>
      i.pull !== undefined &&
      (state === 'all' || i.state === state) &&
      (head === undefined || `${i.pull.head.repo.split('/')[0]}:${i.pull.head.ref}` === head),
  );
  return pagedList(ctx, pulls, (c, i) => ({
    number: i.number,
    state: i.state,
    title: i.title,
    url: `${repoUrl(c)}/pulls/${i.number}`,
    head: { sha: i.pull!.head.sha, ref: i.pull!.head.ref, repo: { full_name: i.pull!.head.repo } },
    base: { sha: i.pull!.base.sha, ref: i.pull!.base.ref, repo: { full_name: `${c.owner}/${c.repo}` } },
  }));
}

function createIssue(ctx: RouteContext): RouteResult {
  const title = requireString(ctx, 'title', 'Issue');
  if (typeof title !== 'string') return title;
  const labels = labelsOf(ctx);
  if (labels !== undefined && !Array.isArray(labels)) return labels;
  const body = ctx.body.body;
  const tooLong = bodyTooLong('Issue', body);
  if (tooLong) return tooLong;
  const issue = ctx.state.addIssue(ctx.owner, ctx.repo, {
    title,
    body: typeof body === 'string' ? body : undefined,
    labels,
    isPullRequest: false,
    user: ctx.actor,
  });
  return ok(201, issueJson(ctx, issue));
}

function updateIssue(ctx: RouteContext): RouteResult {
  const issue = findIssue(ctx, Number(ctx.params[0]));
  if (!issue) return notFound();
  const { title, body, state, state_reason } = ctx.body;
  const tooLong = bodyTooLong('Issue', body);
  if (tooLong) return tooLong;
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    return validationError('Issue', 'state', 'state is not included in the list');
  }
  const labels = labelsOf(ctx);
  if (labels !== undefined && !Array.isArray(labels)) return labels;
  if (typeof title === 'string') issue.title = title;
  if (typeof body === 'string') issue.body = body;
  if (labels) issue.labels = labels;
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = new Date().toISOString();
    issue.state_reason = typeof state_reason === 'string' ? state_reason : 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
  }
  issue.updated_at = new Date().toISOString();
  return ok(200, issueJson(ctx, issue));
}

// ---- issue comments ---------------------------------------------------------------------------------

function commentJson(ctx: RouteContext, comment: FakeComment): Record<string, unknown> {
  return {
    id: comment.id,
    body: comment.body,
    user: userJson(comment.user),
    url: `${repoUrl(ctx)}/issues/comments/${comment.id}`,
    html_url: `${htmlUrl(ctx)}/issues/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl(ctx)}/issues/${comment.issue_number}`,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
  };
}

function findComment(ctx: RouteContext): FakeComment | undefined {
  const id = Number(ctx.params[0]);
  return repoOf(ctx).comments.find((c) => c.id === id);
}

function listComments(ctx: RouteContext): RouteResult {
  const number = Number(ctx.params[0]);
  if (!findIssue(ctx, number)) return notFound();
  // GitHub lists issue comments in ascending order of id
  const comments = repoOf(ctx)
    .comments.filter((c) => c.issue_number === number)
    .sort((a, b) => a.id - b.id);
  return pagedList(ctx, comments, commentJson);
}

function createComment(ctx: RouteContext): RouteResult {
  const number = Number(ctx.params[0]);
  if (!findIssue(ctx, number)) return notFound();
  const body = requireString(ctx, 'body', 'IssueComment');
  if (typeof body !== 'string') return body;
  const tooLong = bodyTooLong('IssueComment', body);
  if (tooLong) return tooLong;
  const comment = ctx.state.addComment(ctx.owner, ctx.repo, number, body, ctx.actor);
  return ok(201, commentJson(ctx, comment));
}

function updateComment(ctx: RouteContext): RouteResult {
  const comment = findComment(ctx);
  if (!comment) return notFound();
  const body = requireString(ctx, 'body', 'IssueComment');
  if (typeof body !== 'string') return body;
  const tooLong = bodyTooLong('IssueComment', body);
  if (tooLong) return tooLong;
  comment.body = body;
  comment.updated_at = new Date().toISOString();
  return ok(200, commentJson(ctx, comment));
}

function deleteComment(ctx: RouteContext): RouteResult {
  const repo = repoOf(ctx);
  const comment = findComment(ctx);
  if (!comment) return notFound();
  repo.comments.splice(repo.comments.indexOf(comment), 1);
  return ok(204);
}

// ---- server -----------------------------------------------------------------------------------------

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return undefined;
  return JSON.parse(text);
}

function send(res: ServerResponse, response: ScriptedResponse): void {
  const headers: Record<string, string> = {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-github-request-id': 'FAKE:0000',
    ...response.headers,
  };
  if (response.body === undefined || response.status === 204) {
    res.writeHead(response.status, headers).end();
    return;
  }
  res
    .writeHead(response.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(response.body));
}

function isAuthorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  return header === `token ${token}` || header === `Bearer ${token}`;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeGitHubState();
  const requests: LoggedRequest[] = [];
  const scripts: {
    route: FakeRouteId;
    response: ScriptedResponse | (() => ScriptedResponse);
    left: number;
  }[] = [];
  const actor = options.actor ?? GITHUB_ACTIONS_BOT;
  let baseUrl = '';

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const def = ROUTES.find((r) => r.method === method && r.pattern.test(url.pathname));
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query,
      route: def?.id ?? null,
      headers: req.headers,
      body: undefined,
      status: 0,
      scripted: false,
    };
    requests.push(entry);
    const answer = (response: ScriptedResponse) => {
      entry.status = response.status;
      send(res, response);
    };
    readJson(req).then(
      (body) => {
        entry.body = body;
        if (options.token !== undefined && !isAuthorized(req, options.token)) {
          return answer(errorResponse(401, 'Bad credentials'));
        }
        const scripted = def ? scripts.find((s) => s.route === def.id && s.left > 0) : undefined;
        if (scripted) {
          scripted.left -= 1;
          entry.scripted = true;
          return answer(typeof scripted.response === 'function' ? scripted.response() : scripted.response);
        }
        if (!def) return answer(notFound());
        const match = def.pattern.exec(url.pathname)!;
        const [, owner, repo, ...params] = match;
        answer(
          def.handle({
            owner: owner!,
            repo: repo!,
            params: params as string[],
            query,
            body: (body ?? {}) as Record<string, unknown>,
            state,
            baseUrl,
            path: url.pathname,
            actor,
          }),
        );
      },
      (error: unknown) => answer(errorResponse(400, `Problems parsing JSON: ${String(error)}`)),
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    state,
    requests,
    script(route, response, times = 1) {
      scripts.push({ route, response, left: times });
    },
    requestsTo(route) {
      return requests.filter((r) => r.route === route);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
