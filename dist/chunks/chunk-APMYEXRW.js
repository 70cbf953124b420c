import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  parseCsvRecord
} from "./chunk-DM32MEN3.js";
import {
  LineSplitter,
  pumpFile,
  withoutByteOrderMark
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
  RunAccumulator,
  emptyTotals
} from "./chunk-3GBNS6AV.js";
import {
  RunFileError,
  snippet,
  unreadable
} from "./chunk-KXACUDTB.js";
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  seriesId
} from "./chunk-IEL6FNXH.js";

// src/results/locust-csv.ts
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
var LOCUST_STATS_HEADER = "Type,Name,Request Count,Failure Count";
var STATS_SUFFIX = "_stats.csv";
var PERCENTILES = {
  "50%": "p50",
  "66%": "p66",
  "75%": "p75",
  "80%": "p80",
  "90%": "p90",
  "95%": "p95",
  "98%": "p98",
  "99%": "p99",
  "99.9%": "p99.9",
  "99.99%": "p99.99"
};
async function readLocustCsv(path, opts = {}) {
  if (opts.warmupSeconds) {
    throw new RunFileError(
      path,
      void 0,
      "cannot drop a warm-up from Locust's stats CSV: it has no per-request data (import perf_gate_requests in the locustfile for a per-request file)"
    );
  }
  const series = seriesOfStats(path, await readText(path));
  const warnings = [
    `${path}: Locust's stats CSV holds per-endpoint counts and percentiles rounded into Locust's buckets, no per-request data and no per-second data (import perf_gate_requests in the locustfile for full fidelity); its counts miss Locust's last second`
  ];
  const named = path.endsWith(STATS_SUFFIX);
  const prefix = path.slice(0, -STATS_SUFFIX.length);
  const history = named ? await readHistory(`${prefix}_stats_history.csv`) : void 0;
  if (named) warnings.push(...await failureLines(`${prefix}_failures.csv`));
  const totals = emptyTotals();
  totals.maxVUs = history?.maxUsers ?? 0;
  if (history === void 0)
    warnings.push(`${path}: no _stats_history.csv beside it: the test duration is unknown`);
  const run = {
    engine: "locust",
    fidelity: "summary",
    ...givenLoadModel(opts),
    sources: [path],
    startMs: history?.firstMs ?? 0,
    endMs: history?.lastMs ?? Number.NaN,
    series,
    lifecycle: /* @__PURE__ */ new Map(),
    totals,
    thresholds: [],
    skipped: {},
    warnings,
    ...opts.targetRate === void 0 ? {} : { targetRate: opts.targetRate }
  };
  return nameSeriesByTarget(run, opts.targetUrl);
}
var STATS_COLUMNS = [
  "Type",
  "Name",
  "Request Count",
  "Failure Count",
  "Min Response Time",
  "Max Response Time"
];
function seriesOfStats(path, text) {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const header = parseCsvRecord(lines[0] ?? "", ",") ?? [];
  const column = (name) => header.indexOf(name);
  for (const needed of STATS_COLUMNS) {
    if (column(needed) < 0) {
      throw new RunFileError(
        path,
        1,
        `not a Locust _stats.csv: no '${needed}' column in ${snippet(lines[0] ?? "")}`
      );
    }
  }
  const series = /* @__PURE__ */ new Map();
  for (const [i, line] of lines.slice(1).entries()) {
    const fields = parseCsvRecord(line, ",");
    if (fields === void 0 || fields.length !== header.length) {
      throw new RunFileError(
        path,
        i + 2,
        `expected ${header.length} fields as in the header: ${snippet(line)}`
      );
    }
    const row = statsRow(path, i + 2, fields, column);
    if (row !== void 0) series.set(row.id, row);
  }
  if (series.size === 0) {
    throw new RunFileError(path, void 0, "no requests were recorded: is the target reachable?");
  }
  return series;
}
function statsRow(path, lineNumber, fields, column) {
  const name = fields[column("Name")];
  if (fields[column("Type")] === "" && name === "Aggregated") return void 0;
  const number = (col) => {
    const raw = fields[column(col)];
    const v = Number(raw);
    if (raw === "" || !Number.isFinite(v)) {
      throw new RunFileError(path, lineNumber, `'${col}' is not a number: '${snippet(raw, 40)}'`);
    }
    return v;
  };
  const requests = number("Request Count");
  if (requests === 0) return void 0;
  const quantiles = {
    p0: number("Min Response Time"),
    p100: number("Max Response Time")
  };
  for (const [col, q] of Object.entries(PERCENTILES)) {
    if (column(col) >= 0 && fields[column(col)] !== "N/A") quantiles[q] = number(col);
  }
  const key = { scenario: "", group: "", method: fields[column("Type")], name };
  return {
    key,
    id: seriesId(key),
    requests,
    failed: number("Failure Count"),
    latency: new LatencyHistogram(),
    seconds: /* @__PURE__ */ new Map(),
    reportedQuantiles: quantiles
  };
}
async function readText(path) {
  try {
    return withoutByteOrderMark(await readFile(path, "utf8"));
  } catch (err) {
    throw unreadable(path, err);
  }
}
async function readHistory(path) {
  let header;
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  let maxUsers = 0;
  try {
    for await (const text of createInterface({
      input: createReadStream(path),
      crlfDelay: Number.POSITIVE_INFINITY
    })) {
      const line = withoutByteOrderMark(text);
      const fields = parseCsvRecord(line, ",");
      if (fields === void 0 || line === "") continue;
      if (header === void 0) {
        header = fields;
        continue;
      }
      const ms = Number(fields[header.indexOf("Timestamp")]) * 1e3;
      const users = Number(fields[header.indexOf("User Count")]);
      if (Number.isFinite(ms)) {
        firstMs = Math.min(firstMs, ms);
        lastMs = Math.max(lastMs, ms);
      }
      if (Number.isFinite(users)) maxUsers = Math.max(maxUsers, users);
    }
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw unreadable(path, err);
  }
  return Number.isFinite(firstMs) ? { firstMs, lastMs, maxUsers } : void 0;
}
async function failureLines(path) {
  let text;
  try {
    text = withoutByteOrderMark(await readFile(path, "utf8"));
  } catch {
    return [];
  }
  const rows = text.split(/\r?\n/).filter((l) => l !== "");
  const header = parseCsvRecord(rows[0] ?? "", ",") ?? [];
  const [m, n, e, o] = ["Method", "Name", "Error", "Occurrences"].map((c) => header.indexOf(c));
  return rows.slice(1, 11).flatMap((row) => {
    const f = parseCsvRecord(row, ",");
    if (f === void 0 || m < 0 || n < 0 || e < 0 || o < 0) return [];
    return [`${path}: ${f[o]}\xD7 ${f[m]} ${f[n]} failed: ${snippet(f[e], 160)}`];
  });
}

// src/results/locust-requests.ts
var LOCUST_REQUESTS_FORMAT = "perf-gate-locust-requests";
async function readLocustRequests(path, opts = {}) {
  const acc = new RunAccumulator(opts.maxSeries);
  const lines = new RequestLines(path, acc);
  let cut = false;
  const splitter = new LineSplitter((buf, start, end, lineNo) => lines.handle(buf, start, end, lineNo));
  await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => {
      acc.warn(`${path}: the gzip stream is truncated; kept what was read`);
      cut = true;
    }
  });
  if (!readLastLine(splitter, lines, acc, path)) cut = true;
  const { header } = lines;
  if (header === void 0) {
    throw new RunFileError(path, void 0, `empty file: expected perf-gate's Locust per-request file`);
  }
  if (acc.seriesCount === 0) {
    throw new RunFileError(path, void 0, "no requests were recorded: is the target reachable?");
  }
  const shown = header.loadModel === "open" || header.loadModel === "closed" ? header.loadModel : void 0;
  const run = nameSeriesByTarget(
    acc.finish({
      engine: "locust",
      sources: [path],
      ...shown === void 0 ? givenLoadModel(opts) : { loadModel: shown, loadModelSource: "locust-plan" },
      targetRate: opts.targetRate,
      engineVersion: header.locust || void 0
    }),
    opts.targetUrl
  );
  if (cut) run.cutFiles = [path];
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}
var RequestLines = class {
  constructor(path, acc) {
    this.path = path;
    this.acc = acc;
  }
  path;
  acc;
  header;
  tagSets = /* @__PURE__ */ new Map();
  handle(buf, start, end, lineNo) {
    const text = buf.toString("utf8", start, end).trim();
    if (text === "") return;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new RunFileError(this.path, lineNo, `not JSON: ${snippet(text)}`);
    }
    if (this.header === void 0) {
      this.header = headerOf(value, this.path, text);
      return;
    }
    if (!isRequestLine(value)) {
      throw new RunFileError(
        this.path,
        lineNo,
        `expected [start ms, method, name, response ms, failure or null], got: ${snippet(text)}`
      );
    }
    const [startMs, method, name, responseMs, failure] = value;
    const failed = failure !== null;
    const key = `${method}\0${name}\0${failed}`;
    let tags = this.tagSets.get(key);
    if (tags === void 0) {
      tags = this.acc.tagSet({ method, name, expectedResponse: String(!failed) });
      this.tagSets.set(key, tags);
    }
    const second = Math.floor(startMs / 1e3);
    this.acc.request(tags, second, startMs - second * 1e3, responseMs);
  }
};
function readLastLine(splitter, lines, acc, path) {
  const last = splitter.unterminatedLine();
  if (last === void 0) return true;
  try {
    lines.handle(last.buf, last.start, last.end, last.lineNo);
    return true;
  } catch (err) {
    if (!(err instanceof RunFileError)) throw err;
    acc.warn(
      `${path}:${last.lineNo}: the last line is incomplete (Locust was stopped while writing it); ignored it`
    );
    acc.skip("truncated last line");
    return false;
  }
}
function headerOf(value, path, text) {
  const h = value;
  if (h?.format !== LOCUST_REQUESTS_FORMAT) {
    throw new RunFileError(
      path,
      1,
      `not perf-gate's Locust per-request file: the first line must be {"format": "${LOCUST_REQUESTS_FORMAT}", \u2026}, got: ${snippet(text)}`
    );
  }
  if (h.version !== 1) {
    throw new RunFileError(
      path,
      1,
      `format version ${JSON.stringify(h.version)} is not one this perf-gate reads (1)`
    );
  }
  return h;
}
function isRequestLine(v) {
  return Array.isArray(v) && v.length === 5 && Number.isFinite(v[0]) && typeof v[1] === "string" && typeof v[2] === "string" && Number.isFinite(v[3]) && v[3] >= 0 && (v[4] === null || typeof v[4] === "string");
}

export {
  LOCUST_STATS_HEADER,
  readLocustCsv,
  LOCUST_REQUESTS_FORMAT,
  readLocustRequests
};
