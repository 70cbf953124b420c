import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, faults, startFakeGitHub } from '../servers/fake-github.ts';

describe('fake GitHub API', () => {
  let gh: FakeGitHub;
  afterEach(() => gh.close());

  it('paginates like GitHub: per_page capped at 100, Link header with next/last and prev/first', async () => {
    gh = await startFakeGitHub();
    gh.state.seedPullRequest('o', 'r', { number: 1 });
    gh.state.seedComments('o', 'r', 1, 250);

    const first = await fetch(`${gh.url}/repos/o/r/issues/1/comments?per_page=500`);
    expect((await first.json()) as unknown[]).toHaveLength(100);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=2>; rel="next", ` +
        `<${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=3>; rel="last"`,
    );
    const last = await fetch(`${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=3`);
    expect(((await last.json()) as { body: string }[]).map((c) => c.body).at(-1)).toBe('comment 249');
    expect(last.headers.get('link')).toBe(
      `<${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=2>; rel="prev", ` +
        `<${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=1>; rel="first"`,
    );
  });

  it('answers scripted faults the given number of times, then normally, and logs every request', async () => {
    gh = await startFakeGitHub();
    gh.script('GET /repos/{owner}/{repo}/releases/latest', faults.serverError(503), 2);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetch(`${gh.url}/repos/grafana/k6/releases/latest`)).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(gh.requests.map((r) => [r.route, r.status, r.scripted])).toEqual([
      ['GET /repos/{owner}/{repo}/releases/latest', 503, true],
      ['GET /repos/{owner}/{repo}/releases/latest', 503, true],
      ['GET /repos/{owner}/{repo}/releases/latest', 200, false],
    ]);
    expect((await fetch(`${gh.url}/nope`)).status).toBe(404);
  });

  it('requires the configured token and validates like GitHub', async () => {
    gh = await startFakeGitHub({ token: 't0k' });
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${gh.url}/repos/o/r/check-runs`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post({}, { name: 'x', head_sha: 'a' })).status).toBe(401);
    const invalid = await post(
      { authorization: 'token t0k' },
      { name: 'x', head_sha: 'a', status: 'completed' },
    );
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'conclusion', message: 'conclusion must be provided when status is completed' }],
    });
  });
});
