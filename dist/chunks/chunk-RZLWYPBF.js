import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  SpanTable,
  matchBytes
} from "./chunk-MWCUCVEZ.js";
import {
  parseCsvRecord
} from "./chunk-DM32MEN3.js";
import {
  LineSplitter,
  pumpFile
} from "./chunk-5EQLK7LG.js";
import {
  nameSeriesByTarget
} from "./chunk-PM2Z6TSB.js";
import {
  givenLoadModel
} from "./chunk-RHZWF6LV.js";
import {
  trimWarmup
} from "./chunk-JTRRB6RP.js";
import {
  RunAccumulator
} from "./chunk-3GBNS6AV.js";
import {
  RunFileError,
  snippet
} from "./chunk-KXACUDTB.js";
import {
  integerBinKey
} from "./chunk-PJLTGONB.js";

// src/results/jtl-csv-pass-wasm.ts
var WASM_BASE64 = "AGFzbQEAAAABSAtgAn9/AGAJf39/f39/f39/AGACf38Bf2ADf39/AX9gAn9/AX5gA39/fgF+YAR/f39/AX9gAX8AYAABf2AGf39/f39/AGAAAAIMAQJqcwVmbHVzaAAAAxIRAQICAwQCAgUDBgYHBwgJCgIFBAEAtwEGVhF/AUEsC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUF/C38BQX8LfwFBfwt/AUEAC38BQQALfgFCAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALBzMFBm1lbW9yeQIACWNvbmZpZ3VyZQABCWFkZFNlcmllcwAOCGZsdXNoQWxsABADcnVuABEK9BcRJgAgACQAIAEkASACJAIgAyQDIAQkBCAFJAUgBiQGIAckByAIJAgL4wMDAn8Cewd/IAAhAiMA/Q8hBQNAIAAgAU8EQEF+DwsgAP0ABAAhBCAEIAX9I/1kIQcgBP0MCgoKCgoKCgoKCgoKCgoKCv0jIAT9DCIiIiIiIiIiIiIiIiIiIiL9I/1Q/WQhCCABIABrQRBJBEBBASABIABrdEEBayEGIAcgBnEhByAIIAZxIQgLIAMgB2lqQf8BSwRAQX8PCyAIBEAgByAIQQAgCGtxQQFrcSEHCwJAA0AgB0UNASAAIAdoaiEJIANBA3QgAjYCgAIgA0EDdCAJNgKEAiADQQFqIQMgCUEBaiECIAcgB0EBa3EhBwwACwsgCEUEQCAAQRBqIQAMAQsgACAIaGohCSAJLQAAQQpGBEAgCSEMIAwgAksEQCAMQQFrLQAAQQ1GBEAgDEEBayEMCwsgA0EDdCACNgKAAiADQQN0IAw2AoQCIANBAWokCSAJDwsgCSACRwRAQX8PCyAJQQFqIAEQAyEKIApBAEggCkECaiABT3IEQEF/DwsgA0EDdCAJQQFqNgKAAiADQQN0IAo2AoQCIANBAWohAyAKLQABIQsgCyMARgRAIApBAmohAiACIQAMAQsgC0ENRgRAIApBAWohCgsgCi0AAUEKRwRAQX8PCyADJAkgCkEBag8LAAtfAgF7AX8DQCAAIAFPBEBBfw8LIAD9AAQAIQIgAkEi/Q/9IyACQQr9D/0j/VD9ZCEDIANFBEAgAEEQaiEADAELCyAAIANoaiEAIAAgAU8gAC0AAEEKRnIEQEF/DwsgAAtPAQJ/IAEgAEwEQEF/DwsgASAAayACSgRAQX4PCwNAIAAtAABBMGshBCAEQQlLBEBBfw8LIANBCmwgBGohAyAAQQFqIQAgACABSQ0ACyADC00CAX4BfyABIABMIAEgAGtBD0pyBEBCfw8LA0AgAC0AAEEwayEDIANBCUsEQEJ/DwsgAkIKfiADrXwhAiAAQQFqIQAgACABSQ0ACyACC5QBAQJ+IAEgAGtBDUYEQCAAKQMAIwtRIAAvAQgjDEZxBEAgAEEKaiABQQMQBCQPIw0kDiMPQQBODwsLIAAgARAFIQIgAkIAUwRAQQAPCyACQugHgCEDIANC/v///wdWBEBBAA8LIAOnJA4gAiADQugHfn2nJA8gASAAa0ENRgRAIAApAwAkCyAALwEIJAwjDiQNC0EBC54BAQJ/IAEhAgJAA0AgAiAATQ0BIAJBAWstAABBMGtBCk8NASACQQFrIQIMAAsLIAIgAUYgAiAARnIgAkEBay0AAEEtR3IEQCABDwsgAkEBayECIAIhAwJAA0AgAiAATQ0BIAJBAWstAABBMGtBCk8NASACQQFrIQIMAAsLIAIgA0YgAiAARnIgAkEBay0AAEEgR3IEQCABDwsgAkEBawtfAAJAA0AgAUEISQ0BIAIgACkDAIVClfip+pe33puef34hAiAAQQhqIQAgAUEIayEBDAALCyABBEAgAiAAKQMAQgEgAUEDdK2GQgF9g4VClfip+pe33puef34hAgsgAgtZAAJAA0AgAkEISQ0BIAApAwAgASkDAFIEQEEADwsgAEEIaiEAIAFBCGohASACQQhrIQIMAAsLIAJFBEBBAQ8LIAApAwAgASkDAIVCASACQQN0rYZCAX2DUAueAgMFfwJ7AX4gASAAayEEIAMgAmshBSAEQRBLIAVBEEtyBEAgACAEIAIgBRALDwsgAP0ABAAgBEEEdP0ABIAU/U4hCSAC/QAEACAFQQR0/QAEgBT9TiEKIAn9HQAgCf0dAUIdiYVClfip+pe33puef34gCv0dACAK/R0BQiuJhSAEIAVBCHRyrYWFQpX4qfqXt96bnn9+IQsgC0I2iKchBgNAQYCgECAGQQR0aiEHIAcoAgBFBEAgBw8LIAcoAgggBEYgBygCDCAFRnEEQCAHKAIEIQggCSAI/QAEACAEQQR0/QAEgBT9Tv1RIAogCCAEav0ABAAgBUEEdP0ABIAU/U79Uf1Q/VNFBEAgBw8LCyAGQQFqQf8HcSEGDAALAAt7AQN/IAIgAyAAIAEgAa0QCBAIQjaIp0H/B3EhBANAQYCgECAEQQR0aiEFIAUoAgBFBEAgBQ8LIAUoAgggAUYgBSgCDCADRnEEQCAFKAIEIQYgBiAAIAEQCSAGIAFqIAIgAxAJcQRAIAUPCwsgBEEBakH/B3EhBAwACwALtwEBBX8gACgCECEBIAAoAhQhAkGAoBcgAEGAoBVrQQZ2QYCwAWxqIAFBAnRqIQMCQANAIAEgAkoNASABQQNqIAJMIAP9AAQA/VNFcQRAIAFBBGohASADQRBqIQMMAQsgAygCACEEIAQEQCAFQQJ0IAE2AoCg1wUgBUEDdCAEuDkDgNDYBSADQQA2AgAgBUEBaiEFCyABQQFqIQEgA0EEaiEDDAALCyAAQYCgFWtBBnYgBRAAIAAQDQtfACAAQX82AgAgAEIANwMEIABBADYCDCAAQf////8HNgIQIABBfzYCFCAAQf////8HNgIYIABBfzYCHCAARAAAAAAAAAAAOQMgIABBfzYCKCAAQegHNgIsIABBfzYCMAu/AQEJf0EAKAJMIQBBACgCUCEBQQAoAlQhAkEAKAJYIQMgASAAayEEIAMgAmshBSMKQYACTyMQIARqIAVqQfj/A0tyBEBBfw8LQYCgESMQaiEIIAggACAE/AoAACAIIARqIAIgBfwKAAAjECAEaiAFaiQQIAAgASACIAMQCiEGIwohByAHQQFqJAogBiMKNgIAIAYgCDYCBCAGIAQ2AgggBiAFNgIMQYCgFSAHQQd0ahANQcCgFSAHQQd0ahANIAcL4wIBBH9BgKAVIABBB3RqIQYgBkHAAGohByAGKAIAIAFHBEAgBygCACABRgRAIAchBgUgBigCAEF/RgRABSAHKAIAQX9GBEAgByEGBSAGKAIAIAcoAgBKBEAgByEGCyAGEAwLCyAGIAE2AgALCyAGIAYoAgRBAWo2AgQgBEUEQCAGIAYoAghBAWo2AggLIAYgBisDICADuKA5AyAgAyAGKAIYSARAIAYgAzYCGAsgAyAGKAIcSgRAIAYgAzYCHAsgBSAGKAIoSgRAIAYgBTYCKAsgAiAGKAIsSARAIAYgAjYCLAsgAiAGKAIwSgRAIAYgAjYCMAsgA0UEQCAGIAYoAgxBAWo2AgwPCyADQQJ0KAKAIEEBayEIQYCgFyAGQYCgFWtBBnZBgLABbGogCEECdGohCSAJIAkoAgBBAWo2AgAgCCAGKAIQSARAIAYgCDYCEAsgCCAGKAIUSgRAIAYgCDYCFAsLPAECf0GAoBUhAEGAoBUjCkEHdGohAQJAA0AgACABTw0BIAAoAgBBf0cEQCAAEAwLIABBwABqIQAMAAsLC98DAQ1/AkADQCAAIAEQAiEDIANBfkYEQEEAIQ4MAgtBASEOIANBf0YNAQJAIAMgAEYNACADIABBAWpGIAAtAABBDUZxDQAjCSMBRw0CIwJBA3QoAoACIwJBA3QoAoQCEAZFDQIjA0EDdCgCgAIjA0EDdCgChAJBBRAEIQYgBkEASCAGQf//A0pyDQIgBkEARyAGQQJ0KAKAIEVxBEBBACAGNgJgQQMhDgwDCyMHQQBOBEAjB0EDdCgCgAIhBCMHQQN0KAKEAiEFIAUgBGtBIE4EQCAEQQBBIBAJBEBBAEEAKAJIQQFqNgJIDAMLCwtBfyENIwhBAE4EQCMIQQN0KAKAAiMIQQN0KAKEAkEJEAQhDSANQX5GDQMLIwRBA3QoAoACIQcjBEEDdCgChAIhCCAHIQkgByELIwZBAE4EQCMGQQN0KAKAAiEJIwZBA3QoAoQCIQsLIAkgCxAHIQogByAIIAkgChAKIQwgDCgCAEUEQEEAIAc2AkxBACAINgJQQQAgCTYCVEEAIAo2AlhBACALNgJcQQIhDgwDCyAMKAIAQQFrIw4jDyAGIwVBA3QoAoACLQAAQfQARiANEA8LIAJBAWohAiADQQFqIQAMAAsLQQAgADYCQEEAIAI2AkQgDgsLvQICAEEACyBOdW1iZXIgb2Ygc2FtcGxlcyBpbiB0cmFuc2FjdGlvbgBBgBQLkAIAAAAAAAAAAAAAAAAAAAAA/wAAAAAAAAAAAAAAAAAAAP//AAAAAAAAAAAAAAAAAAD///8AAAAAAAAAAAAAAAAA/////wAAAAAAAAAAAAAAAP//////AAAAAAAAAAAAAAD///////8AAAAAAAAAAAAA/////////wAAAAAAAAAAAP//////////AAAAAAAAAAD///////////8AAAAAAAAA/////////////wAAAAAAAP//////////////AAAAAAD///////////////8AAAAA/////////////////wAAAP//////////////////AAD///////////////////8A/////////////////////w==";

// src/results/jtl-csv-pass.ts
var { WebAssembly: wasm } = globalThis;
var PASS_CUT = 0;
var PASS_NEW_SERIES = 2;
var NEEDS_KEY = 3;
var OUT = 64;
var KEYS = 4096;
var HEADS = 348160;
var HEAD_BYTES = 64;
var DENSE_KEYS = 5632;
var SCRATCH_KEYS = 11915264;
var SCRATCH_COUNTS = 11937792;
var CHUNKS = 11982848;
var SLACK = 16;
var PAGE = 1 << 16;
var compiled;
var CsvPass = class {
  constructor(samples) {
    this.samples = samples;
    compiled ??= new wasm.Module(Buffer.from(WASM_BASE64, "base64"));
    const imports = { js: { flush: (slot, bins) => this.flush(slot, bins) } };
    this.exports = new wasm.Instance(compiled, imports).exports;
    if (integerBinKey(65535) >= DENSE_KEYS) throw new Error("jtl-csv-pass: the bin keys outgrow DENSE_KEYS");
    [this.bytes, this.words, this.doubles, this.scratchKeys, this.scratchCounts] = this.views();
  }
  samples;
  exports;
  bytes;
  words;
  doubles;
  /** the bins of the batch being handed over (see `handOver` in the WAT) */
  scratchKeys;
  scratchCounts;
  /** the [ok, failed] tag sets of each series id the pass gave */
  series = [];
  /** the two buffers a plain file is read into, in the pass's memory, which then must not grow */
  pinned = false;
  /** where the chunk `load` took sits in the pass's memory, and its length */
  base = CHUNKS;
  loaded = 0;
  /** where `run` stopped (a chunk offset) and how many lines it read */
  stoppedAt = 0;
  lines = 0;
  /** Which columns to read (from the header line) and their delimiter. */
  configure(delimiter, c) {
    this.exports.configure(
      delimiter,
      c.count,
      c.timeStamp,
      c.elapsed,
      c.label,
      c.success,
      c.threadName,
      c.responseMessage,
      c.allThreads
    );
  }
  /** Two buffers of `size` bytes in the pass's memory for `pumpFile` to read into: `load` then copies nothing. */
  buffers = (size) => {
    const stride = size + SLACK + 15 & ~15;
    this.reserve(CHUNKS + 2 * stride);
    this.pinned = true;
    const buffer = this.exports.memory.buffer;
    return [Buffer.from(buffer, CHUNKS, size), Buffer.from(buffer, CHUNKS + stride, size)];
  };
  /** Gives `chunk` to `run`: in place when it is one of `buffers`, else copied (a gunzipped chunk). */
  load(chunk) {
    this.loaded = chunk.length;
    if (chunk.buffer === this.exports.memory.buffer) {
      this.base = chunk.byteOffset;
      return;
    }
    this.reserve(CHUNKS + chunk.length + SLACK);
    this.bytes.set(chunk, CHUNKS);
    this.base = CHUNKS;
  }
  reserve(bytes) {
    const memory = this.exports.memory;
    if (bytes <= memory.buffer.byteLength) return;
    if (this.pinned) throw new Error("jtl-csv-pass: a chunk outgrew the memory of a plain file read");
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
    [this.bytes, this.words, this.doubles, this.scratchKeys, this.scratchCounts] = this.views();
  }
  views() {
    const buffer = this.exports.memory.buffer;
    return [
      new Uint8Array(buffer),
      new Int32Array(buffer),
      new Float64Array(buffer),
      new Int32Array(buffer, SCRATCH_KEYS, DENSE_KEYS),
      new Float64Array(buffer, SCRATCH_COUNTS, DENSE_KEYS)
    ];
  }
  /** Reads the loaded chunk's lines from offset `pos` on until one it leaves to JavaScript (see PASS_CUT). */
  run(pos) {
    const base = this.base;
    const out = this.words;
    const o = OUT >>> 2;
    let lines = 0;
    let status;
    for (; ; ) {
      status = this.exports.run(base + pos, base + this.loaded);
      pos = out[o] - base;
      lines += out[o + 1];
      if (status !== NEEDS_KEY) break;
      const elapsed = out[o + 8];
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
  newSeries() {
    const out = this.words;
    const o = OUT >>> 2;
    const base = this.base;
    return {
      labelStart: out[o + 3] - base,
      labelEnd: out[o + 4] - base,
      threadStart: out[o + 5] - base,
      threadEnd: out[o + 7] - base
    };
  }
  add(sets) {
    const id = this.exports.addSeries();
    if (id < 0) return false;
    this.series[id] = sets;
    return true;
  }
  /** Hands over what the pass still holds: its last batches and the Transaction Controller samples it saw. */
  finish() {
    this.exports.flushAll();
    this.samples.transactionSample(this.words[(OUT >>> 2) + 2]);
  }
  /** The batch of `slot` (series id × 2 + 0 or 1), its `bins` distinct bins in the scratch, into the run. */
  flush(slot, bins) {
    const h = HEADS + slot * HEAD_BYTES >>> 2;
    const w = this.words;
    const n = w[h + 1];
    const values = {
      n,
      zeros: w[h + 3],
      sum: this.doubles[(h >>> 1) + 4],
      min: w[h + 6],
      max: w[h + 7]
    };
    this.samples.recordBatch(
      this.series[slot >>> 1],
      w[h],
      { n, failed: w[h + 2], firstMs: w[h + 11], lastMs: w[h + 12], allThreads: w[h + 10] },
      (latency) => latency.addBins(this.scratchKeys, this.scratchCounts, bins, values)
    );
  }
};

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
  const threadNumber = digitRunStart(buf, start, end);
  if (threadNumber === end || buf[threadNumber - 1] !== 45) return end;
  const dash = threadNumber - 1;
  const groupNumber = digitRunStart(buf, start, dash);
  if (groupNumber === dash || groupNumber === start || buf[groupNumber - 1] !== 32) return end;
  return groupNumber - 1;
}
function digitRunStart(buf, start, end) {
  let p = end;
  while (p > start && isDigit(buf[p - 1])) p--;
  return p;
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
        // Stryker disable next-line StringLiteral: equivalent, any expectedResponse but 'false' makes the same tag set (an ok one with the tag)
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
    this.threadsAt(second, allThreads);
    this.count++;
  }
  /** JMeter's `allThreads` of a sample in `second` (-1: the column is absent) raises that second's VUs. */
  threadsAt(second, allThreads) {
    if (allThreads < 0) return;
    const totals = this.acc.totalsAt(second);
    totals.maxVUs = Math.max(totals.maxVUs, allThreads);
  }
  /**
   * `record` of a second's samples of one series counted elsewhere (the WebAssembly pass of the CSV reader,
   * see jtl-csv-pass.ts): `batch.n` samples, `failed` of them failures, between millisecond `firstMs` and
   * `lastMs` of `second`, the highest `allThreads` -1 when absent; `addLatencies` records their latencies.
   */
  recordBatch(sets, second, batch, addLatencies) {
    const ms = second * 1e3;
    addLatencies(
      this.acc.requests(sets[0], second, batch.n, batch.failed, ms + batch.firstMs, ms + batch.lastMs)
    );
    this.threadsAt(second, batch.allThreads);
    this.count += batch.n;
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
  transactionSample(count = 1) {
    this.transactions += count;
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
      onTruncatedGzip: () => samples.cutShort(
        `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`
      )
    }
  );
  const last = splitter.unterminatedLine();
  if (last !== void 0) reader.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
  reader.finish();
  if (reader.columns === void 0) {
    throw new RunFileError(
      path,
      void 0,
      "empty file: expected a JMeter CSV results file with a header line"
    );
  }
  return samples.finish();
}
var CsvLines = class {
  constructor(path, samples, pass) {
    this.path = path;
    this.samples = samples;
    this.pass = pass;
  }
  path;
  samples;
  pass;
  columns;
  delimiter = 44;
  // Stryker disable next-line StringLiteral: header() sets it before the first data line, no line is read with this one
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
    if (buf[end - 1] === CR) end--;
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
  /** Hands `chunk` to the WebAssembly pass (before the splitter hands its lines to `lineRun`). */
  load(chunk) {
    this.pass.load(chunk);
  }
  /**
   * The `LineRun` of the splitter: the WebAssembly pass reads the data lines of `chunk` from `pos` on; a line
   * it leaves is read here (or, when it needs more care, left to `handleLine`: a quote JavaScript cannot read
   * in place, inside a multi-line record); a line the chunk cuts is left to the splitter's carry.
   */
  lineRun = (chunk, pos, splitter) => {
    if (this.columns === void 0) return pos;
    const pass = this.pass;
    const length = chunk.length;
    while (pos < length && this.open === void 0) {
      const status = pass.run(pos);
      splitter.lineNo += pass.lines;
      pos = pass.stoppedAt;
      if (status === PASS_CUT) return pos;
      if (status === PASS_NEW_SERIES && this.newSeries(chunk, pass)) continue;
      const nl = this.scanFields(chunk, pos, length);
      if (nl === -1 || nl === length) return pos;
      let end = nl;
      if (chunk[end - 1] === CR) {
        end--;
        if (this.ends[this.fieldCount - 1] === nl) this.ends[this.fieldCount - 1] = end;
      }
      const lineNo = ++splitter.lineNo;
      this.record(chunk, pos, end, lineNo);
      pos = nl + 1;
    }
    return pos;
  };
  /** Gives the pass the series of the line it stopped at; false when it has no room for another one. */
  newSeries(chunk, pass) {
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
  scanFields(buf, start, limit) {
    const starts = this.starts;
    const ends = this.ends;
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
        if (buf[p] === CR && buf[p + 1] === NEWLINE) {
          p++;
          break;
        }
        if (buf[p] !== delimiter) return -1;
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
    this.pass.finish();
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
    this.pass.configure(this.delimiter, this.columns);
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
    const all = Number(fields[c.allThreads]);
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

export {
  isTransactionMessage,
  isTransactionText,
  digits,
  JtlSamples,
  jtlHeader,
  readJtlCsv
};
