import { describe, expect, it } from 'vitest';
import { RunAccumulator } from '../../src/results/run-accumulator.ts';

/**
 * The run accumulator fed directly. The readers' tests reach it through real files, but its batch form
 * `requests` is fed only by the JMeter CSV reader, whose tag sets always carry an expected_response tag and are
 * never setup or teardown: what `requests` does with the other tag sets is tested here.
 */

const SECOND = 1_795_850_000;
/** epoch ms of millisecond `msInSecond` of the second `offset` seconds after SECOND */
const ms = (offset: number, msInSecond: number): number => (SECOND + offset) * 1000 + msInSecond;
const finish = (acc: RunAccumulator) =>
  acc.finish({ engine: 'jmeter', sources: ['t.jtl'], loadModel: 'unknown', loadModelSource: 'unknown' });

describe('RunAccumulator.requests', () => {
  it('counts the requests of a batch without an expected_response tag, as single requests count them', () => {
    const batch = new RunAccumulator();
    batch.requests(batch.tagSet({ name: 'GET /a' }), SECOND, 3, 0, ms(0, 10), ms(0, 20));
    batch.requests(
      batch.tagSet({ name: 'GET /a', expectedResponse: 'true' }),
      SECOND,
      4,
      0,
      ms(0, 30),
      ms(0, 40),
    );
    expect(batch.requestsWithoutExpectedResponse).toBe(3);

    const single = new RunAccumulator();
    for (let i = 0; i < 3; i++) single.request(single.tagSet({ name: 'GET /a' }), SECOND, 10, 5);
    for (let i = 0; i < 4; i++)
      single.request(single.tagSet({ name: 'GET /a', expectedResponse: 'true' }), SECOND, 30, 5);
    expect(single.requestsWithoutExpectedResponse).toBe(3);
  });

  it('adds batches of one series and second into one bucket', () => {
    const acc = new RunAccumulator();
    const set = acc.tagSet({ name: 'GET /a', expectedResponse: 'true' });
    acc.requests(set, SECOND, 5, 0, ms(0, 10), ms(0, 90)).record(12);
    acc.requests(set, SECOND + 1, 2, 2, ms(1, 0), ms(1, 5));
    acc.requests(set, SECOND, 3, 3, ms(0, 20), ms(0, 30)).record(40); // the failed batch of the same second
    const seconds = finish(acc).series.get('GET /a')!.seconds;
    expect([...seconds.keys()]).toEqual([SECOND, SECOND + 1]);
    const first = seconds.get(SECOND)!;
    expect([first.requests, first.failed, first.latency.count]).toEqual([8, 3, 2]);
  });

  it('leaves setup and teardown requests out of the span of the run, not out of its lifecycle series', () => {
    const acc = new RunAccumulator();
    acc.requests(acc.tagSet({ group: '::setup', name: 'GET /login' }), SECOND, 1, 0, ms(0, 5), ms(0, 5));
    acc.requests(acc.tagSet({ name: 'GET /a' }), SECOND + 1, 2, 1, ms(1, 100), ms(1, 900));
    acc.requests(
      acc.tagSet({ group: '::teardown', name: 'GET /logout' }),
      SECOND + 3,
      1,
      0,
      ms(3, 0),
      ms(3, 0),
    );
    const run = finish(acc);
    expect([run.startMs, run.endMs]).toEqual([ms(1, 100), ms(1, 900)]);
    expect([...run.lifecycle.values()].map((s) => [s.id, s.requests])).toEqual([
      ['::setup › GET /login', 1],
      ['::teardown › GET /logout', 1],
    ]);
  });
});

describe('RunAccumulator.finish', () => {
  it('orders the series by id in UTF-16 code units, whatever order they came in', () => {
    const acc = new RunAccumulator();
    for (const name of ['GET /a', 'GET /b', 'GET /B', 'GET /ä', 'GET /A']) {
      acc.request(acc.tagSet({ name }), SECOND, 0, 5);
    }
    // code units put capitals before small letters, and ä (U+00E4) after both, where a locale order would not
    expect([...finish(acc).series.keys()]).toEqual(['GET /A', 'GET /B', 'GET /a', 'GET /b', 'GET /ä']);
  });
});

describe('RunAccumulator.request', () => {
  it('records the single requests before a batch of the same second first, in the order they came', () => {
    const acc = new RunAccumulator();
    const set = acc.tagSet({ name: 'GET /a', expectedResponse: 'true' });
    acc.request(set, SECOND, 10, 1.1);
    acc.request(set, SECOND, 20, 2.2);
    acc.requests(set, SECOND, 1, 0, ms(0, 30), ms(0, 30)).record(3.3);
    // (1.1 + 2.2) + 3.3 is 6.6; 3.3 first, or 2.2 last, sums to 6.6000000000000005
    expect(finish(acc).series.get('GET /a')!.latency.mean).toBe(6.6 / 3);
  });
});

describe('RunAccumulator.tagSet', () => {
  it('hands out one tag set per distinct tags, the first one again when they repeat', () => {
    const acc = new RunAccumulator();
    const first = acc.tagSet({ name: 'GET /a', expectedResponse: 'true' });
    expect(acc.tagSet({ name: 'GET /a', expectedResponse: 'true' })).toBe(first);
  });

  it('tells an empty expected_response tag from a missing one', () => {
    const acc = new RunAccumulator();
    expect(acc.tagSet({ name: 'GET /a' }).hasExpectedResponse).toBe(false);
    expect(acc.tagSet({ name: 'GET /a', expectedResponse: '' }).hasExpectedResponse).toBe(true);
  });

  it('puts the groups nested in setup and teardown into the lifecycle series', () => {
    const acc = new RunAccumulator();
    for (const group of ['::setup::login', '::teardown::logout', '::main::setup::']) {
      acc.request(acc.tagSet({ group, name: 'GET /a' }), SECOND, 0, 5);
    }
    const run = finish(acc);
    expect([...run.lifecycle.keys()]).toEqual(['::setup::login › GET /a', '::teardown::logout › GET /a']);
    expect([...run.series.keys()]).toEqual(['::main::setup:: › GET /a']);
  });

  it('folds only new measured names once the series are full, not a series seen before or a lifecycle one', () => {
    const acc = new RunAccumulator(1);
    acc.request(acc.tagSet({ name: 'GET /a', expectedResponse: 'true' }), SECOND, 0, 5);
    acc.request(acc.tagSet({ name: 'GET /a', expectedResponse: 'false' }), SECOND, 0, 5);
    acc.request(acc.tagSet({ name: 'GET /b' }), SECOND, 0, 5);
    for (const group of ['::setup', '::teardown']) {
      acc.request(acc.tagSet({ group, name: 'GET /c' }), SECOND, 0, 5);
    }
    const run = finish(acc);
    expect([...run.series.values()].map((s) => [s.id, s.requests])).toEqual([
      ['(other names)', 1],
      ['GET /a', 2],
    ]);
    expect([...run.lifecycle.keys()]).toEqual(['::setup › GET /c', '::teardown › GET /c']);
  });
});

describe('RunAccumulator.failure', () => {
  it('counts a failure into the bucket of its own second', () => {
    const acc = new RunAccumulator();
    const set = acc.tagSet({ name: 'GET /a' });
    acc.failure(set, SECOND); // before any request of the series
    acc.request(set, SECOND + 1, 0, 5);
    acc.failure(set, SECOND + 2);
    acc.failure(set, SECOND + 1);
    const seconds = finish(acc).series.get('GET /a')!.seconds;
    expect([...seconds].map(([second, b]) => [second - SECOND, b.requests, b.failed])).toEqual([
      [0, 0, 1],
      [1, 1, 1],
      [2, 0, 1],
    ]);
  });
});

describe('RunAccumulator totals and thresholds', () => {
  it('gives a second maxVUsAllocated only when it had a vus_max sample, zero included', () => {
    const acc = new RunAccumulator();
    acc.totalsAt(SECOND).iterations = 2;
    acc.totalsAt(SECOND + 1).maxVUsAllocated = 0;
    const run = finish(acc);
    expect(run.secondTotals!.get(SECOND)).toEqual({
      iterations: 2,
      droppedIterations: 0,
      checksPassed: 0,
      checksFailed: 0,
      maxVUs: 0,
    });
    expect(run.secondTotals!.get(SECOND + 1)!.maxVUsAllocated).toBe(0);
    expect(run.totals.maxVUsAllocated).toBe(0);
  });

  it('adds the new expressions of a metric seen before, each once', () => {
    const acc = new RunAccumulator();
    acc.threshold('http_req_duration', ['p(95)<500']);
    acc.threshold('http_req_duration', ['p(99)<900', 'p(95)<500']);
    expect(finish(acc).thresholds).toEqual([
      { metric: 'http_req_duration', expressions: ['p(95)<500', 'p(99)<900'] },
    ]);
  });
});
