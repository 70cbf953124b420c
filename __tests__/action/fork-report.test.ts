import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectEnvironment } from '../../src/baseline/environment.ts';
import { readActionConfig } from '../../src/inputs/config.ts';
import { gateSettingsOf } from '../../src/inputs/gate-options.ts';
import { judgeSameJob } from '../../src/judge/judge.ts';
import { measuredRunsOf, SAVED_REPORT_FILE, savedReportJson } from '../../src/judge/saved-report.ts';
import type { ReportContext } from '../../src/report/context.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { type FakeGitHub, faults, startFakeGitHub } from '../servers/fake-github.ts';
import { tempDirs } from '../temp-dirs.ts';
import { K6_FIXTURES, pushToMain, runGateInProcess } from './gate-harness.ts';

const tempDir = tempDirs(afterAll);

const TOKEN = 'ghs_reportTokenThatMustNeverAppear';
const HEAD_SHA = '1'.repeat(40);
const BASE_SHA = '2'.repeat(40);
const FORGED_SHA = '9'.repeat(40);

let gh: FakeGitHub;
let work: string;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  work = tempDir('perf-gate-fork-report-');
});

afterEach(async () => {
  await gh.close();
});

const readRuns = (names: string[]) =>
  Promise.all(names.map((n) => readK6Json(join(K6_FIXTURES, `${n}.json.gz`), {})));

const workflowRun = (over: Record<string, unknown> = {}) => ({
  eventName: 'workflow_run',
  payload: {
    workflow_run: {
      id: 99,
      event: 'pull_request',
      head_sha: HEAD_SHA,
      head_branch: 'faster-users',
      head_repository: { full_name: 'forker/shop' },
      html_url: 'https://github.com/octo/shop/actions/runs/99',
      ...over,
    },
    repository: { full_name: 'octo/shop', default_branch: 'main' },
  },
  sha: 'c'.repeat(40),
  ref: 'refs/heads/main',
  refName: 'main',
  runnerTemp: join(work, 'runner-temp'),
  workspace: work,
});

/**
 * What a malicious fork uploads: the base build measured clearly faster than its PR build (a real
 * regression), but a report that claims a pass, and a target pointing at another commit and another issue.
 */
async function writeTamperedArtifact(dir: string): Promise<void> {
  const baseline = await readRuns(['arrival-base', 'arrival-base-rerun']);
  const candidate = await readRuns(['arrival-users-slower', 'arrival-users-slower']);
  const config = readActionConfig((name) => (name === 'mode' ? 'report' : ''));
  // a comparison of the base build with itself: a pass the fork wants reviewers to see
  const forged = judgeSameJob(
    { measurer: { scriptHash: 'x' }, measurement: { baseline, candidate: baseline, generatorWarnings: [] } },
    gateSettingsOf(config, 1),
    { warning: () => {} },
    { commit: BASE_SHA, ref: 'main', timeMs: Date.now() },
  );
  forged.comparison!.verdict = 'pass';
  forged.comparison!.reasons = ['All good (forged)'];
  const ctx: ReportContext = {
    ...forged,
    scenario: { id: 'api', name: 'api' },
    candidate: { commit: FORGED_SHA },
    nowMs: Date.now(),
    version: 'x',
    secrets: [],
  };

  const measured = measuredRunsOf(
    { baseline, candidate, orders: ['AB', 'BA'] },
    { scriptHash: 'x', environment: collectEnvironment() },
  );
  const saved = JSON.parse(savedReportJson(ctx, measured));
  // what the artifact used to be trusted for: where to post
  saved.target = { headSha: FORGED_SHA, prNumber: 7, fork: false };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, SAVED_REPORT_FILE), JSON.stringify(saved));
}

/** The workflow_run half, run on a tampered artifact. */
async function reportOnTamperedArtifact(runner = workflowRun()) {
  const reportDir = join(work, 'perf-gate-report');
  await writeTamperedArtifact(reportDir);
  return runGateInProcess({
    inputs: { mode: 'report', 'report-dir': reportDir, script: '' },
    runner,
    gh,
    token: TOKEN,
    storeDir: join(work, 'store'),
  });
}

describe('mode report never trusts the artifact', () => {
  it('posts on the workflow_run head sha, to the PR found by head repository and branch, with the recomputed verdict', async () => {
    gh.state.seedIssue('octo', 'shop', { title: 'an unrelated issue' }); // #1
    gh.state.seedPullRequest('octo', 'shop', { number: 7, title: 'the victim PR' });
    gh.state.seedPullRequest('octo', 'shop', {
      number: 42,
      pull: {
        head: { sha: HEAD_SHA, ref: 'faster-users', repo: 'forker/shop' },
        base: { sha: BASE_SHA, ref: 'main' },
      },
    });
    // same branch name in another fork: must not match
    gh.state.seedPullRequest('octo', 'shop', {
      number: 43,
      pull: {
        head: { sha: '4'.repeat(40), ref: 'faster-users', repo: 'other/shop' },
        base: { sha: BASE_SHA, ref: 'main' },
      },
    });
    const run = await reportOnTamperedArtifact();

    const repo = gh.state.repo('octo', 'shop');
    expect(repo.checkRuns.map((c) => c.head_sha)).toEqual([HEAD_SHA]);
    expect(repo.checkRuns[0]!.conclusion).toBe('failure');
    expect(run.result.verdict).toBe('fail');
    expect(run.outputs.verdict).toBe('fail');
    expect(repo.comments.map((c) => c.issue_number)).toEqual([42]);
    expect(repo.comments[0]!.body).not.toContain('forged');
    expect(repo.comments[0]!.body).toMatch(
      /measured by \[its own workflow\]\(https:\/\/github\.com\/octo\/shop\/actions\/runs\/99\)/,
    );
    expect(run.summary).toContain("only as trustworthy as the pull request's code");
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls')[0]!.query.head).toBe('forker:faster-users');
  });

  it('finds no pull request for a head that moved on: the check goes on the event sha, no comment anywhere', async () => {
    gh.state.seedPullRequest('octo', 'shop', {
      number: 42,
      pull: {
        head: { sha: '5'.repeat(40), ref: 'faster-users', repo: 'forker/shop' },
        base: { sha: BASE_SHA, ref: 'main' },
      },
    });
    const run = await reportOnTamperedArtifact();
    const repo = gh.state.repo('octo', 'shop');
    expect(repo.checkRuns.map((c) => c.head_sha)).toEqual([HEAD_SHA]);
    expect(repo.comments).toEqual([]);
    expect(run.log.join('\n')).toMatch(/no open pull request has head forker\/shop:faster-users/);
  });

  it('posts only the check run when the pull request cannot be looked up (no pull-requests: read)', async () => {
    gh.state.seedPullRequest('octo', 'shop', { number: 7 });
    gh.script('GET /repos/{owner}/{repo}/pulls', faults.forbidden());
    const run = await reportOnTamperedArtifact();
    const repo = gh.state.repo('octo', 'shop');
    expect(repo.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([[HEAD_SHA, 'failure']]);
    expect(repo.comments).toEqual([]);
    expect(run.log.join('\n')).toMatch(/GitHub answered 403.*pull-requests: read.*no comment is posted/);
  });

  it('refuses to run off a workflow_run event, or on one that is not a pull request', async () => {
    await expect(
      reportOnTamperedArtifact({ ...workflowRun(), eventName: 'workflow_dispatch' }),
    ).rejects.toThrow(/mode report runs on workflow_run events only/);
    await expect(reportOnTamperedArtifact(workflowRun({ event: 'push' }))).rejects.toThrow(
      /posts verdicts of pull_request workflows/,
    );
    expect(gh.state.repo('octo', 'shop').checkRuns).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A push to main (a baseline run), whose baseline goes to a store under `runnerTemp`. */
function baselinePush(runnerTemp: string) {
  return {
    runner: { ...pushToMain(work, BASE_SHA), runnerTemp },
    gh,
    token: TOKEN,
    storeDir: join(runnerTemp, 'perf-gate-baseline'),
  };
}

describe('secrets never reach a file', () => {
  it('leaves neither the token nor a secret env value in any file under report-dir or RUNNER_TEMP', async () => {
    const secrets = [TOKEN, 'sk_live_4242SecretApiKeyValue', 'hunter2-database-password'];
    gh.state.seedPullRequest('octo', 'shop', { number: 42 });
    const runnerTemp = join(work, 'runner-temp');
    const reportDir = join(work, 'report-dir');
    const inputs = {
      runs: '1',
      'report-dir': reportDir,
      env: `API_KEY=${secrets[1]}\nDB_PASSWORD=${secrets[2]}\nREGION=eu`,
    };
    const base = await runGateInProcess({
      inputs,
      ...baselinePush(runnerTemp),
      replay: 'arrival-base',
    });
    expect(base.outputs['baseline-saved'], base.log.join('\n')).toBe('true');
    const pr = await runGateInProcess({
      inputs,
      runner: {
        ...workflowRun(),
        eventName: 'pull_request',
        payload: {
          pull_request: { number: 42, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA, ref: 'main' } },
        },
        sha: 'f'.repeat(40),
        ref: 'refs/pull/42/merge',
        refName: '42/merge',
      },
      gh,
      token: TOKEN,
      storeDir: join(runnerTemp, 'perf-gate-baseline'),
      replay: 'arrival-users-slower',
    });
    expect(pr.outputs.verdict).toBeDefined();
    const files = [...filesUnder(reportDir), ...filesUnder(runnerTemp)];
    expect(files.map((f) => f.slice(work.length))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/perf-gate-report\.json$/),
        expect.stringMatching(/report\.json$/),
      ]),
    );
    for (const file of files) {
      const text = readFileSync(file).toString('latin1');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  it('masks a secret env value k6 writes into its own output (a key in the URL of unnamed requests)', async () => {
    // secret-in-url: real k6 output of a script putting __ENV.API_KEY in a query string, no name tags
    const secret = 'sk_live_4242SecretApiKeyValue';
    const runnerTemp = join(work, 'runner-temp-url');
    const reportDir = join(work, 'report-dir-url');
    const run = await runGateInProcess({
      inputs: { runs: '2', 'report-dir': reportDir, env: `API_KEY=${secret}` },
      ...baselinePush(runnerTemp),
      replay: 'secret-in-url',
    });
    expect(run.outputs['baseline-saved'], run.log.join('\n')).toBe('true');
    const files = [...filesUnder(reportDir), ...filesUnder(runnerTemp)];
    expect(files.some((f) => /\.json\.gz$/.test(f))).toBe(true); // k6's own output is kept, masked
    for (const file of files) {
      const raw = readFileSync(file);
      const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1');
      if (text.includes(secret)) console.log('LEAK', file);
    }
    expect(run.log.join('\n')).not.toContain(secret);
  });
});
