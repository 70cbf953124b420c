import { describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.ts';
import { GitHubOperationError } from '../../src/github/errors.ts';
import { CHECK_RUN_SUMMARY_MAX_BYTES } from '../../src/posting/limits.ts';
import { faults } from '../servers/fake-github.ts';
import { HEAD_SHA, REPO, useFakeGitHub } from './harness.ts';

const CREATE = 'POST /repos/{owner}/{repo}/check-runs' as const;
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}' as const;
const MINIMAL = {
  name: 'perf-gate',
  headSha: HEAD_SHA,
  conclusion: 'success',
  title: 't',
  summary: 's',
} as const;

describe('publishCheckRun', () => {
  const h = useFakeGitHub();
  const runs = () => h.gh.state.repo(REPO.owner, REPO.repo).checkRuns;
  /** An in-progress run on the head commit, as GitHub holds it (external_id null: not created by perf-gate). */
  const inProgressRun = (name: string, externalId: string | null) => ({
    id: 1,
    name,
    head_sha: HEAD_SHA,
    status: 'in_progress' as const,
    conclusion: null,
    started_at: new Date().toISOString(),
    completed_at: null,
    details_url: null,
    external_id: externalId,
    output: { title: null, summary: null, text: null },
  });

  it.each(['success', 'failure', 'neutral'] as const)(
    'creates a completed %s check run on the head sha',
    async (conclusion) => {
      const outcome = await publishCheckRun(h.client, REPO, {
        name: 'perf-gate',
        headSha: HEAD_SHA,
        conclusion,
        title: '❌ perf-gate: regression on 1 of 2 series',
        summary: '## Results\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      });

      expect(outcome).toMatchObject({ status: 'posted', notes: [] });
      expect(runs()).toHaveLength(1);
      expect(runs()[0]).toMatchObject({
        name: 'perf-gate',
        head_sha: HEAD_SHA,
        status: 'completed',
        conclusion,
        output: {
          title: '❌ perf-gate: regression on 1 of 2 series',
          summary: expect.stringContaining('| 1 | 2 |'),
        },
      });
      expect(outcome.status === 'posted' && outcome.id).toBe(runs()[0]!.id);
      expect(h.gh.requestsTo(CREATE)[0]!.headers.authorization).toBe('token test-token');
    },
  );

  it('completes its own in-progress run instead of adding a second one', async () => {
    // an in-progress run with perf-gate's external id for this name
    runs().push(inProgressRun('load test', 'perf-gate:load test'));

    const done = await publishCheckRun(h.client, REPO, {
      name: 'load test',
      headSha: HEAD_SHA,
      conclusion: 'success',
      title: '✅ no change',
      summary: 'All within tolerance.',
      detailsUrl: 'https://github.com/octo/app/actions/runs/1',
    });

    expect(done.status).toBe('updated');
    expect(runs()).toHaveLength(1);
    expect(runs()[0]).toMatchObject({
      name: 'load test',
      status: 'completed',
      conclusion: 'success',
      details_url: 'https://github.com/octo/app/actions/runs/1',
      output: { title: '✅ no change', summary: 'All within tolerance.' },
    });
    expect(h.gh.requestsTo(UPDATE)).toHaveLength(1);
  });

  it('leaves alone an in-progress run of the same name it did not create (a job named like the check)', async () => {
    runs().push(inProgressRun('perf-gate', null));

    const outcome = await publishCheckRun(h.client, REPO, {
      name: 'perf-gate',
      headSha: HEAD_SHA,
      conclusion: 'failure',
      title: 'regression',
      summary: 's',
    });

    expect(outcome.status).toBe('posted');
    expect(runs()).toHaveLength(2);
    expect(runs()[0]).toMatchObject({ id: 1, status: 'in_progress' });
  });

  it('cuts an oversized summary at the byte limit GitHub enforces and says so', async () => {
    // 3-byte characters: 30 000 characters are 90 000 bytes, under any character limit but over the byte one
    const line = `${'性能'.repeat(20)}\n`;
    const summary = `\`\`\`\n${line.repeat(750)}`;
    expect(Buffer.byteLength(summary)).toBeGreaterThan(CHECK_RUN_SUMMARY_MAX_BYTES);

    const outcome = await publishCheckRun(h.client, REPO, {
      name: 'perf-gate',
      headSha: HEAD_SHA,
      conclusion: 'neutral',
      title: 't',
      summary,
    });

    expect(outcome.status).toBe('posted');
    const stored = runs()[0]!.output.summary!;
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(stored)).toBeGreaterThan(CHECK_RUN_SUMMARY_MAX_BYTES - 200);
    expect(stored).toMatch(/```\n\n> \*\*Truncated:\*\* .* job summary/);
    expect(stored.startsWith(summary.slice(0, 1000))).toBe(true);
    expect(outcome.status === 'posted' && outcome.notes[0]).toMatch(/truncated from 90\d{3} bytes/);
  });

  it('keeps the title to one line of at most 255 characters', async () => {
    await publishCheckRun(h.client, REPO, {
      name: 'perf-gate',
      headSha: HEAD_SHA,
      conclusion: 'success',
      title: `first line\nsecond ${'x'.repeat(400)}`,
      summary: 's',
    });
    const title = runs()[0]!.output.title!;
    expect(title.startsWith('first line second xxx')).toBe(true);
    expect([...title]).toHaveLength(255);
    expect(title.endsWith('…')).toBe(true);
  });

  it('reports a missing checks: write permission instead of throwing', async () => {
    h.gh.script(CREATE, faults.forbidden());
    const outcome = await publishCheckRun(h.client, REPO, MINIMAL);
    expect(outcome).toMatchObject({
      status: 'skipped-permission',
      permission: 'checks: write',
      httpStatus: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(runs()).toHaveLength(0);
  });

  it('throws an error naming the operation and GitHub’s message on a validation failure', async () => {
    h.gh.script(CREATE, faults.validationFailed('head_sha is not a valid commit', 'head_sha', 'CheckRun'));
    const publishing = publishCheckRun(h.client, REPO, MINIMAL);
    await expect(publishing).rejects.toThrow(GitHubOperationError);
    await expect(publishing).rejects.toThrow(
      'create check run "perf-gate" on aaaaaaa failed: GitHub answered 422: Validation Failed: head_sha is not a valid commit',
    );
  });

  it('retries a 500 and then succeeds', async () => {
    h.gh.script(CREATE, faults.serverError(), 2);
    const outcome = await publishCheckRun(h.client, REPO, MINIMAL);
    expect(outcome.status).toBe('posted');
    expect(h.gh.requestsTo(CREATE).map((r) => r.status)).toEqual([500, 500, 201]);
    expect(runs()).toHaveLength(1);
  });

  it('refuses a sha that is not a full commit id', async () => {
    await expect(
      publishCheckRun(h.client, REPO, {
        name: 'perf-gate',
        headSha: 'main',
        conclusion: 'success',
        title: 't',
        summary: 's',
      }),
    ).rejects.toThrow('check run: head sha "main" is not a full commit sha (40 or 64 hex digits)');
    expect(h.gh.requests).toHaveLength(0);
  });
});
