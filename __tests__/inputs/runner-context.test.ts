import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRunnerContext, runUrl } from '../../src/inputs/runner-context.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'perf-gate-runner-context-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const REQUIRED = { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'o/r' };

describe('readRunnerContext', () => {
  it('reads every GITHUB_* variable and the event payload', async () => {
    const eventPath = join(root, 'event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 42 } }));
    const ctx = readRunnerContext({
      ...REQUIRED,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_REF_NAME: '42/merge',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_RUN_ID: '77',
      GITHUB_JOB: 'perf',
      GITHUB_RUN_ATTEMPT: '2',
      RUNNER_TEMP: '/runner/tmp',
      GITHUB_WORKSPACE: '/runner/work/r',
    });
    expect(ctx).toEqual({
      eventName: 'pull_request',
      payload: { pull_request: { number: 42 } },
      sha: 'abc123',
      ref: 'refs/pull/42/merge',
      refName: '42/merge',
      repository: 'o/r',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      runId: '77',
      job: 'perf',
      runAttempt: '2',
      runnerTemp: '/runner/tmp',
      workspace: '/runner/work/r',
    });
    expect(runUrl(ctx)).toBe('https://ghe.example.com/o/r/actions/runs/77');
  });

  it("fills what is absent or empty with github.com's defaults, the ref's short name and local folders", () => {
    const empty = {
      GITHUB_EVENT_PATH: '',
      GITHUB_REF_NAME: '',
      GITHUB_SERVER_URL: '',
      GITHUB_API_URL: '',
      GITHUB_RUN_ID: '',
      GITHUB_JOB: '',
      GITHUB_RUN_ATTEMPT: '',
      RUNNER_TEMP: '',
      GITHUB_WORKSPACE: '',
    };
    const ctx = readRunnerContext({ ...REQUIRED, ...empty, GITHUB_REF: 'refs/heads/feature/x' });
    expect(ctx).toEqual({
      eventName: 'push',
      payload: {},
      sha: 'abc123',
      ref: 'refs/heads/feature/x',
      refName: 'feature/x',
      repository: 'o/r',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runId: undefined,
      job: undefined,
      runAttempt: undefined,
      runnerTemp: join(tmpdir(), 'perf-gate-runner'),
      workspace: process.cwd(),
    });
    expect(runUrl(ctx)).toBeUndefined();
    expect(readRunnerContext({ ...REQUIRED, GITHUB_REF: 'refs/tags/v1.2' }).refName).toBe('v1.2');
    expect(readRunnerContext({ ...REQUIRED, GITHUB_REF: 'x/refs/heads/y' }).refName).toBe('x/refs/heads/y');
    expect(readRunnerContext(REQUIRED)).toMatchObject({ ref: '', refName: '', payload: {} });
  });

  it('a missing or empty required variable says the Action runs inside GitHub Actions', () => {
    for (const name of Object.keys(REQUIRED)) {
      const message = `${name} is not set: perf-gate's Action runs inside GitHub Actions (use the CLI elsewhere)`;
      expect(() => readRunnerContext({ ...REQUIRED, [name]: undefined })).toThrow(message);
      expect(() => readRunnerContext({ ...REQUIRED, [name]: '' })).toThrow(message);
    }
  });

  it('an unreadable or non-object event payload is an error naming GITHUB_EVENT_PATH', async () => {
    const at = (file: string) => ({ ...REQUIRED, GITHUB_EVENT_PATH: join(root, file) });
    expect(() => readRunnerContext(at('none.json'))).toThrow(
      `cannot read the event payload GITHUB_EVENT_PATH=${join(root, 'none.json')}: ENOENT`,
    );
    await writeFile(join(root, 'bad.json'), '{');
    expect(() => readRunnerContext(at('bad.json'))).toThrow(
      `cannot read the event payload GITHUB_EVENT_PATH=${join(root, 'bad.json')}: `,
    );
    for (const [json, holds] of [
      ['null', 'null'],
      ['[1]', 'an array'],
      ['"text"', 'a string'],
      ['3', 'a number'],
    ]) {
      await writeFile(join(root, 'other.json'), json as string);
      expect(() => readRunnerContext(at('other.json'))).toThrow(
        `the event payload GITHUB_EVENT_PATH=${join(root, 'other.json')} is not a JSON object (it holds ${holds})`,
      );
    }
  });
});
