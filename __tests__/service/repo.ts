import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GateDeps } from '../../src/action/deps.ts';
import { collectEnvironment } from '../../src/baseline/environment.ts';
import { FsBaselineStore } from '../../src/baseline/fs-store.ts';
import type { InputName } from '../../src/constants.ts';
import { type MemoryLogger, memoryLogger } from '../../src/engine/logger.ts';
import type { RunnerContext } from '../../src/inputs/runner-context.ts';
import { createMeasurer } from '../../src/measure/measurer.ts';
import { VERSION } from '../../src/version.ts';
import { TempDirs } from '../temp-dirs.ts';

const SERVER = new URL('../../examples/service/server.mjs', import.meta.url);

/** The directories makeRepo, cloneRepo and scenarioFile made: a test file removes them in its afterAll hook. */
const dirs = new TempDirs();
export const removeRepoDirs = dirs.remove;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * A real git repository with the example service: a base commit, and a PR commit on top of it whose
 * `run.sh` sets the service's knobs and whose `build.sh` is `prBuild`. Returns the directory and both shas.
 */
export function makeRepo(
  prKnobs: string,
  prBuild = 'echo built',
): { dir: string; base: string; head: string } {
  const root = dirs.make('perf-gate-svc-');
  const dir = join(root, 'repo');
  execFileSync('mkdir', [dir]);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'test');
  copyFileSync(SERVER, join(dir, 'server.mjs'));
  writeFileSync(join(dir, 'run.sh'), 'exec node server.mjs\n');
  writeFileSync(join(dir, 'build.sh'), 'echo built\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'run.sh'), `${prKnobs} exec node server.mjs\n`);
  writeFileSync(join(dir, 'build.sh'), `${prBuild}\n`);
  git(dir, 'commit', '-q', '-am', 'pr');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** A clone of `dir` in a fresh directory of its own (the same commits), checked out at its main. */
export function cloneRepo(dir: string): string {
  const clone = join(dirs.make('perf-gate-svc-'), 'repo');
  execFileSync('git', ['clone', '-q', dir, clone]);
  return clone;
}

/** A short open-model scenario for the embedded engine, outside the repository. */
export function scenarioFile(load = '{ model: open, rate: 100, duration: 0.8s, maxInFlight: 50 }'): string {
  const file = join(dirs.make('perf-gate-svc-scenario-'), 'scenario.yml');
  writeFileSync(
    file,
    [
      'name: api',
      'baseUrl: http://127.0.0.1:1',
      `load: ${load}`,
      'requests:',
      '  - { name: GET /users, method: GET, path: /users }',
      '  - { name: GET /orders, method: GET, path: /orders }',
    ].join('\n'),
  );
  return file;
}

export function inputsOf(values: Partial<Record<InputName, string>>): (name: InputName) => string {
  return (name) => values[name] ?? '';
}

/** The runner context of a pull_request event whose base is `base` and head `head`, checked out in `dir`. */
export function pullRequestRunner(dir: string, base: string, head: string): RunnerContext {
  return {
    eventName: 'pull_request',
    payload: { pull_request: { number: 7, head: { sha: head }, base: { sha: base, ref: 'main' } } },
    sha: head,
    ref: 'refs/pull/7/merge',
    refName: '7/merge',
    repository: 'o/r',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runnerTemp: join(dir, '..', 'runner-temp'),
    workspace: dir,
  };
}

export function gateDeps(storeDir: string): GateDeps & { logger: MemoryLogger; summaries: string[] } {
  const summaries: string[] = [];
  return {
    store: new FsBaselineStore({ directory: storeDir }),
    logger: memoryLogger(),
    setOutput: () => {},
    writeSummary: async (markdown) => {
      summaries.push(markdown);
    },
    now: Date.now,
    environment: collectEnvironment(),
    version: VERSION,
    createMeasurer,
    summaries,
  };
}

/** Process groups perf-gate said it started ("… (pid N) …" in its log). */
export function startedGroups(lines: readonly string[]): number[] {
  return lines.flatMap((l) => {
    const m = /^perf-gate: started the .* \(pid (\d+)\)/.exec(l);
    return m ? [Number(m[1])] : [];
  });
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Worktrees git still knows of besides the repository itself, and whether the base's folder is on disk. */
export function leftoverWorktrees(dir: string): { registered: number; onDisk: boolean } {
  const list = git(dir, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '));
  return { registered: list.length - 1, onDisk: existsSync(`${dir}-perf-gate-base`) };
}
