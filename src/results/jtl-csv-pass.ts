import { integerBinKey } from './histogram.ts';
import { WASM_BASE64 } from './jtl-csv-pass-wasm.ts';
import type { JtlSamples } from './jtl-samples.ts';
import type { TagSet } from './run-accumulator.ts';

/**
 * The JMeter CSV reader's pass over a chunk in WebAssembly (jtl-csv-pass.wat): a JTL line is ~100 bytes and
 * one sample, ~20 times the samples per byte of a k6 JSON file, so reading its fields, finding its series and
 * counting it into its histogram must cost a few tens of nanoseconds. The pass does all of that per sample and
 * hands JavaScript a batch per series and second, a new series once, and any line it does not read itself
 * (which the CSV reader then reads the careful way).
 */

/** The part of Node's WebAssembly API used here (TypeScript declares it in the DOM lib, which src/ does not use). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

interface PassExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  configure(
    delimiter: number,
    count: number,
    timeStamp: number,
    elapsed: number,
    label: number,
    success: number,
    threadName: number,
    responseMessage: number,
    allThreads: number,
  ): void;
  run(p: number, end: number): number;
  addSeries(): number;
  flushAll(): void;
}

/** The columns the CSV reader and its pass read, by JMeter's header names (-1: absent, for the optional ones). */
export interface Columns {
  timeStamp: number;
  elapsed: number;
  label: number;
  success: number;
  threadName: number;
  responseMessage: number;
  allThreads: number;
  /** how many fields a data line has */
  count: number;
}

/** What `run` stopped at: no newline left (the chunk cuts the line), a series to `add`; else a line to read. */
export const PASS_CUT = 0;
export const PASS_NEW_SERIES = 2;
/** a latency whose bin key `run` writes for the pass (which then goes on) */
const NEEDS_KEY = 3;

// The memory layout of jtl-csv-pass.wat (bytes; see there).
const OUT = 64;
const KEYS = 4096;
const HEADS = 348160;
const HEAD_BYTES = 64;
const DENSE_KEYS = 5632;
const SCRATCH_KEYS = 11915264;
const SCRATCH_COUNTS = 11937792;
const CHUNKS = 11982848;
/** the pass reads up to sixteen bytes past the end of a chunk (and eight past a name) */
const SLACK = 16;
const PAGE = 1 << 16;

let compiled: object | undefined;

export class CsvPass {
  private readonly exports: PassExports;
  private bytes: Uint8Array;
  private words: Int32Array;
  private doubles: Float64Array;
  /** the bins of the batch being handed over (see `handOver` in the WAT) */
  private scratchKeys: Int32Array;
  private scratchCounts: Float64Array;
  /** the [ok, failed] tag sets of each series id the pass gave */
  private readonly series: [TagSet, TagSet][] = [];
  /** the two buffers a plain file is read into, in the pass's memory, which then must not grow */
  private pinned = false;
  /** where the chunk `load` took sits in the pass's memory, and its length */
  private base = CHUNKS;
  private loaded = 0;
  /** where `run` stopped (a chunk offset) and how many lines it read */
  stoppedAt = 0;
  lines = 0;

  constructor(private readonly samples: JtlSamples) {
    compiled ??= new wasm.Module(Buffer.from(WASM_BASE64, 'base64'));
    const imports = { js: { flush: (slot: number, bins: number) => this.flush(slot, bins) } };
    this.exports = new wasm.Instance(compiled, imports).exports as PassExports;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a guard on two constants (the bin key of 65535 ms, the WAT's table size) that is false for the current ones and stops a change of either from corrupting memory
    if (integerBinKey(65535) >= DENSE_KEYS) throw new Error('jtl-csv-pass: the bin keys outgrow DENSE_KEYS');
    [this.bytes, this.words, this.doubles, this.scratchKeys, this.scratchCounts] = this.views();
  }

  /** Which columns to read (from the header line) and their delimiter. */
  configure(delimiter: number, c: Columns): void {
    this.exports.configure(
      delimiter,
      c.count,
      c.timeStamp,
      c.elapsed,
      c.label,
      c.success,
      c.threadName,
      c.responseMessage,
      c.allThreads,
    );
  }

  /** Two buffers of `size` bytes in the pass's memory for `pumpFile` to read into: `load` then copies nothing. */
  readonly buffers = (size: number): [Buffer, Buffer] => {
    const stride = (size + SLACK + 15) & ~15;
    this.reserve(CHUNKS + 2 * stride);
    this.pinned = true;
    const buffer = this.exports.memory.buffer;
    return [Buffer.from(buffer, CHUNKS, size), Buffer.from(buffer, CHUNKS + stride, size)];
  };

  /** Gives `chunk` to `run`: in place when it is one of `buffers`, else copied (a gunzipped chunk). */
  load(chunk: Buffer): void {
    this.loaded = chunk.length;
    if (chunk.buffer === this.exports.memory.buffer) {
      this.base = chunk.byteOffset;
      return;
    }
    this.reserve(CHUNKS + chunk.length + SLACK);
    this.bytes.set(chunk, CHUNKS);
    this.base = CHUNKS;
  }

  private reserve(bytes: number): void {
    const memory = this.exports.memory;
    if (bytes <= memory.buffer.byteLength) return;
    // growing detaches the buffers `pumpFile` reads into; the plain file pump never hands over others
    if (this.pinned) throw new Error('jtl-csv-pass: a chunk outgrew the memory of a plain file read');
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    [this.bytes, this.words, this.doubles, this.scratchKeys, this.scratchCounts] = this.views();
  }

  private views(): [Uint8Array, Int32Array, Float64Array, Int32Array, Float64Array] {
    const buffer = this.exports.memory.buffer;
    return [
      new Uint8Array(buffer),
      new Int32Array(buffer),
      new Float64Array(buffer),
      new Int32Array(buffer, SCRATCH_KEYS, DENSE_KEYS),
      new Float64Array(buffer, SCRATCH_COUNTS, DENSE_KEYS),
    ];
  }

  /** Reads the loaded chunk's lines from offset `pos` on until one it leaves to JavaScript (see PASS_CUT). */
  run(pos: number): number {
    const base = this.base;
    const out = this.words;
    const o = OUT >>> 2;
    let lines = 0;
    let status: number;
    for (;;) {
      status = this.exports.run(base + pos, base + this.loaded);
      pos = out[o]! - base;
      lines += out[o + 1]!;
      if (status !== NEEDS_KEY) break;
      const elapsed = out[o + 8]!;
      out[(KEYS >>> 2) + elapsed] = integerBinKey(elapsed) + 1;
    }
    this.stoppedAt = pos;
    this.lines = lines;
    return status;
  }

  /**
   * After PASS_NEW_SERIES: the label and thread name of the line `run` stopped at (chunk offsets); then `add`
   * gives the series its tag sets (false when the pass has no room for another series).
   */
  newSeries(): { labelStart: number; labelEnd: number; threadStart: number; threadEnd: number } {
    const out = this.words;
    const o = OUT >>> 2;
    const base = this.base;
    return {
      labelStart: out[o + 3]! - base,
      labelEnd: out[o + 4]! - base,
      threadStart: out[o + 5]! - base,
      threadEnd: out[o + 7]! - base,
    };
  }

  add(sets: [TagSet, TagSet]): boolean {
    const id = this.exports.addSeries();
    if (id < 0) return false;
    this.series[id] = sets;
    return true;
  }

  /** Hands over what the pass still holds: its last batches and the Transaction Controller samples it saw. */
  finish(): void {
    this.exports.flushAll();
    this.samples.transactionSample(this.words[(OUT >>> 2) + 2]!);
  }

  /** The batch of `slot` (series id × 2 + 0 or 1), its `bins` distinct bins in the scratch, into the run. */
  private flush(slot: number, bins: number): void {
    const h = (HEADS + slot * HEAD_BYTES) >>> 2;
    const w = this.words;
    const n = w[h + 1]!;
    const values = {
      n,
      zeros: w[h + 3]!,
      sum: this.doubles[(h >>> 1) + 4]!,
      min: w[h + 6]!,
      max: w[h + 7]!,
    };
    this.samples.recordBatch(
      this.series[slot >>> 1]!,
      w[h]!,
      { n, failed: w[h + 2]!, firstMs: w[h + 11]!, lastMs: w[h + 12]!, allThreads: w[h + 10]! },
      (latency) => latency.addBins(this.scratchKeys, this.scratchCounts, bins, values),
    );
  }
}
