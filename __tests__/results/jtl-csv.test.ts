import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type * as CsvRecord from '../../src/results/csv-record.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult } from '../../src/results/types.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { tempDir } from './helpers.ts';

/**
 * The JMeter CSV reader's JavaScript side (header, fast in-place field scan, the lines the WebAssembly pass
 * leaves it) against figures computed here from the CSV rules alone: other delimiters, other column orders
 * and optional columns left out, CRLF, quoted fields, read boundaries anywhere in a line, and errors naming
 * the line they are on.
 */

// the full CSV parser, counted: a line the fast path can read in place must never reach it
vi.mock('../../src/results/csv-record.ts', async (original) => {
  const actual = await original<typeof CsvRecord>();
  return { ...actual, parseCsvRecord: vi.fn(actual.parseCsvRecord) };
});
// The unit project's files share one module graph (vitest.config.ts, isolate: false): an earlier file may have
// loaded jtl-csv.ts bound to the real parser, so the reader is loaded afresh here (it then failed 2 of 5
// runs of __tests__/results), and the graph is left fresh after.
vi.resetModules();
const { jtlHeader, readJtlCsv } = await import('../../src/results/jtl-csv.ts');
const { CsvPass } = await import('../../src/results/jtl-csv-pass.ts');
const parsed = vi.mocked((await import('../../src/results/csv-record.ts')).parseCsvRecord);
afterEach(() => vi.restoreAllMocks());
afterAll(() => {
  vi.doUnmock('../../src/results/csv-record.ts');
  vi.resetModules();
});

const { write } = tempDir();
const T0 = 1_795_850_000_000;
const ALL = ['timeStamp', 'elapsed', 'label', 'responseCode', 'threadName', 'success', 'allThreads'];

interface Shape {
  delimiter: string;
  names: string[];
  crlf: boolean;
  quoteSome: boolean;
}

/** A seeded JTL text of `lines` samples in `shape`, with its expected per-series request counts and VUs. */
function jtl(seed: number, lines: number, labels: number, shape: Shape) {
  const rand = mulberry32(seed).next;
  const pick = (n: number) => Math.floor(rand() * n);
  const d = shape.delimiter;
  const eol = shape.crlf ? '\r\n' : '\n';
  const out = [shape.names.join(d)];
  const expected = new Map<string, { requests: number; failed: number; latency: LatencyHistogram }>();
  let maxVUs = 0;
  let ts = T0;
  for (let i = 0; i < lines; i++) {
    ts += pick(30);
    const label = `GET /item/${pick(labels)}`;
    const group = `g${pick(3)}`;
    const elapsed = pick(2000);
    const ok = rand() > 0.1;
    const all = 1 + pick(50);
    const q = (s: string) => (shape.quoteSome && rand() < 0.3 ? `"${s}"` : s);
    const value: Record<string, string> = {
      timeStamp: q(String(ts)),
      elapsed: q(String(elapsed)),
      label: q(label),
      responseCode: q('200'),
      threadName: q(`${group} 1-${1 + pick(9)}`),
      success: q(String(ok)),
      allThreads: q(String(all)),
    };
    out.push(shape.names.map((n) => value[n]).join(d));
    const key = `${shape.names.includes('threadName') ? group : ''} › ${label}`;
    const e = expected.get(key) ?? { requests: 0, failed: 0, latency: new LatencyHistogram() };
    expected.set(key, e);
    e.requests++;
    if (!ok) e.failed++;
    e.latency.record(elapsed);
    maxVUs = Math.max(maxVUs, all);
  }
  const figures = [...expected]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, e]) => [k, e.requests, e.failed, e.latency.toJSON()]);
  return {
    text: out.join(eol) + eol,
    figures,
    maxVUs: shape.names.includes('allThreads') ? maxVUs : undefined,
  };
}

/** The run's per-series figures, summed over its seconds, in the shape `jtl` gives. */
function figuresOf(run: RunResult) {
  return [...run.series.values()]
    .map((s) => {
      const latency = new LatencyHistogram();
      let requests = 0;
      let failed = 0;
      for (const b of s.seconds.values()) {
        requests += b.requests;
        failed += b.failed;
        latency.merge(b.latency);
      }
      return [`${s.key.scenario} › ${s.key.name}`, requests, failed, latency.toJSON()] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const CHUNKS = [7, 64, 1 << 20];
/** how often `run` is asked to read the file of the test that counts it (see there) */
const RUN_CALLS = 2;

async function expectRead(name: string, made: ReturnType<typeof jtl>, maxSeries = 5000): Promise<void> {
  const path = write(name, made.text);
  for (const chunkSize of CHUNKS) {
    const run = await readJtlCsv(path, { chunkSize, maxSeries });
    expect(figuresOf(run), `chunk ${chunkSize}`).toEqual(made.figures);
    if (made.maxVUs !== undefined) expect(run.totals.maxVUs).toBe(made.maxVUs);
  }
}

describe('JMeter CSV JTL: header and columns', () => {
  it('finds the delimiter and trimmed column names of a header, and refuses a line that is not one', () => {
    expect(jtlHeader('timeStamp,elapsed,label')).toEqual({
      delimiter: ',',
      names: ['timeStamp', 'elapsed', 'label'],
    });
    expect(jtlHeader('timeStamp\telapsed\tlabel')?.delimiter).toBe('\t');
    expect(jtlHeader('timeStamp;elapsed;label')?.delimiter).toBe(';');
    expect(jtlHeader('timeStamp|elapsed|label')?.delimiter).toBe('|');
    expect(jtlHeader(' timeStamp | elapsed |label ')?.names).toEqual(['timeStamp', 'elapsed', 'label']);
    expect(jtlHeader('timeStamp,label,success')).toBeUndefined();
    expect(jtlHeader('elapsed,label,success')).toBeUndefined();
    expect(jtlHeader('time,elapsed stamp')).toBeUndefined();
  });

  for (const delimiter of [',', '\t', ';', '|']) {
    it(`reads every sample of a file delimited by ${JSON.stringify(delimiter)}, read in any chunk size`, async () => {
      await expectRead('delim.jtl', jtl(3, 300, 9, { delimiter, names: ALL, crlf: false, quoteSome: false }));
    });
  }

  it('reads columns in another order, and without the optional ones', async () => {
    const reordered = [
      'label',
      'success',
      'allThreads',
      'threadName',
      'elapsed',
      'responseCode',
      'timeStamp',
    ];
    await expectRead(
      'order.jtl',
      jtl(5, 300, 7, { delimiter: ',', names: reordered, crlf: false, quoteSome: false }),
    );
    const bare = ['success', 'label', 'elapsed', 'timeStamp'];
    await expectRead(
      'bare.jtl',
      jtl(6, 300, 7, { delimiter: ';', names: bare, crlf: true, quoteSome: true }),
    );
  });

  it('reads CRLF lines with quoted fields (a quoted last field before \\r\\n too), in any chunk size', async () => {
    for (const delimiter of [',', '|']) {
      await expectRead('crlf.jtl', jtl(8, 400, 11, { delimiter, names: ALL, crlf: true, quoteSome: true }));
    }
    await expectRead(
      'quoted.jtl',
      jtl(9, 400, 11, { delimiter: '\t', names: ALL, crlf: false, quoteSome: true }),
    );
  });

  it('reads more series than the WebAssembly pass has room for', async () => {
    await expectRead(
      'many.jtl',
      jtl(12, 1000, 150, { delimiter: ',', names: ALL, crlf: true, quoteSome: false }),
    );
  });

  it('reads a header of more columns than the fast path starts with room for', async () => {
    const extra = Array.from({ length: 80 }, (_, i) => `x${i}`);
    const names = ['timeStamp', 'elapsed', ...extra, 'label', 'success'];
    const row = (ts: number, ms: number) => [ts, ms, ...extra.map(() => 'v'), 'GET /', 'true'].join(',');
    const text = `${names.join(',')}\n${row(T0, 5)}\n${row(T0 + 1500, 9)}\n`;
    for (const chunkSize of CHUNKS) {
      const run = await readJtlCsv(write('wide.jtl', text), { chunkSize });
      expect(figuresOf(run).map((f) => f[1])).toEqual([2]);
      expect([run.startMs, run.endMs]).toEqual([T0, T0 + 1500]);
    }
  });
});

describe('JMeter CSV JTL: line by line', () => {
  const HEADER = 'timeStamp,elapsed,label,threadName,success';
  const line = (i: number, extra = '') => `${T0 + i * 10},${i},GET /${i % 3},g 1-1,true${extra}`;

  it('skips blank lines (LF and CRLF) and reads the lines around them, in any chunk size', async () => {
    const text = `${HEADER}\r\n${line(1)}\r\n\r\n${line(2)}\n\n${line(3)}\r\n\r\n`;
    for (const chunkSize of [1, 2, 3, 5, 8, 13, 1 << 20]) {
      const run = await readJtlCsv(write('blank.jtl', text), { chunkSize });
      expect(figuresOf(run).map((f) => [f[0], f[1]])).toEqual([
        ['g › GET /0', 1],
        ['g › GET /1', 1],
        ['g › GET /2', 1],
      ]);
      expect([run.startMs, run.endMs]).toEqual([T0 + 10, T0 + 30]);
    }
  });

  it('reads a last line with no newline, quoted or not, CRLF or not', async () => {
    for (const last of [line(4), `${line(4)}\r`, `${T0 + 40},4,"GET /1","g 1-1","true"`]) {
      for (const chunkSize of [3, 1 << 20]) {
        const run = await readJtlCsv(write('last.jtl', `${HEADER}\n${line(1)}\n${last}`), { chunkSize });
        expect(run.endMs).toBe(T0 + 40);
        expect(figuresOf(run).reduce((a, f) => a + f[1], 0)).toBe(2);
        expect(run.warnings).toEqual([]);
      }
    }
  });

  it('reads long lines (a label of many kilobytes) cut by the chunks anywhere', async () => {
    const label = `GET /${'x'.repeat(5000)}`;
    const text = `${HEADER}\n${T0},5,${label},g 1-1,true\n${T0 + 2},6,"${label}",g 1-1,false\r\n${line(3)}\n`;
    for (const chunkSize of [64, 999, 1 << 20]) {
      const run = await readJtlCsv(write('long.jtl', text), { chunkSize });
      const figures = figuresOf(run);
      expect(figures.map((f) => [f[0], f[1], f[2]])).toEqual([
        ['g › GET /0', 1, 0],
        [`g › ${label}`, 2, 1],
      ]);
    }
  });

  it('a quoted field with text after its closing quote, or a quoted newline, goes to the full parser', async () => {
    const text =
      `${HEADER}\n${T0},5,"GET /a"b,g 1-1,true\n${T0 + 1},6,"GET\n/b",g 1-1,true\n` +
      `${T0 + 2},7,"say ""hi""",g 1-1,true\n${T0 + 3},8,"GET /c","g 1-1"x,true\n`;
    for (const chunkSize of [4, 17, 1 << 20]) {
      const run = await readJtlCsv(write('odd.jtl', text), { chunkSize });
      expect(figuresOf(run).map((f) => [f[0], f[1]])).toEqual([
        ['g 1-1x › GET /c', 1],
        ['g › GET\n/b', 1],
        ['g › GET /ab', 1],
        ['g › say "hi"', 1],
      ]);
    }
  });

  it('names the line of a wrong field count, counting CRLF, blank and multi-line records', async () => {
    const cases: [string, number][] = [
      [`${HEADER}\n${line(1)}\n${line(2, ',extra')}\n`, 3],
      [`${HEADER}\r\n${line(1)}\r\n\r\n${line(2, ',extra')}\r\n`, 4],
      [`${HEADER}\n${T0},1,"a\nb",g 1-1,true\n${line(2)}\n${T0},1,lbl,true\n`, 5],
      [`${HEADER}\n${line(1)}\n"${T0}",1,"lbl",true\n`, 3],
      [`${HEADER}\n${line(1)}\n${T0},1,"lbl",g 1-1,true,"x"\r\n`, 3],
      [`${HEADER}\n${line(1)}\n${T0},1,lbl,g 1-1,true,"x"\r\n`, 3],
    ];
    for (const [text, lineNo] of cases) {
      for (const chunkSize of [5, 1 << 20]) {
        await expect(readJtlCsv(write('count.jtl', text), { chunkSize })).rejects.toThrow(
          new RegExp(`count\\.jtl:${lineNo}: expected 5 fields as in the header, got [46]`),
        );
      }
    }
  });

  it('a line of more fields than the fast path has room for is an error, not a crash', async () => {
    const text = `${HEADER}\n${line(1)}\n${line(2, ',x'.repeat(70))}\n`;
    for (const chunkSize of [9, 1 << 20]) {
      await expect(readJtlCsv(write('room.jtl', text), { chunkSize })).rejects.toThrow(
        /room\.jtl:3: expected 5 fields as in the header, got 75/,
      );
    }
    const quoted = `${HEADER}\n${line(1)}\n${line(2, ',"x"'.repeat(70))}\n`;
    await expect(readJtlCsv(write('room.jtl', quoted))).rejects.toThrow(/room\.jtl:3: .* got 75/);
  });

  it('refuses an empty file and a first line that is not a header, naming line 1', async () => {
    await expect(readJtlCsv(write('empty.jtl', ''))).rejects.toThrow(/empty file/);
    await expect(readJtlCsv(write('nohead.jtl', '\n'))).rejects.toThrow(/nohead\.jtl:1: not a JMeter CSV/);
    await expect(readJtlCsv(write('nohead.jtl', `${line(1)}\n`))).rejects.toThrow(
      /nohead\.jtl:1: not a JMeter/,
    );
    // a first line cut short (no newline) that is not a header: still no header
    await expect(readJtlCsv(write('nohead.jtl', 'hello'))).rejects.toThrow(/nohead\.jtl: empty file/);
    // only a header: a JTL file, of no samples
    await expect(readJtlCsv(write('head.jtl', `${HEADER}\n`))).rejects.toThrow(/head\.jtl: no samples/);
  });

  it('keeps what a truncated gzip stream held, and says it was truncated', async () => {
    const body = `${HEADER}\n${Array.from({ length: 2000 }, (_, i) => line(i)).join('\n')}\n`;
    const gz = gzipSync(Buffer.from(body));
    const run = await readJtlCsv(write('cut.jtl.gz', gz.subarray(0, gz.length - 40)));
    expect(run.warnings.join('\n')).toMatch(
      /cut\.jtl\.gz: the gzip stream is truncated \(JMeter was stopped/,
    );
    expect(figuresOf(run).reduce((a, f) => a + f[1], 0)).toBeGreaterThan(1000);
  });
});

describe('JMeter CSV JTL: the fast path', () => {
  const LAST_LABEL = ['timeStamp', 'elapsed', 'success', 'threadName', 'allThreads', 'responseCode', 'label'];

  it('reads plain quoted fields in place, a quoted last field before LF or CRLF too: never the full parser', async () => {
    for (const crlf of [false, true]) {
      // more series than the pass has room for, so most lines are read by JavaScript, in and across chunks
      const made = jtl(21, 900, 150, { delimiter: ',', names: LAST_LABEL, crlf, quoteSome: true });
      parsed.mockClear();
      await expectRead('inplace.jtl', made);
      expect(parsed).not.toHaveBeenCalled();
    }
    await expectRead(
      'inplace.jtl',
      jtl(22, 900, 150, { delimiter: ';', names: ALL, crlf: true, quoteSome: true }),
    );
    expect(parsed).not.toHaveBeenCalled();
    // what it cannot read in place it does hand over
    await readJtlCsv(write('doubled.jtl', `timeStamp,elapsed,label,success\n${T0},5,"say ""hi""",true\n`));
    expect(parsed).toHaveBeenCalledTimes(1);
  });

  it('hands the WebAssembly pass each new series, so it reads the lines after it itself', async () => {
    const run = vi.spyOn(CsvPass.prototype, 'run');
    const lines = Array.from({ length: 300 }, (_, i) => `${T0 + i * 7},${i},GET /,g 1-1,true`);
    await readJtlCsv(write('pass.jtl', `timeStamp,elapsed,label,threadName,success\n${lines.join('\n')}\n`));
    expect(run.mock.calls.length).toBeGreaterThan(0);
    expect(run.mock.calls.length).toBeLessThan(4);
  });

  it('asks the pass nothing more once JavaScript read the last line of the chunk', async () => {
    const run = vi.spyOn(CsvPass.prototype, 'run');
    // a latency over 65535 ms is out of the pass's range: JavaScript reads that line
    await readJtlCsv(
      write('lastjs.jtl', `timeStamp,elapsed,label,success\n${T0},5,a,true\n${T0 + 1},70000,a,true\n`),
    );
    expect(run).toHaveBeenCalledTimes(RUN_CALLS);
  });

  // (a CR before a quoted newline is dropped, as at any line end)
  it('a quoted newline right before a delimiter stays inside its field', async () => {
    const text = `timeStamp,elapsed,label,success\n${T0},5,"GET\n,/b",true\n${T0 + 1},6,"GET\r\n,/c",true\r\n`;
    for (const chunkSize of [5, 1 << 20]) {
      const run = await readJtlCsv(write('nl.jtl', text), { chunkSize });
      expect(figuresOf(run).map((f) => f[0])).toEqual([' › GET\n,/b', ' › GET\n,/c']);
    }
  });

  it('a quoted field that runs over a CRLF line end is one record, whatever column it is in', async () => {
    const text =
      `timeStamp,elapsed,label,threadName,success\r\n${T0},5,"GET\r\n/b",g 1-1,true\r\n` +
      `${T0 + 1},6,GET /c,"g\r\n1-1",true\r\n${T0 + 2},7,GET /d,g 1-1,"tr\r\nue"\r\n`;
    for (const chunkSize of [6, 1 << 20]) {
      const run = await readJtlCsv(write('crlf-open.jtl', text), { chunkSize });
      expect(figuresOf(run).map((f) => [f[0], f[1], f[2]])).toEqual([
        ['g\n1-1 › GET /c', 1, 0],
        ['g › GET\n/b', 1, 0],
        ['g › GET /d', 1, 1],
      ]);
    }
  });

  it('an empty last field after a quoted one is a field', async () => {
    const text = `timeStamp,elapsed,label,success,failureMessage\n${T0},5,a,"true",\n${T0 + 1},6,"b",false,\r\n`;
    for (const chunkSize of [4, 1 << 20]) {
      const run = await readJtlCsv(write('empty-last.jtl', text), { chunkSize });
      expect(figuresOf(run).map((f) => [f[0], f[1], f[2]])).toEqual([
        [' › a', 1, 0],
        [' › b', 1, 1],
      ]);
    }
  });

  it('counts the lines of CRLF records ending in a quoted field, for the line an error names', async () => {
    const text =
      `timeStamp,elapsed,label,success\r\n${T0},5,a,"true"\r\n${T0 + 1},6,"b","true"\r\n` +
      `${T0 + 2},7,"c","false"\r\n${T0 + 3},8,d\r\n`;
    for (const chunkSize of [7, 1 << 20]) {
      await expect(readJtlCsv(write('lines.jtl', text), { chunkSize })).rejects.toThrow(
        /lines\.jtl:5: expected 4 fields as in the header, got 3/,
      );
    }
  });

  it('reads in the chunk, in place, the lines the pass leaves: quoted fields before CRLF and before an empty last one', async () => {
    // latencies over 65535 ms are out of the pass's range: JavaScript reads these lines where they are
    const text =
      'timeStamp,elapsed,label,success,failureMessage\n' +
      '1795850000000,70005,a,"true",\n1795850000001,70006,"b",false,\r\n1795850000002,70007,c,"true","x"\r\n' +
      '1795850000003,70008,d,true,"y"\n1795850000004,70009,"e","true",""\r\n';
    parsed.mockClear();
    const run = await readJtlCsv(write('js-lines.jtl', text));
    expect(figuresOf(run).map((f) => [f[0], f[1], f[2]])).toEqual([
      [' › a', 1, 0],
      [' › b', 1, 1],
      [' › c', 1, 0],
      [' › d', 1, 0],
      [' › e', 1, 0],
    ]);
    expect(parsed).not.toHaveBeenCalled();
    await expect(readJtlCsv(write('js-lines.jtl', `${text}1795850000005,70001,f\r\n`))).rejects.toThrow(
      /js-lines\.jtl:7: expected 5 fields as in the header, got 3/,
    );
  });

  it('a lone \\r after a closing quote is no line end: the full parser keeps it in the field', async () => {
    const text = `timeStamp,elapsed,label,success\n${T0},70000,"a"\r,true\n${T0 + 1},70000,b,true\n`;
    const run = await readJtlCsv(write('lone-cr.jtl', text));
    expect(figuresOf(run).map((f) => f[0])).toEqual([' › a\r', ' › b']);
  });
});
