import { describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/client.ts';
import { GitHubOperationError } from '../../src/github/errors.ts';
import { upsertStickyComment } from '../../src/github/sticky-comment.ts';
import { faults } from '../servers/fake-github.ts';
import { FAST_TIMING, REPO, useFakeGitHub } from './harness.ts';

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const PR = 3;

describe('GitHub client: retries and rate limits against the fake', () => {
  const h = useFakeGitHub();
  const clientWith = (options: Partial<GitHubClientOptions>) =>
    createGitHubClient({
      token: 'test-token',
      baseUrl: h.gh.url,
      timing: FAST_TIMING,
      logger: { warning: (m) => h.warnings.push(m) },
      ...options,
    });
  const post = (client = h.client) =>
    upsertStickyComment(client, REPO, { issueNumber: PR, scenarioId: 's', body: 'b' });

  it('waits as long as a secondary limit’s retry-after asks (scaled), then retries', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    h.gh.script(CREATE, faults.secondaryRateLimit(5));
    const started = performance.now();
    const outcome = await post();
    const elapsed = performance.now() - started;

    expect(outcome.status).toBe('posted');
    expect(h.gh.requestsTo(CREATE).map((r) => r.status)).toEqual([403, 201]);
    // 5 s × 10 ms per second
    expect(elapsed).toBeGreaterThanOrEqual(45);
    expect(h.warnings).toHaveLength(1);
  });

  it('retries a 429 once per scripted answer (the retry plugin leaves 429 to the throttling plugin)', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    h.gh.script(CREATE, faults.secondaryRateLimit(1, 429), 2);
    const outcome = await post();
    expect(outcome.status).toBe('posted');
    expect(h.gh.requestsTo(CREATE).map((r) => r.status)).toEqual([429, 429, 201]);
    expect(h.warnings.map((w) => w.replace(/.*\(/, '('))).toEqual(['(retry 1/2)', '(retry 2/2)']);
  });

  it('waits for x-ratelimit-reset on a primary rate limit, then retries', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    h.gh.script(LIST, faults.primaryRateLimit(2));
    const outcome = await post();
    expect(outcome.status).toBe('posted');
    expect(h.gh.requestsTo(LIST).map((r) => r.status)).toEqual([403, 200]);
    // reset = now + 2 s, rounded up to a whole second, plus the plugin's extra second
    expect(h.warnings[0]).toMatch(/^GitHub rate limit on GET .*: retrying after [34] s \(retry 1\/2\)$/);
  });

  it('gives up after the allowed rate-limit retries with an error, not a permission result', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    h.gh.script(CREATE, faults.secondaryRateLimit(1), 3);
    const posting = post();
    await expect(posting).rejects.toThrow(GitHubOperationError);
    await expect(posting).rejects.toThrow(
      /^create comment on #3 \(scenario s\) failed: GitHub answered 403: .*secondary rate limit/,
    );
    expect(h.gh.requestsTo(CREATE)).toHaveLength(3);
    expect(h.warnings.at(-1)).toMatch(/giving up after 2 retries$/);
  });

  it('does not wait when GitHub asks for longer than the configured maximum', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    const patient = clientWith({ maxRateLimitWaitSeconds: 60 });
    h.gh.script(CREATE, faults.secondaryRateLimit(3600));
    await expect(post(patient)).rejects.toThrow(/secondary rate limit/);
    expect(h.gh.requestsTo(CREATE)).toHaveLength(1);
    expect(h.warnings).toEqual([
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: GitHub asks to wait 3600 s (over 60 s); giving up',
    ]);
  });

  it('stops retrying server errors after the configured number of retries', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    const client = clientWith({ retries: 1 });
    h.gh.script(CREATE, faults.serverError(), 5);
    await expect(post(client)).rejects.toThrow(
      'create comment on #3 (scenario s) failed: GitHub answered 500: Internal Server Error',
    );
    expect(h.gh.requestsTo(CREATE)).toHaveLength(2);
  });

  it('sends the token, and a wrong token gets GitHub’s 401 as an error', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    const wrong = clientWith({ token: 'nope' });
    await expect(post(wrong)).rejects.toThrow(
      'list comments on #3 (scenario s) failed: GitHub answered 401: Bad credentials',
    );
    expect(() => createGitHubClient({ token: ' ', baseUrl: h.gh.url })).toThrow(
      'GitHub client: the token is empty',
    );
  });

  it('reads GitHub’s JSON answers, e.g. the latest k6 release', async () => {
    const { data } = await h.client.request('GET /repos/{owner}/{repo}/releases/latest', {
      owner: 'grafana',
      repo: 'k6',
    });
    expect(data.tag_name).toBe('v0.49.0');
  });
});
