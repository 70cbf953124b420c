import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ERROR_RATE } from '../../src/inputs/config.ts';
import { judgeSameJob } from '../../src/judge/judge.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import type { RunResult } from '../../src/results/types.ts';
import { cli } from '../cli/harness.ts';
import { tempDirs } from '../temp-dirs.ts';
import { K6_FIXTURES, pushToMain, runGateInProcess } from './gate-harness.ts';

const tempDir = tempDirs(afterAll);

const BASE_SHA = '2'.repeat(40);
const HEAD_SHA = '1'.repeat(40);
const fixture = (name: string) => join(K6_FIXTURES, name);

let work: string;
beforeEach(() => {
  work = tempDir('perf-gate-validity-');
});

/** A results directory holding one run: a real recording, optionally cut like a k6 stopped mid-write. */
function resultsDir(name: string, cut?: 'mid-gzip' | 'mid-line'): string {
  const dir = join(work, `${name}-${cut ?? 'whole'}`);
  mkdirSync(dir, { recursive: true });
  const gz = readFileSync(fixture(`${name}.json.gz`));
  if (cut === 'mid-gzip')
    writeFileSync(join(dir, 'run-1.json.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)));
  else if (cut === 'mid-line') {
    const text = gunzipSync(gz).toString('utf8');
    const lastLine = text.lastIndexOf('\n', text.length - 2);
    writeFileSync(join(dir, 'run-1.json'), text.slice(0, lastLine + 40)); // 40 bytes into the last line
  } else writeFileSync(join(dir, 'run-1.json.gz'), gz);
  return dir;
}

const push = (sha: string) => pushToMain(work, sha);

const pullRequest = () => ({
  ...push('f'.repeat(40)),
  eventName: 'pull_request',
  payload: { pull_request: { number: 42, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA, ref: 'main' } } },
  ref: 'refs/pull/42/merge',
  refName: '42/merge',
});

describe('a truncated results file (issue 10 item 3)', () => {
  it('is never saved as the baseline, and the failure names the cut file', async () => {
    for (const cut of ['mid-gzip', 'mid-line'] as const) {
      const store = join(work, `store-${cut}`);
      const dir = resultsDir('arrival-base', cut);
      const run = await runGateInProcess({
        inputs: { mode: 'baseline', results: dir },
        runner: push(BASE_SHA),
        storeDir: store,
      });
      expect(run.outputs['baseline-saved']).toBe('false');
      expect(run.result.failure).toContain(join(dir, cut === 'mid-gzip' ? 'run-1.json.gz' : 'run-1.json'));
      expect(run.result.failure).toMatch(/is cut short/);
      expect(existsSync(store) ? readdirSync(store) : []).toEqual([]);
      expect(run.summary).toContain(
        `${join(dir, cut === 'mid-gzip' ? 'run-1.json.gz' : 'run-1.json')} is cut short`,
      );
    }
  });

  it('is named in the compare report', async () => {
    const store = join(work, 'store');
    const saved = await runGateInProcess({
      inputs: { mode: 'baseline', results: resultsDir('arrival-base') },
      runner: push(BASE_SHA),
      storeDir: store,
    });
    expect(saved.outputs['baseline-saved'], saved.log.join('\n')).toBe('true');
    const cutDir = resultsDir('arrival-base-rerun', 'mid-gzip');
    const pr = await runGateInProcess({
      inputs: { results: cutDir },
      runner: pullRequest(),
      storeDir: store,
    });
    expect(pr.summary).toContain(`${join(cutDir, 'run-1.json.gz')} is cut short`);
  });
});

describe('each same-job side must be a valid measurement (issue 10 item 4)', () => {
  const allFailed = (run: RunResult): RunResult => ({
    ...run,
    series: new Map([...run.series].map(([id, s]) => [id, { ...s, failed: s.requests }])),
  });
  const settings = { tolerances: [], slos: [], maxErrorRate: DEFAULT_MAX_ERROR_RATE, seed: 1 };
  const judge = (baseline: RunResult[], candidate: RunResult[]) =>
    judgeSameJob(
      { measurer: { scriptHash: 'x' }, measurement: { baseline, candidate, generatorWarnings: [] } },
      settings,
      { warning: () => {} },
      { commit: BASE_SHA, ref: 'main', timeMs: Date.now() },
    );

  it('stops with an error naming the base build when it answered only errors, before any comparison', async () => {
    const healthy = await readK6Json(fixture('arrival-base.json.gz'));
    const broken = allFailed(healthy);
    expect(() => judge([broken, broken], [healthy, healthy])).toThrow(
      expect.objectContaining({ name: 'InvalidSideError' }),
    );
    expect(() => judge([broken, broken], [healthy, healthy])).toThrow(
      /^the base build is not a valid measurement, so nothing was compared: run 1 failed 100% of its requests/,
    );
    expect(() => judge([healthy, healthy], [broken, broken])).toThrow(
      /^the PR build is not a valid measurement, so nothing was compared: run 1: all \d+ requests failed/,
    );
  });

  it('names the side in the CLI too: compare --design same-job with a base run of 31% failed requests', async () => {
    const { code, err } = await cli([
      'compare',
      '--design',
      'same-job',
      fixture('arrival-errors.json.gz'),
      fixture('arrival-base.json.gz'),
    ]);
    expect(code).toBe(4);
    expect(err).toMatch(
      /the baseline \(.*arrival-errors\.json\.gz\) is not a valid measurement, so nothing was compared: the run failed 3\d(\.\d+)?% of its requests/,
    );
  });
});

describe('a run above max-error-rate in compare (issue 10 item 6)', () => {
  it('refuses it as a baseline, with a warning that says why', async () => {
    const { code, out } = await cli([
      'compare',
      '--json',
      fixture('arrival-errors.json.gz'),
      fixture('arrival-base.json.gz'),
    ]);
    const report = JSON.parse(out);
    expect(code).toBe(3);
    expect(report.verdict).toBe('inconclusive');
    expect(report.comparison.refused).toMatch(
      /is not a valid baseline: the run failed 3\d(\.\d+)?% of its requests/,
    );
    expect(report.comparison.warnings.join('\n')).toMatch(
      /above max-error-rate 5%: it is not a valid baseline/,
    );
  });

  it('warns about a PR side above it and still judges it', async () => {
    const { out } = await cli([
      'compare',
      '--json',
      fixture('arrival-base.json.gz'),
      fixture('arrival-errors.json.gz'),
    ]);
    const report = JSON.parse(out);
    expect(report.comparison.refused).toBeNull();
    expect(report.comparison.warnings.join('\n')).toMatch(
      /the candidate \(.*arrival-errors\.json\.gz\): the run failed 3\d(\.\d+)?% of its requests .*above max-error-rate 5%/,
    );
  });

  it('accepts the same baseline under a max-error-rate that allows its errors', async () => {
    const { out } = await cli([
      'compare',
      '--json',
      '--max-error-rate',
      '40%',
      fixture('arrival-errors.json.gz'),
      fixture('arrival-base.json.gz'),
    ]);
    expect(JSON.parse(out).comparison.refused).toBeNull();
  });
});

describe("the Action's load model (issue 10 item 9)", () => {
  it('with results measured elsewhere, comes from the files or the load-model input; k6 is neither installed nor run', async () => {
    const store = join(work, 'store');
    // no k6 anywhere: a k6-path that does not exist
    const inputs = { 'k6-path': join(work, 'no-k6-here'), 'load-model': 'closed' };
    const saved = await runGateInProcess({
      inputs: { ...inputs, mode: 'baseline', results: resultsDir('arrival-base') },
      runner: push(BASE_SHA),
      storeDir: store,
    });
    expect(saved.outputs['baseline-saved'], saved.log.join('\n')).toBe('true');
    const pr = await runGateInProcess({
      inputs: { ...inputs, results: resultsDir('arrival-base-rerun') },
      runner: pullRequest(),
      storeDir: store,
    });
    expect(pr.result.failure, pr.log.join('\n')).toBeUndefined();
    expect(pr.summary).toContain('load model: closed, decided by the load-model setting');
  });

  it('where k6 is run, comes from k6 inspect of the script', async () => {
    const store = join(work, 'store');
    // the k6 stand-in replays real runs of arrival.js (constant-arrival-rate) and inspects that script
    const inputs = { runs: '1' };
    await runGateInProcess({ inputs, runner: push(BASE_SHA), storeDir: store, replay: 'arrival-base' });
    const pr = await runGateInProcess({
      inputs,
      runner: pullRequest(),
      storeDir: store,
      replay: 'arrival-base-rerun',
    });
    expect(pr.summary, pr.log.join('\n')).toContain(
      "load model: open, decided by the script's scenario executors (k6 inspect)",
    );
  });
});
