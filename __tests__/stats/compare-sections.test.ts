import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { defaultNoisePriors, resolveGateOptions } from '../../src/stats/defaults.ts';
import { ALL_REQUESTS, asSummary, ENDPOINTS, makeRuns, metric, ORDERS, USERS, without } from './helpers.ts';

/**
 * The parts of a Comparison beside the series' outcomes (src/stats/compare.ts from `compareRuns`' screening
 * on): its warnings, disturbances, open-model figures, between-job summary and pairs, each present only for
 * the comparison it belongs to.
 */
const options = resolveGateOptions({});
const baseline3 = makeRuns(3, { seed: 1 });
const same3 = makeRuns(3, { seed: 2 });

describe('a closed same-job comparison of calm pairs', () => {
  const c = compareRuns(
    { baseline: baseline3, candidate: same3, design: 'same-job', pairOrders: ['AB', 'BA', 'AB'] },
    options,
  );

  it('warns of nothing and carries no disturbance, open-model or between-job section', () => {
    expect(c.warnings).toEqual([]);
    expect(c.disturbances).toBeUndefined();
    expect(c.openModel).toBeUndefined();
    expect(c.betweenJob).toBeUndefined();
  });

  it('names each series by its own key, the all-requests series by its scenario’s', () => {
    expect(c.series.map((s) => s.key)).toEqual([
      { scenario: 'default', group: '', method: 'GET', name: '/users' },
      { scenario: 'default', group: '', method: 'GET', name: '/orders' },
      { scenario: 'default', group: '', method: '', name: '(all requests)' },
    ]);
  });

  it('records the pairs: their P50 ratios, their orders and what the ratio is of', () => {
    expect(c.pairs?.ratios).toHaveLength(3);
    expect(c.pairs?.orders).toEqual(['AB', 'BA', 'AB']);
    expect(c.pairs?.metric).toBe('P50, geometric mean over series');
  });

  it('shows an untested metric at the confidence of one test in a Bonferroni share of the family', () => {
    const tested = c.series.flatMap((s) => s.metrics).filter((m) => m.pValue !== undefined);
    expect(tested.length).toBeGreaterThan(1);
    // closed model: a request's own throughput is not tested, its scenario's all-requests series is
    const untested = metric(c, USERS, 'throughput');
    expect(untested.pValue).toBeUndefined();
    expect(untested.confidence).toBeCloseTo(1 - (1 - c.familyConfidence) / tested.length, 12);
  });
});

describe('pair orders', () => {
  const judge = (pairOrders?: string[]) =>
    compareRuns(
      { baseline: baseline3, candidate: same3, design: 'same-job', ...(pairOrders ? { pairOrders } : {}) },
      options,
    );

  it('none recorded: the pairs have no orders, and nothing is said', () => {
    const c = judge();
    expect(c.pairs?.orders).toEqual([]);
    expect(c.warnings).toEqual([]);
  });

  it('fewer recorded than there are pairs: kept as recorded, with a warning', () => {
    const c = judge(['AB', 'BA']);
    expect(c.pairs?.orders).toEqual(['AB', 'BA']);
    expect(c.warnings).toEqual(['2 pair orders recorded for 3 pairs']);
  });
});

describe('design and fidelity warnings', () => {
  it('a cached design with unequal repeats is not called a failed same-job design', () => {
    const c = compareRuns(
      { baseline: baseline3, candidate: same3.slice(0, 2), design: 'cached', history: [] },
      options,
    );
    expect(c.warnings.filter((w) => w.includes('same-job'))).toEqual([]);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatch(/^cached baseline with 0 past baselines/);
  });

  it('summary-fidelity results on one side only still say what they cannot give', () => {
    const c = compareRuns(
      { baseline: baseline3.map(asSummary), candidate: same3, design: 'same-job' },
      options,
    );
    expect(c.warnings).toContain(
      'summary-fidelity results (no distribution, no per-second data): within-run uncertainty is unknown, intervals rest on the spread of repeats',
    );
  });
});

describe('the cached design’s between-job summary', () => {
  it('gives a log-scale metric’s noise as a CV and the error rate’s as its standard deviation', () => {
    const c = compareRuns({ baseline: baseline3, candidate: same3, design: 'cached', history: [] }, options);
    // no history: the priors as they are
    expect(c.betweenJob?.cvByMetric?.p50).toBeCloseTo(defaultNoisePriors.betweenJobCv, 12);
    expect(c.betweenJob?.cvByMetric?.error_rate).toBeCloseTo(defaultNoisePriors.betweenJobErrorRateSd, 12);
  });
});

describe('the open model', () => {
  const open = (seed: number) => makeRuns(3, { seed, loadModel: 'open' });
  const dropping = (runs: RunResult[], dropped: number) =>
    runs.map((r) => ({ ...r, totals: { ...r.totals, droppedIterations: dropped } }));

  it('judges no all-requests series (the script sets the rate) and warns of nothing when neither side dropped', () => {
    const c = compareRuns({ baseline: open(71), candidate: open(72), design: 'same-job' }, options);
    expect(c.series.map((s) => s.id)).toEqual([USERS, ORDERS]);
    expect(c.openModel?.droppedIterations).toEqual({ baseline: 0, candidate: 0 });
    expect(c.warnings).toEqual([]);
  });

  it('a candidate that dropped more iterations did not keep up: a warning', () => {
    const c = compareRuns(
      { baseline: dropping(open(71), 1), candidate: dropping(open(72), 5), design: 'same-job' },
      options,
    );
    expect(c.warnings).toEqual([
      'the candidate dropped 15 iterations (baseline 3): it did not keep up with the arrival rate',
    ]);
  });

  it('a baseline that dropped more is not the candidate’s failing', () => {
    const c = compareRuns(
      { baseline: dropping(open(71), 5), candidate: dropping(open(72), 1), design: 'same-job' },
      options,
    );
    expect(c.openModel?.droppedIterations).toEqual({ baseline: 15, candidate: 3 });
    expect(c.warnings).toEqual([]);
  });
});

describe('latency disturbances', () => {
  it('a neighbour’s seconds in one run are named in a warning, as left out', () => {
    const hog = { share: 1, minSeconds: 6, maxSeconds: 6, logFactor: Math.log(2) };
    const c = compareRuns(
      {
        baseline: makeRuns(3, { seed: 101, seconds: 30 }),
        candidate: [
          ...makeRuns(1, { seed: 201, seconds: 30, neighbour: hog }),
          ...makeRuns(2, { seed: 301, seconds: 30 }),
        ],
        design: 'same-job',
      },
      options,
    );
    const [d] = c.disturbances!;
    expect(d).toMatchObject({ side: 'candidate', run: 1, leftOut: true });
    expect(c.warnings).toContain(
      `candidate run 1: ${d!.seconds} s slowed ×${d!.factor.toFixed(2)} against the rest of the run (something else on the machine): those seconds are left out`,
    );
  });
});

describe('SLOs', () => {
  it('check a series the PR added only when every PR run measured it', () => {
    const NEW = 'default › GET /new';
    const added = [...ENDPOINTS, { method: 'GET', name: '/new', medianMs: 5, sigma: 0.18 }];
    const candidate = makeRuns(3, { seed: 2, endpoints: added });
    const c = compareRuns(
      {
        baseline: baseline3,
        candidate: [...candidate.slice(0, 2), without(candidate[2]!, NEW)],
        design: 'same-job',
      },
      resolveGateOptions({ slos: [{ series: '*', metric: 'p50', limit: 1000 }] }),
    );
    expect(c.added).toEqual([NEW]);
    expect(c.slos.map((s) => s.seriesId)).toEqual([USERS, ORDERS]);
    expect(c.series.map((s) => s.id)).toEqual([USERS, ORDERS, ALL_REQUESTS]);
  });
});
