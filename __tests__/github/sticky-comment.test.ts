import { describe, expect, it } from 'vitest';
import { GitHubOperationError } from '../../src/github/errors.ts';
import { upsertStickyComment } from '../../src/github/sticky-comment.ts';
import { BODY_MAX_CHARS } from '../../src/posting/limits.ts';
import { faults, GITHUB_ACTIONS_BOT, OCTOCAT } from '../servers/fake-github.ts';
import { REPO, useFakeGitHub } from './harness.ts';

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;
const PR = 7;

describe('upsertStickyComment', () => {
  const h = useFakeGitHub();
  const comments = () => h.gh.state.repo(REPO.owner, REPO.repo).comments;
  const marked = (id: string) => comments().filter((c) => c.body.includes(`<!-- perf-gate:${id} -->`));
  const seedPr = () => h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
  const upsert = (body: string, scenarioId = 'api') =>
    upsertStickyComment(h.client, REPO, { issueNumber: PR, scenarioId, body });

  it('creates the comment once, then finds it on page 3 of the listing and updates it in place', async () => {
    seedPr();
    h.gh.state.seedComments(REPO.owner, REPO.repo, PR, 230, (i) => `review remark ${i}`);

    const first = await upsert('run 1');
    expect(first.status).toBe('posted');
    // people keep talking after the bot's comment
    h.gh.state.seedComments(REPO.owner, REPO.repo, PR, 40, (i) => `later remark ${i}`);

    const second = await upsert('run 2');

    expect(second).toMatchObject({ status: 'updated', notes: [] });
    expect(first.status === 'posted' && second.status === 'updated' && second.id === first.id).toBe(true);
    expect(marked('api')).toHaveLength(1);
    expect(marked('api')[0]!.body).toBe('<!-- perf-gate:api -->\nrun 2');
    expect(comments()).toHaveLength(271);
    // the marker sits at position 231: the second call had to follow the Link header to page 3
    const pagesRead = h.gh.requestsTo(LIST).map((r) => r.query.page ?? '1');
    expect(pagesRead).toEqual(['1', '2', '3', '1', '2', '3']);
    expect(h.gh.requestsTo(LIST).every((r) => r.query.per_page === '100')).toBe(true);
    expect(h.gh.requestsTo(CREATE)).toHaveLength(1);
    expect(h.gh.requestsTo(UPDATE)).toHaveLength(1);
  });

  it('keeps one comment per scenario, and a scenario id that prefixes another does not match it', async () => {
    seedPr();
    await upsert('v2', 'api-v2');
    await upsert('v1');
    await upsert('v1 again');

    expect(comments().map((c) => c.body)).toEqual([
      '<!-- perf-gate:api-v2 -->\nv2',
      '<!-- perf-gate:api -->\nv1 again',
    ]);
  });

  it('does not write when the comment already says the same thing', async () => {
    seedPr();
    await upsert('same');
    const again = await upsert('same');
    expect(again).toMatchObject({ status: 'updated', notes: ['comment already up to date'] });
    expect(h.gh.requestsTo(UPDATE)).toHaveLength(0);
  });

  it('after a race, updates the oldest of its comments, deletes its newer duplicates, spares a person’s', async () => {
    seedPr();
    const marker = '<!-- perf-gate:api -->';
    const [human] = h.gh.state.seedComments(REPO.owner, REPO.repo, PR, 1, () => `quoting ${marker}`, OCTOCAT);
    const [oldest, newer] = h.gh.state.seedComments(
      REPO.owner,
      REPO.repo,
      PR,
      2,
      (i) => `${marker}\nrace ${i}`,
      GITHUB_ACTIONS_BOT,
    );

    const outcome = await upsert('fresh');

    expect(outcome).toMatchObject({
      status: 'updated',
      id: oldest!.id,
      notes: [
        'left 1 marked comment(s) by other authors untouched',
        `deleted duplicate comment ${newer!.id}`,
      ],
    });
    expect(comments().map((c) => [c.id, c.body])).toEqual([
      [human!.id, `quoting ${marker}`],
      [oldest!.id, `${marker}\nfresh`],
    ]);
  });

  it('reports, without failing, a duplicate it could not delete', async () => {
    seedPr();
    h.gh.state.seedComments(
      REPO.owner,
      REPO.repo,
      PR,
      2,
      (i) => `<!-- perf-gate:api -->\n${i}`,
      GITHUB_ACTIONS_BOT,
    );
    h.gh.script(DELETE, faults.forbidden());
    const outcome = await upsert('x');
    expect(outcome.status).toBe('updated');
    expect(outcome.status === 'updated' && outcome.notes[0]).toMatch(
      /^could not delete duplicate comment \d+: delete duplicate comment \d+ on #7 \(scenario api\) failed: GitHub answered 403: Resource not accessible by integration$/,
    );
  });

  it('cuts a body over 65 536 characters, keeping the marker, and notes it', async () => {
    seedPr();
    const body = `| row |\n${'| 😀 detail |\n'.repeat(6000)}`;
    const outcome = await upsertStickyComment(h.client, REPO, { issueNumber: PR, scenarioId: 'api', body });

    expect(outcome.status).toBe('posted');
    const stored = comments()[0]!.body;
    expect(stored.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(stored.length).toBeGreaterThan(BODY_MAX_CHARS - 300);
    expect(stored.startsWith('<!-- perf-gate:api -->\n| row |\n| 😀 detail |')).toBe(true);
    expect(stored).toMatch(
      /\| 😀 detail \|\n\n> \*\*Truncated:\*\* this comment went over GitHub's limit of 65536/,
    );
    expect(outcome.status === 'posted' && outcome.notes).toEqual([
      `comment truncated from ${body.length} characters to GitHub's 65536-character limit`,
    ]);
  });

  it('returns the missing pull-requests: write permission on a 403 instead of crashing', async () => {
    seedPr();
    h.gh.script(CREATE, faults.forbidden());
    const outcome = await upsert('x');
    expect(outcome).toEqual({
      status: 'skipped-permission',
      permission: 'pull-requests: write',
      operation: 'create comment on #7 (scenario api)',
      httpStatus: 403,
      message:
        'create comment on #7 (scenario api): GitHub answered 403 (Resource not accessible by integration); ' +
        'the token may not write here (fork pull requests and read-only tokens cannot). ' +
        'The workflow must grant `pull-requests: write`.',
    });
    expect(comments()).toHaveLength(0);
    // a 403 is not retried
    expect(h.gh.requestsTo(CREATE)).toHaveLength(1);
  });

  it('treats a 404 (private repository the token cannot see, or no such PR) as a permission result', async () => {
    const outcome = await upsert('x');
    expect(outcome).toMatchObject({
      status: 'skipped-permission',
      permission: 'pull-requests: write',
      httpStatus: 404,
      operation: 'list comments on #7 (scenario api)',
      message: expect.stringContaining('does not exist, or the token cannot see it'),
    });
  });

  it('throws a clear error on a 422', async () => {
    seedPr();
    await upsert('x');
    h.gh.script(
      UPDATE,
      faults.validationFailed('Body is too long (maximum is 65536 characters)', 'body', 'IssueComment'),
    );
    const updating = upsert('y');
    await expect(updating).rejects.toThrow(GitHubOperationError);
    await expect(updating).rejects.toThrow(
      /^update comment \d+ on #7 \(scenario api\) failed: GitHub answered 422: Validation Failed: Body is too long \(maximum is 65536 characters\)$/,
    );
  });

  it('retries a failed listing (500) and carries on', async () => {
    seedPr();
    h.gh.script(LIST, faults.serverError(502));
    const outcome = await upsert('x');
    expect(outcome.status).toBe('posted');
    expect(h.gh.requestsTo(LIST).map((r) => r.status)).toEqual([502, 200]);
  });

  it('rejects a scenario id that would break out of the HTML comment, and a bad PR number', async () => {
    await expect(upsert('x', 'a --> b')).rejects.toThrow(
      'scenario id "a --> b" cannot mark a GitHub comment: it contains "--", "<" or ">"',
    );
    await expect(
      upsertStickyComment(h.client, REPO, { issueNumber: 0, scenarioId: 'api', body: 'x' }),
    ).rejects.toThrow('sticky comment: pull request number 0 is not a positive integer');
    expect(h.gh.requests).toHaveLength(0);
  });
});
