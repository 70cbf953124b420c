/**
 * The Action's gate run in-process with its real collaborators: inputs read like the runner's, a baseline
 * store in a directory, a real GitHub client against the loopback fake API, and the k6 stand-in replaying
 * real recordings (`replay`, as K6_REPLAY).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GateResult, runGate } from '../../src/action/gate.ts';
import { collectEnvironment } from '../../src/baseline/environment.ts';
import { FsBaselineStore } from '../../src/baseline/fs-store.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { readActionConfig } from '../../src/inputs/config.ts';
import type { RunnerContext } from '../../src/inputs/runner-context.ts';
import { createMeasurer } from '../../src/measure/measurer.ts';
import { FAST_TIMING } from '../github/harness.ts';
import type { FakeGitHub } from '../servers/fake-github.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const K6_FIXTURES = join(ROOT, '__tests__/fixtures/k6-v0.49');

/** The runner of a push to main (a baseline run), working in `work`. */
export function pushToMain(work: string, sha = '2'.repeat(40)): GateRunner {
  return {
    eventName: 'push',
    payload: { repository: { default_branch: 'main' } },
    sha,
    ref: 'refs/heads/main',
    refName: 'main',
    runnerTemp: join(work, 'runner-temp'),
    workspace: work,
  };
}

type GateRunner = Omit<RunnerContext, 'repository' | 'serverUrl' | 'apiUrl'> & { repository?: string };

export interface GateRun {
  result: GateResult;
  outputs: Record<string, string>;
  summary: string;
  log: string[];
}

export async function runGateInProcess(options: {
  inputs: Record<string, string>;
  runner: GateRunner;
  gh?: FakeGitHub;
  token?: string;
  storeDir: string;
  replay?: string;
  /** K6_REPLAY_BY_TARGET: recordings per target URL, for the same-job design (base and PR builds) */
  replayByTarget?: string;
}): Promise<GateRun> {
  const { gh, token = '' } = options;
  const inputs: Record<string, string> = {
    'k6-path': join(ROOT, '__tests__/bin/k6-replay'),
    script: join(K6_FIXTURES, 'how-recorded/arrival.js'),
    'target-url': 'http://127.0.0.1:9',
    'baseline-key': 'api',
    'github-token': token,
    ...options.inputs,
  };
  const config = readActionConfig((name) => inputs[name] ?? '');
  const runner: RunnerContext = {
    repository: 'octo/shop',
    serverUrl: 'https://github.com',
    apiUrl: gh?.url ?? 'http://127.0.0.1:9',
    ...options.runner,
  };
  const [owner, repo] = runner.repository.split('/') as [string, string];
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  let summary = '';
  const result = await runGate(config, runner, {
    store: new FsBaselineStore({ directory: options.storeDir }),
    github:
      gh === undefined || token === ''
        ? undefined
        : { api: createGitHubClient({ token, baseUrl: gh.url, timing: FAST_TIMING }), repo: { owner, repo } },
    logger: {
      info: (m) => log.push(m),
      warning: (m) => log.push(`warning: ${m}`),
      group: (_title, fn) => fn(),
    },
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    writeSummary: async (markdown) => {
      summary += markdown;
    },
    now: Date.now,
    environment: collectEnvironment(),
    version: '0.0.0-test',
    createMeasurer: (engine, settings) =>
      createMeasurer(engine, {
        ...settings,
        k6: {
          ...settings.k6,
          processEnv: {
            ...process.env,
            K6_REPLAY: options.replay ?? 'exit:255',
            ...(options.replayByTarget === undefined ? {} : { K6_REPLAY_BY_TARGET: options.replayByTarget }),
          },
        },
      }),
  });
  return { result, outputs, summary, log };
}
