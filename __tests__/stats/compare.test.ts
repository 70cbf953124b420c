import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/stats/compare.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import { DEFAULT_MAX_RUNS } from '../../src/stats/sequential.ts';
import {
  ALL_REQUESTS,
  asSummary,
  ENDPOINTS,
  makeRuns,
  metric,
  ORDERS,
  USERS,
  withChange,
  withFailures,
  without,
} from './helpers.ts';

const baseline3 = makeRuns(3, { seed: 1 });
const same3 = makeRuns(3, { seed: 2 });

describe('compareRuns: outcomes', () => {
  it('A/A with 5 pairs: a pass, every metric unchanged; every gated metric reports its interval and noise floor', () => {
    const c = compareRuns(
      { baseline: makeRuns(5, { seed: 11 }), candidate: makeRuns(5, { seed: 12 }), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.verdict).toBe('pass');
    expect(c.series.map((s) => s.id)).toEqual([USERS, ORDERS, ALL_REQUESTS]);
    // closed model: throughput is judged once, on all of the scenario's requests together
    expect(metric(c, USERS, 'throughput').gated).toBe(false);
    expect(metric(c, USERS, 'throughput').reason).toMatch(/^closed load model: the scenario's loop sets/);
    expect(
      c.series
        .at(-1)!
        .metrics.filter((m) => m.gated)
        .map((m) => m.metric),
    ).toEqual(['throughput']);
    for (const s of c.series)
      for (const m of s.metrics.filter((x) => x.gated)) {
        expect(m.interval[0]).toBeLessThanOrEqual(m.interval[1]);
        expect(m.noiseFloor).toBeGreaterThan(0);
        expect(m.outcome).toBe('no-change');
      }
    expect(c.pairs?.ratios).toHaveLength(5);
    expect(c.pairs?.ratios.every((r) => Math.abs(r - 1) < 0.05)).toBe(true);
  });

  it('a uniform +30% slowdown of one endpoint is a regression there and nowhere else', () => {
    const slower = makeRuns(3, { seed: 3, endpoints: withChange(0, { scale: 1.3 }) });
    const c = compareRuns(
      { baseline: baseline3, candidate: slower, design: 'same-job', pairOrders: ['AB', 'BA', 'AB'] },
      resolveGateOptions({}),
    );
    expect(c.verdict).toBe('fail');
    const p50 = metric(c, USERS, 'p50');
    expect(p50.outcome).toBe('regression');
    expect(p50.change).toBeGreaterThan(0.25);
    expect(p50.change).toBeLessThan(0.35);
    expect(p50.interval[0]).toBeGreaterThan(0);
    expect(c.series.find((s) => s.id === USERS)?.outcome).toBe('regression');
    // the other endpoint's latency is unchanged; its throughput falls with the iteration (closed model)
    for (const name of ['p50', 'p90', 'p95', 'p99'] as const)
      expect(metric(c, ORDERS, name).outcome).not.toBe('regression');
    expect(c.reasons[0]).toMatch(/^Regression: GET \/users: P50 \+\d+%/);
    expect(c.pairs?.orders).toEqual(['AB', 'BA', 'AB']);
  });

  it('a 25% faster endpoint is an improvement, and throughput (worse = lower) is judged with the right sign', () => {
    const faster = makeRuns(3, { seed: 4, endpoints: ENDPOINTS.map((e) => ({ ...e, scale: 0.75 })) });
    const c = compareRuns(
      { baseline: baseline3, candidate: faster, design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(metric(c, USERS, 'p50').outcome).toBe('improvement');
    const throughput = metric(c, ALL_REQUESTS, 'throughput');
    expect(throughput.change).toBeGreaterThan(0.25);
    expect(throughput.outcome).toBe('improvement');
    // an improvement passes (30 of 30 seeds did when measured; this seed is one of them)
    expect(c.verdict).toBe('pass');
    expect(c.reasons.some((r) => r.startsWith('Improvement:'))).toBe(true);

    const slower = makeRuns(3, { seed: 5, endpoints: ENDPOINTS.map((e) => ({ ...e, scale: 1.25 })) });
    const worse = compareRuns(
      { baseline: baseline3, candidate: slower, design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(metric(worse, ALL_REQUESTS, 'throughput').change).toBeLessThan(-0.15);
    expect(metric(worse, ALL_REQUESTS, 'throughput').outcome).toBe('regression');
    expect(metric(worse, ALL_REQUESTS, 'throughput').unit).toBe('req/s');
  });

  it('an undecidable change is inconclusive, says how many runs would decide it', () => {
    const a = makeRuns(2, { seed: 21 });
    const b = makeRuns(2, { seed: 22, endpoints: withChange(0, { scale: 1.045 }) });
    // with the default budget of pairs to reach (live measurement): a P50 the budget can decide stays gated
    const options = { ...resolveGateOptions({}), budgetRuns: DEFAULT_MAX_RUNS };
    const c = compareRuns({ baseline: a, candidate: b, design: 'same-job' }, options);
    const p50 = metric(c, USERS, 'p50');
    expect(p50.outcome).toBe('inconclusive');
    expect(p50.runsToDecide).toBeGreaterThan(2);
    expect(p50.reason).toMatch(/runs a side would likely decide it/);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reasons.some((r) => r.startsWith('GET /users: P50:'))).toBe(true);
  });
});

describe('compareRuns: edges', () => {
  it('one run a side: the run-to-run prior keeps the interval honest, a big change is still caught', () => {
    const a = makeRuns(1, { seed: 31 });
    const aa = compareRuns(
      { baseline: a, candidate: makeRuns(1, { seed: 32 }), design: 'same-job' },
      resolveGateOptions({}),
    );
    // seeds 31/32 pass (4 of 40 seed pairs do: one run a side rarely rules out ±5% on every metric)
    expect(aa.verdict).toBe('pass');
    const p50 = metric(aa, USERS, 'p50');
    // 1.5 % run-to-run per run → a pair ratio is never known better than ~±5 % at this confidence
    expect(p50.noiseFloor).toBeGreaterThan(0.05);
    expect(p50.baselineCv).toBeNaN();
    const slow = compareRuns(
      {
        baseline: a,
        candidate: makeRuns(1, { seed: 33, endpoints: withChange(0, { scale: 1.4 }) }),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    expect(metric(slow, USERS, 'p50').outcome).toBe('regression');
  });

  it('zero failed requests: the error rate is "no change", not a proven 0 % (interval has width)', () => {
    const c = compareRuns(
      { baseline: baseline3, candidate: same3, design: 'same-job' },
      resolveGateOptions({}),
    );
    const e = metric(c, USERS, 'error_rate');
    expect(e.baseline).toBe(0);
    expect(e.candidate).toBe(0);
    expect(e.changeKind).toBe('absolute');
    expect(e.interval[1]).toBeGreaterThan(0);
    expect(e.outcome).toBe('no-change');
  });

  it('errors appearing: +5 pp failed requests is an error-rate regression', () => {
    const failing = same3.map((r) => withFailures(r, 0.05));
    const c = compareRuns(
      { baseline: baseline3, candidate: failing, design: 'same-job' },
      resolveGateOptions({}),
    );
    const e = metric(c, USERS, 'error_rate');
    expect(e.change).toBeCloseTo(0.05, 2);
    expect(e.outcome).toBe('regression');
    expect(c.verdict).toBe('fail');
  });

  it('all requests failed on both sides: error rate unchanged, latency still compared', () => {
    const c = compareRuns(
      {
        baseline: baseline3.map((r) => withFailures(r, 1)),
        candidate: same3.map((r) => withFailures(r, 1)),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    const e = metric(c, USERS, 'error_rate');
    expect(e.baseline).toBe(1);
    expect(e.candidate).toBe(1);
    expect(e.outcome).toBe('no-change');
    expect(metric(c, USERS, 'p50').gated).toBe(true);
  });

  it('a series present on one side only is listed as added or removed, never compared', () => {
    const c = compareRuns(
      {
        baseline: baseline3.map((r) => without(r, ORDERS)),
        candidate: same3.map((r) => without(r, USERS)),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    expect(c.added).toEqual([ORDERS]);
    expect(c.removed).toEqual([USERS]);
    expect(c.series).toEqual([]);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reasons[0]).toMatch(/^The baseline and the PR share no series, so nothing was compared/);
  });

  it('a series missing from some runs of a side is not compared, with a warning', () => {
    const c = compareRuns(
      {
        baseline: baseline3,
        candidate: [without(same3[0]!, ORDERS), same3[1]!, same3[2]!],
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    // the scenario's throughput counts only requests both sides made in every run
    expect(c.series.map((s) => s.id)).toEqual([USERS, ALL_REQUESTS]);
    expect(metric(c, ALL_REQUESTS, 'throughput').baseline).toBeCloseTo(
      metric(c, USERS, 'throughput').baseline,
    );
    expect(c.warnings.some((w) => w.includes(`'${ORDERS}' is missing from some runs`))).toBe(true);
  });

  it('an unstable baseline cannot pass or fail a metric: unpaired by the stability limit, in pairs by their spread', () => {
    const unstable = makeRuns(3, { seed: 41, drift: [0, 0.25, -0.2] });
    const judged = (design: 'cached' | 'same-job') =>
      compareRuns({ baseline: unstable, candidate: same3, design, history: [] }, resolveGateOptions({}));
    const cached = judged('cached');
    const p50 = metric(cached, USERS, 'p50');
    expect(p50.baselineCv).toBeGreaterThan(0.1);
    expect(p50.gated).toBe(true);
    expect(p50.outcome).toBe('inconclusive');
    expect(p50.reason).toMatch(/unstable baseline/);
    expect(p50.pValue).toBeUndefined();
    expect(cached.verdict).toBe('inconclusive');
    // in pairs the baseline's levels are not the yardstick, the pairs' log-ratios are: two of them 20–25 %
    // off the third leave an interval far wider than the tolerance, either way
    const paired = judged('same-job');
    const pairedP50 = metric(paired, USERS, 'p50');
    expect(pairedP50.reason).not.toMatch(/unstable/);
    expect(pairedP50.outcome).toBe('inconclusive');
    expect(pairedP50.interval[0]).toBeLessThan(-0.5);
    expect(pairedP50.interval[1]).toBeGreaterThan(1);
    expect(paired.verdict).toBe('inconclusive');
  });

  it('a P99 from too few requests per run is reported but not gated', () => {
    const short = (seed: number) => makeRuns(2, { seed, seconds: 5, loadModel: 'open' });
    const c = compareRuns(
      { baseline: short(51), candidate: short(52), design: 'same-job' },
      resolveGateOptions({}),
    );
    const p99 = metric(c, USERS, 'p99');
    expect(p99.gated).toBe(false);
    expect(p99.outcome).toBe('inconclusive');
    expect(p99.reason).toMatch(/too thin: a P99 from 500 requests per run .*needs ≥ 1000 per run/);
    // a P95 of 500 requests is deep enough to be judged (it may stand aside as too noisy, never as too thin)
    expect(metric(c, USERS, 'p95').reason ?? '').not.toMatch(/too thin/);
    expect(p99.sampleSize).toEqual({ baseline: 1000, candidate: 1000 });
  });

  it('summary fidelity: one run a side gives no interval; repeats are compared, with a warning', () => {
    const one = compareRuns(
      { baseline: [asSummary(baseline3[0]!)], candidate: [asSummary(same3[0]!)], design: 'cached' },
      resolveGateOptions({}),
    );
    expect(metric(one, USERS, 'p50').gated).toBe(false);
    expect(metric(one, USERS, 'p50').reason).toMatch(/summary-fidelity/);
    expect(one.warnings.some((w) => w.includes('summary-fidelity'))).toBe(true);
    const three = compareRuns(
      { baseline: baseline3.map(asSummary), candidate: same3.map(asSummary), design: 'same-job' },
      { ...resolveGateOptions({}), budgetRuns: DEFAULT_MAX_RUNS },
    );
    const p50 = metric(three, USERS, 'p50');
    expect(p50.gated).toBe(true);
    expect(Number.isFinite(p50.interval[1])).toBe(true);
    // without within-run knowledge the repeats' spread with 2 df is all there is: a wide interval
    expect(p50.noiseFloor).toBeGreaterThan(
      metric(
        compareRuns({ baseline: baseline3, candidate: same3, design: 'same-job' }, resolveGateOptions({})),
        USERS,
        'p50',
      ).noiseFloor,
    );
  });
});

describe('compareRuns: load models and refusals', () => {
  const open = (seed: number, rate = 100) => makeRuns(2, { seed, loadModel: 'open', rate });
  it('open model: throughput reported, not gated; open-model figures filled in', () => {
    const c = compareRuns(
      { baseline: open(61), candidate: open(62), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.loadModel).toBe('open');
    const t = metric(c, USERS, 'throughput');
    expect(t.gated).toBe(false);
    expect(t.reason).toMatch(/open load model/);
    expect(c.openModel?.targetRate).toBe(100);
    expect(c.openModel?.achievedRate.baseline).toBeCloseTo(100, 0);
    expect(c.openModel?.droppedIterations).toEqual({ baseline: 0, candidate: 0 });
  });
  it('unknown model: throughput reported, not gated, and it says why', () => {
    const unknown = (seed: number) =>
      makeRuns(2, { seed }).map((r) => ({ ...r, loadModel: 'unknown' as const }));
    const c = compareRuns(
      { baseline: unknown(63), candidate: unknown(64), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(metric(c, USERS, 'throughput').reason).toMatch(/load model unknown/);
    expect(c.warnings.some((w) => w.includes('load model not known'))).toBe(true);
  });
  it('open vs closed is refused', () => {
    const c = compareRuns(
      { baseline: open(65), candidate: makeRuns(2, { seed: 66 }), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.refused).toMatch(/load models differ: baseline open, candidate closed/);
    expect(c.verdict).toBe('inconclusive');
    expect(c.series).toEqual([]);
    expect(c.reasons[0]).toMatch(/^Not compared: /);
  });
  it('different target rates are refused; runs of one side that disagree too', () => {
    const c = compareRuns(
      { baseline: open(67, 100), candidate: open(68, 150), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.refused).toMatch(/target rates differ: baseline 100\/s, candidate 150\/s/);
    const mixed = compareRuns(
      { baseline: [...open(69), ...makeRuns(1, { seed: 70 })], candidate: open(71), design: 'cached' },
      resolveGateOptions({}),
    );
    expect(mixed.refused).toMatch(/baseline runs mix open and closed/);
  });
  it('rejects empty sides with a clear error', () => {
    expect(() =>
      compareRuns({ baseline: [], candidate: same3, design: 'cached' }, resolveGateOptions({})),
    ).toThrow(/baseline has no runs/);
  });
});

describe('compareRuns: family-wise confidence, designs, reproducibility', () => {
  it('Holm: with 11 tests and nothing rejected, an undecided interval is built at 1 − 0.05/11; "no change" at 0.95', () => {
    // A/A: every one of the 11 tests (2 endpoints × P50, P90, P95, P99, error rate, and the scenario's throughput) is "no change", a pass is an intersection of "unchanged" claims, so no
    // multiplicity correction (intersection-union)
    const c = compareRuns(
      { baseline: baseline3, candidate: same3, design: 'same-job' },
      resolveGateOptions({}),
    );
    const gated = c.series.flatMap((s) => s.metrics.filter((m) => m.pValue !== undefined));
    expect(gated).toHaveLength(11);
    for (const m of gated) {
      expect(m.outcome).toBe('no-change');
      expect(m.confidence).toBe(0.95);
      expect(Math.max(Math.abs(m.interval[0]), Math.abs(m.interval[1]))).toBeLessThan(m.tolerance);
    }
    // +4.5% on /users with 2 runs a side: its P50 is undecided, so its interval carries the full correction
    const undecided = compareRuns(
      {
        baseline: makeRuns(2, { seed: 21 }),
        candidate: makeRuns(2, { seed: 22, endpoints: withChange(0, { scale: 1.045 }) }),
        design: 'same-job',
      },
      { ...resolveGateOptions({}), budgetRuns: DEFAULT_MAX_RUNS },
    );
    const p50u = metric(undecided, USERS, 'p50');
    expect(p50u.outcome).toBe('inconclusive');
    expect(p50u.confidence).toBeCloseTo(1 - 0.05 / 11, 10);
    expect(metric(undecided, ORDERS, 'p50').outcome).toBe('no-change');
    expect(metric(undecided, ORDERS, 'p50').confidence).toBe(0.95);
    // fewer gated metrics → fewer tests → each interval at a lower confidence, narrower
    const two = compareRuns(
      { baseline: baseline3, candidate: same3, design: 'same-job' },
      resolveGateOptions({ gatedMetrics: ['p50', 'p99'] }),
    );
    const p50 = metric(two, USERS, 'p50');
    expect(p50.noiseFloor).toBeLessThan(metric(c, USERS, 'p50').noiseFloor);
    expect(metric(two, USERS, 'p90').gated).toBe(false);
    expect(metric(two, USERS, 'p90').reason).toMatch(/not among the gated metrics/);
  });

  it('a rejected test is built at its own step: the strongest regression gets 1 − α/m', () => {
    const slower = makeRuns(3, { seed: 6, endpoints: withChange(0, { scale: 1.3 }) });
    const c = compareRuns(
      { baseline: baseline3, candidate: slower, design: 'same-job' },
      resolveGateOptions({}),
    );
    const tested = c.series.flatMap((s) => s.metrics.filter((m) => m.pValue !== undefined));
    const strongest = tested.reduce((a, m) => (m.pValue! < a.pValue! ? m : a));
    expect(strongest.confidence).toBeCloseTo(1 - 0.05 / tested.length, 10);
    expect(Math.min(...tested.map((m) => m.confidence))).toBeLessThan(strongest.confidence);
  });

  it('cached design without history: between-job prior, a noise floor far above the same-job one', () => {
    const c = compareRuns(
      { baseline: baseline3, candidate: same3, design: 'cached', history: [] },
      resolveGateOptions({}),
    );
    expect(c.betweenJob).toMatchObject({ source: 'prior', cv: 0.5, historySize: 0 });
    expect(metric(c, USERS, 'p50').noiseFloor).toBeGreaterThan(0.5);
    expect(c.warnings).toContain(
      'cached baseline with 0 past baselines: between-job noise 50% CV (P50), mostly a prior of 50% CV worth 10 past baselines',
    );
    expect(c.pairs).toBeUndefined();
  });

  it('cached design with history: past headline figures are blended with the prior by their degrees of freedom', () => {
    const history = [0, 0.1, -0.1, 0.05, -0.05, 0.08].map((d, i) => ({
      commit: `c${i}`,
      timeMs: i,
      runs: 3,
      headline: { [USERS]: { p50: 8 * Math.exp(d), throughput: 100 * Math.exp(-d) } },
    }));
    const c = compareRuns(
      { baseline: baseline3, candidate: same3, design: 'cached', history },
      resolveGateOptions({}),
    );
    expect(c.betweenJob?.source).toBe('history');
    expect(c.betweenJob?.historySize).toBe(6);
    // 6 baselines spread by 7.8% CV (5 df) against the prior's 50% CV worth 10: (10 × prior + 5 × history) / 15
    const logs = history.map((h) => Math.log(h.headline[USERS].p50));
    const mean = logs.reduce((a, v) => a + v, 0) / logs.length;
    const spread = logs.reduce((a, v) => a + (v - mean) ** 2, 0) / 5;
    expect(c.betweenJob?.cv).toBeCloseTo(
      Math.sqrt(Math.expm1((10 * Math.log1p(0.25) + 5 * spread) / 15)),
      10,
    );
    expect(c.betweenJob?.cv).toBeLessThan(0.45);
  });

  it('same-job with unequal repeats is analysed as two groups, with a warning', () => {
    const c = compareRuns(
      { baseline: baseline3, candidate: same3.slice(0, 2), design: 'same-job' },
      resolveGateOptions({}),
    );
    expect(c.pairs).toBeUndefined();
    expect(c.warnings.some((w) => w.includes('not pairs, analysed as two groups'))).toBe(true);
  });

  it('same inputs and seed give the identical Comparison; the seed is recorded', () => {
    const options = resolveGateOptions({ seed: 77 });
    const a = compareRuns({ baseline: baseline3, candidate: same3, design: 'same-job' }, options);
    const b = compareRuns(
      { baseline: makeRuns(3, { seed: 1 }), candidate: makeRuns(3, { seed: 2 }), design: 'same-job' },
      options,
    );
    expect(a.seed).toBe(77);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('error rate from too few requests', () => {
  it('is not gated, and says how many requests a side would decide it', () => {
    const baseline = makeRuns(2, { seed: 41, seconds: 3, rate: 20 });
    const candidate = makeRuns(2, { seed: 42, seconds: 3, rate: 20 });
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    const e = c.series[0]!.metrics.find((m) => m.metric === 'error_rate')!;
    expect(e.gated).toBe(false);
    expect(e.reason).toMatch(
      /too few requests to judge a 0\.50 pp change in error rate: \d+ baseline and \d+ PR requests leave a standard error of [\d.]+ pp; about \d+ a side would decide it/,
    );
  });

  it('rests on the baseline: a PR that fails a fifth of its requests cannot make its own error rate ungated', () => {
    const baseline = makeRuns(3, { seed: 43 });
    const candidate = makeRuns(3, { seed: 44, endpoints: withChange(0, { errorRate: 0.2 }) });
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    const e = metric(c, USERS, 'error_rate');
    expect(e.gated).toBe(true);
    expect(e.outcome).toBe('regression');
    expect(c.verdict).toBe('fail');
  });
});

describe('latency quantiles these runs cannot decide', () => {
  // /orders at 10 requests/s: 200 requests per run, deep enough for a P95 by count, too noisy for ±5 % in 3 runs
  const thin = [ENDPOINTS[0]!, { ...ENDPOINTS[1]!, rate: 10 }];

  it('stand aside when they rule out twice the tolerance, saying how many runs would decide them', () => {
    const baseline = makeRuns(3, { seed: 53, endpoints: thin, loadModel: 'open' });
    const candidate = makeRuns(3, { seed: 54, endpoints: thin, loadModel: 'open' });
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    const p95 = metric(c, ORDERS, 'p95');
    expect(p95.outcome).toBe('inconclusive');
    expect(p95.gated).toBe(false);
    expect(p95.reason).toMatch(
      /too noisy to judge a 5\.0% change from 3 runs a side: a P95 of 200 requests per run leaves a standard error of [\d.]+% at 3; about \d+ runs a side \(or longer runs\) would decide it; its 95\.0% interval reaches \+[\d.]+% at worst, which rules out a 10% regression \(one between 5\.0% and 10% could go unseen\), so it does not hold back a pass$/,
    );
    for (const m of ['p50', 'p90', 'p95', 'p99'] as const) expect(metric(c, USERS, m).gated).toBe(true);
    expect(c.verdict).toBe('pass');
    // with the budget of pairs the reason names, it stays gated and adaptive confirmation measures more;
    // with one pair fewer than that, it still stands aside
    const needed = Number(/about (\d+) runs a side/.exec(p95.reason ?? '')?.[1]);
    expect(needed).toBeGreaterThan(3);
    const withBudget = (budgetRuns: number) =>
      compareRuns({ baseline, candidate, design: 'same-job' }, { ...resolveGateOptions({}), budgetRuns });
    const confirming = withBudget(needed);
    expect(metric(confirming, ORDERS, 'p95').gated).toBe(true);
    expect(confirming.verdict).toBe('inconclusive');
    expect(metric(withBudget(needed - 1), ORDERS, 'p95').gated).toBe(false);
  });

  it('hold back a pass when a large regression still fits in their interval', () => {
    const baseline = makeRuns(1, { seed: 55, endpoints: thin, loadModel: 'open' });
    const candidate = makeRuns(1, { seed: 56, endpoints: thin, loadModel: 'open' });
    const c = compareRuns({ baseline, candidate, design: 'cached' }, resolveGateOptions({}));
    const held = c.series.flatMap((s) => s.metrics).filter((m) => m.gated && m.outcome === 'inconclusive');
    expect(held.length).toBeGreaterThan(0);
    expect(c.verdict).toBe('inconclusive');
    // same-job, 3 pairs: /orders' P95 interval reaches past +10 %, twice its tolerance, so it stays gated
    const wide = compareRuns(
      {
        baseline: makeRuns(3, { seed: 63, endpoints: thin, loadModel: 'open' }),
        candidate: makeRuns(3, { seed: 64, endpoints: thin, loadModel: 'open' }),
        design: 'same-job',
      },
      resolveGateOptions({}),
    );
    const p95 = metric(wide, ORDERS, 'p95');
    expect(p95.interval[1]).toBeGreaterThan(0.1);
    expect(p95.gated).toBe(true);
    expect(p95.outcome).toBe('inconclusive');
    expect(wide.verdict).toBe('inconclusive');
  });

  it('are judged noisy on the baseline alone: a PR whose tail became erratic keeps its P99 gated and fails it', () => {
    const baseline = makeRuns(3, { seed: 53 });
    const candidate = makeRuns(3, { seed: 54, endpoints: withChange(0, { sigma: 0.6 }) });
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({}));
    const p99 = metric(c, USERS, 'p99');
    expect(p99.gated).toBe(true);
    expect(p99.outcome).toBe('regression');
  });
});

describe('a metric whose interval rules out a regression of its tolerance', () => {
  // one pair: the P50's interval is about ±5 % wide, so a 4 % faster /users leaves a 5 % improvement open
  const judged = (scale: number) => {
    const baseline = makeRuns(1, { seed: 61 });
    const candidate = makeRuns(1, { seed: 62, endpoints: withChange(0, { scale }) });
    const options = { ...resolveGateOptions({}), budgetRuns: DEFAULT_MAX_RUNS };
    const c = compareRuns({ baseline, candidate, design: 'same-job' }, options);
    return { c, p50: metric(c, USERS, 'p50') };
  };

  it('does not hold back a pass while only an improvement of that size is still open', () => {
    const { c, p50 } = judged(0.96);
    expect(p50.outcome).toBe('inconclusive');
    expect(p50.interval[0]).toBeLessThanOrEqual(-0.05);
    expect(p50.interval[1]).toBeLessThan(0.05);
    expect(p50.gated).toBe(false);
    expect(p50.reason).toMatch(
      /^not worse: its 95\.0% interval reaches [+−-][\d.]+% at worst, which rules out a 5\.0% regression; an improvement of that size is still open, and only a regression holds back a pass$/,
    );
    expect(c.verdict).toBe('pass');
  });

  it('is judged as always when a regression of the tolerance still fits', () => {
    const { c, p50 } = judged(1.08);
    expect(p50.gated).toBe(true);
    expect(p50.reason ?? '').not.toMatch(/not worse/);
    expect(c.verdict).not.toBe('pass');
  });
});
