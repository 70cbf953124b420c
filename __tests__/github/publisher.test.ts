import { describe, expect, it } from 'vitest';
import {
  describeOutcomes,
  missingPermissions,
  type PublishRequest,
  parseRepository,
  publish,
} from '../../src/github/publisher.ts';
import { faults } from '../servers/fake-github.ts';
import { HEAD_SHA, REPO, useFakeGitHub } from './harness.ts';

const PR = 12;

const request: PublishRequest = {
  checkRun: {
    name: 'perf-gate',
    headSha: HEAD_SHA,
    conclusion: 'failure',
    title: '❌ regression',
    summary: '## Report',
  },
  comment: { issueNumber: PR, scenarioId: 'checkout', body: '## Report' },
};

describe('publish', () => {
  const h = useFakeGitHub();
  const repoState = () => h.gh.state.repo(REPO.owner, REPO.repo);

  it('posts the check run and the comment, then updates both on the next push', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    const first = await publish(h.client, REPO, request);
    expect(first.checkRun).toMatchObject({ status: 'posted' });
    expect(first.comment).toMatchObject({ status: 'posted' });
    expect(first.trackingIssue).toBeUndefined();
    expect(missingPermissions(first)).toEqual([]);
    expect(describeOutcomes(first)).toEqual([
      expect.stringMatching(/^check run: posted https:\/\/github\.com\/octo\/app\/runs\/\d+$/),
      expect.stringMatching(
        /^PR comment: posted https:\/\/github\.com\/octo\/app\/issues\/12#issuecomment-\d+$/,
      ),
    ]);

    const second = await publish(h.client, REPO, {
      ...request,
      comment: { ...request.comment!, body: '## Report, run 2' },
    });
    // the first check run was completed, so a new push (same sha re-run) gets a fresh one; the comment is sticky
    expect(second.checkRun).toMatchObject({ status: 'posted' });
    expect(second.comment).toMatchObject({ status: 'updated' });
    expect(repoState().comments).toHaveLength(1);
  });

  it('on a fork PR (read-only token) reports the missing permissions and does not throw', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    h.gh.script('POST /repos/{owner}/{repo}/check-runs', faults.forbidden());
    h.gh.script('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.forbidden());

    const results = await publish(h.client, REPO, request);

    expect(results.checkRun).toMatchObject({ status: 'skipped-permission', permission: 'checks: write' });
    expect(results.comment).toMatchObject({
      status: 'skipped-permission',
      permission: 'pull-requests: write',
    });
    expect(missingPermissions(results)).toEqual(['checks: write', 'pull-requests: write']);
    expect(describeOutcomes(results)).toEqual([
      'check run: not published: create check run "perf-gate" on aaaaaaa: GitHub answered 403 (Resource not accessible by integration); the token may not write here (fork pull requests and read-only tokens cannot). The workflow must grant `checks: write`.',
      'PR comment: not published: create comment on #12 (scenario checkout): GitHub answered 403 (Resource not accessible by integration); the token may not write here (fork pull requests and read-only tokens cannot). The workflow must grant `pull-requests: write`.',
    ]);
  });

  it('a failure of one item does not stop the others', async () => {
    h.gh.state.seedPullRequest(REPO.owner, REPO.repo, { number: PR });
    h.gh.script(
      'POST /repos/{owner}/{repo}/check-runs',
      faults.validationFailed('No commit found for SHA: aaaaaaa', 'head_sha', 'CheckRun'),
    );
    const results = await publish(h.client, REPO, {
      ...request,
      trackingIssue: { drifting: true, scenarioId: 'checkout', title: 'drift', body: 'slower' },
    });
    expect(results.checkRun).toEqual({
      status: 'failed',
      operation: 'create check run "perf-gate" on aaaaaaa',
      message:
        'create check run "perf-gate" on aaaaaaa failed: GitHub answered 422: Validation Failed: No commit found for SHA: aaaaaaa',
    });
    expect(results.comment).toMatchObject({ status: 'posted' });
    expect(results.trackingIssue).toMatchObject({ status: 'posted' });
    expect(describeOutcomes(results)[0]).toBe(
      'check run: failed: create check run "perf-gate" on aaaaaaa failed: GitHub answered 422: Validation Failed: No commit found for SHA: aaaaaaa',
    );
  });

  it('reports a request it refuses to send (bad input) as a failed item', async () => {
    const results = await publish(h.client, REPO, {
      checkRun: { ...request.checkRun!, headSha: 'HEAD' },
    });
    expect(results.checkRun).toEqual({
      status: 'failed',
      operation: 'check run',
      message: 'check run: head sha "HEAD" is not a full commit sha (40 or 64 hex digits)',
    });
    expect(h.gh.requests).toHaveLength(0);
  });

  it('closes the drift issue on recovery, and has nothing to do when none is open', async () => {
    await publish(h.client, REPO, {
      trackingIssue: { drifting: true, scenarioId: 'nightly', title: 'drift', body: 'slower' },
    });
    const recovered = await publish(h.client, REPO, {
      trackingIssue: { drifting: false, scenarioId: 'nightly', comment: 'back to normal' },
    });
    expect(recovered.trackingIssue).toMatchObject({ status: 'closed' });
    const idle = await publish(h.client, REPO, {
      trackingIssue: { drifting: false, scenarioId: 'nightly', comment: 'back to normal' },
    });
    expect(describeOutcomes(idle)).toEqual([
      'drift issue: nothing to do (no open drift issue for scenario nightly)',
    ]);
  });
});

describe('parseRepository', () => {
  it('splits owner/name and refuses anything else', () => {
    expect(parseRepository('octo/app.js')).toEqual({ owner: 'octo', repo: 'app.js' });
    expect(() => parseRepository('octo')).toThrow('repository "octo" is not of the form owner/name');
    expect(() => parseRepository('a/b/c')).toThrow('repository "a/b/c" is not of the form owner/name');
  });
});
