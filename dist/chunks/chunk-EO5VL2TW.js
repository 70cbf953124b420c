import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  SpanTable,
  matchBytes
} from "./chunk-SBRCJU24.js";
import {
  parseCsvRecord
} from "./chunk-DM32MEN3.js";
import {
  LineSplitter,
  pumpFile
} from "./chunk-US2XLS4X.js";
import {
  nameSeriesByTarget
} from "./chunk-EYCGM7DC.js";
import {
  givenLoadModel
} from "./chunk-RHZWF6LV.js";
import {
  trimWarmup
} from "./chunk-XP4NSV5E.js";
import {
  RunAccumulator
} from "./chunk-ZBJ7H7IA.js";
import {
  RunFileError,
  snippet
} from "./chunk-KXACUDTB.js";

// src/results/jtl-samples.ts
var TRANSACTION_TEXT = "Number of samples in transaction";
var TRANSACTION = Buffer.from(TRANSACTION_TEXT);
function isTransactionMessage(buf, start, end) {
  return matchBytes(buf, start, end, TRANSACTION);
}
function isTransactionText(message) {
  return message.startsWith(TRANSACTION_TEXT);
}
function threadGroupEnd(buf, start, end) {
  let p = end;
  while (p > start && isDigit(buf[p - 1])) p--;
  if (p === end || p === start || buf[p - 1] !== 45) return end;
  const dash = --p;
  while (p > start && isDigit(buf[p - 1])) p--;
  if (p === dash || p === start || buf[p - 1] !== 32) return end;
  return p - 1;
}
var isDigit = (b) => b >= 48 && b <= 57;
function digits(buf, start, end) {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
var DECODED_LIMIT = 1e4;
var JtlSamples = class {
  constructor(path, opts) {
    this.path = path;
    this.opts = opts;
    this.acc = new RunAccumulator(opts.maxSeries);
  }
  path;
  opts;
  acc;
  /** label and thread group bytes → [ok, failed] tag sets: looked up from bytes, so a sample makes no string */
  series = new SpanTable();
  /** label + NUL + thread name → tag sets, for samples whose strings are decoded already (XML) */
  decoded = /* @__PURE__ */ new Map();
  transactions = 0;
  count = 0;
  /** the file ends mid-record or mid-gzip (JMeter stopped while writing): a partial run */
  cut = false;
  /**
   * The [ok, failed] tag sets of the series of a sample whose label is `buf[labelStart, labelEnd)` and thread
   * name `buf[threadStart, threadEnd)` (UTF-8 bytes; `view` a DataView of `buf`): the same pair every time, so
   * a sample makes no string and no array once its series is known.
   */
  seriesOf(view, buf, labelStart, labelEnd, threadStart, threadEnd) {
    const groupEnd = threadGroupEnd(buf, threadStart, threadEnd);
    let sets = this.series.getPair(view, buf, labelStart, labelEnd, threadStart, groupEnd);
    if (sets === void 0) {
      const tags = {
        scenario: buf.toString("utf8", threadStart, groupEnd),
        method: "",
        name: buf.toString("utf8", labelStart, labelEnd)
      };
      sets = [
        this.acc.tagSet({ ...tags, expectedResponse: "true" }),
        this.acc.tagSet({ ...tags, expectedResponse: "false" })
      ];
      this.series.setPair(view, buf, labelStart, labelEnd, threadStart, groupEnd, sets);
    }
    return sets;
  }
  /**
   * One sample of the series `sets` (from `seriesOf`) at `msInSecond` into epoch second `second` (both small
   * integers, which V8 passes without boxing, where an epoch millisecond would be a heap number per sample);
   * `allThreads` -1 when absent.
   */
  record(sets, ok, second, msInSecond, elapsed, allThreads) {
    this.acc.request(ok ? sets[0] : sets[1], second, msInSecond, elapsed);
    if (allThreads >= 0) {
      const totals = this.acc.totalsAt(second);
      if (allThreads > totals.maxVUs) totals.maxVUs = allThreads;
    }
    this.count++;
  }
  /** `record` of a sample whose label and thread name are decoded already (quoted CSV fields, XML attributes). */
  sampleOf(label, threadName, ok, timeStamp, elapsed, allThreads) {
    const second = Math.floor(timeStamp / 1e3);
    const sets = this.namedSeries(label, threadName);
    this.record(sets, ok, second, timeStamp - second * 1e3, elapsed, allThreads);
  }
  /** `seriesOf` for a label and thread name given as strings, remembered by the strings */
  namedSeries(label, threadName) {
    const key = `${label}\0${threadName}`;
    let sets = this.decoded.get(key);
    if (sets === void 0) {
      const buf = Buffer.from(label + threadName);
      const split = Buffer.byteLength(label);
      sets = this.seriesOf(
        new DataView(buf.buffer, buf.byteOffset, buf.length),
        buf,
        0,
        split,
        split,
        buf.length
      );
      if (this.decoded.size >= DECODED_LIMIT) this.decoded.clear();
      this.decoded.set(key, sets);
    }
    return sets;
  }
  transactionSample() {
    this.transactions++;
  }
  /** a sample nested inside another one (a redirect, an embedded resource): part of its parent's time */
  subResult() {
    this.acc.skip("sub-result sample");
  }
  /** The file is cut short: what was read is kept, the run is marked partial (never a baseline). */
  cutShort(message, skipped) {
    this.acc.warn(message);
    if (skipped !== void 0) this.acc.skip(skipped);
    this.cut = true;
  }
  finish() {
    if (this.transactions > 0) {
      this.acc.skip("Transaction Controller sample", this.transactions);
      this.acc.warn(
        `${this.path}: left out ${this.transactions} Transaction Controller samples (their requests are counted one by one, as JMeter's summariser does)`
      );
    }
    if (this.count === 0) {
      throw new RunFileError(this.path, void 0, "no samples were recorded: is the target reachable?");
    }
    const run = nameSeriesByTarget(
      this.acc.finish({
        engine: "jmeter",
        sources: [this.path],
        ...givenLoadModel(this.opts),
        targetRate: this.opts.targetRate
      }),
      this.opts.targetUrl
    );
    if (this.cut) run.cutFiles = [this.path];
    return this.opts.warmupSeconds ? trimWarmup(run, this.opts.warmupSeconds) : run;
  }
};

// src/results/jtl-csv.ts
var QUOTE = 34;
var CR = 13;
var NEWLINE = 10;
var REQUIRED = ["timeStamp", "elapsed", "label", "success"];
var DELIMITERS = [",", "	", ";", "|"];
function jtlHeader(line) {
  for (const delimiter of DELIMITERS) {
    const names = line.split(delimiter).map((n) => n.trim());
    if (names.includes("timeStamp") && names.includes("elapsed")) return { delimiter, names };
  }
  return void 0;
}
async function readJtlCsv(path, opts = {}) {
  const samples = new JtlSamples(path, opts);
  const reader = new CsvLines(path, samples);
  const splitter = new LineSplitter(reader.handleLine, reader.lineRun);
  const bytes = await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => samples.cutShort(
      `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`
    )
  });
  const last = splitter.unterminatedLine();
  if (last !== void 0) reader.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
  reader.finish();
  if (bytes === 0 || reader.columns === void 0) {
    throw new RunFileError(
      path,
      void 0,
      "empty file: expected a JMeter CSV results file with a header line"
    );
  }
  return samples.finish();
}
var CsvLines = class {
  constructor(path, samples) {
    this.path = path;
    this.samples = samples;
  }
  path;
  samples;
  columns;
  delimiter = 44;
  delimiterText = ",";
  /** a quoted field that runs over a line end: the lines so far, joined by \n */
  open;
  /** field starts and ends of the current fast-path line (reused) */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  fieldCount = 0;
  /** a DataView of the buffer the last line came in (a chunk, or the splitter's carry) */
  viewOf;
  view = new DataView(new ArrayBuffer(0));
  /** the delimiter repeated in the four bytes of a word, for `fieldEnd` */
  delimiters = 741092396;
  /**
   * The first ten digits (the epoch second) of the last 13-digit timeStamp, as read from the bytes, and that
   * second: thousands of samples share a second, so most timeStamps need only their last three digits read.
   */
  stampWords = [0, 0, 0];
  stampSecond = 0;
  /** the epoch second and millisecond in it of the line `timeStamp` read last */
  second = 0;
  msInSecond = 0;
  handleLine = (buf, start, end, lineNo) => {
    if (end > start && buf[end - 1] === CR) end--;
    if (this.open !== void 0) {
      this.open.text += `
${buf.toString("utf8", start, end)}`;
      this.slowLine(this.open.text, this.open.lineNo);
      return;
    }
    if (this.columns === void 0) {
      this.header(buf.toString("utf8", start, end), lineNo);
      return;
    }
    if (end === start) return;
    if (this.scanFields(buf, start, end) === -1) this.slowLine(buf.toString("utf8", start, end), lineNo);
    else this.record(buf, start, end, lineNo);
  };
  /**
   * The `LineRun` of the splitter: reads the data lines of `chunk` from `pos` on in one pass over their bytes
   * (a JTL line is ~100 bytes, so a native `indexOf` per field or line would cost more than the line itself),
   * and stops at the first line that needs more care (before the header, inside a multi-line record, a quote
   * it cannot read in place) or that the chunk cuts, leaving it to `handleLine` or the splitter's carry.
   */
  lineRun = (chunk, pos, splitter) => {
    if (this.columns === void 0) return pos;
    const length = chunk.length;
    while (pos < length && this.open === void 0) {
      let nl = this.wordFields(chunk, pos, length);
      if (nl === -1) nl = this.scanFields(chunk, pos, length);
      if (nl === -1 || nl === length) return pos;
      let end = nl;
      if (end > pos && chunk[end - 1] === CR) {
        end--;
        if (this.ends[this.fieldCount - 1] === nl) this.ends[this.fieldCount - 1] = end;
      }
      const lineNo = ++splitter.lineNo;
      if (end > pos) this.record(chunk, pos, end, lineNo);
      pos = nl + 1;
    }
    return pos;
  };
  /**
   * `scanFields` four bytes at a time: returns the line's `\n`, `limit` when the bytes before `limit` end
   * first, or -1 when the line needs `scanFields` (a quote inside a field) or more (see there). A byte of
   * `w ^ pattern` is zero where the word `w` has the pattern's byte, and `(x - ONES) & ~x & HIGH_BITS` flags the
   * zero bytes of `x` (and perhaps, through the borrow, a byte above one: each flagged byte is looked at).
   */
  wordFields(buf, start, limit) {
    const view = this.viewFor(buf);
    const starts = this.starts;
    const ends = this.ends;
    const last = ends.length - 1;
    const delimiter = this.delimiter;
    const delimiters = this.delimiters;
    let n = 0;
    starts[0] = start;
    let p = start;
    words: while (p + 4 <= limit) {
      const w = view.getInt32(p, true);
      const d = w ^ delimiters;
      const l = w ^ NEWLINES;
      const q = w ^ QUOTES;
      let found = (d - ONES & ~d | l - ONES & ~l | q - ONES & ~q) & HIGH_BITS;
      while (found !== 0) {
        const at = p + (31 - Math.clz32(found & -found) >>> 3);
        found &= found - 1;
        const b = buf[at];
        if (b === delimiter) {
          if (n === last) return -1;
          ends[n++] = at;
          starts[n] = at + 1;
        } else if (b === NEWLINE) {
          ends[n] = at;
          this.fieldCount = n + 1;
          return at;
        } else if (b === QUOTE) {
          if (at !== starts[n]) return -1;
          let close = at + 1;
          while (close < limit && buf[close] !== QUOTE && buf[close] !== NEWLINE) close++;
          if (close + 1 >= limit) return limit;
          const next = buf[close + 1];
          if (buf[close] !== QUOTE || next !== delimiter && next !== NEWLINE && next !== CR) return -1;
          starts[n] = at + 1;
          ends[n] = close;
          if (next === delimiter) {
            if (n === last) return -1;
            starts[++n] = close + 2;
            p = close + 2;
            continue words;
          }
          const nl = next === NEWLINE ? close + 1 : close + 2;
          if (nl >= limit || buf[nl] !== NEWLINE) return -1;
          this.fieldCount = n + 1;
          return nl;
        }
      }
      p += 4;
    }
    return limit;
  }
  /**
   * Finds the fields of the line starting at `start` (into `starts`/`ends`, `fieldCount` of them), up to its
   * `\n` or `limit`, whichever comes first, and returns where it stopped; -1 when the line needs the full CSV
   * parser (an escaped quote, a quoted field that runs on past the line, text after a closing quote, more fields
   * than there is room for). A quoted field is read in place: its span is inside the quotes.
   */
  scanFields(buf, start, limit) {
    const starts = this.starts;
    const ends = this.ends;
    const room = ends.length;
    const delimiter = this.delimiter;
    let n = 0;
    let p = start;
    starts[0] = p;
    for (; ; ) {
      if (p < limit && buf[p] === QUOTE) {
        let q = p + 1;
        while (q < limit && buf[q] !== QUOTE && buf[q] !== NEWLINE) q++;
        if (q >= limit || buf[q] === NEWLINE) return -1;
        starts[n] = p + 1;
        ends[n++] = q;
        p = q + 1;
        if (p === limit || buf[p] === NEWLINE) break;
        if (buf[p] === CR && p + 1 < limit && buf[p + 1] === NEWLINE) {
          p++;
          break;
        }
        if (buf[p] !== delimiter || n === room) return -1;
        starts[n] = ++p;
        continue;
      }
      while (p < limit) {
        const b = buf[p];
        if (b === delimiter || b === NEWLINE) break;
        p++;
      }
      ends[n++] = p;
      if (p === limit || buf[p] === NEWLINE) break;
      if (n === room) return -1;
      starts[n] = ++p;
    }
    this.fieldCount = n;
    return p;
  }
  /** One data line whose `fieldCount` fields `scanFields` found. */
  record(buf, start, end, lineNo) {
    const columns = this.columns;
    const starts = this.starts;
    const ends = this.ends;
    if (this.fieldCount !== columns.count) {
      throw this.error(
        lineNo,
        `expected ${columns.count} fields as in the header, got ${this.fieldCount}: ${snippet(buf.toString("utf8", start, end))}`
      );
    }
    const view = this.viewFor(buf);
    const stamped = this.timeStamp(view, buf, starts[columns.timeStamp], ends[columns.timeStamp]);
    const elapsed = digits(buf, starts[columns.elapsed], ends[columns.elapsed]);
    if (!stamped || elapsed < 0) {
      this.slowLine(buf.toString("utf8", start, end), lineNo);
      return;
    }
    const m = columns.responseMessage;
    if (m >= 0 && isTransactionMessage(buf, starts[m], ends[m])) {
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
        starts[label],
        ends[label],
        t < 0 ? end : starts[t],
        t < 0 ? end : ends[t]
      ),
      buf[starts[columns.success]] === 116,
      // 't'rue
      this.second,
      this.msInSecond,
      elapsed,
      a < 0 ? -1 : digits(buf, starts[a], ends[a])
    );
  }
  /** A DataView of `buf`, made once per chunk. */
  viewFor(buf) {
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
  timeStamp(view, buf, start, end) {
    if (end - start !== 13) {
      const ts = digits(buf, start, end);
      this.second = Math.floor(ts / 1e3);
      this.msInSecond = ts - this.second * 1e3;
      return ts >= 0;
    }
    const w0 = view.getInt32(start, true);
    const w1 = view.getInt32(start + 4, true);
    const w2 = view.getUint16(start + 8, true);
    const words = this.stampWords;
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
  handleFinalLine(buf, start, end, lineNo) {
    try {
      this.handleLine(buf, start, end, lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      this.samples.cutShort(
        `${this.path}:${lineNo}: the last line is incomplete (JMeter was probably stopped while writing it); ignored it`,
        "truncated last line"
      );
    }
  }
  finish() {
    if (this.open !== void 0) {
      this.samples.cutShort(
        `${this.path}:${this.open.lineNo}: a quoted field is never closed; ignored that record`,
        "truncated last line"
      );
      this.open = void 0;
    }
  }
  header(text, lineNo) {
    const header = jtlHeader(text);
    if (header === void 0) {
      throw this.error(
        lineNo,
        `not a JMeter CSV results file: the first line is not a header with timeStamp and elapsed (run JMeter with -Jjmeter.save.saveservice.print_field_names=true), got: ${snippet(text)}`
      );
    }
    const { names, delimiter } = header;
    const missing = REQUIRED.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      throw this.error(
        lineNo,
        `the header has no ${missing.join(", ")} column (needed to read samples): ${snippet(text)}`
      );
    }
    this.delimiterText = delimiter;
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiters = Math.imul(this.delimiter, 16843009);
    this.columns = {
      timeStamp: names.indexOf("timeStamp"),
      elapsed: names.indexOf("elapsed"),
      label: names.indexOf("label"),
      success: names.indexOf("success"),
      threadName: names.indexOf("threadName"),
      responseMessage: names.indexOf("responseMessage"),
      allThreads: names.indexOf("allThreads"),
      count: names.length
    };
    if (names.length > this.ends.length) {
      this.starts = new Int32Array(names.length);
      this.ends = new Int32Array(names.length);
    }
  }
  /** A line with quotes, parsed field by field; a quote left open continues on the next line. */
  slowLine(text, lineNo) {
    const fields = parseCsvRecord(text, this.delimiterText);
    if (fields === void 0) {
      this.open = { text, lineNo };
      return;
    }
    this.open = void 0;
    const c = this.columns;
    if (fields.length !== c.count) {
      throw this.error(
        lineNo,
        `expected ${c.count} fields as in the header, got ${fields.length}: ${snippet(text)}`
      );
    }
    const ts = Number(fields[c.timeStamp]);
    if (!/^\d+$/.test(fields[c.timeStamp])) {
      throw this.error(
        lineNo,
        `timeStamp '${snippet(fields[c.timeStamp], 40)}' is not epoch milliseconds (run JMeter with -Jjmeter.save.saveservice.timestamp_format=ms)`
      );
    }
    if (!/^\d+$/.test(fields[c.elapsed])) {
      throw this.error(
        lineNo,
        `elapsed '${snippet(fields[c.elapsed], 40)}' is not a whole number of milliseconds`
      );
    }
    if (c.responseMessage >= 0 && isTransactionText(fields[c.responseMessage])) {
      this.samples.transactionSample();
      return;
    }
    const all = c.allThreads < 0 ? -1 : Number(fields[c.allThreads]);
    this.samples.sampleOf(
      fields[c.label],
      c.threadName < 0 ? "" : fields[c.threadName],
      fields[c.success] === "true",
      ts,
      Number(fields[c.elapsed]),
      Number.isInteger(all) ? all : -1
    );
  }
  error(lineNo, message) {
    return new RunFileError(this.path, lineNo, message);
  }
};
var ONES = 16843009;
var HIGH_BITS = 2155905152 | 0;
var NEWLINES = 168430090;
var QUOTES = 572662306;

export {
  isTransactionMessage,
  isTransactionText,
  digits,
  JtlSamples,
  jtlHeader,
  readJtlCsv
};
