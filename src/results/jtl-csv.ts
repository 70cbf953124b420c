import { parseCsvRecord } from './csv-record.ts';
import { RunFileError, snippet } from './errors.ts';
import { pumpFile } from './file-pump.ts';
import { type Columns, CsvPass, PASS_CUT, PASS_NEW_SERIES } from './jtl-csv-pass.ts';
import { digits, isTransactionMessage, isTransactionText, JtlSamples } from './jtl-samples.ts';
import { LineSplitter } from './line-splitter.ts';
import type { ReadOptions, RunResult } from './types.ts';

/**
 * Reads a JMeter CSV results file (`.jtl`, `jmeter.save.saveservice.output_format=csv`) in constant memory.
 * Its columns depend on `jmeter.save.saveservice.*`, so they are found by name in the header line
 * (`print_field_names=true`). The data lines go through a WebAssembly pass (jtl-csv-pass.ts) that counts the
 * samples straight into per-second batches; a line it leaves (a doubled quote, a quoted newline that continues
 * on the next line, a wrong field count, a number out of its range, a line cut by the chunk) is read here, from
 * bytes when it has no quote JavaScript cannot read in place, else by a full CSV field parser.
 */

const QUOTE = 0x22;
const CR = 0x0d;
const NEWLINE = 0x0a;

const REQUIRED = ['timeStamp', 'elapsed', 'label', 'success'] as const;
const DELIMITERS = [',', '\t', ';', '|'];

/** The delimiter and columns of a JTL header line, or undefined when the line is not one. */
export function jtlHeader(line: string): { delimiter: string; names: string[] } | undefined {
  for (const delimiter of DELIMITERS) {
    const names = line.split(delimiter).map((n) => n.trim());
    if (names.includes('timeStamp') && names.includes('elapsed')) return { delimiter, names };
  }
  return undefined;
}

export async function readJtlCsv(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  const samples = new JtlSamples(path, opts);
  const reader = new CsvLines(path, samples, new CsvPass(samples));
  const splitter = new LineSplitter(reader.handleLine, reader.lineRun);
  await pumpFile(
    path,
    (chunk) => {
      reader.load(chunk);
      splitter.push(chunk);
    },
    {
      chunkSize: opts.chunkSize,
      buffers: reader.pass.buffers,
      onTruncatedGzip: () =>
        samples.cutShort(
          `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`,
        ),
    },
  );
  const last = splitter.unterminatedLine();
  if (last !== undefined) reader.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
  reader.finish();
  // an empty file, too, has no header line
  if (reader.columns === undefined) {
    throw new RunFileError(
      path,
      undefined,
      'empty file: expected a JMeter CSV results file with a header line',
    );
  }
  return samples.finish();
}

class CsvLines {
  columns: Columns | undefined;
  private delimiter = 0x2c;
  // Stryker disable next-line StringLiteral: header() sets it before the first data line, no line is read with this one
  private delimiterText = ',';
  /** a quoted field that runs over a line end: the lines so far, joined by \n */
  private open: { text: string; lineNo: number } | undefined;
  /** field starts and ends of the current fast-path line (reused) */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private fieldCount = 0;
  /** a DataView of the buffer the last line came in (a chunk, or the splitter's carry) */
  private viewOf: Buffer | undefined;
  private view: DataView = new DataView(new ArrayBuffer(0));
  /**
   * The first ten digits (the epoch second) of the last 13-digit timeStamp, as read from the bytes, and that
   * second: thousands of samples share a second, so most timeStamps need only their last three digits read.
   */
  private stampWords = [0, 0, 0];
  private stampSecond = 0;
  /** the epoch second and millisecond in it of the line `timeStamp` read last */
  private second = 0;
  private msInSecond = 0;

  constructor(
    private readonly path: string,
    private readonly samples: JtlSamples,
    /** the WebAssembly pass over the data lines (configured by the header line, which names the columns) */
    readonly pass: CsvPass,
  ) {}

  handleLine = (buf: Buffer, start: number, end: number, lineNo: number): void => {
    // (an empty line has no CR to drop: the byte before it is the \n before it, or none)
    if (buf[end - 1] === CR) end--;
    if (this.open !== undefined) {
      this.open.text += `\n${buf.toString('utf8', start, end)}`;
      this.slowLine(this.open.text, this.open.lineNo);
      return;
    }
    if (this.columns === undefined) {
      this.header(buf.toString('utf8', start, end), lineNo);
      return;
    }
    if (end === start) return;
    if (this.scanFields(buf, start, end) === -1) this.slowLine(buf.toString('utf8', start, end), lineNo);
    else this.record(buf, start, end, lineNo);
  };

  /** Hands `chunk` to the WebAssembly pass (before the splitter hands its lines to `lineRun`). */
  load(chunk: Buffer): void {
    this.pass.load(chunk);
  }

  /**
   * The `LineRun` of the splitter: the WebAssembly pass reads the data lines of `chunk` from `pos` on; a line
   * it leaves is read here (or, when it needs more care, left to `handleLine`: a quote JavaScript cannot read
   * in place, inside a multi-line record); a line the chunk cuts is left to the splitter's carry.
   */
  readonly lineRun = (chunk: Buffer, pos: number, splitter: LineSplitter): number => {
    if (this.columns === undefined) return pos;
    const pass = this.pass;
    const length = chunk.length;
    while (pos < length && this.open === undefined) {
      const status = pass.run(pos);
      splitter.lineNo += pass.lines;
      pos = pass.stoppedAt;
      // Stryker disable next-line ConditionalExpression: going on (`false`), the cut line is scanned to the chunk end and left all the same
      if (status === PASS_CUT) return pos;
      if (status === PASS_NEW_SERIES && this.newSeries(chunk, pass)) continue;
      const nl = this.scanFields(chunk, pos, length);
      // Stryker disable next-line ConditionalExpression: leaving every line (`true`) hands it to handleLine, which reads it with the same scanFields and record
      if (nl === -1 || nl === length) return pos;
      let end = nl;
      if (chunk[end - 1] === CR) {
        end--;
        if (this.ends[this.fieldCount - 1] === nl) this.ends[this.fieldCount - 1] = end;
      }
      const lineNo = ++splitter.lineNo;
      this.record(chunk, pos, end, lineNo); // (never an empty line: the pass reads those itself)
      pos = nl + 1;
    }
    return pos;
  };

  /** Gives the pass the series of the line it stopped at; false when it has no room for another one. */
  private newSeries(chunk: Buffer, pass: CsvPass): boolean {
    const s = pass.newSeries();
    const view = this.viewFor(chunk);
    return pass.add(this.samples.seriesOf(view, chunk, s.labelStart, s.labelEnd, s.threadStart, s.threadEnd));
  }

  /**
   * Finds the fields of the line starting at `start` (into `starts`/`ends`, `fieldCount` of them), up to its
   * `\n` or `limit`, whichever comes first, and returns where it stopped; -1 when the line needs the full CSV
   * parser (an escaped quote, a quoted field that runs on past the line, text after a closing quote). A quoted
   * field is read in place: its span is inside the quotes. Fields past the room of `starts`/`ends` (more than
   * the header names) are counted but not kept (typed-array writes there do nothing): `record` refuses the line.
   */
  private scanFields(buf: Buffer, start: number, limit: number): number {
    const starts = this.starts;
    const ends = this.ends;
    const delimiter = this.delimiter;
    let n = 0;
    let p = start;
    starts[0] = p;
    for (;;) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: reading the byte at `limit` too (`true`, `<=`) can only send the line to the full parser, which reads it the same
      if (p < limit && buf[p] === QUOTE) {
        let q = p + 1;
        // Stryker disable next-line EqualityOperator: reading the byte at `limit` too (`<=`) ends in the same -1, q >= limit
        while (q < limit && buf[q] !== QUOTE && buf[q] !== NEWLINE) q++;
        if (q >= limit || buf[q] === NEWLINE) return -1;
        starts[n] = p + 1;
        ends[n++] = q;
        p = q + 1;
        // Stryker disable next-line ConditionalExpression: not stopping at the \n (`false`) returns -1, and handleLine reads the line in place (its limit is the line end)
        if (p === limit || buf[p] === NEWLINE) break;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: not stopping at the \r\n (`false`, `!==`, `p - 1`, `{}`) returns -1, and handleLine reads the line in place (its limit is before the \r)
        if (buf[p] === CR && buf[p + 1] === NEWLINE) {
          p++;
          break;
        }
        if (buf[p] !== delimiter) return -1;
        starts[n] = ++p;
        continue;
      }
      while (p < limit) {
        const b = buf[p]!;
        if (b === delimiter || b === NEWLINE) break;
        p++;
      }
      ends[n++] = p;
      if (p === limit || buf[p] === NEWLINE) break;
      starts[n] = ++p;
    }
    this.fieldCount = n;
    return p;
  }

  /** One data line whose `fieldCount` fields `scanFields` found. */
  private record(buf: Buffer, start: number, end: number, lineNo: number): void {
    const columns = this.columns!;
    const starts = this.starts;
    const ends = this.ends;
    if (this.fieldCount !== columns.count) {
      throw this.error(
        lineNo,
        `expected ${columns.count} fields as in the header, got ${this.fieldCount}: ${snippet(buf.toString('utf8', start, end))}`,
      );
    }
    const view = this.viewFor(buf);
    const stamped = this.timeStamp(view, buf, starts[columns.timeStamp]!, ends[columns.timeStamp]!);
    const elapsed = digits(buf, starts[columns.elapsed]!, ends[columns.elapsed]!);
    if (!stamped || elapsed < 0) {
      // not whole numbers: the careful path explains what is wrong
      this.slowLine(buf.toString('utf8', start, end), lineNo);
      return;
    }
    const m = columns.responseMessage;
    // Stryker disable next-line ConditionalExpression: equivalent, with m -1 starts[m] and ends[m] are undefined and matchBytes of that span is false
    if (m >= 0 && isTransactionMessage(buf, starts[m]!, ends[m]!)) {
      this.samples.transactionSample();
      return;
    }
    const label = columns.label;
    const t = columns.threadName;
    const a = columns.allThreads;
    const samples = this.samples;
    samples.record(
      samples.seriesOf(
        view,
        buf,
        starts[label]!,
        ends[label]!,
        t < 0 ? end : starts[t]!,
        t < 0 ? end : ends[t]!,
      ),
      buf[starts[columns.success]!] === 0x74, // 't'rue
      this.second,
      this.msInSecond,
      elapsed,
      a < 0 ? -1 : digits(buf, starts[a]!, ends[a]!),
    );
  }

  /** A DataView of `buf`, made once per chunk. */
  private viewFor(buf: Buffer): DataView {
    // Stryker disable next-line ConditionalExpression: equivalent, a new DataView of the same bytes reads the same
    if (buf !== this.viewOf) {
      this.viewOf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    }
    return this.view;
  }

  /**
   * Reads the timeStamp in `buf[start, end)` into `second` and `msInSecond`, its epoch second reused from the
   * last one's when its first ten digits are the same bytes; false when it is not a whole number.
   */
  private timeStamp(view: DataView, buf: Buffer, start: number, end: number): boolean {
    // Stryker disable next-line ConditionalExpression: equivalent when always true, digits() reads a 13-digit timeStamp alike (only without the cached second)
    if (end - start !== 13) {
      const ts = digits(buf, start, end);
      this.second = Math.floor(ts / 1000);
      this.msInSecond = ts - this.second * 1000;
      return ts >= 0;
    }
    // Stryker disable BooleanLiteral: equivalent, the words are only compared with words read the same way (byte order is a bijection)
    const w0 = view.getInt32(start, true);
    const w1 = view.getInt32(start + 4, true);
    const w2 = view.getUint16(start + 8, true);
    // Stryker restore BooleanLiteral
    const words = this.stampWords;
    // Stryker disable next-line ConditionalExpression: equivalent when always true, reading the second again gives the cached one
    if (w0 !== words[0] || w1 !== words[1] || w2 !== words[2]) {
      const second = digits(buf, start, end - 3);
      if (second < 0) return false;
      words[0] = w0;
      words[1] = w1;
      words[2] = w2;
      this.stampSecond = second;
    }
    const ms = digits(buf, end - 3, end);
    this.second = this.stampSecond;
    this.msInSecond = ms;
    return ms >= 0;
  }

  handleFinalLine(buf: Buffer, start: number, end: number, lineNo: number): void {
    try {
      this.handleLine(buf, start, end, lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      this.samples.cutShort(
        `${this.path}:${lineNo}: the last line is incomplete (JMeter was probably stopped while writing it); ignored it`,
        'truncated last line',
      );
    }
  }

  finish(): void {
    this.pass.finish();
    if (this.open !== undefined) {
      this.samples.cutShort(
        `${this.path}:${this.open.lineNo}: a quoted field is never closed; ignored that record`,
        'truncated last line',
      );
      this.open = undefined;
    }
  }

  private header(text: string, lineNo: number): void {
    const header = jtlHeader(text);
    if (header === undefined) {
      throw this.error(
        lineNo,
        `not a JMeter CSV results file: the first line is not a header with timeStamp and elapsed (run JMeter with ` +
          `-Jjmeter.save.saveservice.print_field_names=true), got: ${snippet(text)}`,
      );
    }
    const { names, delimiter } = header;
    const missing = REQUIRED.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      throw this.error(
        lineNo,
        `the header has no ${missing.join(', ')} column (needed to read samples): ${snippet(text)}`,
      );
    }
    this.delimiterText = delimiter;
    this.delimiter = delimiter.charCodeAt(0);
    this.columns = {
      timeStamp: names.indexOf('timeStamp'),
      elapsed: names.indexOf('elapsed'),
      label: names.indexOf('label'),
      success: names.indexOf('success'),
      threadName: names.indexOf('threadName'),
      responseMessage: names.indexOf('responseMessage'),
      allThreads: names.indexOf('allThreads'),
      count: names.length,
    };
    this.pass.configure(this.delimiter, this.columns);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent to growing on >= or always (to exactly the header's count): a line with more fields then goes to the CSV parser, which rejects it with the same message
    if (names.length > this.ends.length) {
      this.starts = new Int32Array(names.length);
      this.ends = new Int32Array(names.length);
    }
  }

  /** A line with quotes, parsed field by field; a quote left open continues on the next line. */
  private slowLine(text: string, lineNo: number): void {
    const fields = parseCsvRecord(text, this.delimiterText);
    if (fields === undefined) {
      this.open = { text, lineNo };
      return;
    }
    this.open = undefined;
    const c = this.columns!;
    if (fields.length !== c.count) {
      throw this.error(
        lineNo,
        `expected ${c.count} fields as in the header, got ${fields.length}: ${snippet(text)}`,
      );
    }
    const ts = Number(fields[c.timeStamp]);
    if (!/^\d+$/.test(fields[c.timeStamp]!)) {
      throw this.error(
        lineNo,
        `timeStamp '${snippet(fields[c.timeStamp]!, 40)}' is not epoch milliseconds ` +
          '(run JMeter with -Jjmeter.save.saveservice.timestamp_format=ms)',
      );
    }
    if (!/^\d+$/.test(fields[c.elapsed]!)) {
      throw this.error(
        lineNo,
        `elapsed '${snippet(fields[c.elapsed]!, 40)}' is not a whole number of milliseconds`,
      );
    }
    if (c.responseMessage >= 0 && isTransactionText(fields[c.responseMessage]!)) {
      this.samples.transactionSample();
      return;
    }
    const all = Number(fields[c.allThreads]); // NaN, so -1 below, when the column is absent (index -1)
    this.samples.sampleOf(
      fields[c.label]!,
      c.threadName < 0 ? '' : fields[c.threadName]!,
      fields[c.success] === 'true',
      ts,
      Number(fields[c.elapsed]),
      Number.isInteger(all) ? all : -1,
    );
  }

  private error(lineNo: number, message: string): RunFileError {
    return new RunFileError(this.path, lineNo, message);
  }
}
