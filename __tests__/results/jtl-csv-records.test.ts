import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJtlCsv } from '../../src/results/jtl-csv.ts';
import { JtlSamples } from '../../src/results/jtl-samples.ts';
import { tempDir } from './helpers.ts';

/**
 * The JavaScript side of the JMeter CSV reader on lines the WebAssembly pass leaves to it: read in chunks of 4
 * bytes, every data line is cut by a read and so comes to `record` (the byte path) or `slowLine` (the full CSV
 * parser). Spies on JtlSamples show which path read each sample and what it read.
 */

const { write } = tempDir();
const T = 1_795_850_000_123;
const TRANSACTION = 'Number of samples in transaction : 2, number of failing samples : 0';

type Sample = { ok: boolean; second: number; ms: number; elapsed: number; allThreads: number };

afterEach(() => {
  vi.restoreAllMocks();
});

/** The samples of `text` read in 4-byte chunks, in order, and how many the full CSV parser read. */
async function samplesOf(text: string): Promise<{ samples: Sample[]; parsed: number; keys: string[] }> {
  const samples: Sample[] = [];
  vi.spyOn(JtlSamples.prototype, 'record').mockImplementation(function (
    this: JtlSamples,
    _sets,
    ok,
    second,
    ms,
    elapsed,
    allThreads,
  ) {
    samples.push({ ok, second, ms, elapsed, allThreads });
  });
  const parsed = vi.spyOn(JtlSamples.prototype, 'sampleOf');
  const names: string[] = [];
  const seriesOf = JtlSamples.prototype.seriesOf;
  vi.spyOn(JtlSamples.prototype, 'seriesOf').mockImplementation(function (this: JtlSamples, ...args) {
    const [, buf, ls, le, ts, te] = args;
    names.push(`${buf.toString('utf8', ts, te)}|${buf.toString('utf8', ls, le)}`);
    return seriesOf.apply(this, args);
  });
  // record is mocked, so no sample reaches the run: finish throws 'no samples were recorded'
  await readJtlCsv(write('r.jtl', text), { chunkSize: 4 }).catch((err: Error) => {
    if (!/no samples were recorded/.test(err.message)) throw err;
  });
  return { samples, parsed: parsed.mock.calls.length, keys: names };
}

const sample = (second: number, ms: number, elapsed: number, allThreads = -1, ok = true): Sample => ({
  ok,
  second,
  ms,
  elapsed,
  allThreads,
});

describe('JMeter CSV lines read from bytes (record, timeStamp)', () => {
  it('13-digit timeStamps: the epoch second is read again whenever any of its first ten digits change', async () => {
    const stamps = [
      T,
      T + 5, // same second
      T + 100_000_000, // differs in digits 5-8 only (the second word)
      T + 1_000_000_000_000, // differs in the first four digits only
      1_795_850_000_000, // a whole second: ms 0
      T,
    ];
    const text = ['timeStamp,elapsed,label,success', ...stamps.map((t, i) => `${t},${i},GET /,true`), ''];
    const { samples, parsed } = await samplesOf(text.join('\n'));
    expect(parsed).toBe(0);
    expect(samples).toEqual(stamps.map((t, i) => sample(Math.floor(t / 1000), t % 1000, i)));
  });

  it('timeStamps of other lengths, 0, and elapsed 0 are read from bytes too', async () => {
    const text = 'timeStamp,elapsed,label,success\n42,0,GET /,true\n0,3,GET /,false\n1500,7,GET /,true\n';
    const { samples, parsed } = await samplesOf(text);
    expect(parsed).toBe(0);
    expect(samples).toEqual([sample(0, 42, 0), sample(0, 0, 3, -1, false), sample(1, 500, 7)]);
  });

  it('a 3-digit timeStamp in the middle of the line', async () => {
    const text = 'label,timeStamp,elapsed,success\nabcd,123,5,true\n';
    const { samples, parsed } = await samplesOf(text);
    expect(parsed).toBe(0);
    expect(samples).toEqual([sample(0, 123, 5)]);
  });

  it('a 13-digit timeStamp whose epoch second is 0', async () => {
    const { samples, parsed } = await samplesOf(
      'timeStamp,elapsed,label,success\n0000000000123,5,GET /,true\n',
    );
    expect(parsed).toBe(0);
    expect(samples).toEqual([sample(0, 123, 5)]);
  });

  it('threadName, responseMessage and allThreads found in the first column', async () => {
    const first = await samplesOf(
      `threadName,timeStamp,elapsed,label,success,allThreads\napi 1-1,${T},5,GET /,true,3\n`,
    );
    expect(first.samples).toEqual([sample(Math.floor(T / 1000), 123, 5, 3)]);
    expect(first.keys).toEqual(['api 1-1|GET /']);
    vi.restoreAllMocks();
    const second = await samplesOf(
      [
        'allThreads,responseMessage,timeStamp,elapsed,label,success',
        `4,OK,${T},5,GET /,true`,
        `4,"${TRANSACTION}",${T},6,GET /,true`,
        '',
      ].join('\n'),
    );
    expect(second.samples).toEqual([sample(Math.floor(T / 1000), 123, 5, 4)]);
    expect(second.parsed).toBe(0);
    vi.restoreAllMocks();
    const message = await samplesOf(
      `responseMessage,timeStamp,elapsed,label,success\n"${TRANSACTION}",${T},5,GET /,true\nOK,${T},6,GET /,true\n`,
    );
    expect(message.samples).toEqual([sample(Math.floor(T / 1000), 123, 6)]);
    expect(message.parsed).toBe(0);
  });

  it('without threadName and allThreads columns: an empty thread name and allThreads -1', async () => {
    const { samples, keys, parsed } = await samplesOf(`timeStamp,elapsed,label,success\n${T},5,GET /,true\n`);
    expect(parsed).toBe(0);
    expect(samples).toEqual([sample(Math.floor(T / 1000), 123, 5, -1)]);
    expect(keys).toEqual(['|GET /']);
  });

  it('a header of more than 64 columns: its lines are still read from bytes', async () => {
    const extra = Array.from({ length: 70 }, (_, i) => `c${i}`);
    const text = `timeStamp,elapsed,label,success,${extra.join(',')}\n${T},5,GET /,true,${extra.join(',')}\n`;
    const { samples, parsed } = await samplesOf(text);
    expect(parsed).toBe(0);
    expect(samples).toEqual([sample(Math.floor(T / 1000), 123, 5)]);
  });

  it('a timeStamp that is not a whole number is explained, naming the line', async () => {
    for (const ts of ['17958x0000123', '1795850000a23', '1795850000.23']) {
      await expect(
        readJtlCsv(
          write('x.jtl', `timeStamp,elapsed,label,success\n${T},5,GET /,true\n${ts},5,GET /,true\n`),
          {
            chunkSize: 4,
          },
        ),
      ).rejects.toThrow(
        new RegExp(`x\\.jtl:3: timeStamp '${ts.replace('.', '\\.')}' is not epoch milliseconds`),
      );
    }
  });
});

describe('JMeter CSV lines read by the full CSV parser (slowLine)', () => {
  it('quoted fields with delimiters, doubled quotes and newlines', async () => {
    const text = [
      'timeStamp,elapsed,label,success,threadName,allThreads',
      `${T},5,"GET /a,b",true,api 1-1,2`,
      `${T},6,"say ""hi""",false,"api 1-2",x`,
      `${T},7,"two`,
      `lines",true,api 1-3,3`,
      '',
    ].join('\n');
    const { samples, parsed } = await samplesOf(text);
    expect(parsed).toBe(2); // "GET /a,b" is read in place
    const s = Math.floor(T / 1000);
    expect(samples).toEqual([sample(s, 123, 5, 2), sample(s, 123, 6, -1, false), sample(s, 123, 7, 3)]);
    vi.restoreAllMocks();
    const run = await readJtlCsv(write('q.jtl', text), { chunkSize: 4 });
    expect([...run.series.keys()].sort()).toEqual(['api › GET /a,b', 'api › say "hi"', 'api › two\nlines']);
  });

  it('without threadName, responseMessage and allThreads columns', async () => {
    const text = `timeStamp,elapsed,label,success\n${T},5,"GET ""a""",true\n`;
    const { samples } = await samplesOf(text);
    expect(samples).toEqual([sample(Math.floor(T / 1000), 123, 5, -1)]);
    vi.restoreAllMocks();
    const run = await readJtlCsv(write('n.jtl', text));
    expect([...run.series.values()].map((v) => [v.key.scenario, v.key.name])).toEqual([['', 'GET "a"']]);
  });

  it('threadName, responseMessage and allThreads in the first column', async () => {
    const text = `threadName,allThreads,timeStamp,elapsed,label,success\nsolo,4,${T},5,"a ""b""",true\n`;
    const threads = await samplesOf(text);
    expect(threads.samples).toEqual([sample(Math.floor(T / 1000), 123, 5, 4)]);
    vi.restoreAllMocks();
    const run = await readJtlCsv(write('t.jtl', text));
    expect([...run.series.values()].map((v) => v.key.scenario)).toEqual(['solo']);
    const message = await samplesOf(
      `responseMessage,timeStamp,elapsed,label,success\n"${TRANSACTION}",${T},5,"a ""b""",true\nOK,${T},6,"a ""b""",true\n`,
    );
    expect(message.samples).toEqual([sample(Math.floor(T / 1000), 123, 6)]);
    vi.restoreAllMocks();
    const all = await samplesOf(`allThreads,timeStamp,elapsed,label,success\n4,${T},5,"a ""b""",true\n`);
    expect(all.samples).toEqual([sample(Math.floor(T / 1000), 123, 5, 4)]);
  });

  it('errors name the line: field count, elapsed', async () => {
    const head = 'timeStamp,elapsed,label,success\n';
    await expect(readJtlCsv(write('f.jtl', `${head}${T},5,"a ""b"""\n`))).rejects.toThrow(
      /f\.jtl:2: expected 4 fields as in the header, got 3/,
    );
    await expect(readJtlCsv(write('e.jtl', `${head}${T},-5,"a ""b""",true\n`))).rejects.toThrow(
      /e\.jtl:2: elapsed '-5' is not a whole number of milliseconds/,
    );
  });

  it('the header names every missing column', async () => {
    await expect(readJtlCsv(write('h.jtl', 'timeStamp,elapsed,responseCode\n'))).rejects.toThrow(
      /h\.jtl:1: the header has no label, success column/,
    );
  });
});

describe('the end of a JMeter CSV file', () => {
  it('a last line without newline is read', async () => {
    const { samples } = await samplesOf(`timeStamp,elapsed,label,success\n${T},5,GET /,true`);
    expect(samples).toEqual([sample(Math.floor(T / 1000), 123, 5)]);
  });

  it('a last line cut short is counted as a truncated last line', async () => {
    const run = await readJtlCsv(
      write('c.jtl', `timeStamp,elapsed,label,success\n${T},5,GET /,true\n${T},5`),
    );
    expect(run.skipped['truncated last line']).toBe(1);
    expect(run.warnings.join('\n')).toMatch(/c\.jtl:3: the last line is incomplete/);
  });

  it('a quoted field never closed: that record is ignored with a warning', async () => {
    const text = `timeStamp,elapsed,label,success\n${T},5,GET /,true\n${T},5,"GET\n/x,true\n`;
    const run = await readJtlCsv(write('o.jtl', text));
    expect(run.skipped['truncated last line']).toBe(1);
    expect(run.warnings.join('\n')).toMatch(/o\.jtl:3: a quoted field is never closed; ignored that record/);
    expect(run.cutFiles).toEqual([expect.stringContaining('o.jtl')]);
  });

  it('an error that is not about the input is not taken for a cut last line', async () => {
    const text = `timeStamp,elapsed,label,success\n${T},5,GET /,true`;
    vi.spyOn(JtlSamples.prototype, 'record').mockImplementation(() => {
      throw new Error('a bug');
    });
    await expect(readJtlCsv(write('b.jtl', text))).rejects.toThrow('a bug');
  });
});
