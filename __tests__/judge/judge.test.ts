import { describe, expect, it } from 'vitest';
import type { Comparability } from '../../src/baseline/comparability.ts';
import type { RestoreResult } from '../../src/baseline/store.ts';
import { judgeAgainstArtifact } from '../../src/judge/judge.ts';
import { applyEnvironmentPolicy, applyErrorRatePolicy } from '../../src/judge/validity.ts';
import type { RunResult } from '../../src/results/types.ts';
import { artifactFor, SCRIPT_HASH } from '../baseline/artifacts.ts';
import { LINUX_4_CORE, makeRun } from '../baseline/fixtures.ts';
import { comparison } from '../report/fixtures.ts';

const found = (): RestoreResult => {
  const artifact = artifactFor();
  return { status: 'found', artifact, key: 'k', exact: true, commit: artifact.commit, ageMs: 0 };
};
const settings = (strictEnvironment: boolean) => ({
  tolerances: [],
  slos: [],
  maxErrorRate: 0.05,
  seed: 1,
  strictEnvironment,
});
const silent = { warning: () => {} };
/** Runs of the default two series, `factor` times slower than the baseline's. */
const runs = (factor: number): RunResult[] =>
  [3, 4, 5].map((seed) =>
    makeRun({
      seed,
      targetRate: 100,
      series: [
        { name: 'GET /users', requests: 500, medianMs: 8 * factor },
        { name: 'GET /orders', requests: 500, failed: 5, medianMs: 12 * factor },
      ],
    }),
  );
const judge = (candidate: RunResult[], opts: { strict: boolean; cpuCount?: number; scriptHash?: string }) =>
  judgeAgainstArtifact(
    {
      measurer: { scriptHash: opts.scriptHash ?? SCRIPT_HASH },
      measurement: { candidate, generatorWarnings: [] },
    },
    found(),
    settings(opts.strict),
    { environment: { ...LINUX_4_CORE, cpuCount: opts.cpuCount ?? 4 }, version: '0.1.0' },
    silent,
  );

const differs: Comparability = {
  differences: [{ field: 'cpu', text: 'CPU: A (4 cores) vs B (2 cores)', effect: 'environment' }],
  incomparable: false,
  environmentDiffers: true,
};
const same: Comparability = { differences: [], incomparable: false, environmentDiffers: false };

describe('strict-environment', () => {
  it('turns a pass or a fail measured on another environment into inconclusive, saying why', () => {
    for (const verdict of ['pass', 'fail'] as const) {
      const judged = applyEnvironmentPolicy(comparison({ verdict, reasons: ['r'] }), differs, true);
      expect(judged.verdict).toBe('inconclusive');
      expect(judged.reasons[0]).toMatch(
        /^strict-environment: .*different environment, so a (pass|fail) cannot be trusted/,
      );
      expect(judged.reasons).toContain('r');
    }
  });

  it('only reports the difference when strict matching is off, and does nothing when nothing differs', () => {
    const c = comparison({ verdict: 'fail' });
    expect(applyEnvironmentPolicy(c, differs, false)).toBe(c);
    expect(applyEnvironmentPolicy(c, same, true)).toBe(c);
  });

  // 20× slower: the cached design with no history cannot see less (its P50 floor is about +1000%)
  it('applies to a cached baseline from a machine with other CPUs', () => {
    const lenient = judge(runs(20), { strict: false, cpuCount: 2 });
    expect(lenient.comparability?.environmentDiffers).toBe(true);
    expect(lenient.judgement.comparison?.verdict).toBe('fail');
    expect(lenient.judgement.environment.differences.join(' ')).toMatch(/CPU/i);
    const strict = judge(runs(20), { strict: true, cpuCount: 2 }).judgement;
    expect(strict.comparison?.verdict).toBe('inconclusive');
    expect(strict.comparison?.reasons[0]).toMatch(/^strict-environment: .* so a fail cannot be trusted/);
    expect(judge(runs(20), { strict: true }).judgement.comparison?.verdict).toBe('fail');
  });
});

describe('a baseline above max-error-rate', () => {
  it('is refused: nothing judged, and why', () => {
    const broken = artifactFor().runs.map((run) => ({
      ...run,
      series: new Map([...run.series].map(([id, s]) => [id, { ...s, failed: Math.floor(s.requests / 2) }])),
    }));
    const refused = applyErrorRatePolicy(comparison({ verdict: 'fail' }), broken, runs(1), 0.05, {
      baseline: 'the base build',
      candidate: 'the PR build',
    });
    expect(refused).toMatchObject({ series: [], slos: [], verdict: 'inconclusive' });
    expect(refused.refused).toMatch(/^the base build is not a valid baseline: /);
    expect(refused.reasons).toEqual([`Not compared: ${refused.refused}`]);
    expect(refused.warnings.join('\n')).toMatch(/the base build: .*it is not a valid baseline/);
  });
});

describe('an incomparable baseline', () => {
  it('is refused before anything is compared: nothing judged, and why', () => {
    const { judgement, comparability } = judge(runs(3), { strict: false, scriptHash: 'another script' });
    expect(comparability?.incomparable).toBe(true);
    expect(judgement.comparison).toMatchObject({
      series: [],
      added: [],
      removed: [],
      slos: [],
      verdict: 'inconclusive',
    });
    expect(judgement.comparison?.refused).toMatch(/script/i);
    expect(judgement.comparison?.reasons).toEqual([`Not compared: ${judgement.comparison?.refused}`]);
    // nothing was compared, so nothing about the series was found out either
    expect(judgement.noise).toEqual([]);
    expect(judgement.comparison?.betweenJob).toBeUndefined();
  });
});
