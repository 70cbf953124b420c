import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from './processes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run demo -- ARGS` without npm: the same command package.json maps `demo` to. */
function runDemo(args: string[]): Promise<DemoRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/demo.ts', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b;
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Per series of a terminal verdict table, the outcome column of its metric rows. */
function tableOutcomes(text: string): Map<string, string[]> {
  const rows = text.split('\n');
  const header = rows.findIndex((r) => r.startsWith('Series '));
  const outcomeColumn = rows[header]!.indexOf('Outcome');
  const outcomes = new Map<string, string[]>();
  let current = '';
  for (const row of rows.slice(header + 2)) {
    if (row.trim() === '') break;
    const name = row.slice(0, row.indexOf('  ')).trim();
    if (name !== '') current = name;
    const list = outcomes.get(current) ?? [];
    list.push(row.slice(outcomeColumn).split(':')[0]!);
    outcomes.set(current, list);
  }
  return outcomes;
}

interface ReportSeries {
  key: { method: string; name: string };
  outcome: string;
}

// The whole demo in its quick mode (about 55 s, 100 s at a load average of 15): services started by perf-gate
// from commits, three same-job comparisons (the third profiled), the cached re-judgement, the report and
// profile files. The quick mode slows GET /users by 10 ms (+45%), not the full demo's 3 ms, so that a busy
// machine's noise cannot leave part 1 undecided. What it asserts does not depend on the A/A pass, which the
// quick mode's wider intervals may leave inconclusive.
describe('npm run demo -- --quick', () => {
  let out: string;
  let run: DemoRun;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'perf-gate-demo-test-'));
    run = await runDemo(['--quick', '--out', out]);
  }, 240_000);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('exits 0: the regression was found on GET /users alone and the A/A comparison did not fail', () => {
    expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('perf-gate behaved as expected');
    expect(run.stdout).not.toContain('✘');
  });

  it('prints the verdict tables: part 1 fails on GET /users, the A/A part does not fail', () => {
    const parts = run.stdout.split(/^━━ /m);
    const part1 = parts.find((p) => p.startsWith('Part 1'))!;
    const part2 = parts.find((p) => p.startsWith('Part 2'))!;
    expect(part1).toMatch(/^Part 1 · same-job: PR build with GET \/users \+10 ms /);
    expect(part1).toMatch(/^FAIL {2}perf-gate: regression on 1 of 4 series \(GET \/users /m);
    const outcomes = tableOutcomes(part1);
    expect([...outcomes.keys()].sort()).toEqual([
      'GET /orders',
      'GET /users',
      'POST /orders',
      'service (CPU, memory)',
    ]);
    // the slowed path waits (a timer), it burns no CPU: CPU per request and memory must not regress
    expect(outcomes.get('service (CPU, memory)')).not.toContain('regression');
    expect(outcomes.get('GET /users')).toContain('regression');
    expect(outcomes.get('GET /orders')).not.toContain('regression');
    expect(outcomes.get('POST /orders')).not.toContain('regression');
    // the A/A: nothing worse; on a busy machine a tail may stay undecided (inconclusive), but when every gated
    // metric is decided the verdict must be PASS (a gate that never passes fails here)
    const aa = [...tableOutcomes(part2).values()].flat().map((o) => o.trim());
    expect(aa.filter((o) => o === 'regression')).toEqual([]);
    expect(part2).toMatch(
      aa.includes('inconclusive') ? /^INCONCLUSIVE {2}perf-gate: /m : /^PASS {2}perf-gate: /m,
    );
    expect(run.stdout).toMatch(/^✔ part 1, same-job: regression found on GET \/users: P\d\d \+/m);
    expect(run.stdout).toContain('Part 3 · cached baseline');
  });

  it('writes the PR comment and report.json of part 1: a regression on GET /users and on nothing else', async () => {
    const markdown = await readFile(join(out, 'demo-report.md'), 'utf8');
    expect(markdown.split('\n')[0]).toBe('<!-- perf-gate:api -->');
    expect(markdown).toContain('### ❌ perf-gate: regression on 1 of 4 series (GET /users');
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as {
      verdict: string;
      comparison: { design: string; series: ReportSeries[] };
    };
    expect(report.verdict).toBe('fail');
    expect(report.comparison.design).toBe('same-job');
    const outcomes = Object.fromEntries(
      report.comparison.series.map((s) => [`${s.key.method} ${s.key.name}`, s.outcome]),
    );
    expect(Object.keys(outcomes).sort()).toEqual([
      'GET /orders',
      'GET /users',
      'POST /orders',
      'service (CPU, memory)',
    ]);
    expect(outcomes['GET /users']).toBe('regression');
    expect(outcomes['GET /orders']).not.toBe('regression');
    expect(outcomes['POST /orders']).not.toBe('regression');
  });

  // part 4: a PR commit adds a CPU hot spot in one named function of the example service
  it('part 4 flags the hot spot and names checksumOrders first in "Where the time went", in the comment and on the terminal', async () => {
    expect(run.stdout).toMatch(/^✔ part 4, profile: regression: /m);
    expect(run.stdout).toMatch(/^✔ part 4, profile: "Where the time went" names checksumOrders first$/m);
    expect(run.stdout).toMatch(
      /^Where the time went \(self time per request, base → PR\):\n {2}checksumOrders \(server\.mjs:\d+\): /m,
    );
    const comment = await readFile(join(out, 'demo-profile-report.md'), 'utf8');
    expect(comment).toMatch(/^### ❌ perf-gate: regression/m);
    const table = comment.slice(comment.indexOf('#### Where the time went'));
    expect(table.split('\n')[4]).toMatch(
      /^\| <code>checksumOrders<\/code> <sub>server\.mjs:\d+<\/sub> \| 0\.00 µs → /,
    );
    expect(table).toMatch(/One more interleaved pair ran with profilers attached/);
  });

  it('part 4 writes both profiles, the diff and the flame graph: under 5 MB, no path of this machine', async () => {
    const dir = join(out, 'profile');
    const files = await readdir(dir);
    expect(files).toEqual(
      expect.arrayContaining(['base.cpuprofile', 'pr.cpuprofile', 'diff.json', 'flame.svg']),
    );
    let bytes = 0;
    for (const f of files) {
      const text = await readFile(join(dir, f), 'utf8');
      bytes += Buffer.byteLength(text);
      expect(text).not.toContain(tmpdir());
      expect(text).not.toContain(root);
    }
    expect(bytes).toBeLessThan(5_000_000);
    const diff = JSON.parse(await readFile(join(dir, 'diff.json'), 'utf8'));
    expect(diff.changes[0].frame.name).toBe('checksumOrders');
    expect(diff.changes[0].selfChange).toBeGreaterThan(2 * diff.noise.selfPerRequest);
  });

  it('perf-gate started both builds from their commits with `start`, and left no service running', () => {
    expect(run.stderr.match(/checking out the base commit [0-9a-f]{12}/g)).toHaveLength(3);
    const pids = [...run.stderr.matchAll(/started the (?:base|PR) build \(pid (\d+)\)/g)].map((m) =>
      Number(m[1]),
    );
    expect(pids).toHaveLength(6); // two services per comparison, none restarted for profiling
    expect(pids.filter(isAlive)).toEqual([]);
  });
});

describe('npm run demo -- bad usage', () => {
  it('exits 2 with the usage text, starting nothing', async () => {
    const run = await runDemo(['--fast']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/demo: .*--fast/);
    expect(run.stderr).toContain('Usage: npm run demo');
    expect(run.stderr).not.toContain('pid');
  });
});
