import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/action/gate.ts';
import { readActionConfig } from '../../src/inputs/config.ts';
import {
  gateDeps,
  groupAlive,
  inputsOf,
  leftoverWorktrees,
  makeRepo,
  pullRequestRunner,
  removeRepoDirs,
  scenarioFile,
  startedGroups,
} from './repo.ts';

// the repositories and scenario files of this file's cases, once every service and worktree has ended
afterAll(removeRepoDirs);

/**
 * The Action's code path with `start`: a real repository (base commit + PR commit), both sides built and
 * started by perf-gate as real processes, measured in pairs, and everything cleaned up afterwards.
 */
function config(scenario: string, reportDir: string) {
  return readActionConfig(
    inputsOf({
      script: scenario,
      start: 'sh run.sh',
      build: 'sh build.sh',
      ready: '/health',
      'ready-timeout': '20s',
      runs: '2',
      // this test is about the lifecycle, not confirmation: two pairs and no more
      'max-runs': '2',
      'report-dir': reportDir,
    }),
  );
}

// Each case builds and starts real processes: a 120 s limit, not the default 30 s a busy machine can cross.
// Concurrent cases: each has its own repository, services and store, and spends most of its time waiting
// on fixed-length runs, waits that overlap.
describe.concurrent('start: perf-gate runs both builds', () => {
  it('measures base and PR in pairs, reaches a verdict with both services’ resources, and leaves nothing behind', async () => {
    const repo = makeRepo('export CPU_MS=1;');
    const deps = gateDeps(join(repo.dir, '..', 'store'));
    const reportDir = join(repo.dir, '..', 'report');
    const result = await runGate(
      config(scenarioFile(), reportDir),
      pullRequestRunner(repo.dir, repo.base, repo.head),
      deps,
    );
    expect(['pass', 'fail', 'inconclusive']).toContain(result.verdict);
    const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8'));
    expect(report.comparison.design).toBe('same-job');
    // the services' CPU and memory: a series of the comparison, and one bottleneck sentence per side
    const service = report.comparison.series.find((x: { id: string }) => x.id === 'service (CPU, memory)');
    expect(Object.keys(service.metrics).sort()).toEqual(['cpu_per_request', 'peak_rss']);
    expect(service.metrics.cpu_per_request.candidate).toBeGreaterThan(
      service.metrics.cpu_per_request.baseline,
    );
    expect(report.services.map((x: { side: string }) => x.side)).toEqual(['base build', 'PR build']);
    for (const side of report.services) expect(side.bottleneck).toMatch(/\w/);
    expect(readFileSync(join(reportDir, 'report.md'), 'utf8')).toContain('**Service, PR build:**');
    const groups = startedGroups(deps.logger.lines);
    expect(groups).toHaveLength(2);
    for (const pgid of groups) expect(groupAlive(pgid)).toBe(false);
    expect(leftoverWorktrees(repo.dir)).toEqual({ registered: 0, onDisk: false });
  }, 120_000);

  it('a failing PR build: names the side, quotes its output, no verdict, and stops the base service', async () => {
    const repo = makeRepo('', 'echo "error TS2304: cannot find name foo" >&2; exit 2');
    const deps = gateDeps(join(repo.dir, '..', 'store'));
    const reportDir = join(repo.dir, '..', 'report');
    const result = await runGate(
      config(scenarioFile(), reportDir),
      pullRequestRunner(repo.dir, repo.base, repo.head),
      deps,
    );
    expect(result.verdict).toBeUndefined();
    expect(result.failure).toMatch(/PR build: the build failed \(exit code 2\)/);
    expect(deps.summaries.join('\n')).toContain('error TS2304: cannot find name foo');
    expect(readFileSync(join(reportDir, 'report.md'), 'utf8')).toContain('no baseline was saved');
    const groups = startedGroups(deps.logger.lines);
    expect(groups).toHaveLength(1); // the base build had started
    expect(groupAlive(groups[0]!)).toBe(false);
    expect(leftoverWorktrees(repo.dir)).toEqual({ registered: 0, onDisk: false });
  }, 120_000);

  it('SIGTERM mid-measurement: both services stopped, the worktree removed, exit 143', async () => {
    const repo = makeRepo('');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), 'gate-child.ts')],
      {
        env: { ...process.env, REPO: repo.dir, BASE: repo.base, HEAD: repo.head, SCENARIO: scenarioFile() },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const measuring = new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (/embedded run 1\//.test(out)) resolve();
      }),
    );
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await Promise.race([measuring, exited]);
    child.kill('SIGTERM');
    const code = await Promise.race([
      exited,
      new Promise((r) => setTimeout(() => r('still running'), 20_000)),
    ]);
    child.kill('SIGKILL'); // only if the test failed: never leave it behind
    expect(code, out).toBe(143);
    const groups = startedGroups(out.split('\n'));
    expect(groups, out).toHaveLength(2);
    for (const pgid of groups) expect(groupAlive(pgid)).toBe(false);
    expect(leftoverWorktrees(repo.dir)).toEqual({ registered: 0, onDisk: false });
  }, 120_000);
});
