import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  RunFileError,
  addTotals,
  emptyTotals,
  mergeSeries,
  seriesFromBuckets,
  unreadable
} from "./chunk-NCT37PKX.js";
import {
  seriesId
} from "./chunk-DEKW3TL5.js";

// src/results/load-model.ts
var LOAD_MODEL_SOURCE_WORDS = {
  "k6-inspect": "the script's scenario executors (k6 inspect)",
  "k6-default-scenario": "k6's scenario `default` in the results (the vus/duration/iterations/stages shorthand)",
  input: "the load-model setting",
  "jmeter-plan": "the JMeter plan's thread groups and timers",
  "locust-plan": "the Locust user classes' wait times",
  "embedded-scenario": "the scenario file",
  unknown: "nothing (set load-model: open or closed)"
};
function withLoadModelInput(run, input) {
  if (input === void 0) return run;
  const { loadModel, loadModelSource = "unknown" } = run;
  const overridden = loadModel !== "unknown" && loadModel !== input && loadModelSource !== "input";
  return {
    ...run,
    loadModel: input,
    loadModelSource: "input",
    ...overridden ? { loadModelOverridden: { loadModel, loadModelSource } } : {}
  };
}
function overriddenModelNotes(runs) {
  const notes = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const shown = run.loadModelOverridden;
    if (shown === void 0) continue;
    const note = `load model ${run.loadModel} as set, although ${LOAD_MODEL_SOURCE_WORDS[shown.loadModelSource]} showed ${shown.loadModel}`;
    notes.set(note, (notes.get(note) ?? 0) + 1);
  }
  return [...notes].map(([note, n]) => `${note} (${n} run${n === 1 ? "" : "s"})`);
}
function givenLoadModel(opts) {
  return opts.loadModel === void 0 || opts.loadModel === "unknown" ? { loadModel: "unknown", loadModelSource: "unknown" } : { loadModel: opts.loadModel, loadModelSource: opts.loadModelSource ?? "input" };
}

// src/results/request-name.ts
var ORIGIN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i;
var DEFAULT_PORTS = { http: "80", https: "443", ws: "80", wss: "443" };
function originKey(scheme, authority) {
  const s = scheme.toLowerCase();
  const host = authority.replace(/^[^@]*@/, "").toLowerCase();
  const port = /:(\d+)$/.exec(host)?.[1];
  return `${s}://${port !== void 0 && DEFAULT_PORTS[s] === port ? host.slice(0, -port.length - 1) : host}`;
}
function splitOrigin(name) {
  const m = ORIGIN.exec(name);
  return m === null ? void 0 : { origin: originKey(m[1], m[2]), rest: name.slice(m[0].length) };
}
function targetOf(url) {
  const parts = splitOrigin(url);
  if (parts === void 0) return void 0;
  return { origin: parts.origin, basePath: parts.rest.replace(/[?#].*$/, "").replace(/\/+$/, "") };
}
function relativeName(name, target) {
  const parts = splitOrigin(name);
  if (parts === void 0 || parts.origin !== target.origin) return void 0;
  let rest = parts.rest;
  const { basePath } = target;
  if (basePath !== "" && rest.startsWith(basePath) && /^([/?#]|$)/.test(rest.slice(basePath.length)))
    rest = rest.slice(basePath.length);
  return rest === "" || rest[0] !== "/" ? `/${rest}` : rest;
}
function busiestOrigin(run) {
  const requests = /* @__PURE__ */ new Map();
  for (const s of run.series.values()) {
    const origin = splitOrigin(s.key.name)?.origin;
    if (origin !== void 0) requests.set(origin, (requests.get(origin) ?? 0) + s.requests);
  }
  const ranked = [...requests].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length === 0 ? void 0 : { origin: ranked[0][0], others: ranked.length - 1 };
}
function renamed(series, rename) {
  const out = /* @__PURE__ */ new Map();
  for (const s of series.values()) {
    const name = rename(s.key.name);
    const key = name === void 0 ? s.key : { ...s.key, name };
    const id = seriesId(key);
    const twin = out.get(id);
    out.set(
      id,
      twin === void 0 ? { ...s, key, id } : mergeSeries([/* @__PURE__ */ new Map([[id, twin]]), /* @__PURE__ */ new Map([[id, { ...s, key, id }]])]).get(id)
    );
  }
  return out;
}
function renameSeries(run, rename) {
  return { ...run, series: renamed(run.series, rename), lifecycle: renamed(run.lifecycle, rename) };
}
function nameSeriesByTarget(run, targetUrl) {
  const given = targetUrl === void 0 ? void 0 : targetOf(targetUrl);
  const used = given !== void 0 && [...run.series.values()].some((s) => relativeName(s.key.name, given) !== void 0);
  let target = used ? given : void 0;
  if (target === void 0) {
    const busiest = busiestOrigin(run);
    if (busiest === void 0) return run;
    target = { origin: busiest.origin, basePath: "" };
    if (busiest.others > 0)
      run.warnings.push(
        `${run.sources.join(", ")}: requests went to ${busiest.others + 1} hosts; series are named relative to ${busiest.origin}, where most went${targetUrl === void 0 ? "" : ` (none went to the target ${targetUrl})`}, the others keep their origin`
      );
  }
  const to = target;
  return renameSeries(run, (name) => relativeName(name, to));
}

// src/results/file-pump.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var DEFAULT_CHUNK = 1 << 20;
var GZIP_CHUNK = 1 << 20;
async function pumpFile(path, push, opts) {
  return await isGzip(path) ? await pumpGzip(path, push, opts) : await pumpPlain(path, push, opts);
}
async function isGzip(path) {
  if (path.endsWith(".gz")) return true;
  const fh = await openOrExplain(path);
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0).catch((err) => {
      throw unreadable(path, err);
    });
    return bytesRead === 2 && head[0] === 31 && head[1] === 139;
  } finally {
    await fh.close();
  }
}
async function pumpPlain(path, push, opts) {
  const size = opts.chunkSize ?? DEFAULT_CHUNK;
  const fh = await openOrExplain(path);
  let current = Buffer.allocUnsafe(size);
  let next = Buffer.allocUnsafe(size);
  let position = 0;
  const read = (into) => fh.read(into, 0, size, position).catch((err) => {
    throw unreadable(path, err);
  });
  let pending = read(current);
  try {
    for (; ; ) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return position;
      position += bytesRead;
      pending = read(next);
      push(current.subarray(0, bytesRead));
      [current, next] = [next, current];
    }
  } catch (err) {
    await pending.catch(() => void 0);
    throw err;
  } finally {
    await fh.close();
  }
}
async function pumpGzip(path, push, opts) {
  let bytes = 0;
  let parseError;
  const gunzip = createGunzip({
    chunkSize: GZIP_CHUNK,
    readableHighWaterMark: 4 * GZIP_CHUNK
  });
  try {
    await pipeline(createReadStream(path, { highWaterMark: GZIP_CHUNK }), gunzip, async (chunks) => {
      for await (const chunk of chunks) {
        bytes += chunk.length;
        try {
          push(chunk);
        } catch (err) {
          parseError = err;
          throw err;
        }
      }
    });
  } catch (err) {
    if (parseError !== void 0) throw parseError;
    const e = err;
    if (e.code === "Z_BUF_ERROR") {
      opts.onTruncatedGzip();
    } else if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR") {
      throw unreadable(path, e);
    } else {
      throw new RunFileError(path, void 0, `not a readable gzip file: ${e.message}`);
    }
  }
  return bytes;
}
async function openOrExplain(path) {
  try {
    return await open(path, "r");
  } catch (err) {
    throw unreadable(path, err);
  }
}

// src/results/ascii.ts
var NEWLINE = 10;
var BANG = 33;
var QUOTE = 34;
var AMPERSAND = 38;
var APOSTROPHE = 39;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var SLASH = 47;
var ZERO = 48;
var NINE = 57;
var LT = 60;
var EQUALS = 61;
var GT = 62;
var QUESTION = 63;
var BACKSLASH = 92;
var CLOSE_BRACE = 125;

// src/results/line-splitter.ts
var LineSplitter = class {
  onLine;
  lineRun;
  carry = Buffer.allocUnsafe(64 * 1024);
  carryLength = 0;
  /** number of the last line handed over */
  lineNo = 0;
  constructor(onLine, lineRun) {
    this.onLine = onLine;
    this.lineRun = lineRun;
  }
  /** Hands over every complete line of `chunk` (the chunk may be reused by the caller afterwards). */
  push(chunk) {
    const length = chunk.length;
    let pos = 0;
    if (this.carryLength > 0) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl === -1) {
        this.appendCarry(chunk, 0, length);
        return;
      }
      this.appendCarry(chunk, 0, nl);
      const joinedLength = this.carryLength;
      this.carryLength = 0;
      this.onLine(this.carry, 0, joinedLength, ++this.lineNo);
      pos = nl + 1;
    }
    const onLine = this.onLine;
    const lineRun = this.lineRun;
    for (; ; ) {
      if (lineRun !== void 0) pos = lineRun(chunk, pos, this);
      const nl = chunk.indexOf(NEWLINE, pos);
      if (nl === -1) break;
      onLine(chunk, pos, nl, ++this.lineNo);
      pos = nl + 1;
    }
    if (pos < length) this.appendCarry(chunk, pos, length);
  }
  /**
   * The last line when the input did not end with a newline (k6 killed mid-write, or simply no final `\n`),
   * or undefined. Call once after the last `push`.
   */
  unterminatedLine() {
    if (this.carryLength === 0) return void 0;
    const end = this.carryLength;
    this.carryLength = 0;
    return { buf: this.carry, start: 0, end, lineNo: ++this.lineNo };
  }
  appendCarry(chunk, start, end) {
    const needed = this.carryLength + (end - start);
    if (needed > this.carry.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.carry.length * 2));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    chunk.copy(this.carry, this.carryLength, start, end);
    this.carryLength = needed;
  }
};

// src/results/warmup.ts
var WarmupTooLongError = class extends Error {
  name = "WarmupTooLongError";
};
function trimWarmup(run, seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`warm-up must be a number of seconds \u2265 0, got ${seconds}`);
  }
  if (seconds === 0) return run;
  if (run.fidelity !== "distribution") {
    throw new Error(
      `cannot drop a warm-up from ${run.sources.join(", ")}: a k6 summary export has no per-second data (use --out json)`
    );
  }
  const cutMs = run.startMs + seconds * 1e3;
  const firstKept = Math.ceil(cutMs / 1e3);
  const series = /* @__PURE__ */ new Map();
  let droppedRequests = 0;
  let keptStart = Number.POSITIVE_INFINITY;
  for (const [id, s] of run.series) {
    const kept = /* @__PURE__ */ new Map();
    for (const [second, bucket] of s.seconds) {
      if (second >= firstKept) {
        kept.set(second, bucket);
        if (second < keptStart) keptStart = second;
      } else {
        droppedRequests += bucket.requests;
      }
    }
    if (kept.size > 0) series.set(id, seriesFromBuckets(s.key, kept));
  }
  if (series.size === 0) {
    const lasted = ((run.endMs - run.startMs) / 1e3).toFixed(1);
    throw new WarmupTooLongError(
      `a warm-up of ${seconds} s removes every request of ${run.sources.join(", ")} (the run lasted ${lasted} s): give a warm-up (warmup, --warmup) shorter than the run`
    );
  }
  const trimmed = {
    ...run,
    startMs: Math.max(run.startMs, keptStart * 1e3),
    series,
    skipped: { ...run.skipped },
    warnings: [
      ...run.warnings,
      `warm-up: dropped the first ${seconds} s (samples before ${new Date(firstKept * 1e3).toISOString()}), ${droppedRequests} requests`
    ]
  };
  if (droppedRequests > 0)
    trimmed.skipped["warm-up request"] = (run.skipped["warm-up request"] ?? 0) + droppedRequests;
  if (run.secondTotals !== void 0) {
    const secondTotals = /* @__PURE__ */ new Map();
    const totals = emptyTotals();
    for (const [second, t] of run.secondTotals) {
      if (second < firstKept) continue;
      secondTotals.set(second, t);
      addTotals(totals, t, "max");
    }
    trimmed.secondTotals = secondTotals;
    trimmed.totals = totals;
  }
  return trimmed;
}

export {
  LOAD_MODEL_SOURCE_WORDS,
  withLoadModelInput,
  overriddenModelNotes,
  givenLoadModel,
  renameSeries,
  nameSeriesByTarget,
  pumpFile,
  BANG,
  QUOTE,
  AMPERSAND,
  APOSTROPHE,
  PLUS,
  MINUS,
  DOT,
  SLASH,
  ZERO,
  NINE,
  LT,
  EQUALS,
  GT,
  QUESTION,
  BACKSLASH,
  CLOSE_BRACE,
  LineSplitter,
  WarmupTooLongError,
  trimWarmup
};
