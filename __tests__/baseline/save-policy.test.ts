import { describe, expect, it } from 'vitest';
import { compareIdentities } from '../../src/baseline/comparability.ts';
import type { MeasurementIdentity } from '../../src/baseline/identity.ts';
import { decideSave, type SaveCandidate } from '../../src/baseline/save-policy.ts';
import { LINUX_4_CORE, makeRun } from './fixtures.ts';

const good = (overrides: Partial<SaveCandidate> = {}): SaveCandidate => ({
  runs: [makeRun({ seed: 1 }), makeRun({ seed: 2 })],
  expectedRuns: 2,
  engineErrors: [],
  maxErrorRate: 0.05,
  ...overrides,
});

const identity: MeasurementIdentity = {
  scriptHash: 'a'.repeat(64),
  engine: 'k6',
  loadModel: 'open',
  environment: LINUX_4_CORE,
  perfGateVersion: '0.1.0',
};

describe('decideSave', () => {
  it('saves a complete, valid measurement', () => {
    // 5 failures in 1000 requests: 0.5 %, under the 5 % limit.
    expect(decideSave(good())).toEqual({ save: true, notes: [] });
  });

  it('refuses a measurement the engine reported errors for', () => {
    const decision = decideSave(
      good({ engineErrors: ['run 2: k6 exited with code 107 (script exception)'] }),
    );
    expect(decision).toEqual({ save: false, reasons: ['run 2: k6 exited with code 107 (script exception)'] });
  });

  it('refuses a run that made no requests, and a partial measurement', () => {
    const empty = makeRun({ series: [] });
    expect(decideSave(good({ runs: [makeRun(), empty], expectedRuns: 3 }))).toEqual({
      save: false,
      reasons: ['partial measurement: 2 of 3 runs produced a result', 'run 2 made no requests'],
    });
    expect(decideSave(good({ runs: [], expectedRuns: 1 }))).toEqual({
      save: false,
      reasons: ['no run produced a result'],
    });
  });

  it('refuses a run whose error rate is above max-error-rate, and accepts one exactly at it', () => {
    const failing = makeRun({ series: [{ name: 'GET /orders', requests: 400, failed: 124 }] });
    expect(decideSave(good({ runs: [failing], expectedRuns: 1 }))).toEqual({
      save: false,
      reasons: ['the run failed 31% of its requests (124 of 400), above max-error-rate 5%'],
    });
    const atLimit = makeRun({ series: [{ name: 'GET /orders', requests: 400, failed: 20 }] });
    expect(decideSave(good({ runs: [atLimit], expectedRuns: 1 })).save).toBe(true);
  });

  it('refuses when the comparison with the previous baseline was refused for a reason other than a new workload', () => {
    const decision = decideSave(
      good({
        comparison: { refused: 'the baseline has full distributions, this run only k6 summary quantiles' },
        comparability: compareIdentities(identity, identity),
      }),
    );
    expect(decision).toEqual({
      save: false,
      reasons: [
        'the comparison with the previous baseline was refused: the baseline has full distributions, this run only k6 summary quantiles',
      ],
    });
  });

  it('saves a deliberately changed workload as the start of a new baseline, and says so', () => {
    const decision = decideSave(
      good({
        comparison: { refused: 'the script changed' },
        comparability: compareIdentities(identity, { ...identity, scriptHash: 'b'.repeat(64) }),
      }),
    );
    expect(decision).toEqual({
      save: true,
      notes: [
        'the workload changed (script: changed since the baseline (sha256 aaaaaaaaaaaa… vs bbbbbbbbbbbb…)): this run starts a new baseline',
      ],
    });
  });

  it('lists every reason at once', () => {
    const decision = decideSave(
      good({
        runs: [makeRun({ series: [] })],
        expectedRuns: 2,
        engineErrors: ['k6 exited with code 255'],
        comparison: { refused: 'no series in common' },
      }),
    );
    expect(decision.save).toBe(false);
    expect(decision.save === false && decision.reasons).toEqual([
      'k6 exited with code 255',
      'partial measurement: 1 of 2 runs produced a result',
      'the run made no requests',
      'the comparison with the previous baseline was refused: no series in common',
    ]);
  });
});
