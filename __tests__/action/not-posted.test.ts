import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, faults, startFakeGitHub } from '../servers/fake-github.ts';
import { tempDirs } from '../temp-dirs.ts';
import { K6_FIXTURES, runGateInProcess } from './gate-harness.ts';

const tempDir = tempDirs(afterAll);

const TOKEN = 'ghs_not_posted_test_token';
const BASE_SHA = '2'.repeat(40);
const HEAD_SHA = '1'.repeat(40);

let work: string;
let gh: FakeGitHub;
beforeEach(async () => {
  work = tempDir('perf-gate-not-posted-');
  gh = await startFakeGitHub({ token: TOKEN });
});
afterEach(async () => {
  await gh.close();
});

function resultsDir(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run-1.json.gz'), readFileSync(join(K6_FIXTURES, `${name}.json.gz`)));
  return dir;
}

const runner = (eventName: string, sha: string, payload: Record<string, unknown>) => ({
  eventName,
  payload,
  sha,
  ref: eventName === 'push' ? 'refs/heads/main' : 'refs/pull/42/merge',
  refName: eventName === 'push' ? 'main' : '42/merge',
  runnerTemp: join(work, 'runner-temp'),
  workspace: work,
});

/** A baseline pushed to main, then the pull request's run while GitHub answers every check-run post with `fault`. */
async function pullRequestWithCheckRunFault(fault: Parameters<typeof gh.script>[1]) {
  const store = join(work, 'store');
  await runGateInProcess({
    inputs: { mode: 'baseline', results: resultsDir('arrival-base') },
    runner: runner('push', BASE_SHA, { repository: { default_branch: 'main' } }),
    storeDir: store,
  });
  gh.state.seedPullRequest('octo', 'shop', { number: 42 });
  // every attempt, retries included, gets the fault
  gh.script('POST /repos/{owner}/{repo}/check-runs', fault, 10);
  return await runGateInProcess({
    inputs: { results: resultsDir('arrival-users-slower') },
    runner: runner('pull_request', 'f'.repeat(40), {
      pull_request: { number: 42, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA, ref: 'main' } },
    }),
    gh,
    token: TOKEN,
    storeDir: store,
  });
}

describe('GitHub refusing or failing a post (issue 10 item 13)', () => {
  it.each([
    ['422', faults.validationFailed('summary exceeds a maximum bytesize', 'output', 'CheckRun')],
    ['502', faults.serverError(502)],
  ])(
    'a check run answered %s: a ::warning:: line and a notice in the job summary, the comment still posted',
    async (_, fault) => {
      const run = await pullRequestWithCheckRunFault(fault);
      expect(run.log.join('\n')).toMatch(/warning: not posted to GitHub: check run: /);
      expect(run.summary).toContain('GitHub did not take part of this report');
      expect(run.summary).toMatch(/- check run: /);
      expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').length).toBe(1);
    },
  );

  it('a token without checks: write: report.json says which permission was missing (set before it is written)', async () => {
    const run = await pullRequestWithCheckRunFault(faults.forbidden());
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(report.permissions).toMatchObject({ fork: false, missing: ['checks: write'] });
    expect(run.summary).toContain('checks: write');
  });
});
