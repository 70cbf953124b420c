import { describe, expect, it } from 'vitest';
import { hashScript, measurementIdentity } from '../../src/baseline/identity.ts';
import { decideSave } from '../../src/baseline/save-policy.ts';
import { LINUX_4_CORE, makeRun } from './fixtures.ts';

describe('measurementIdentity', () => {
  const common = { scriptHash: 'f'.repeat(64), environment: LINUX_4_CORE, perfGateVersion: '1.2.3' };

  it('hashes a script as hex sha256', () => {
    expect(hashScript('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashScript(new TextEncoder().encode('abc'))).toBe(hashScript('abc'));
  });

  it('records what the runs agree on, and the version and target rate only when known', () => {
    const runs = [1, 2].map((seed) => {
      const { engineVersion: _unknown, ...run } = makeRun({ seed, engine: 'embedded', loadModel: 'closed' });
      return run;
    });
    // strictly: an unknown version or rate leaves no key behind, not one set to undefined
    expect(measurementIdentity({ ...common, runs })).toStrictEqual({
      ...common,
      engine: 'embedded',
      loadModel: 'closed',
    });
    const rated = [1, 2].map((seed) => makeRun({ seed, engineVersion: 'v0.50.0', targetRate: 40 }));
    expect(measurementIdentity({ ...common, runs: rated })).toEqual({
      ...common,
      engine: 'k6',
      loadModel: 'open',
      engineVersion: 'v0.50.0',
      targetRate: 40,
    });
  });

  it('refuses no runs, and runs that were not one measurement', () => {
    expect(() => measurementIdentity({ ...common, runs: [] })).toThrow(
      'a measurement needs at least one run, got none',
    );
    const runs = [makeRun({ targetRate: 40 }), makeRun({ targetRate: 50 }), makeRun({ targetRate: 40 })];
    expect(() => measurementIdentity({ ...common, runs })).toThrow(
      'the runs of one measurement disagree on target rate: 40 vs 50',
    );
    const disagree = {
      engine: [makeRun({ engine: 'k6' }), makeRun({ engine: 'embedded' })],
      'load model': [makeRun({ loadModel: 'open' }), makeRun({ loadModel: 'closed' })],
      'engine version': [makeRun({ engineVersion: 'v0.49.0' }), makeRun({ engineVersion: 'v0.50.0' })],
    };
    const values = {
      engine: 'k6 vs embedded',
      'load model': 'open vs closed',
      'engine version': 'v0.49.0 vs v0.50.0',
    };
    for (const [what, pair] of Object.entries(disagree)) {
      expect(() => measurementIdentity({ ...common, runs: pair })).toThrow(
        `the runs of one measurement disagree on ${what}: ${values[what as keyof typeof values]}`,
      );
    }
  });
});

describe('decideSave: cut files and an invalid previous baseline', () => {
  const cut = (files: string[]) => ({ ...makeRun(), cutFiles: files });

  it('refuses a run whose result files were cut short, naming the run among several', () => {
    expect(
      decideSave({ runs: [cut(['k6.json'])], expectedRuns: 1, engineErrors: [], maxErrorRate: 0.05 }),
    ).toEqual({
      save: false,
      reasons: ['the run is partial: k6.json is cut short (mid-line or mid-gzip)'],
    });
    expect(
      decideSave({
        runs: [cut([]), makeRun(), cut(['a.json', 'b.csv.gz'])],
        expectedRuns: 3,
        engineErrors: [],
        maxErrorRate: 0.05,
      }),
    ).toEqual({
      save: false,
      reasons: ['run 3 is partial: a.json, b.csv.gz is cut short (mid-line or mid-gzip)'],
    });
  });

  it('replaces a previous baseline that is itself invalid, saying so', () => {
    expect(
      decideSave({
        runs: [makeRun()],
        expectedRuns: 1,
        engineErrors: [],
        maxErrorRate: 0.05,
        comparison: { refused: 'the baseline failed 30% of requests' },
        previousInvalid: true,
      }),
    ).toEqual({
      save: true,
      notes: [
        'the previous baseline is not valid (the baseline failed 30% of requests): this run replaces it',
      ],
    });
  });
});
