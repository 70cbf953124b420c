import { AMPERSAND, APOSTROPHE, BANG, EQUALS, GT, LT, QUESTION, QUOTE, SLASH } from './ascii.ts';
import { matchBytes } from './byte-json.ts';
import { RunFileError, snippet } from './errors.ts';
import { pumpFile } from './file-pump.ts';
import { digits, isTransactionMessage, isTransactionText, JtlSamples } from './jtl-samples.ts';
import type { ReadOptions, RunResult } from './types.ts';

/**
 * Reads a JMeter XML results file (`.jtl`, `jmeter.save.saveservice.output_format=xml`) in constant memory:
 * `<testResults>` holding one `<httpSample>` or `<sample>` per sample. A sample nested in another is a
 * sub-result (a redirect, an embedded resource) and is part of its parent's time, so it is not counted again;
 * a Transaction Controller's parent sample ("Generate parent sample") is not counted, its children are.
 * It reads the bytes as they come (tags found with the native `indexOf`, attributes read in place), and makes
 * strings only for values with entities (`&amp;`) and for error messages.
 */
export async function readJtlXml(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  const samples = new JtlSamples(path, opts);
  const parser = new XmlSamples(path, samples);
  await pumpFile(path, (chunk) => parser.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () =>
      samples.cutShort(
        `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`,
      ),
  });
  parser.finish();
  return samples.finish();
}

const ROOT = Buffer.from('testResults');
const HTTP_SAMPLE = Buffer.from('httpSample');
const SAMPLE = Buffer.from('sample');
const TRUE = Buffer.from('true');
const COMMENT = Buffer.from('<!--');
const CDATA = Buffer.from('<![CDATA[');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** the attributes of a sample perf-gate reads (JMeter writes a dozen), by index into `Attributes` */
const READ_ATTRIBUTES = ['t', 'ts', 's', 'lb', 'rm', 'tn', 'na'] as const;
const [T, TS, S, LB, RM, TN, NA] = [0, 1, 2, 3, 4, 5, 6];

/** Where each read attribute's value is in the buffer (start -1: absent), and whether it holds an entity. */
class Attributes {
  readonly starts = new Int32Array(READ_ATTRIBUTES.length);
  readonly ends = new Int32Array(READ_ATTRIBUTES.length);
  readonly entities = new Uint8Array(READ_ATTRIBUTES.length);

  has(i: number): boolean {
    // Stryker disable next-line EqualityOperator: equivalent for `> 0`, a value starts after `<name a="`, never at 0
    return this.starts[i]! >= 0;
  }

  /** the value, entities decoded ('' when absent) */
  text(buf: Buffer, i: number): string {
    if (!this.has(i)) return '';
    return decodeEntities(buf.toString('utf8', this.starts[i]!, this.ends[i]!));
  }

  /** the value as a whole number, or -1 when it is not one (or absent) */
  wholeNumber(buf: Buffer, i: number): number {
    if (!this.has(i)) return -1;
    const n = digits(buf, this.starts[i]!, this.ends[i]!);
    // not plain digits (an entity, more than 15 digits with leading zeros): left to the decoding path
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `false` and `n > 0`, the decoding path reads the same numbers, only making a string (`true` and `n < 0` are tested)
    if (n >= 0) return n;
    const text = this.text(buf, i);
    return /^\d+$/.test(text) ? Number(text) : -1;
  }
}

interface Frame {
  /** a Transaction Controller parent: its children are the samples that count */
  transaction: boolean;
}

class XmlSamples {
  /** the bytes after the last complete tag (copied: the pump reuses its chunks) */
  private carry: Buffer = Buffer.alloc(0);
  private rootSeen = false;
  private readonly stack: Frame[] = [];
  private readonly attrs = new Attributes();
  private view: DataView = new DataView(new ArrayBuffer(0));

  constructor(
    private readonly path: string,
    private readonly samples: JtlSamples,
  ) {}

  push(chunk: Buffer): void {
    let from = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no carry the join below is a copy of the chunk's start, read, and the chunk's own read goes on from there
    if (this.carry.length > 0) {
      // the markup the last chunk cut (the carry starts with it, so nothing in it was read yet): read in a
      // join of the carry and as much of this chunk as it needs
      const carried = this.carry.length;
      // Stryker disable next-line MethodExpression: equivalent for `max`, whatever the first size the join grows to the whole chunk if it must
      let take = Math.min(chunk.length, 4096);
      for (; ; take = Math.min(chunk.length, take * 4)) {
        const joined = Buffer.concat([this.carry, chunk.subarray(0, take)]);
        const pos = this.read(joined, 0);
        // Stryker disable next-line EqualityOperator: equivalent for `>`, `pos` is never `carried`: the carry is the start of unfinished markup, so the read stops at 0 or past the carry
        if (pos >= carried) {
          from = pos - carried;
          break;
        }
        if (take === chunk.length) {
          this.carry = Buffer.from(joined.subarray(pos));
          return;
        }
      }
    }
    this.carry = Buffer.from(chunk.subarray(this.read(chunk, from)));
  }

  /** Reads the complete markup of `buf` from `pos` on; returns where the incomplete rest starts. */
  private read(buf: Buffer, pos: number): number {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    for (;;) {
      const lt = buf.indexOf(LT, pos);
      if (lt === -1) return buf.length;
      const end = tagEnd(buf, lt);
      if (end === -1) return lt;
      this.tag(buf, lt, end);
      pos = end;
    }
  }

  finish(): void {
    const rest = this.carry.toString('utf8');
    if (!this.rootSeen) {
      throw new RunFileError(
        this.path,
        undefined,
        `not a JMeter XML results file: no <testResults> element${rest === '' ? '' : `, got: ${snippet(rest)}`}`,
      );
    }
    // the carry is empty or unfinished markup (it starts at a `<`)
    if (rest !== '' || this.stack.length > 0) {
      this.samples.cutShort(
        `${this.path}: the file ends inside a sample (JMeter was probably stopped while writing); ignored it`,
        'truncated last sample',
      );
    }
  }

  /** The markup `buf[lt, end)`. */
  private tag(buf: Buffer, lt: number, end: number): void {
    const first = buf[lt + 1];
    if (first === BANG || first === QUESTION) return;
    const closing = first === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    const nameEnd = elementNameEnd(buf, nameStart, end);
    if (!this.rootSeen) {
      if (!sameBytes(buf, nameStart, nameEnd, ROOT)) {
        throw new RunFileError(
          this.path,
          undefined,
          `not a JMeter XML results file: expected <testResults>, got: ${snippet(buf.toString('utf8', lt, end))}`,
        );
      }
      this.rootSeen = true;
      return;
    }
    if (!sameBytes(buf, nameStart, nameEnd, HTTP_SAMPLE) && !sameBytes(buf, nameStart, nameEnd, SAMPLE))
      return;
    if (closing) {
      this.stack.pop();
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const attrs = this.attrs;
    readAttributes(buf, nameEnd, end, attrs);
    const counts = parent === undefined || parent.transaction;
    const transaction = counts && this.isTransaction(buf);
    if (transaction) this.samples.transactionSample();
    else if (!counts) this.samples.subResult();
    else this.sample(buf, lt, end);
    if (buf[end - 2] !== SLASH) this.stack.push({ transaction });
  }

  private isTransaction(buf: Buffer): boolean {
    const attrs = this.attrs;
    // Stryker disable next-line ConditionalExpression: equivalent for `false`, the decoded message starts alike, only made a string (`true` is tested)
    if (attrs.entities[RM] === 0)
      return attrs.has(RM) && isTransactionMessage(buf, attrs.starts[RM]!, attrs.ends[RM]!);
    return isTransactionText(attrs.text(buf, RM));
  }

  private sample(buf: Buffer, lt: number, end: number): void {
    const attrs = this.attrs;
    const ts = attrs.wholeNumber(buf, TS);
    const t = attrs.wholeNumber(buf, T);
    if (ts < 0 || t < 0) {
      throw new RunFileError(
        this.path,
        undefined,
        `a sample without whole-number ts (start, epoch ms) and t (elapsed ms) attributes: ${snippet(buf.toString('utf8', lt, end))}`,
      );
    }
    const ok =
      // Stryker disable next-line ConditionalExpression: equivalent for `false`, the decoded value is the same, only made a string (`true` is tested)
      attrs.entities[S] === 0
        ? attrs.has(S) && sameBytes(buf, attrs.starts[S]!, attrs.ends[S]!, TRUE)
        : attrs.text(buf, S) === 'true';
    const all = allThreads(buf, attrs);
    // Stryker disable next-line ConditionalExpression: equivalent for `true`, the decoded strings name the same series, only made strings (`false` is tested)
    if (attrs.entities[LB] !== 0 || attrs.entities[TN] !== 0) {
      this.samples.sampleOf(attrs.text(buf, LB), attrs.text(buf, TN), ok, ts, t, all);
      return;
    }
    const second = Math.floor(ts / 1000);
    const lb = attrs.has(LB);
    const tn = attrs.has(TN);
    const series = this.samples.seriesOf(
      this.view,
      buf,
      lb ? attrs.starts[LB]! : lt,
      lb ? attrs.ends[LB]! : lt,
      tn ? attrs.starts[TN]! : lt,
      tn ? attrs.ends[TN]! : lt,
    );
    this.samples.record(series, ok, second, ts - second * 1000, t, all);
  }
}

/** `na` (all threads) as JMeter's summariser reads it: -1 when absent or not a whole number */
function allThreads(buf: Buffer, attrs: Attributes): number {
  if (!attrs.has(NA)) return -1;
  // the common case read in place, without a string (a value with an entity is not digits: '&')
  const n = digits(buf, attrs.starts[NA]!, attrs.ends[NA]!);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `false` and `n > 0`, Number() below reads the same digits to the same value (`true` and `n < 0` are tested)
  if (n >= 0) return n;
  const all = Number(attrs.text(buf, NA));
  return Number.isInteger(all) ? all : -1;
}

/** The index after the markup starting at `lt`, or -1 when it is not complete yet. */
function tagEnd(buf: Buffer, lt: number): number {
  const next = buf[lt + 1];
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent for `false` and `{}`, the general way below ends an element at its '>' too (this is the fast way; `true` is tested)
  if (next !== BANG && next !== QUESTION) {
    // an element (neither <! nor <?): the common case
    const gt = buf.indexOf(GT, lt);
    return gt === -1 ? -1 : gt + 1;
  }
  const close = (marker: string) => {
    const i = buf.indexOf(marker, lt);
    return i === -1 ? -1 : i + marker.length;
  };
  if (matchBytes(buf, lt, buf.length, COMMENT)) return close('-->');
  if (matchBytes(buf, lt, buf.length, CDATA)) return close(']]>');
  if (next === QUESTION) return close('?>');
  return close('>');
}

/** Whether `buf[start, end)` is exactly `bytes`. */
function sameBytes(buf: Buffer, start: number, end: number, bytes: Buffer): boolean {
  return end - start === bytes.length && matchBytes(buf, start, end, bytes);
}

/**
 * The end of the element name ([\w.-]*) starting at `start`. Whether a name may start with a digit or '.' does
 * not matter: it is only compared with names that start with a letter.
 */
function elementNameEnd(buf: Buffer, start: number, limit: number): number {
  let end = start;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `end < limit`, the markup ends in '>', which ends the name first (`true` for the ':' test is tested)
  while (end < limit && isNameChar(buf[end]!) && buf[end] !== 0x3a) end++;
  return end;
}

/**
 * The read attributes of the markup `buf[from, end)` into `attrs`: `name="value"` or `name='value'` with
 * optional blanks around `=`, a later one of the same name winning. The markup ends in '>' (neither a name
 * character nor a blank), which stops each scan for a name or blanks before `end`.
 */
function readAttributes(buf: Buffer, from: number, end: number, attrs: Attributes): void {
  attrs.starts.fill(-1);
  attrs.entities.fill(0);
  let p = from;
  // Stryker disable next-line EqualityOperator: equivalent for `p <= end`, a value that starts at `end` closes past the markup and is not read
  while (p < end) {
    if (!isNameChar(buf[p]!)) {
      p++;
      continue;
    }
    const nameStart = p;
    while (isNameChar(buf[p]!)) p++;
    const nameEnd = p;
    while (isBlank(buf[p]!)) p++;
    if (buf[p] !== EQUALS) continue;
    p++;
    while (isBlank(buf[p]!)) p++;
    const quote = buf[p];
    if (quote !== QUOTE && quote !== APOSTROPHE) continue;
    const close = buf.indexOf(quote, p + 1);
    if (close === -1 || close >= end) break;
    const i = attributeIndex(buf, nameStart, nameEnd);
    // Stryker disable next-line ConditionalExpression: equivalent for `true`, a typed array ignores writes at index -1
    if (i >= 0) {
      attrs.starts[i] = p + 1;
      attrs.ends[i] = close;
      attrs.entities[i] = 0;
      // Stryker disable next-line ArithmeticOperator,EqualityOperator,ConditionalExpression: equivalent, the quotes around the value are not '&', a value without '&' decodes to itself, and one of only '&'s too
      for (let q = p + 1; q < close; q++) if (buf[q] === AMPERSAND) attrs.entities[i] = 1;
    }
    // Stryker disable next-line ArithmeticOperator: equivalent for `close - 1`, the last byte of the value and the quote are passed over again as no name
    p = close + 1;
  }
}

/** The index in READ_ATTRIBUTES of the name `buf[start, end)`, or -1. */
function attributeIndex(buf: Buffer, start: number, end: number): number {
  const a = buf[start];
  if (end - start === 1) return a === 0x74 ? T : a === 0x73 ? S : -1; // t, s
  if (end - start !== 2) return -1;
  const b = buf[start + 1];
  if (a === 0x74) return b === 0x73 ? TS : b === 0x6e ? TN : -1; // ts, tn
  if (a === 0x6c) return b === 0x62 ? LB : -1; // lb
  if (a === 0x72) return b === 0x6d ? RM : -1; // rm
  if (a === 0x6e) return b === 0x61 ? NA : -1; // na
  return -1;
}

/** [\w.:-] */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x3a ||
    c === 0x2d
  );
}

/** \s as XML writes it between attributes */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}
