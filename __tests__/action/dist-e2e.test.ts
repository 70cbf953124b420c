import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackCacheService } from '../servers/cache-service.ts';
import { type FakeGitHub, faults, startFakeGitHub } from '../servers/fake-github.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

/**
 * The Action run the way a runner runs it: INPUT_* and GITHUB_* variables, an event payload file, the step's
 * output and summary files; against the loopback GitHub API and cache service, with the k6 stand-in
 * replaying real recordings. First a push to main records a baseline, then a pull request is judged against
 * it. It runs a bundle of the current src/ (scripts/build.mjs into a temporary folder), so a local `npm test`
 * after a src edit tests that edit; PERF_GATE_E2E_ENTRY=dist runs the committed dist/ instead (`.ci/run`
 * also checks that dist/ is the build of src/).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, '__tests__/fixtures');
const TOKEN = 'ghs_e2eTokenThatMustNeverAppear';
const BASE_SHA = '2222222222222222222222222222222222222222';
const HEAD_SHA = '1111111111111111111111111111111111111111';

let gh: FakeGitHub;
let cache: LoopbackCacheService;
let work: string;
let entry: string;

beforeAll(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
  gh.state.seedPullRequest('octo', 'shop', { number: 42 });
  cache = await LoopbackCacheService.start();
  work = tempDir('perf-gate-e2e-');
  entry = join(root, 'dist/index.js');
  if (process.env.PERF_GATE_E2E_ENTRY !== 'dist') {
    const bundle = join(work, 'bundle');
    await promisify(execFile)(process.execPath, [join(root, 'scripts/build.mjs'), bundle], { cwd: root });
    entry = join(bundle, 'index.js');
  }
});

afterAll(async () => {
  await gh.close();
  await cache.stop();
});

interface StepResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function runAction(
  step: string,
  event: { name: string; file: string; sha: string; ref: string },
  replay: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<StepResult> {
  const dir = join(work, step);
  mkdirSync(dir, { recursive: true });
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: join(fixtures, 'events', `${event.file}.json`),
    GITHUB_SHA: event.sha,
    GITHUB_REF: event.ref,
    GITHUB_REF_NAME: event.ref.replace(/^refs\/(heads|pull)\//, ''),
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: '777',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(work, 'runner-temp'),
    RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
    K6_REPLAY: replay,
    ...extraEnv,
    ...cache.env(),
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_K6-PATH': join(root, '__tests__/bin/k6-replay'),
    INPUT_SCRIPT: join(fixtures, 'k6-v0.49/how-recorded/arrival.js'),
    'INPUT_TARGET-URL': 'http://127.0.0.1:9',
    'INPUT_BASELINE-KEY': 'api',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(process.execPath, [entry], { env, cwd: dir }, (error, stdout) => {
      const outputs: Record<string, string> = {};
      // GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks
      for (const m of readFileSync(outputFile, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) {
        outputs[m[1]!] = m[3]!;
      }
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        stdout,
        outputs,
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}

describe('the Action in a runner-like environment', () => {
  it('records a baseline on a push to main', async () => {
    const step = await runAction(
      'baseline',
      { name: 'push', file: 'push-main', sha: BASE_SHA, ref: 'refs/heads/main' },
      'arrival-base,arrival-base-rerun',
      { runs: '2' },
    );
    expect(step.stdout).not.toContain(TOKEN);
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs['baseline-saved'], step.stdout).toBe('true');
    expect(cache.finalizedEntries().map((e) => e.key)).toEqual([`perf-gate-1-api-main-${BASE_SHA}`]);
    expect(step.summary).toContain('perf-gate');
  });

  it('judges a pull request against it: check run on the head sha and one sticky comment', async () => {
    const step = await runAction(
      'pr',
      {
        name: 'pull_request',
        file: 'pull_request',
        sha: 'ffffffffffffffffffffffffffffffffffffffff',
        ref: 'refs/pull/42/merge',
      },
      'arrival-users-slower,arrival-users-slower',
      { runs: '2' },
    );
    expect(step.stdout).not.toContain(TOKEN);
    const checks = gh.state.repo('octo', 'shop').checkRuns;
    expect(checks).toHaveLength(1);
    const check = checks[0]!;
    expect(check).toMatchObject({ name: 'perf-gate', head_sha: HEAD_SHA, status: 'completed' });
    // /users 36% slower, but against a cached baseline from another job whose between-job noise is unknown
    // (no history: the 25% CV prior): the honest answer is "cannot tell", a neutral check and exit 0
    expect(step.outputs.verdict, step.stdout).toBe('inconclusive');
    expect(check.conclusion).toBe('neutral');
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs['baseline-commit']).toBe(BASE_SHA);

    const comments = gh.state.repo('octo', 'shop').comments.filter((c) => c.issue_number === 42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- perf-gate');
    expect(comments[0]!.body).toContain('GET /users');
    const users = JSON.parse(step.outputs.deltas!)['api › GET GET /users'];
    expect(users.p50).toBeGreaterThan(0.3);
    expect(users.p50).toBeLessThan(0.45);
  });

  it('same-job (baseline-target-url): the base build measured beside a /users +36% PR build fails the step', async () => {
    const step = await runAction(
      'same-job',
      {
        name: 'pull_request',
        file: 'pull_request',
        sha: 'abababababababababababababababababababab',
        ref: 'refs/pull/42/merge',
      },
      'exit:255',
      // max-runs 2: a gate that never fails ends at two pairs with its verdict, not by escalating into the timeout
      { runs: '2', 'max-runs': '2', 'baseline-target-url': 'http://127.0.0.1:8' },
      {
        K6_REPLAY_BY_TARGET:
          'http://127.0.0.1:8=arrival-base,arrival-base-rerun;http://127.0.0.1:9=arrival-users-slower',
      },
    );
    expect(step.stdout).not.toContain(TOKEN);
    expect(step.outputs.verdict, step.stdout).toBe('fail');
    expect(step.code, step.stdout).toBe(1);
    expect(step.stdout).toContain('perf-gate: regression or SLO breach');
    const check = gh.state.repo('octo', 'shop').checkRuns.at(-1)!;
    expect(check).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(JSON.parse(step.outputs.deltas!)['api › GET GET /users'].p50).toBeGreaterThan(0.3);
  });

  it('updates the same comment on the next push to the pull request, never a second one', async () => {
    await runAction(
      'pr-again',
      {
        name: 'pull_request',
        file: 'pull_request',
        sha: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
        ref: 'refs/pull/42/merge',
      },
      'arrival-base-rerun,arrival-base',
      { runs: '2' },
    );
    expect(gh.state.repo('octo', 'shop').comments.filter((c) => c.issue_number === 42)).toHaveLength(1);
  });
});

describe('the Action on a fork pull request (read-only token)', () => {
  it('does not crash: it writes the summary and the report files, and says which permissions were missing', async () => {
    gh.state.seedPullRequest('octo', 'shop', {
      number: 43,
      pull: {
        head: { sha: '3'.repeat(40), ref: 'patch-1', repo: 'stranger/shop' },
        base: { sha: BASE_SHA, ref: 'main' },
      },
    });
    gh.script('POST /repos/{owner}/{repo}/check-runs', faults.forbidden(), 1);
    gh.script('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', faults.forbidden(), 1);
    const reportDir = join(work, 'fork-report');
    const step = await runAction(
      'fork',
      {
        name: 'pull_request',
        file: 'pull_request-fork',
        sha: 'dddddddddddddddddddddddddddddddddddddddd',
        ref: 'refs/pull/43/merge',
      },
      'arrival-base-rerun',
      { runs: '1', 'report-dir': reportDir },
    );
    expect(step.code, step.stdout).toBe(0);
    expect(step.summary).toContain('checks: write');
    expect(step.summary).toContain('pull-requests: write');
    expect(step.summary).toContain('two-workflow pattern');
    // a cached baseline from another job, no history: cannot tell (the 25% between-job prior)
    expect(JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')).verdict).toBe('inconclusive');
    expect(step.outputs.verdict).toBe('inconclusive');
    expect(gh.state.repo('octo', 'shop').comments.filter((c) => c.issue_number === 43)).toHaveLength(0);
  });

  it('mode report (the workflow_run half of the pattern) judges what the fork run measured and posts it on the event head', async () => {
    const step = await runAction(
      'fork-report',
      {
        name: 'workflow_run',
        file: 'workflow_run',
        sha: 'cccccccccccccccccccccccccccccccccccccccc',
        ref: 'refs/heads/main',
      },
      'exit:255', // never runs: report mode measures nothing
      { mode: 'report', 'report-dir': join(work, 'fork-report'), script: '' },
    );
    expect(step.code, step.stdout).toBe(0);
    const check = gh.state.repo('octo', 'shop').checkRuns.find((c) => c.head_sha === '3'.repeat(40));
    expect(check).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    const comments = gh.state.repo('octo', 'shop').comments.filter((c) => c.issue_number === 43);
    expect(comments).toHaveLength(1);
    expect(step.outputs.verdict).toBe('inconclusive');
    expect(comments[0]!.body).toContain('GET /users');
  });
});

describe('the Action on main: what may become a baseline', () => {
  it('refuses to save a run with 31% failed requests, fails the step, and keeps the good baseline', async () => {
    const before = cache.finalizedEntries().length;
    const step = await runAction(
      'invalid-baseline',
      {
        name: 'push',
        file: 'push-main',
        sha: '4444444444444444444444444444444444444444',
        ref: 'refs/heads/main',
      },
      'arrival-errors',
      { runs: '1' },
    );
    expect(step.code).toBe(1);
    // (the runner's log commands escape % as %25)
    expect(step.stdout).toMatch(/baseline not saved: .*failed 3\d(\.\d+)?%(25)? of its requests/);
    expect(step.outputs['baseline-saved']).toBe('false');
    expect(cache.finalizedEntries()).toHaveLength(before);
  });

  it('on schedule: saves, compares with the previous baseline and charts the nightly trend', async () => {
    const step = await runAction(
      'nightly',
      {
        name: 'schedule',
        file: 'schedule',
        sha: '5555555555555555555555555555555555555555',
        ref: 'refs/heads/main',
      },
      'arrival-base-rerun,arrival-base',
      { runs: '2' },
    );
    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs['baseline-saved']).toBe('true');
    expect(step.outputs['baseline-commit']).toBe(BASE_SHA);
    expect(step.summary).toContain('xychart-beta');
    expect(step.summary).toMatch(/drift needs \d+ nightlies/);
  });
});
