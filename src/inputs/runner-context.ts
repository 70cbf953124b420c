import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the Actions runner tells a step about where and why it runs (GITHUB_* variables). */
export interface RunnerContext {
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  /** full ref, e.g. refs/heads/main or refs/pull/42/merge */
  ref: string;
  /** short ref name, e.g. main or 42/merge */
  refName: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  /** the job's id in the workflow and the run's attempt: they keep artifact names of one run apart */
  job?: string;
  runAttempt?: string;
  runnerTemp: string;
  /** the checkout (GITHUB_WORKSPACE): where a started service is built, and the repository of its worktree */
  workspace: string;
}

export function readRunnerContext(env: Record<string, string | undefined>): RunnerContext {
  const required = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === '') {
      throw new Error(
        `${name} is not set: perf-gate's Action runs inside GitHub Actions (use the CLI elsewhere)`,
      );
    }
    return value;
  };
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath !== undefined && eventPath !== '') {
    let parsed: unknown;
    try {
      // Stryker disable next-line StringLiteral: equivalent, without an encoding JSON.parse reads the Buffer as UTF-8 text all the same
      parsed = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (error) {
      throw new Error(
        `cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${(error as Error).message}`,
      );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(
        `the event payload GITHUB_EVENT_PATH=${eventPath} is not a JSON object (it holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`})`,
      );
    }
    payload = parsed as Record<string, unknown>;
  }
  const ref = env.GITHUB_REF ?? '';
  return {
    eventName: required('GITHUB_EVENT_NAME'),
    payload,
    sha: required('GITHUB_SHA'),
    ref,
    refName: env.GITHUB_REF_NAME || ref.replace(/^refs\/(heads|tags)\//, ''),
    repository: required('GITHUB_REPOSITORY'),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId: env.GITHUB_RUN_ID || undefined,
    job: env.GITHUB_JOB || undefined,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    runnerTemp: env.RUNNER_TEMP || join(tmpdir(), 'perf-gate-runner'),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
}

export function runUrl(ctx: RunnerContext): string | undefined {
  return ctx.runId === undefined ? undefined : `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
}
