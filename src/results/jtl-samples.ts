import { matchBytes } from './byte-json.ts';
import { SpanTable } from './byte-words.ts';
import { RunFileError } from './errors.ts';
import type { LatencyHistogram } from './histogram.ts';
import { givenLoadModel } from './load-model.ts';
import { nameSeriesByTarget } from './request-name.ts';
import { RunAccumulator, type TagSet } from './run-accumulator.ts';
import type { ReadOptions, RunResult } from './types.ts';
import { trimWarmup } from './warmup.ts';

/**
 * What the JMeter readers (CSV and XML) share: one sample at a time into per-second buckets, the series
 * `thread group › label`, errors from `success`, active threads from `allThreads`, and the Transaction
 * Controller samples that are left out so no request is counted twice.
 */

const TRANSACTION_TEXT = 'Number of samples in transaction';
const TRANSACTION = Buffer.from(TRANSACTION_TEXT);

/**
 * A Transaction Controller's own sample carries this response message. Its time is the sum of its children's;
 * the children are samples of their own (or, with "Generate parent sample", its sub-results), so it is skipped.
 */
export function isTransactionMessage(buf: Buffer, start: number, end: number): boolean {
  return matchBytes(buf, start, end, TRANSACTION);
}

/** `isTransactionMessage` of a decoded response message */
export function isTransactionText(message: string): boolean {
  return message.startsWith(TRANSACTION_TEXT);
}

/**
 * JMeter names threads `<thread group> <group number>-<thread number>`: the end of the thread group's name in
 * the thread name `buf[start, end)` (`end` when the name does not end in ` N-M`).
 */
function threadGroupEnd(buf: Uint8Array, start: number, end: number): number {
  const threadNumber = digitRunStart(buf, start, end);
  // at `start`, the byte before is outside the name: a '-' there leaves no group number (`dash` below)
  if (threadNumber === end || buf[threadNumber - 1] !== 0x2d) return end; // '-'
  const dash = threadNumber - 1;
  const groupNumber = digitRunStart(buf, start, dash);
  if (groupNumber === dash || groupNumber === start || buf[groupNumber - 1] !== 0x20) return end; // ' '
  return groupNumber - 1;
}

/** Where the run of ASCII digits that ends at `end` starts, no further back than `start`. */
function digitRunStart(buf: Uint8Array, start: number, end: number): number {
  let p = end;
  while (p > start && isDigit(buf[p - 1]!)) p--;
  return p;
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** The non-negative whole number in `buf[start, end)`, or -1 when it is not one (or longer than 15 digits). */
export function digits(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** the most label and thread name pairs `sampleOf` remembers */
const DECODED_LIMIT = 10_000;

export class JtlSamples {
  private readonly acc: RunAccumulator;
  /** label and thread group bytes → [ok, failed] tag sets: looked up from bytes, so a sample makes no string */
  private readonly series = new SpanTable<[TagSet, TagSet]>();
  /** label + NUL + thread name → tag sets, for samples whose strings are decoded already (XML) */
  private readonly decoded = new Map<string, [TagSet, TagSet]>();
  private transactions = 0;
  private count = 0;
  /** the file ends mid-record or mid-gzip (JMeter stopped while writing): a partial run */
  private cut = false;

  constructor(
    private readonly path: string,
    private readonly opts: ReadOptions,
  ) {
    this.acc = new RunAccumulator(opts.maxSeries);
  }

  /**
   * The [ok, failed] tag sets of the series of a sample whose label is `buf[labelStart, labelEnd)` and thread
   * name `buf[threadStart, threadEnd)` (UTF-8 bytes; `view` a DataView of `buf`): the same pair every time, so
   * a sample makes no string and no array once its series is known.
   */
  seriesOf(
    view: DataView,
    buf: Buffer,
    labelStart: number,
    labelEnd: number,
    threadStart: number,
    threadEnd: number,
  ): [TagSet, TagSet] {
    const groupEnd = threadGroupEnd(buf, threadStart, threadEnd);
    let sets = this.series.getPair(view, buf, labelStart, labelEnd, threadStart, groupEnd);
    if (sets === undefined) {
      const tags = {
        scenario: buf.toString('utf8', threadStart, groupEnd),
        method: '',
        name: buf.toString('utf8', labelStart, labelEnd),
      };
      sets = [
        // Stryker disable next-line StringLiteral: equivalent, any expectedResponse but 'false' makes the same tag set (an ok one with the tag)
        this.acc.tagSet({ ...tags, expectedResponse: 'true' }),
        this.acc.tagSet({ ...tags, expectedResponse: 'false' }),
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
  record(
    sets: [TagSet, TagSet],
    ok: boolean,
    second: number,
    msInSecond: number,
    elapsed: number,
    allThreads: number,
  ): void {
    this.acc.request(ok ? sets[0] : sets[1], second, msInSecond, elapsed);
    this.threadsAt(second, allThreads);
    this.count++;
  }

  /** JMeter's `allThreads` of a sample in `second` (-1: the column is absent) raises that second's VUs. */
  private threadsAt(second: number, allThreads: number): void {
    if (allThreads < 0) return;
    const totals = this.acc.totalsAt(second);
    totals.maxVUs = Math.max(totals.maxVUs, allThreads);
  }

  /**
   * `record` of a second's samples of one series counted elsewhere (the WebAssembly pass of the CSV reader,
   * see jtl-csv-pass.ts): `batch.n` samples, `failed` of them failures, between millisecond `firstMs` and
   * `lastMs` of `second`, the highest `allThreads` -1 when absent; `addLatencies` records their latencies.
   */
  recordBatch(
    sets: [TagSet, TagSet],
    second: number,
    batch: { n: number; failed: number; firstMs: number; lastMs: number; allThreads: number },
    addLatencies: (latency: LatencyHistogram) => void,
  ): void {
    const ms = second * 1000;
    addLatencies(
      this.acc.requests(sets[0], second, batch.n, batch.failed, ms + batch.firstMs, ms + batch.lastMs),
    );
    this.threadsAt(second, batch.allThreads);
    this.count += batch.n;
  }

  /** `record` of a sample whose label and thread name are decoded already (quoted CSV fields, XML attributes). */
  sampleOf(
    label: string,
    threadName: string,
    ok: boolean,
    timeStamp: number,
    elapsed: number,
    allThreads: number,
  ): void {
    const second = Math.floor(timeStamp / 1000);
    const sets = this.namedSeries(label, threadName);
    this.record(sets, ok, second, timeStamp - second * 1000, elapsed, allThreads);
  }

  /** `seriesOf` for a label and thread name given as strings, remembered by the strings */
  private namedSeries(label: string, threadName: string): [TagSet, TagSet] {
    const key = `${label}\u0000${threadName}`;
    let sets = this.decoded.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent for `true`, seriesOf finds the same pair by the bytes, and the map only spares decoding them again (`false` is tested)
    if (sets === undefined) {
      const buf = Buffer.from(label + threadName);
      const split = Buffer.byteLength(label);
      sets = this.seriesOf(
        new DataView(buf.buffer, buf.byteOffset, buf.length),
        buf,
        0,
        split,
        split,
        buf.length,
      );
      if (this.decoded.size >= DECODED_LIMIT) this.decoded.clear(); // bounded whatever the input
      this.decoded.set(key, sets);
    }
    return sets;
  }

  transactionSample(count = 1): void {
    this.transactions += count;
  }

  /** a sample nested inside another one (a redirect, an embedded resource): part of its parent's time */
  subResult(): void {
    this.acc.skip('sub-result sample');
  }

  /** The file is cut short: what was read is kept, the run is marked partial (never a baseline). */
  cutShort(message: string, skipped?: string): void {
    this.acc.warn(message);
    if (skipped !== undefined) this.acc.skip(skipped);
    this.cut = true;
  }

  finish(): RunResult {
    if (this.transactions > 0) {
      this.acc.skip('Transaction Controller sample', this.transactions);
      this.acc.warn(
        `${this.path}: left out ${this.transactions} Transaction Controller samples (their requests are counted ` +
          "one by one, as JMeter's summariser does)",
      );
    }
    if (this.count === 0) {
      throw new RunFileError(this.path, undefined, 'no samples were recorded: is the target reachable?');
    }
    const run = nameSeriesByTarget(
      this.acc.finish({
        engine: 'jmeter',
        sources: [this.path],
        ...givenLoadModel(this.opts),
        targetRate: this.opts.targetRate,
      }),
      this.opts.targetUrl,
    );
    if (this.cut) run.cutFiles = [this.path];
    return this.opts.warmupSeconds ? trimWarmup(run, this.opts.warmupSeconds) : run;
  }
}
