import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  GATE_FLAGS,
  GATE_FLAGS_HELP
} from "./chunk-ZWSK3PS4.js";
import {
  gateSettingsOf,
  judgeFiles
} from "./chunk-7RVD7WBP.js";
import {
  renderSummary,
  savedReportJson
} from "./chunk-YT54YFY2.js";
import {
  renderCliReport
} from "./chunk-NKUDTHKW.js";
import "./chunk-DYGKSEII.js";
import {
  reportVerdict
} from "./chunk-5KKGYJ4E.js";
import "./chunk-EWDJBB73.js";
import "./chunk-FXMSLKV4.js";
import {
  reportContext,
  reportHeader
} from "./chunk-JBAYR76E.js";
import "./chunk-NLPP37JB.js";
import "./chunk-I62BPVWY.js";
import "./chunk-RUBWER6Z.js";
import "./chunk-QE7TBEWJ.js";
import "./chunk-6374IUCB.js";
import {
  UnreadableArtifactError,
  decodeArtifact
} from "./chunk-7D5RIV7B.js";
import {
  RUN_FORMAT,
  deserializeRun
} from "./chunk-DOXB56IE.js";
import "./chunk-7SFJFLSG.js";
import {
  readActionConfig
} from "./chunk-ZRMRBL27.js";
import "./chunk-6NDA6WUM.js";
import "./chunk-5CIDEWRF.js";
import {
  VERSION
} from "./chunk-ZV2FGOYQ.js";
import "./chunk-ALMLCEKU.js";
import {
  UsageError,
  flagLabels,
  inputGetter,
  parseFlags
} from "./chunk-FOROKINH.js";
import {
  ExitCode,
  exitCodeFor
} from "./chunk-FE3AFNVO.js";
import {
  InputError
} from "./chunk-EXB2D2B4.js";
import {
  Inputs
} from "./chunk-3QD6O3PJ.js";
import {
  readK6Json
} from "./chunk-YHSFMYNJ.js";
import "./chunk-CCUFI3I3.js";
import "./chunk-OTXEUQ6A.js";
import {
  JtlSamples,
  digits,
  isTransactionMessage,
  isTransactionText,
  jtlHeader,
  readJtlCsv
} from "./chunk-RZLWYPBF.js";
import {
  matchBytes
} from "./chunk-MWCUCVEZ.js";
import {
  LOCUST_REQUESTS_FORMAT,
  LOCUST_STATS_HEADER,
  readLocustCsv,
  readLocustRequests
} from "./chunk-APMYEXRW.js";
import "./chunk-DM32MEN3.js";
import {
  AMPERSAND,
  APOSTROPHE,
  BANG,
  EQUALS,
  GT,
  LT,
  QUESTION,
  QUOTE,
  SLASH,
  pumpFile,
  withoutByteOrderMark
} from "./chunk-5EQLK7LG.js";
import {
  nameSeriesByTarget
} from "./chunk-PM2Z6TSB.js";
import {
  givenLoadModel,
  withLoadModelInput
} from "./chunk-RHZWF6LV.js";
import "./chunk-T7OUTNJ3.js";
import "./chunk-JTRRB6RP.js";
import {
  emptyTotals
} from "./chunk-3GBNS6AV.js";
import {
  RunFileError,
  snippet,
  unreadable
} from "./chunk-KXACUDTB.js";
import {
  streamLogger
} from "./chunk-R6BXLMDH.js";
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  seriesId
} from "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/cli/commands/compare.ts
import { resolve as resolve2 } from "node:path";

// src/delivery/output-file.ts
import { stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function assertWritableFile(flag, path) {
  const info = await stat(path).catch(() => void 0);
  if (info?.isDirectory()) throw new UsageError(`--${flag} ${path} is a directory: give a file name`);
  const parent = await stat(dirname(path)).catch(() => void 0);
  if (!parent?.isDirectory()) {
    throw new UsageError(`--${flag} ${path}: the directory ${dirname(path)} does not exist`);
  }
}
async function writeOutputFile(flag, path, text) {
  try {
    await writeFile(path, text);
  } catch (error) {
    const e = error;
    throw new UsageError(`--${flag} ${path}: cannot write it (${e.code ?? e.message})`);
  }
}

// src/inputs/compare-flags.ts
var COMPARE_FLAGS = {
  design: {},
  warmup: {},
  "load-model": {},
  "target-url": {},
  "baseline-target-url": {},
  markdown: {},
  save: {},
  ...GATE_FLAGS
};
var COMPARE_HELP = `Usage: perf-gate compare BASELINE CANDIDATE [options]

Compares two sets of runs and prints the verdict. Each side is a file, a directory of run files, or a
comma-separated list: k6 --out json files (plain or .gz), JMeter .jtl results (CSV with a header line, or
XML; plain or .gz), Locust per-request files (support/perf_gate_requests.py) or Locust PREFIX_stats.csv,
k6 --summary-export files (Locust's and k6's summaries hold quantiles only: lower fidelity, said so in the
report), runs saved by \`perf-gate run\`, or a saved baseline (its history then informs the between-job noise).

  --design cached|same-job  cached (default): the baseline was measured in another job, likely on another
                           machine; same-job: both sides were measured in this job, run i of each side
                           forming pair i
  --warmup DURATION        drop the first seconds of each k6 run
  --load-model open|closed   the load model of both sides' runs: closed gates throughput (the capacity
                           signal), open does not; default: what the files show (k6's default scenario,
                           Locust's per-request file), else unknown (throughput reported, not gated)
  --target-url URL         where the candidate's load went; requests named by full URL (k6's default) are
                           matched across sides by the part after it, so base and PR on other ports or
                           paths match (default: the host most requests went to; other hosts keep theirs)
  --baseline-target-url URL  where the baseline's load went (default: --target-url)
  --markdown FILE          also write the full markdown report to FILE
  --save FILE              save the comparison for \`perf-gate report\`

${GATE_FLAGS_HELP}

Exit codes: 0 pass, 1 regression or SLO breach, 2 usage or input error, 3 inconclusive.`;

// src/measure/side-files.ts
import { readdir, readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/results/read-run-file.ts
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createGunzip } from "node:zlib";

// src/results/jtl-xml.ts
async function readJtlXml(path, opts = {}) {
  const samples = new JtlSamples(path, opts);
  const parser = new XmlSamples(path, samples);
  await pumpFile(path, (chunk) => parser.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => samples.cutShort(
      `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`
    )
  });
  parser.finish();
  return samples.finish();
}
var ROOT = Buffer.from("testResults");
var HTTP_SAMPLE = Buffer.from("httpSample");
var SAMPLE = Buffer.from("sample");
var TRUE = Buffer.from("true");
var COMMENT = Buffer.from("<!--");
var CDATA = Buffer.from("<![CDATA[");
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
var READ_ATTRIBUTES = ["t", "ts", "s", "lb", "rm", "tn", "na"];
var [T, TS, S, LB, RM, TN, NA] = [0, 1, 2, 3, 4, 5, 6];
var Attributes = class {
  starts = new Int32Array(READ_ATTRIBUTES.length);
  ends = new Int32Array(READ_ATTRIBUTES.length);
  entities = new Uint8Array(READ_ATTRIBUTES.length);
  has(i) {
    return this.starts[i] >= 0;
  }
  /** the value, entities decoded ('' when absent) */
  text(buf, i) {
    if (!this.has(i)) return "";
    return decodeEntities(buf.toString("utf8", this.starts[i], this.ends[i]));
  }
  /** the value as a whole number, or -1 when it is not one (or absent) */
  wholeNumber(buf, i) {
    if (!this.has(i)) return -1;
    const n = digits(buf, this.starts[i], this.ends[i]);
    if (n >= 0) return n;
    const text = this.text(buf, i);
    return /^\d+$/.test(text) ? Number(text) : -1;
  }
};
var XmlSamples = class {
  constructor(path, samples) {
    this.path = path;
    this.samples = samples;
  }
  path;
  samples;
  /** the bytes after the last complete tag (copied: the pump reuses its chunks) */
  carry = Buffer.alloc(0);
  rootSeen = false;
  stack = [];
  attrs = new Attributes();
  view = new DataView(new ArrayBuffer(0));
  push(chunk) {
    let from = 0;
    if (this.carry.length > 0) {
      const carried = this.carry.length;
      let take = Math.min(chunk.length, 4096);
      for (; ; take = Math.min(chunk.length, take * 4)) {
        const joined = Buffer.concat([this.carry, chunk.subarray(0, take)]);
        const pos = this.read(joined, 0);
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
  read(buf, pos) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    for (; ; ) {
      const lt = buf.indexOf(LT, pos);
      if (lt === -1) return buf.length;
      const end = tagEnd(buf, lt);
      if (end === -1) return lt;
      this.tag(buf, lt, end);
      pos = end;
    }
  }
  finish() {
    const rest = this.carry.toString("utf8");
    if (!this.rootSeen) {
      throw new RunFileError(
        this.path,
        void 0,
        `not a JMeter XML results file: no <testResults> element${rest === "" ? "" : `, got: ${snippet(rest)}`}`
      );
    }
    if (rest !== "" || this.stack.length > 0) {
      this.samples.cutShort(
        `${this.path}: the file ends inside a sample (JMeter was probably stopped while writing); ignored it`,
        "truncated last sample"
      );
    }
  }
  /** The markup `buf[lt, end)`. */
  tag(buf, lt, end) {
    const first = buf[lt + 1];
    if (first === BANG || first === QUESTION) return;
    const closing = first === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    const nameEnd = elementNameEnd(buf, nameStart, end);
    if (!this.rootSeen) {
      if (!sameBytes(buf, nameStart, nameEnd, ROOT)) {
        throw new RunFileError(
          this.path,
          void 0,
          `not a JMeter XML results file: expected <testResults>, got: ${snippet(buf.toString("utf8", lt, end))}`
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
    const counts = parent === void 0 || parent.transaction;
    const transaction = counts && this.isTransaction(buf);
    if (transaction) this.samples.transactionSample();
    else if (!counts) this.samples.subResult();
    else this.sample(buf, lt, end);
    if (buf[end - 2] !== SLASH) this.stack.push({ transaction });
  }
  isTransaction(buf) {
    const attrs = this.attrs;
    if (attrs.entities[RM] === 0)
      return attrs.has(RM) && isTransactionMessage(buf, attrs.starts[RM], attrs.ends[RM]);
    return isTransactionText(attrs.text(buf, RM));
  }
  sample(buf, lt, end) {
    const attrs = this.attrs;
    const ts = attrs.wholeNumber(buf, TS);
    const t = attrs.wholeNumber(buf, T);
    if (ts < 0 || t < 0) {
      throw new RunFileError(
        this.path,
        void 0,
        `a sample without whole-number ts (start, epoch ms) and t (elapsed ms) attributes: ${snippet(buf.toString("utf8", lt, end))}`
      );
    }
    const ok = (
      // Stryker disable next-line ConditionalExpression: equivalent for `false`, the decoded value is the same, only made a string (`true` is tested)
      attrs.entities[S] === 0 ? attrs.has(S) && sameBytes(buf, attrs.starts[S], attrs.ends[S], TRUE) : attrs.text(buf, S) === "true"
    );
    const all = allThreads(buf, attrs);
    if (attrs.entities[LB] !== 0 || attrs.entities[TN] !== 0) {
      this.samples.sampleOf(attrs.text(buf, LB), attrs.text(buf, TN), ok, ts, t, all);
      return;
    }
    const second = Math.floor(ts / 1e3);
    const lb = attrs.has(LB);
    const tn = attrs.has(TN);
    const series = this.samples.seriesOf(
      this.view,
      buf,
      lb ? attrs.starts[LB] : lt,
      lb ? attrs.ends[LB] : lt,
      tn ? attrs.starts[TN] : lt,
      tn ? attrs.ends[TN] : lt
    );
    this.samples.record(series, ok, second, ts - second * 1e3, t, all);
  }
};
function allThreads(buf, attrs) {
  if (!attrs.has(NA)) return -1;
  const n = digits(buf, attrs.starts[NA], attrs.ends[NA]);
  if (n >= 0) return n;
  const all = Number(attrs.text(buf, NA));
  return Number.isInteger(all) ? all : -1;
}
function tagEnd(buf, lt) {
  const next = buf[lt + 1];
  if (next !== BANG && next !== QUESTION) {
    const gt = buf.indexOf(GT, lt);
    return gt === -1 ? -1 : gt + 1;
  }
  const close = (marker) => {
    const i = buf.indexOf(marker, lt);
    return i === -1 ? -1 : i + marker.length;
  };
  if (matchBytes(buf, lt, buf.length, COMMENT)) return close("-->");
  if (matchBytes(buf, lt, buf.length, CDATA)) return close("]]>");
  if (next === QUESTION) return close("?>");
  return close(">");
}
function sameBytes(buf, start, end, bytes) {
  return end - start === bytes.length && matchBytes(buf, start, end, bytes);
}
function elementNameEnd(buf, start, limit) {
  let end = start;
  while (end < limit && isNameChar(buf[end]) && buf[end] !== 58) end++;
  return end;
}
function readAttributes(buf, from, end, attrs) {
  attrs.starts.fill(-1);
  attrs.entities.fill(0);
  let p = from;
  while (p < end) {
    if (!isNameChar(buf[p])) {
      p++;
      continue;
    }
    const nameStart = p;
    while (isNameChar(buf[p])) p++;
    const nameEnd = p;
    while (isBlank(buf[p])) p++;
    if (buf[p] !== EQUALS) continue;
    p++;
    while (isBlank(buf[p])) p++;
    const quote = buf[p];
    if (quote !== QUOTE && quote !== APOSTROPHE) continue;
    const close = buf.indexOf(quote, p + 1);
    if (close === -1 || close >= end) break;
    const i = attributeIndex(buf, nameStart, nameEnd);
    if (i >= 0) {
      attrs.starts[i] = p + 1;
      attrs.ends[i] = close;
      attrs.entities[i] = 0;
      for (let q = p + 1; q < close; q++) if (buf[q] === AMPERSAND) attrs.entities[i] = 1;
    }
    p = close + 1;
  }
}
function attributeIndex(buf, start, end) {
  const a = buf[start];
  if (end - start === 1) return a === 116 ? T : a === 115 ? S : -1;
  if (end - start !== 2) return -1;
  const b = buf[start + 1];
  if (a === 116) return b === 115 ? TS : b === 110 ? TN : -1;
  if (a === 108) return b === 98 ? LB : -1;
  if (a === 114) return b === 109 ? RM : -1;
  if (a === 110) return b === 97 ? NA : -1;
  return -1;
}
function isNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 46 || c === 58 || c === 45;
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

// src/results/summary-export.ts
var ALL_REQUESTS_KEY = { scenario: "", group: "", method: "*", name: "all requests" };
var SERIES_TAGS = ["scenario", "group", "method", "name", "url"];
function summaryToRun(json, source, opts = {}) {
  const metrics = summaryMetrics(json, source);
  const requests = metrics.number("http_reqs", "count");
  if (!requests || metrics.values("http_req_duration") === void 0) {
    metrics.fail("no HTTP requests were recorded: is the target reachable?");
  }
  const warnings = [
    `${source}: a k6 summary holds only the quantiles k6 printed: no distribution and no per-second data`
  ];
  const skipped = {};
  const series = seriesOf(metrics, requests, warnings, skipped, source);
  const totals = totalsOf(metrics);
  const rate = metrics.number("http_reqs", "rate");
  const durationMs = rate !== void 0 && rate > 0 ? requests / rate * 1e3 : Number.NaN;
  if (Number.isNaN(durationMs)) warnings.push(`${source}: no http_reqs rate: the test duration is unknown`);
  const run = {
    engine: "k6",
    fidelity: "summary",
    ...givenLoadModel(opts),
    sources: [source],
    startMs: 0,
    endMs: durationMs,
    series,
    lifecycle: /* @__PURE__ */ new Map(),
    totals,
    thresholds: thresholdsOf(metrics.all, metrics.fail),
    // read before the unused metrics are listed below
    skipped,
    warnings
  };
  if (opts.targetRate !== void 0) run.targetRate = opts.targetRate;
  for (const metric of Object.keys(metrics.all)) {
    if (!metrics.used.has(metric)) skipped[`summary metric ${metric}`] = 1;
  }
  return nameSeriesByTarget(run, opts.targetUrl);
}
function summaryMetrics(json, source) {
  const fail = (what) => {
    throw new RunFileError(source, void 0, what);
  };
  const all = isObject(json) && isObject(json.metrics) ? json.metrics : void 0;
  if (all === void 0) return fail('not a k6 summary: expected a JSON object with a "metrics" object');
  const used = /* @__PURE__ */ new Set();
  const values = (name) => {
    const m = all[name];
    if (m === void 0) return void 0;
    used.add(name);
    if (!isObject(m)) return fail(`metric ${name}: expected an object`);
    return isObject(m.values) ? m.values : m;
  };
  const number = (metric, field) => {
    const v = values(metric)?.[field];
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "number")
      return fail(`metric ${metric}: expected "${field}" to be a number, got ${JSON.stringify(v)}`);
    return v;
  };
  return { all, used, fail, values, number };
}
function seriesOf(metrics, requests, warnings, skipped, source) {
  const series = /* @__PURE__ */ new Map();
  const add = (key, metric, count, failed) => {
    const id = seriesId(key);
    series.set(id, {
      key,
      id,
      requests: count,
      failed,
      latency: new LatencyHistogram(),
      seconds: /* @__PURE__ */ new Map(),
      reportedQuantiles: quantilesOf(metrics.values(metric), metric, metrics.fail)
    });
  };
  add(
    ALL_REQUESTS_KEY,
    "http_req_duration",
    requests,
    failedOf(metrics, "http_req_failed", warnings, source)
  );
  for (const metric of Object.keys(metrics.all)) {
    const sub = parseSubmetric(metric);
    if (sub === void 0 || sub.metric !== "http_req_duration") continue;
    if (!Object.keys(sub.tags).some((t2) => SERIES_TAGS.includes(t2))) {
      skipped[`summary metric ${metric}`] = 1;
      continue;
    }
    const t = sub.tags;
    const key = {
      scenario: t.scenario ?? "",
      group: t.group ?? "",
      method: t.method ?? "*",
      name: t.name ?? t.url ?? "*"
    };
    const suffix = metric.slice("http_req_duration".length);
    let count = metrics.number(`http_reqs${suffix}`, "count");
    if (count === void 0) {
      count = Number.NaN;
      warnings.push(
        `${source}: ${metric} has no matching http_reqs${suffix} count: its request count is unknown`
      );
    }
    add(key, metric, count, failedOf(metrics, `http_req_failed${suffix}`, warnings, source));
  }
  return series;
}
function totalsOf(metrics) {
  const { number } = metrics;
  const totals = emptyTotals();
  totals.iterations = number("iterations", "count") ?? 0;
  totals.droppedIterations = number("dropped_iterations", "count") ?? 0;
  totals.checksPassed = number("checks", "passes") ?? 0;
  totals.checksFailed = number("checks", "fails") ?? 0;
  totals.maxVUs = number("vus", "max") ?? number("vus", "value") ?? 0;
  const allocated = number("vus_max", "max") ?? number("vus_max", "value");
  if (allocated !== void 0) totals.maxVUsAllocated = allocated;
  return totals;
}
function failedOf(metrics, metric, warnings, source) {
  const passes = metrics.number(metric, "passes");
  if (passes !== void 0) return passes;
  warnings.push(`${source}: no ${metric} in the summary: the failed-request count is unknown`);
  return Number.NaN;
}
function quantilesOf(values, metric, fail) {
  const out = {};
  for (const [stat3, v] of Object.entries(values)) {
    const name = stat3 === "med" ? "p50" : stat3 === "min" ? "p0" : stat3 === "max" ? "p100" : /^p\(([\d.]+)\)$/.exec(stat3)?.[1];
    if (name === void 0) continue;
    if (typeof v !== "number")
      fail(`metric ${metric}: expected "${stat3}" to be a number, got ${JSON.stringify(v)}`);
    out[name.startsWith("p") ? name : `p${name}`] = v;
  }
  if (Object.keys(out).length === 0) {
    fail(`metric ${metric}: no quantiles (expected med, p(90), p(95), \u2026 as k6's summaryTrendStats)`);
  }
  return out;
}
function thresholdsOf(metrics, fail) {
  const out = [];
  for (const [metric, m] of Object.entries(metrics)) {
    if (!isObject(m) || m.thresholds === void 0) continue;
    if (!isObject(m.thresholds)) fail(`metric ${metric}: expected "thresholds" to be an object`);
    const entries = Object.entries(m.thresholds);
    if (entries.length === 0) continue;
    const failed = entries.map(([expression, v]) => {
      if (typeof v === "boolean") return v;
      if (isObject(v) && typeof v.ok === "boolean") return !v.ok;
      return fail(
        `metric ${metric}: threshold ${JSON.stringify(expression)}: expected true/false or {"ok": \u2026}`
      );
    });
    out.push({ metric, expressions: entries.map(([e]) => e), crossed: failed.some((f) => f) });
  }
  return out;
}
function parseSubmetric(name) {
  const open2 = name.indexOf("{");
  if (open2 < 0 || !name.endsWith("}")) return void 0;
  const tags = {};
  for (const part of name.slice(open2 + 1, -1).split(",")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    tags[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return { metric: name.slice(0, open2), tags };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/results/read-run-file.ts
var HEAD_BYTES = 64 * 1024;
async function readRunFile(path, opts = {}) {
  const raw = await readHead(path, HEAD_BYTES);
  if (raw.length === 0) {
    throw new RunFileError(
      path,
      void 0,
      "empty file: expected k6 --out json output, a JMeter or Locust results file, a k6 summary or a perf-gate run"
    );
  }
  const gzipped = raw[0] === 31 && raw[1] === 139;
  const text = (gzipped ? await gunzipHead(path) : raw).toString("utf8");
  const firstLine = text.split("\n", 1)[0].trim();
  if (jtlHeader(firstLine) !== void 0) return readJtlCsv(path, opts);
  if (/^(<\?xml[^>]*>\s*)?<testResults[\s>]/.test(text.trimStart())) return readJtlXml(path, opts);
  if (firstLine.includes(`"${LOCUST_REQUESTS_FORMAT}"`)) return readLocustRequests(path, opts);
  if (!gzipped && firstLine.startsWith(LOCUST_STATS_HEADER)) return readLocustCsv(path, opts);
  if (gzipped) return readK6Json(path, opts);
  if (isK6Line(firstLine)) return readK6Json(path, opts);
  const whole = withoutByteOrderMark(await readFile(path, "utf8"));
  let json;
  try {
    json = JSON.parse(whole);
  } catch (err) {
    throw new RunFileError(
      path,
      void 0,
      `not a run file (${snippet(err.message, 120)}): expected k6 --out json NDJSON, a JMeter .jtl (CSV with a header line, or XML), a Locust _stats.csv or per-request file, a k6 --summary-export JSON or a perf-gate run JSON, got: ${snippet(whole)}`
    );
  }
  if (isRecord(json) && json.format === RUN_FORMAT)
    return nameSeriesByTarget(deserializeRun(json, path), opts.targetUrl);
  if (isRecord(json) && isRecord(json.metrics)) return summaryToRun(json, path, opts);
  throw new RunFileError(
    path,
    void 0,
    `not a run file: expected k6 --out json NDJSON, a k6 --summary-export JSON (with "metrics") or a perf-gate run JSON (with "format": "${RUN_FORMAT}"), got: ${snippet(whole)}`
  );
}
function isK6Line(line) {
  try {
    const o = JSON.parse(line);
    return isRecord(o) && (o.type === "Point" || o.type === "Metric") && isRecord(o.data);
  } catch {
    return false;
  }
}
async function readHead(path, bytes) {
  let fh;
  try {
    fh = await open(path, "r");
  } catch (err) {
    throw unreadable(path, err);
  }
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
async function gunzipHead(path) {
  const parts = [];
  let length = 0;
  const input = createReadStream(path, { highWaterMark: HEAD_BYTES });
  const gunzip = input.pipe(createGunzip());
  try {
    for await (const chunk of gunzip) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= HEAD_BYTES) break;
    }
  } catch (err) {
    if (length === 0)
      throw new RunFileError(path, void 0, `not a readable gzip file: ${err.message}`);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  return Buffer.concat(parts);
}

// src/measure/side-files.ts
var RUN_FILE = /^run-(\d+)(\.result)?\.json(\.gz)?$/;
async function runFilesIn(dir) {
  const names = await readdir(dir).catch((error) => {
    throw new RunFileError(dir, void 0, `cannot list the directory (${error.code ?? error.message})`);
  });
  const files = names.map((name) => ({ name, match: RUN_FILE.exec(name) })).filter((f) => f.match !== null).sort((a, b) => Number(a.match[1]) - Number(b.match[1])).map((f) => join(dir, f.name));
  if (files.length === 0)
    throw new RunFileError(
      dir,
      void 0,
      "no run-<i>.json, run-<i>.json.gz or run-<i>.result.json files in this directory"
    );
  return files;
}
async function loadSide(spec, cwd, read) {
  const side = { runs: [] };
  const { loadModel, ...readOptions } = read;
  for (const part of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const path = resolve(cwd, part);
    const info = await stat2(path).catch(() => {
      throw new RunFileError(path, void 0, "no such file or directory");
    });
    const files = info.isDirectory() ? await runFilesIn(path) : [path];
    for (const file of files) {
      try {
        side.runs.push(withLoadModelInput(await readRunFile(file, readOptions), loadModel));
      } catch (error) {
        if (!(error instanceof RunFileError)) throw error;
        const artifact = await readArtifact(file);
        if (artifact === void 0) throw error;
        side.runs.push(...artifact.runs.map((run) => withLoadModelInput(run, loadModel)));
        side.history = artifact.history;
        side.baseline = { commit: artifact.commit, ref: artifact.branch, timeMs: artifact.timeMs };
      }
    }
  }
  if (side.runs.length === 0) throw new RunFileError(spec, void 0, "no runs given");
  return side;
}
async function readArtifact(file) {
  const bytes = await readFile2(file).catch((error) => {
    throw unreadable(file, error);
  });
  try {
    return decodeArtifact(bytes, file);
  } catch (error) {
    if (error instanceof UnreadableArtifactError) return void 0;
    throw error;
  }
}

// src/cli/commands/compare.ts
async function compareCommand(argv, io, color) {
  const flags = parseFlags(argv, COMPARE_FLAGS);
  if (flags.values.help) {
    io.out(COMPARE_HELP);
    return ExitCode.Pass;
  }
  if (flags.positionals.length !== 2) {
    throw new UsageError(`expected BASELINE and CANDIDATE, got ${flags.positionals.length} argument(s)`);
  }
  const design = String(flags.values.design ?? "cached");
  if (design !== "cached" && design !== "same-job") {
    throw new InputError("design", `'${design}' is not one of cached, same-job`);
  }
  const config = readActionConfig(
    inputGetter(flags, COMPARE_FLAGS, { [Inputs.Mode]: "report", [Inputs.Design]: "" }),
    flagLabels(COMPARE_FLAGS)
  );
  const [baselineSpec, candidateSpec] = flags.positionals;
  const outputs = ["markdown", "save"].flatMap(
    (flag) => flags.values[flag] === void 0 ? [] : [{ flag, path: resolve2(io.cwd, String(flags.values[flag])) }]
  );
  for (const { flag, path } of outputs) await assertWritableFile(flag, path);
  const { warmupSeconds, loadModel } = config;
  const baseline = await loadSide(baselineSpec, io.cwd, {
    warmupSeconds,
    loadModel,
    targetUrl: config.baselineTargetUrl ?? config.targetUrl
  });
  const candidate = await loadSide(candidateSpec, io.cwd, {
    warmupSeconds,
    loadModel,
    targetUrl: config.targetUrl
  });
  const judged = judgeFiles(
    {
      baseline: { spec: baselineSpec, loaded: baseline },
      candidate: { spec: candidateSpec, loaded: candidate }
    },
    design,
    gateSettingsOf(config, config.seed ?? 1),
    streamLogger(io.stderr)
  );
  const judgedSides = {
    scenario: { id: "cli", name: `${baselineSpec} vs ${candidateSpec}` },
    candidate: { commit: "candidate", ref: candidateSpec }
  };
  const ctx = reportContext(
    reportHeader(config, judgedSides, { nowMs: Date.now(), version: VERSION }),
    judged
  );
  for (const { flag, path } of outputs) {
    await writeOutputFile(flag, path, flag === "markdown" ? renderSummary(ctx) : savedReportJson(ctx));
  }
  io.out(renderCliReport(ctx, { json: flags.values.json === true, color }));
  return exitCodeFor(reportVerdict(ctx));
}
export {
  compareCommand
};
