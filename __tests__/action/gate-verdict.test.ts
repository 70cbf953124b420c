import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushToMain, runGateInProcess } from './gate-harness.ts';

/**
 * The Action's gate from src (not the committed bundle), same-job design with the k6 stand-in replaying real
 * recordings per build: the verdict, the step's failure and the outputs are fixed by the recordings, so each
 * is asserted exactly (issue 16: gate.ts and deliver.ts were driven only through dist/).
 */
const BASE = 'http://127.0.0.1:8';
const PR = 'http://127.0.0.1:9';
/** the k6 stand-in runs of both builds and the judging: about 10 s idle, 30 s with both cores busy */
const RUN_TIMEOUT_MS = 120_000;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'perf-gate-gate-verdict-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const pullRequest = () => ({
  ...pushToMain(work, 'f'.repeat(40)),
  eventName: 'pull_request',
  payload: {
    pull_request: { number: 42, head: { sha: '1'.repeat(40) }, base: { sha: '2'.repeat(40), ref: 'main' } },
  },
  ref: 'refs/pull/42/merge',
  refName: '42/merge',
});

const sameJob = (prRecordings: string) =>
  runGateInProcess({
    inputs: { runs: '2', 'baseline-target-url': BASE, 'target-url': PR },
    runner: pullRequest(),
    storeDir: join(work, 'store'),
    replayByTarget: `${BASE}=arrival-base,arrival-base-rerun;${PR}=${prRecordings}`,
  });

describe('the gate from src, same-job pairs of real k6 recordings', () => {
  it(
    'a /users +36% PR build fails the step: verdict fail, the failure message, the outputs',
    async () => {
      const run = await sameJob('arrival-users-slower');
      expect(run.result.verdict, run.log.join('\n')).toBe('fail');
      expect(run.result.failure).toBe('perf-gate: regression or SLO breach');
      expect(run.outputs.verdict).toBe('fail');
      expect(JSON.parse(run.outputs.deltas!)['api › GET GET /users'].p50).toBeGreaterThan(0.3);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    'an unchanged PR build (A/A: the base recordings again) passes: verdict pass, no failure',
    async () => {
      const run = await sameJob('arrival-base-rerun,arrival-base');
      expect(run.result.verdict, run.log.join('\n')).toBe('pass');
      expect(run.result.failure).toBeUndefined();
      expect(run.outputs.verdict).toBe('pass');
    },
    RUN_TIMEOUT_MS,
  );
});
