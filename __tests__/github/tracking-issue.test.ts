import { describe, expect, it } from 'vitest';
import { reportDrift, resolveDrift } from '../../src/github/tracking-issue.ts';
import { faults } from '../servers/fake-github.ts';
import { REPO, useFakeGitHub } from './harness.ts';

const OPEN = 'POST /repos/{owner}/{repo}/issues' as const;
const LIST = 'GET /repos/{owner}/{repo}/issues' as const;
const MARKER = '<!-- perf-gate-drift:nightly-api -->';

describe('drift tracking issue', () => {
  const h = useFakeGitHub();
  const repoState = () => h.gh.state.repo(REPO.owner, REPO.repo);
  const issues = () => repoState().issues.filter((i) => !i.isPullRequest);
  const drift = (body: string, title = 'drift') =>
    reportDrift(h.client, REPO, { scenarioId: 'nightly-api', title, body });

  it('opens an issue, updates it the next night, and closes it with a comment on recovery', async () => {
    const opened = await drift('Night 1: +18%', 'perf-gate: GET /users P99 drifted +18%');
    expect(opened).toMatchObject({ status: 'posted', notes: [] });
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({
      title: 'perf-gate: GET /users P99 drifted +18%',
      body: `${MARKER}\nNight 1: +18%`,
      labels: ['perf-gate'],
      state: 'open',
    });

    const updated = await drift('Night 2: +21%', 'perf-gate: GET /users P99 drifted +21%');
    expect(updated).toMatchObject({ status: 'updated', id: issues()[0]!.number });
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({
      title: 'perf-gate: GET /users P99 drifted +21%',
      body: `${MARKER}\nNight 2: +21%`,
    });

    const closed = await resolveDrift(h.client, REPO, {
      scenarioId: 'nightly-api',
      comment: 'Recovered: back within 2%.',
    });
    expect(closed).toMatchObject({ status: 'closed', id: issues()[0]!.number, notes: [] });
    expect(issues()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(repoState().comments.map((c) => [c.issue_number, c.body])).toEqual([
      [issues()[0]!.number, 'Recovered: back within 2%.'],
    ]);

    const again = await resolveDrift(h.client, REPO, { scenarioId: 'nightly-api', comment: 'Recovered.' });
    expect(again).toEqual({
      status: 'nothing-to-do',
      reason: 'no open drift issue for scenario nightly-api',
    });

    // a closed issue is history: the next drift opens a new one
    const reopened = await drift('Night 9');
    expect(reopened.status).toBe('posted');
    expect(issues().map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('finds its issue among many labelled issues and pull requests, through pagination', async () => {
    const { state } = h.gh;
    for (let i = 0; i < 140; i++) {
      state.seedIssue(REPO.owner, REPO.repo, {
        title: `other ${i}`,
        body: `<!-- perf-gate-drift:other-${i} -->`,
        labels: ['perf-gate'],
      });
    }
    // a PR whose description quotes the marker, and an unlabelled issue that does: neither is ours
    const pr = state.seedPullRequest(REPO.owner, REPO.repo, { title: 'pr' });
    pr.body = MARKER;
    pr.labels = ['perf-gate'];
    state.seedIssue(REPO.owner, REPO.repo, { title: 'unlabelled', body: MARKER });
    const ours = state.seedIssue(REPO.owner, REPO.repo, {
      title: 'drift',
      body: `${MARKER}\nold`,
      labels: ['perf-gate', 'performance'],
    });
    for (let i = 0; i < 30; i++) {
      state.seedIssue(REPO.owner, REPO.repo, { title: `newer ${i}`, labels: ['perf-gate'] });
    }

    const outcome = await drift('new');

    expect(outcome).toMatchObject({ status: 'updated', id: ours.number });
    expect(ours.body).toBe(`${MARKER}\nnew`);
    expect(pr.body).toBe(MARKER);
    const listed = h.gh.requestsTo(LIST);
    expect(listed.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(listed[0]!.query).toMatchObject({ labels: 'perf-gate', state: 'open', per_page: '100' });
  });

  it('updates the oldest of duplicated issues and closes all of them on recovery', async () => {
    const a = h.gh.state.seedIssue(REPO.owner, REPO.repo, {
      title: 'a',
      body: `${MARKER}\na`,
      labels: ['perf-gate'],
    });
    const b = h.gh.state.seedIssue(REPO.owner, REPO.repo, {
      title: 'b',
      body: `${MARKER}\nb`,
      labels: ['perf-gate'],
    });

    const updated = await drift('now');
    expect(updated).toMatchObject({
      status: 'updated',
      id: a.number,
      notes: [`other open drift issues for this scenario: #${b.number}`],
    });
    expect(b.body).toBe(`${MARKER}\nb`);

    const closed = await resolveDrift(h.client, REPO, { scenarioId: 'nightly-api', comment: 'ok' });
    expect(closed).toMatchObject({
      status: 'closed',
      notes: ['closed 2 open drift issues for this scenario'],
    });
    expect([a.state, b.state]).toEqual(['closed', 'closed']);
  });

  it('returns the missing issues: write permission when GitHub refuses', async () => {
    h.gh.script(OPEN, faults.forbidden());
    const outcome = await drift('x');
    expect(outcome).toMatchObject({
      status: 'skipped-permission',
      permission: 'issues: write',
      operation: 'open drift issue (scenario nightly-api)',
    });
    expect(issues()).toHaveLength(0);
  });

  it('waits out a secondary rate limit on issue creation and retries', async () => {
    h.gh.script(OPEN, faults.secondaryRateLimit(2));
    const outcome = await drift('x');
    expect(outcome.status).toBe('posted');
    expect(h.gh.requestsTo(OPEN).map((r) => r.status)).toEqual([403, 201]);
    expect(issues()).toHaveLength(1);
    expect(h.warnings).toEqual([
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues: retrying after 2 s (retry 1/2)',
    ]);
  });

  it('rejects an empty title or label list before calling GitHub', async () => {
    await expect(reportDrift(h.client, REPO, { scenarioId: 's', title: ' \n ', body: 'x' })).rejects.toThrow(
      'tracking issue (scenario s): the title is empty',
    );
    await expect(
      reportDrift(h.client, REPO, { scenarioId: 's', title: 't', body: 'x', labels: [] }),
    ).rejects.toThrow('tracking issue (scenario s): the label list is empty or starts with an empty label');
    expect(h.gh.requests).toHaveLength(0);
  });
});
