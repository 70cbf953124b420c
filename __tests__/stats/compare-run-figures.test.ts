import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { type GateOptionsOverrides, resolveGateOptions } from '../../src/stats/defaults.ts';
import { DEFAULT_MAX_RUNS } from '../../src/stats/sequential.ts';
import type { HistoryEntry } from '../../src/stats/types.ts';
import { asSummary, makeRuns, metric, ORDERS, USERS, withChange } from './helpers.ts';

// What a Comparison says beside each metric's outcome: the pairs' ratios, the open model's figures, the
// cached design's warning on its prior, and the runs it was given.

const open = (count: number, seed: number) => makeRuns(count, { seed, loadModel: 'open' });

/** A summary-fidelity run whose summary reports these P50s (ms), one for each of its series. */
function withP50s(run: RunResult, p50: Record<string, number>): RunResult {
  const summary = asSummary(run);
  const series = new Map(
    [...summary.series].map(([id, s]) => [
      id,
      { ...s, reportedQuantiles: { ...s.reportedQuantiles, p50: p50[id]! } },
    ]),
  );
  return { ...summary, series };
}

describe('compareRuns: the pairs of a same-job comparison', () => {
  it('give each pair the geometric mean of its P50 ratios: +30 % on one of two endpoints is about ×1.14', () => {
    const c = compareRuns(
      {
        baseline: makeRuns(3, { seed: 1 }),
        candidate: makeRuns(3, { seed: 3, endpoints: withChange(0, { scale: 1.3 }) }),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    expect(c.pairs?.ratios).toHaveLength(3);
    for (const ratio of c.pairs!.ratios) {
      expect(ratio).toBeGreaterThan(1.1);
      expect(ratio).toBeLessThan(1.18);
    }
  });

  it('leave out a series whose P50 is 0 ms in a pair, and give no ratio to a pair without any', () => {
    const baseline = makeRuns(2, { seed: 5 }).map((r) => withP50s(r, { [USERS]: 8, [ORDERS]: 12 }));
    const [first, second] = makeRuns(2, { seed: 6 });
    const candidate = [
      withP50s(first!, { [USERS]: 0, [ORDERS]: 15 }),
      withP50s(second!, { [USERS]: 0, [ORDERS]: 0 }),
    ];
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    // the first pair rests on /orders alone (15 / 12); the second has no finite ratio
    expect(c.pairs?.ratios[0]).toBeCloseTo(1.25, 12);
    expect(c.pairs?.ratios[1]).toBeNaN();
  });
});

describe('compareRuns: the open model figures', () => {
  const dropping = (runs: RunResult[], dropped: number[]) =>
    runs.map((r, i) => ({ ...r, totals: { ...r.totals, droppedIterations: dropped[i]! } }));

  it('add up each side’s dropped iterations, and warn when the candidate dropped more', () => {
    const c = compareRuns(
      {
        baseline: dropping(open(2, 61), [2, 3]),
        candidate: dropping(open(2, 62), [4, 6]),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    expect(c.openModel?.droppedIterations).toEqual({ baseline: 5, candidate: 10 });
    expect(c.warnings).toContain(
      'the candidate dropped 10 iterations (baseline 5): it did not keep up with the arrival rate',
    );
  });

  it('give no achieved rate for runs without a measured duration', () => {
    const instant = open(2, 63).map((r) => ({ ...r, endMs: r.startMs }));
    const c = compareRuns(
      { baseline: instant, candidate: open(2, 64), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.openModel?.achievedRate.baseline).toBeNaN();
    expect(c.openModel?.achievedRate.candidate).toBeCloseTo(100, 0);
  });

  it('report the baseline’s target rate when the sides’ rates agree within 1 %, and none when no run has one', () => {
    const at = (runs: RunResult[], targetRate: number) => runs.map((r) => ({ ...r, targetRate }));
    const c = compareRuns(
      { baseline: at(open(2, 65), 100), candidate: at(open(2, 66), 100.5), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.refused).toBeUndefined();
    expect(c.openModel?.targetRate).toBe(100);

    const untargeted = (runs: RunResult[]) => runs.map(({ targetRate: _, ...r }) => r);
    const none = compareRuns(
      { baseline: untargeted(open(2, 67)), candidate: untargeted(open(2, 68)), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(none.loadModel).toBe('open');
    expect(Object.keys(none.openModel!)).toEqual(['droppedIterations', 'achievedRate']);
  });
});

describe('compareRuns: the cached design’s warning on the between-job prior', () => {
  const baseline = makeRuns(2, { seed: 71 });
  const candidate = makeRuns(2, { seed: 72 });
  const history = (count: number): HistoryEntry[] =>
    Array.from({ length: count }, (_, i) => ({
      commit: `c${i}`,
      timeMs: i,
      runs: 2,
      headline: { [USERS]: { p50: 8 * Math.exp(0.05 * (i % 2 ? 1 : -1)) } },
    }));
  const warned = (entries: HistoryEntry[], priors: GateOptionsOverrides['priors']) =>
    compareRuns(
      { baseline, candidate, design: 'cached', history: entries },
      resolveGateOptions({ priors }),
    ).warnings.filter((w) => w.startsWith('cached baseline'));

  it('is given while the history has fewer degrees of freedom than the prior, and not once it has as many', () => {
    // 2 past baselines are 1 degree of freedom, 3 are 2: the prior's weight here
    expect(warned(history(2), { betweenJobPriorDf: 2 })).toEqual([
      expect.stringMatching(
        /^cached baseline with 2 past baselines: .*, mostly a prior of 50% CV worth 2 past baselines$/,
      ),
    ]);
    expect(warned(history(3), { betweenJobPriorDf: 2 })).toEqual([]);
  });

  it('names the prior the options set; one known exactly (0 degrees of freedom) is worth no count of baselines', () => {
    expect(warned([], { betweenJobCv: 0.3, betweenJobPriorDf: 0 })).toEqual([
      'cached baseline with 0 past baselines: between-job noise 30% CV (P50), mostly a prior of 30% CV',
    ]);
  });
});

describe('compareRuns: the runs it was given', () => {
  it('counts the runs of each side, and notes first the runs whose load model the user overrode', () => {
    const overridden = makeRuns(2, { seed: 81 }).map((r) => ({
      ...r,
      loadModelOverridden: { loadModel: 'open' as const, loadModelSource: 'k6-inspect' as const },
    }));
    const c = compareRuns(
      { baseline: makeRuns(3, { seed: 82 }), candidate: overridden, design: 'cached', history: [] },
      resolveGateOptions({}),
    );
    expect(c.runs).toEqual({ baseline: 3, candidate: 2 });
    expect(c.warnings[0]).toBe(
      "load model closed as set, although the script's scenario executors (k6 inspect) showed open (2 runs)",
    );
  });

  it('rejects a candidate without runs', () => {
    expect(() =>
      compareRuns(
        { baseline: makeRuns(1, { seed: 83 }), candidate: [], design: 'cached' },
        resolveGateOptions({}),
      ),
    ).toThrow(new Error('compareRuns: the candidate has no runs'));
  });
});

describe('compareRuns: the fields each metric carries', () => {
  it('a regression carries no reason and an untested metric no p-value, not even as an undefined key', () => {
    const c = compareRuns(
      {
        baseline: open(3, 91),
        candidate: makeRuns(3, { seed: 92, loadModel: 'open', endpoints: withChange(0, { scale: 1.3 }) }),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    const p50 = metric(c, USERS, 'p50');
    expect(p50.outcome).toBe('regression');
    expect(Object.keys(p50)).not.toContain('reason');
    expect(Object.keys(p50)).not.toContain('runsToDecide');
    // the open model's throughput is reported, not tested
    expect(Object.keys(metric(c, USERS, 'throughput'))).not.toContain('pValue');
  });

  it('a metric standing aside shows the unadjusted interval its claim was read from', () => {
    // one pair, /users 4 % faster: its P50 rules out a 5 % regression, an improvement of 5 % is still open
    const c = compareRuns(
      {
        baseline: makeRuns(1, { seed: 61 }),
        candidate: makeRuns(1, { seed: 62, endpoints: withChange(0, { scale: 0.96 }) }),
        design: 'same-job',
      },
      { ...resolveGateOptions({}), budgetRuns: DEFAULT_MAX_RUNS },
    );
    const p50 = metric(c, USERS, 'p50');
    expect(p50.gated).toBe(false);
    expect(p50.reason).toMatch(/^not worse: its 95\.0% interval/);
    expect(p50.confidence).toBe(0.95);
    // Holm would have built it wider: its test was not rejected, so it sits at the stopping step's level
    const plainHalf = (Math.log1p(p50.interval[1]) - Math.log1p(p50.interval[0])) / 2;
    expect(p50.noiseFloor).toBeGreaterThan(Math.expm1(plainHalf) * 1.1);
  });
});
