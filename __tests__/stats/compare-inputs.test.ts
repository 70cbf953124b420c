import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import { makeRuns, ORDERS, USERS, without } from './helpers.ts';

/** How compareRuns reads its inputs before any statistics: load models, target rates, which series meet. */

const options = resolveGateOptions({});
const closed = (seed: number, count = 2) => makeRuns(count, { seed, seconds: 5 });
const open = (seed: number, rate = 100, count = 2) =>
  makeRuns(count, { seed, seconds: 5, loadModel: 'open', rate });
const rated = (run: RunResult, targetRate: number | undefined): RunResult => {
  const { targetRate: _dropped, ...rest } = run;
  return targetRate === undefined ? rest : { ...rest, targetRate };
};

describe('compareRuns: load models of the two sides', () => {
  it('a side that mixes open and closed runs is refused, either side, naming it; the model is unknown', () => {
    const mixedBaseline = compareRuns(
      { baseline: [...open(1), ...closed(2, 1)], candidate: open(3), design: 'cached' },
      options,
    );
    expect(mixedBaseline.refused).toBe('the baseline runs mix open and closed load models');
    expect(mixedBaseline.loadModel).toBe('unknown');
    const mixedCandidate = compareRuns(
      { baseline: open(4), candidate: [...closed(5, 1), ...open(6)], design: 'cached' },
      options,
    );
    expect(mixedCandidate.refused).toBe('the candidate runs mix open and closed load models');
  });

  it('a side with a known and an unknown model is unknown: throughput not gated, and the warning names both', () => {
    const partly = closed(7).map((r, i) => (i === 1 ? { ...r, loadModel: 'unknown' as const } : r));
    const c = compareRuns({ baseline: partly, candidate: closed(8), design: 'same-job' }, options);
    expect(c.refused).toBeUndefined();
    expect(c.loadModel).toBe('unknown');
    expect(c.warnings).toContain(
      'load model not known for both sides (baseline unknown, candidate closed): throughput is reported, not gated',
    );
  });

  it('one side known, the other unknown: the model is unknown, with the warning', () => {
    const unknown = closed(9).map((r) => ({ ...r, loadModel: 'unknown' as const }));
    const c = compareRuns({ baseline: closed(10), candidate: unknown, design: 'same-job' }, options);
    expect(c.loadModel).toBe('unknown');
    expect(c.warnings).toContain(
      'load model not known for both sides (baseline closed, candidate unknown): throughput is reported, not gated',
    );
    const both = compareRuns({ baseline: unknown, candidate: unknown, design: 'same-job' }, options);
    expect(both.loadModel).toBe('unknown');
  });

  it('closed against open is refused as well as open against closed', () => {
    const c = compareRuns({ baseline: closed(11), candidate: open(12), design: 'same-job' }, options);
    expect(c.refused).toBe(
      'load models differ: baseline closed, candidate open; an arrival-rate test and a fixed-VU test measure different things',
    );
    expect(c.loadModel).toBe('unknown');
  });

  it('a refusal decided before comparing keeps the model the sides share, and unknown when they differ', () => {
    const refused = 'the baseline was recorded with another k6 script';
    const same = compareRuns({ baseline: open(13), candidate: open(14), design: 'cached', refused }, options);
    expect([same.refused, same.loadModel]).toEqual([refused, 'open']);
    const differ = compareRuns(
      { baseline: open(15), candidate: closed(16), design: 'cached', refused },
      options,
    );
    expect([differ.refused, differ.loadModel]).toEqual([refused, 'unknown']);
  });

  it('each side lists what decided its runs’ models once each, unrecorded ones as unknown', () => {
    const [a, b, c] = closed(17, 3) as [RunResult, RunResult, RunResult];
    const comparison = compareRuns(
      {
        baseline: [{ ...a, loadModelSource: 'k6-inspect' }, b, { ...c, loadModelSource: 'k6-inspect' }],
        candidate: closed(18).map((r) => ({ ...r, loadModelSource: 'input' as const })),
        design: 'cached',
      },
      options,
    );
    expect(comparison.loadModelSource).toEqual({ baseline: ['k6-inspect', 'unknown'], candidate: ['input'] });
  });
});

describe('compareRuns: target rates', () => {
  it('runs of one side driven at different rates are refused, listing the rates the runs recorded', () => {
    const [a, b, c] = open(21, 100, 3) as [RunResult, RunResult, RunResult];
    const comparison = compareRuns(
      { baseline: [a, rated(b, undefined), rated(c, 120)], candidate: open(22), design: 'cached' },
      options,
    );
    expect(comparison.refused).toBe('the baseline runs were driven at different target rates (100, 120/s)');
    expect(comparison.loadModel).toBe('unknown');
  });

  it('the sides’ rates are compared with the first run of each side that recorded one', () => {
    const [a, b] = open(23, 100) as [RunResult, RunResult];
    const c = compareRuns(
      { baseline: [rated(a, undefined), b], candidate: open(24, 150), design: 'cached' },
      options,
    );
    expect(c.refused).toBe('target rates differ: baseline 100/s, candidate 150/s');
    expect(c.loadModel).toBe('unknown');
  });

  it('rates 1% apart are the same rate; a side that recorded none is not compared by rate', () => {
    const near = compareRuns({ baseline: open(25, 100), candidate: open(26, 99), design: 'cached' }, options);
    expect(near.refused).toBeUndefined();
    expect(near.loadModel).toBe('open');
    const unrecorded = open(27, 150).map((r) => rated(r, undefined));
    const one = compareRuns({ baseline: open(28, 100), candidate: unrecorded, design: 'cached' }, options);
    expect(one.refused).toBeUndefined();
    expect(one.loadModel).toBe('open');
  });
});

describe('compareRuns: which series are compared', () => {
  it('a series only one side has is removed or added, not compared', () => {
    const fewer = closed(32).map((r) => without(r, ORDERS));
    const c = compareRuns({ baseline: closed(31), candidate: fewer, design: 'same-job' }, options);
    expect([c.removed, c.added]).toEqual([[ORDERS], []]);
    expect(c.series.some((s) => s.id === ORDERS)).toBe(false);
    expect(c.series.some((s) => s.id === USERS)).toBe(true);
    const more = compareRuns({ baseline: fewer, candidate: closed(31), design: 'same-job' }, options);
    expect([more.removed, more.added]).toEqual([[], [ORDERS]]);
    expect(more.series.some((s) => s.id === ORDERS)).toBe(false);
  });

  it('a series missing from one run of a side is neither compared, added nor removed', () => {
    const [a, b] = closed(33) as [RunResult, RunResult];
    const c = compareRuns(
      { baseline: closed(34), candidate: [a, without(b, ORDERS)], design: 'same-job' },
      options,
    );
    expect(c.series.some((s) => s.id === ORDERS)).toBe(false);
    expect([c.added, c.removed]).toEqual([[], []]);
    expect(c.warnings).toContain(`series '${ORDERS}' is missing from some runs of one side: not compared`);
  });

  it('with no series in common, the reason names at most three of each side and counts the rest', () => {
    const endpoints = (...names: string[]) =>
      names.map((name) => ({ method: 'GET', name, medianMs: 8, sigma: 0.18 }));
    const baseline = makeRuns(1, {
      seed: 35,
      seconds: 2,
      endpoints: endpoints('/a', '/b', '/c', '/d', '/e'),
    });
    const candidate = makeRuns(1, { seed: 36, seconds: 2, endpoints: endpoints('/x', '/y', '/z') });
    const c = compareRuns({ baseline, candidate, design: 'cached' }, options);
    expect(c.reasons[0]).toBe(
      "The baseline and the PR share no series, so nothing was compared: the baseline has 'GET /a', 'GET /b', " +
        "'GET /c' and 2 more; the PR has 'GET /x', 'GET /y', 'GET /z'. Series match by scenario, group, method " +
        'and name (a URL counts from after its target: set target-url / --target-url when the load went to ' +
        'another host or base path)',
    );
  });
});
