import { describe, expect, it } from 'vitest';
import { readJtlCsv } from '../../src/results/jtl-csv.ts';
import { digits, JtlSamples } from '../../src/results/jtl-samples.ts';
import { readJtlXml } from '../../src/results/jtl-xml.ts';
import { tempDir, totalRequests, view } from './helpers.ts';

/**
 * The sample bookkeeping the JMeter CSV and XML readers share (jtl-samples.ts): whole numbers read from bytes,
 * thread groups cut from thread names, series remembered by their bytes or strings, active threads, the
 * sample count, and what the run says about Transaction Controller samples.
 */

const { write } = tempDir();
const T = 1_795_850_000_000;
const SECOND = Math.floor(T / 1000);
const TRANSACTION = 'Number of samples in transaction : 2, number of failing samples : 0';

const bytes = (text: string) => Buffer.from(text);

describe('digits', () => {
  it('reads the whole number of up to 15 digits in the span, else -1', () => {
    const of = (text: string) => digits(bytes(text), 0, text.length);
    expect(of('0')).toBe(0);
    expect(of('1795850000123')).toBe(1795850000123);
    expect(of('123456789012345')).toBe(123456789012345); // 15 digits
    expect(of('1234567890123456')).toBe(-1); // 16: past what a double holds exactly, for some
    expect(of('')).toBe(-1);
    expect(of('1.5')).toBe(-1); // '.' is below '0'
    expect(of('-7')).toBe(-1);
    expect(of('12a')).toBe(-1); // 'a' is above '9'
    expect(of(' 12')).toBe(-1);
  });

  it('reads only the span: the bytes around it do not count', () => {
    const buf = bytes('x42y');
    expect(digits(buf, 1, 3)).toBe(42);
    expect(digits(buf, 2, 2)).toBe(-1);
    expect(digits(buf, 3, 1)).toBe(-1);
  });
});

describe('JtlSamples.seriesOf', () => {
  /** the scenario of the thread name `thread` placed after `before` in one buffer, and the pair itself */
  function scenarioOf(before: string, thread: string, samples = new JtlSamples('t.jtl', {})) {
    const buf = bytes(`GET /${before}${thread}`);
    const threadStart = buf.length - Buffer.byteLength(thread);
    const sets = samples.seriesOf(view(buf), buf, 0, 5, threadStart, buf.length);
    return { scenario: sets[0].series.key.scenario, sets };
  }

  it("cuts JMeter's ` <group>-<thread>` numbers off the thread name, only those", () => {
    const threads = [
      'Thread Group 1-10',
      'x 12-3', // a group number of two digits
      'api 1-2',
      'solo',
      'odd 1-',
      'x -2',
      '12-3',
      ' 1-2',
      'a 1.2', // not a dash between the numbers
      'x_1-2', // not a blank before them
      'x ab-cd', // letters, not digits
      'x 1-2b',
      'ünï 2-1',
    ];
    for (const thread of threads) {
      expect(scenarioOf('', thread).scenario).toBe(thread.replace(/ \d+-\d+$/, ''));
    }
  });

  it('reads only the thread name: the bytes before it (the label, a delimiter) never join its numbers', () => {
    // [bytes before the thread name, thread name, its thread group]
    const cases = [
      ['x 3', '1-2', '1-2'], // the digits before could pose as a group number
      ['x ', '1-2', '1-2'], // the blank before could pose as the one before a group number
      ['a 1-', '2', '2'], // the dash before could pose as the one before a thread number
      ['a 1-3', '2', '2'],
      ['a 1', '-2', '-2'],
      ['3', ' 1-2', ''],
      [',', 'api 1-2', 'api'],
    ] as const;
    for (const [before, thread, group] of cases) expect(scenarioOf(before, thread).scenario).toBe(group);
  });

  it('gives the same pair every time for a series, whatever else its thread name says', () => {
    const samples = new JtlSamples('t.jtl', {});
    const first = scenarioOf('', 'api 1-1', samples).sets;
    expect(scenarioOf('', 'api 1-1', samples).sets).toBe(first);
    expect(scenarioOf('', 'api 2-7', samples).sets).toBe(first);
    expect(scenarioOf('', 'web 1-1', samples).sets).not.toBe(first);
    expect(first[0].series).toBe(first[1].series);
    expect([first[0].failed, first[1].failed]).toEqual([false, true]);
  });
});

describe('JtlSamples.sampleOf', () => {
  it('remembers at most 10 000 decoded label and thread name pairs, whatever the input', () => {
    const samples = new JtlSamples('t.xml', {});
    // read in place: the map is private, and a bound on it is the point (one entry per thread otherwise)
    const remembered = () => (samples as unknown as { decoded: Map<string, unknown> }).decoded.size;
    for (let i = 1; i <= 10_000; i++) samples.sampleOf('a & b', `api 1-${i}`, true, T + i, 5, -1);
    expect(remembered()).toBe(10_000);
    samples.sampleOf('a & b', 'api 1-10001', false, T, 5, -1);
    expect(remembered()).toBe(1);
    samples.sampleOf('a & b', 'api 1-1', true, T, 5, -1);
    expect(remembered()).toBe(2);
    const run = samples.finish();
    expect([...run.series.keys()]).toEqual(['api › a & b']);
    expect([run.series.get('api › a & b')!.requests, run.series.get('api › a & b')!.failed]).toEqual([
      10_002, 1,
    ]);
  });
});

describe('the run of a JMeter file', () => {
  const HEADER = 'timeStamp,elapsed,label,responseCode,responseMessage,threadName,success,allThreads';

  it('counts the samples the WebAssembly pass reads and those read the careful way alike', async () => {
    const path = write(
      'mixed.jtl',
      [
        HEADER,
        `${T},12,GET /a,200,OK,api 1-1,true,1`, // the pass reads this one
        `${T + 5},13,"say ""hi""",200,OK,api 1-1,true,1`, // a doubled quote: the careful way
        '',
      ].join('\n'),
    );
    const run = await readJtlCsv(path);
    expect(totalRequests(run)).toBe(2);
    expect([...run.series.keys()]).toEqual(['api › GET /a', 'api › say "hi"']);
  });

  it('names its file and warns of nothing when no Transaction Controller sample was left out', async () => {
    const path = write('plain.jtl', [HEADER, `${T},12,GET /a,200,OK,api 1-1,true,2`, ''].join('\n'));
    const run = await readJtlCsv(path);
    expect(run.sources).toEqual([path]);
    expect(run.engine).toBe('jmeter');
    expect(run.warnings).toEqual([]);
    expect(run.skipped).toEqual({});
  });

  it('says how many Transaction Controller samples it left out, and why', async () => {
    const path = write(
      'tc.jtl',
      [
        HEADER,
        `${T},12,GET /a,200,OK,api 1-1,true,2`,
        `${T + 1},13,GET /b,200,OK,api 1-1,true,2`,
        `${T + 2},25,checkout,200,"${TRANSACTION}",api 1-1,true,2`,
        `${T + 3},25,checkout,200,"${TRANSACTION}",api 1-2,true,2`,
        '',
      ].join('\n'),
    );
    const run = await readJtlCsv(path);
    expect(totalRequests(run)).toBe(2);
    expect(run.skipped).toEqual({ 'Transaction Controller sample': 2 });
    expect(run.warnings).toEqual([
      `${path}: left out 2 Transaction Controller samples (their requests are counted one by one, as JMeter's summariser does)`,
    ]);
  });

  it("records each second's active threads from allThreads (na), 0 included, none when absent", async () => {
    const sample = (ts: number, na: string) =>
      `<httpSample t="12" ts="${ts}" s="true" lb="GET /a" rm="OK" tn="api 1-1"${na}/>`;
    const xml = (...samples: string[]) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<testResults version="1.2">\n${samples.join('\n')}\n</testResults>\n`;
    const run = await readJtlXml(
      write(
        'na.xml',
        xml(
          sample(T, ' na="0"'),
          sample(T + 1000, ''),
          sample(T + 2000, ' na="3"'),
          sample(T + 2001, ' na="2"'),
          sample(T + 3000, ' na="2"'),
        ),
      ),
    );
    const vus = [...run.secondTotals!].map(([second, totals]) => [second - SECOND, totals.maxVUs]);
    expect(vus).toEqual([
      [0, 0],
      [2, 3],
      [3, 2],
    ]);
    expect(run.totals.maxVUs).toBe(3);
    const none = await readJtlXml(write('no-na.xml', xml(sample(T, ''), sample(T + 1000, ''))));
    expect([...none.secondTotals!]).toEqual([]);
    expect(none.totals.maxVUs).toBe(0);
  });
});
