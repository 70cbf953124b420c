import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  assertReachable
} from "./chunk-CC5NIC6P.js";
import {
  runTitle,
  streamLogger
} from "./chunk-R6BXLMDH.js";
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  measuredRequests,
  seriesId
} from "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/engine/embedded/http1.ts
import { createRequire } from "node:module";
import { connect as tcpConnect } from "node:net";
function originOf(baseUrl) {
  const url = new URL(baseUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${baseUrl}: the embedded engine speaks http: and https: only`);
  }
  return {
    protocol: url.protocol,
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    authority: url.host
  };
}
function encodeRequest(origin, request) {
  const headers = [["host", origin.authority]];
  let hasLength = false;
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower2 = name.toLowerCase();
    if (lower2 === "host" || lower2 === "connection" || lower2 === "transfer-encoding") continue;
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) {
      throw new Error(`header ${JSON.stringify(name)}: a line break cannot be sent in an HTTP header`);
    }
    if (lower2 === "content-length") hasLength = true;
    headers.push([name, value]);
  }
  const body = request.body === void 0 ? void 0 : Buffer.from(request.body, "utf8");
  if (body !== void 0 && !hasLength) headers.push(["content-length", String(body.length)]);
  const head = `${request.method} ${request.path} HTTP/1.1\r
${headers.map(([n, v]) => `${n}: ${v}\r
`).join("")}\r
`;
  const headBytes = Buffer.from(head, "latin1");
  return {
    bytes: body === void 0 ? headBytes : Buffer.concat([headBytes, body]),
    head: request.method === "HEAD"
  };
}
var tls;
var requireBuiltin = createRequire(import.meta.url);
function protocolError(message) {
  return Object.assign(new Error(message), { code: "HTTP_PARSE_ERROR" });
}
var HEADER_END = Buffer.from("\r\n\r\n");
var CRLF = Buffer.from("\r\n");
var HTTP1 = Buffer.from("HTTP/1.");
var MAX_HEAD_BYTES = 64 * 1024;
var READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
var FRAMING_HEADERS = ["content-length", "transfer-encoding", "connection", "keep-alive"];
var FRAMING_BYTES = FRAMING_HEADERS.map((name) => Buffer.from(name, "latin1"));
var isSpace = (b) => b === 32 || b >= 9 && b <= 13 || b === 160;
var lower = (b) => b >= 65 && b <= 90 ? b + 32 : b;
function framingHeader(data, from, to) {
  for (let h = 0; h < FRAMING_BYTES.length; h++) {
    const name = FRAMING_BYTES[h];
    if (name.length !== to - from) continue;
    let i = 0;
    while (i < name.length && lower(data[from + i]) === name[i]) i++;
    if (i === name.length) return FRAMING_HEADERS[h];
  }
  return void 0;
}
var Http1Connection = class {
  constructor(origin, connectTimeoutMs) {
    this.origin = origin;
    this.connectTimeoutMs = connectTimeoutMs;
  }
  origin;
  connectTimeoutMs;
  socket;
  handler;
  head;
  pending;
  status = 0;
  body;
  /** reused across responses: a `length` or `chunked` body state is reset, not reallocated */
  lengthBody = { kind: "length", remaining: 0 };
  chunkedBody = {
    kind: "chunked",
    phase: "size",
    remaining: 0
  };
  closeAfter = false;
  /** performance.now() after which a kept-alive socket is not reused (the server's Keep-Alive timeout) */
  reuseUntil = Number.POSITIVE_INFINITY;
  /** the last Keep-Alive header value seen and the timeout it gave (ms), so a repeated value is not re-parsed */
  keepAliveValue = "";
  keepAliveMs = Number.NaN;
  send(request, handler) {
    if (this.socket !== void 0 && performance.now() > this.reuseUntil) this.drop();
    const socket = this.socket ?? this.open();
    this.handler = handler;
    this.head = request;
    this.pending = void 0;
    this.status = 0;
    this.body = void 0;
    this.closeAfter = false;
    socket.write(request.bytes);
  }
  /** Fails the request in flight (if any) with `error` and drops the socket. */
  abort(error) {
    if (this.handler !== void 0) this.fail(error);
  }
  close() {
    this.drop();
  }
  open() {
    const { host, port } = this.origin;
    let socket;
    if (this.origin.protocol === "https:") {
      tls ??= requireBuiltin("node:tls");
      socket = tls.connect({
        host,
        port,
        servername: host === "" || /^[\d.:]+$/.test(host) ? void 0 : host
      });
      socket.on("data", (chunk) => {
        if (this.socket === socket) this.read(chunk);
      });
    } else {
      socket = tcpConnect({
        host,
        port,
        onread: {
          buffer: READ_BUFFER,
          callback: (bytes, buffer) => {
            if (this.socket === socket) this.read(buffer.subarray(0, bytes));
            return true;
          }
        }
      });
    }
    socket.setNoDelay(true);
    const connectTimer = setTimeout(() => {
      if (this.socket === socket) {
        this.fail(
          Object.assign(new Error(`no connection within ${this.connectTimeoutMs} ms`), { code: "TIMEOUT" })
        );
      }
    }, this.connectTimeoutMs);
    socket.once(
      this.origin.protocol === "https:" ? "secureConnect" : "connect",
      () => clearTimeout(connectTimer)
    );
    socket.on("error", (error) => {
      clearTimeout(connectTimer);
      if (this.socket === socket) this.fail(error);
    });
    socket.on("close", () => {
      clearTimeout(connectTimer);
      if (this.socket !== socket) return;
      this.socket = void 0;
      if (this.handler === void 0) return;
      if (this.body?.kind === "until-close") this.complete();
      else
        this.fail(
          Object.assign(new Error("the server closed the connection mid-response"), { code: "ECONNRESET" })
        );
    });
    this.socket = socket;
    this.reuseUntil = Number.POSITIVE_INFINITY;
    return socket;
  }
  drop() {
    const socket = this.socket;
    this.socket = void 0;
    socket?.destroy();
  }
  fail(error) {
    const handler = this.handler;
    this.handler = void 0;
    this.drop();
    handler?.onError(error);
  }
  complete() {
    const handler = this.handler;
    const status = this.status;
    this.handler = void 0;
    if (this.closeAfter) this.drop();
    handler?.onComplete(status);
  }
  /** Keeps the unparsed tail of a read for the next one: a copy, since `data` may be the shared read buffer. */
  keep(data) {
    this.pending = Buffer.from(data);
  }
  read(chunk) {
    if (this.handler === void 0) {
      this.drop();
      return;
    }
    let data = chunk;
    if (this.body === void 0) {
      data = this.pending === void 0 ? chunk : Buffer.concat([this.pending, chunk]);
      const end = data.indexOf(HEADER_END);
      if (end === -1) {
        if (data.length > MAX_HEAD_BYTES) this.fail(protocolError("response head over 64 KiB"));
        else this.keep(data);
        return;
      }
      this.pending = void 0;
      if (!this.readHead(data, end)) return;
      data = data.subarray(end + HEADER_END.length);
      if (this.body === void 0) {
        if (data.length > 0) this.read(data);
        return;
      }
    }
    this.readBody(data);
  }
  /** Parses the response head data[0, end); false when the request failed on it. */
  readHead(data, end) {
    const firstLineEnd = data.indexOf(CRLF);
    const minor = data[7];
    if (firstLineEnd < 12 || data.compare(HTTP1, 0, HTTP1.length, 0, HTTP1.length) !== 0 || minor !== 48 && minor !== 49 || data[8] !== 32 || !isDigit(data[9]) || !isDigit(data[10]) || !isDigit(data[11])) {
      const line = data.toString("latin1", 0, firstLineEnd);
      this.fail(protocolError(`not an HTTP/1.x response: ${JSON.stringify(line.slice(0, 60))}`));
      return false;
    }
    const status = (data[9] - 48) * 100 + (data[10] - 48) * 10 + data[11] - 48;
    if (status >= 100 && status < 200 && status !== 101) return true;
    let length;
    let chunked = false;
    let keepAlive = minor === 49;
    for (let from = firstLineEnd + 2; from < end; ) {
      const to = Math.min(data.indexOf(CRLF, from), end);
      const colon = data.indexOf(58, from);
      if (colon > from && colon < to) {
        let nameFrom = from;
        let nameTo = colon;
        while (nameFrom < nameTo && isSpace(data[nameFrom])) nameFrom++;
        while (nameTo > nameFrom && isSpace(data[nameTo - 1])) nameTo--;
        const name = framingHeader(data, nameFrom, nameTo);
        if (name !== void 0) {
          const value = data.toString("latin1", colon + 1, to).trim();
          if (name === "content-length") length = Number(value);
          else if (name === "transfer-encoding") chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
          else if (name === "connection")
            keepAlive = !/close/i.test(value) && (keepAlive || /keep-alive/i.test(value));
          else this.keepAliveFor(value);
        }
      }
      from = to + 2;
    }
    this.status = status;
    this.closeAfter = !keepAlive;
    if (this.head?.head || status === 204 || status === 304 || status === 101) {
      this.body = this.lengthBody;
      this.lengthBody.remaining = 0;
    } else if (chunked) {
      this.body = this.chunkedBody;
      this.chunkedBody.phase = "size";
      this.chunkedBody.remaining = 0;
    } else if (length !== void 0) {
      if (!Number.isSafeInteger(length) || length < 0) {
        this.fail(protocolError(`bad content-length in the response`));
        return false;
      }
      this.body = this.lengthBody;
      this.lengthBody.remaining = length;
    } else {
      this.body = { kind: "until-close" };
      this.closeAfter = true;
    }
    return true;
  }
  /** A Keep-Alive header: like undici, stop reusing the socket a second before the server's idle timeout. */
  keepAliveFor(value) {
    if (value !== this.keepAliveValue) {
      this.keepAliveValue = value;
      const timeout = /timeout=(\d+)/i.exec(value);
      this.keepAliveMs = timeout ? Math.max(0, Number(timeout[1]) - 1) * 1e3 : Number.NaN;
    }
    if (!Number.isNaN(this.keepAliveMs)) this.reuseUntil = performance.now() + this.keepAliveMs;
  }
  readBody(data) {
    const body = this.body;
    if (body.kind === "until-close") return;
    if (body.kind === "length") {
      body.remaining -= data.length;
      if (body.remaining === 0) this.complete();
      else if (body.remaining < 0) this.fail(protocolError("the response is longer than its content-length"));
      return;
    }
    this.readChunked(body, data);
  }
  readChunked(body, chunk) {
    let data = this.pending === void 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = void 0;
    while (data.length > 0) {
      if (body.phase === "data") {
        const take = Math.min(body.remaining, data.length);
        body.remaining -= take;
        data = data.subarray(take);
        if (body.remaining === 0) body.phase = "data-end";
        continue;
      }
      const eol = data.indexOf(CRLF);
      if (eol === -1) {
        if (data.length > MAX_HEAD_BYTES) this.fail(protocolError("chunk header over 64 KiB"));
        else this.keep(data);
        return;
      }
      const empty = eol === 0;
      const line = data;
      data = data.subarray(eol + 2);
      if (body.phase === "data-end") {
        if (!empty) {
          this.fail(protocolError("a chunk is longer than its size"));
          return;
        }
        body.phase = "size";
      } else if (body.phase === "size") {
        const size = chunkSize(line, eol);
        if (size === void 0) {
          this.fail(
            protocolError(`bad chunk size ${JSON.stringify(line.toString("latin1", 0, Math.min(eol, 20)))}`)
          );
          return;
        }
        if (size === 0) body.phase = "trailer";
        else {
          body.phase = "data";
          body.remaining = size;
        }
      } else if (empty) {
        if (data.length > 0) this.fail(protocolError("bytes after the end of the response"));
        else this.complete();
        return;
      }
    }
  }
};
var isDigit = (b) => b !== void 0 && b >= 48 && b <= 57;
var hexDigit = (b) => b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : b >= 65 && b <= 70 ? b - 55 : -1;
function chunkSize(data, eol) {
  let size = 0;
  let i = 0;
  for (; i < eol; i++) {
    const digit = hexDigit(data[i]);
    if (digit === -1) break;
    size = size * 16 + digit;
  }
  return i === 0 || !Number.isSafeInteger(size) ? void 0 : size;
}

// src/engine/embedded/generator.ts
var clock = () => performance.now();
var toEpochMs = (t) => performance.timeOrigin + t;
var Slot = class {
  constructor(run) {
    this.run = run;
    this.connection = new Http1Connection(run.origin, run.timeoutMs);
  }
  run;
  step = 0;
  sentAt = 0;
  status = 0;
  active = false;
  iterationMeasured = false;
  connection;
  /** Aborts the request in flight when it has taken longer than `timeoutMs`. */
  expire(now, timeoutMs, error) {
    if (this.active && now - this.sentAt > timeoutMs) this.connection.abort(error);
  }
  begin(measured) {
    this.step = 0;
    this.iterationMeasured = measured;
    this.send();
  }
  send = () => {
    const run = this.run;
    if (run.stopped) return;
    this.status = 0;
    this.active = true;
    run.requestsSent++;
    this.sentAt = clock();
    this.connection.send(run.requests[this.step].encoded, this);
  };
  onComplete(status) {
    this.status = status;
    this.finish(void 0);
  }
  onError(err) {
    this.finish(err);
  }
  finish(err) {
    if (!this.active) return;
    this.active = false;
    const end = clock();
    const run = this.run;
    if (run.stopped) return;
    if (this.sentAt >= run.measureFrom) {
      const failed = err !== void 0 || !run.requests[this.step].ok(this.status);
      run.recorder.request(this.step, toEpochMs(end), end - this.sentAt, failed);
    }
    if (err !== void 0) run.countError(err);
    if (++this.step < run.requests.length) {
      if (err === void 0) this.send();
      else setImmediate(this.send);
    } else {
      run.iterationDone(this, this.iterationMeasured);
    }
  }
};
var LoadRun = class {
  constructor(scenario, recorder, start) {
    this.scenario = scenario;
    this.recorder = recorder;
    const prefix = new URL(scenario.baseUrl).pathname.replace(/\/+$/, "");
    const timeoutMs = scenario.timeout * 1e3;
    this.timeoutMs = timeoutMs;
    this.origin = originOf(scenario.baseUrl);
    const slots = scenario.load.model === "open" ? scenario.load.maxInFlight : scenario.load.connections;
    this.requests = scenario.requests.map((r) => {
      const expected = r.expect === void 0 ? void 0 : new Set(r.expect);
      return {
        encoded: encodeRequest(this.origin, { ...r, path: prefix + r.path }),
        ok: expected === void 0 ? (s) => s >= 200 && s < 400 : (s) => expected.has(s)
      };
    });
    for (let i = 0; i < slots; i++) this.slots.push(new Slot(this));
    this.free.push(...this.slots);
    this.measureFrom = start + scenario.warmup * 1e3;
    this.endAt = this.measureFrom + scenario.load.duration * 1e3;
    const timeoutError = Object.assign(new Error(`request timed out after ${scenario.timeout} s`), {
      code: "TIMEOUT"
    });
    this.sweeper = setInterval(
      () => {
        const now = clock();
        for (const slot of this.slots) slot.expire(now, timeoutMs, timeoutError);
      },
      Math.min(100, timeoutMs / 4)
    );
  }
  scenario;
  recorder;
  origin;
  timeoutMs;
  requests;
  measureFrom;
  endAt;
  stopped = false;
  requestsSent = 0;
  free = [];
  slots = [];
  sweeper;
  inFlight = 0;
  peak = 0;
  schedulingDone = false;
  measuredStarted = 0;
  measuredDropped = 0;
  interrupted = 0;
  timedOut = false;
  /** scheduling, end-of-run and time-limit timers, cleared when the run is closed */
  timers = /* @__PURE__ */ new Set();
  lag = new LatencyHistogram();
  errors = /* @__PURE__ */ new Map();
  finished;
  done = new Promise((resolve) => {
    this.finished = resolve;
  });
  /** Starts an iteration on a free slot; false when every slot is busy. */
  startIteration(measured) {
    const slot = this.free.pop();
    if (slot === void 0) return false;
    if (++this.inFlight > this.peak) this.peak = this.inFlight;
    if (measured) this.measuredStarted++;
    slot.begin(measured);
    return true;
  }
  iterationDone(slot, measured) {
    if (measured) this.recorder.iterationCompleted();
    const now = clock();
    if (this.scenario.load.model === "closed" && !this.schedulingDone && now < this.endAt) {
      const nextMeasured = now >= this.measureFrom;
      if (nextMeasured) this.measuredStarted++;
      slot.begin(nextMeasured);
      return;
    }
    this.inFlight--;
    this.free.push(slot);
    if (this.schedulingDone && this.inFlight === 0) this.finished();
  }
  countError(err) {
    const code = err.code ?? err.name;
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }
  after(ms, fn) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
  /** Stops the run where it is when it lasts longer than `ms` (the run timeout): nothing more is sent or recorded. */
  limitTo(ms) {
    this.after(ms, () => {
      this.timedOut = true;
      this.interrupted = this.inFlight;
      this.stopped = true;
      this.finished();
    });
  }
  /** Open model: iteration k starts at start + k/rate whether or not earlier ones finished (no coordinated omission). */
  runOpen(start, rate) {
    const interval = 1e3 / rate;
    let k = 0;
    const tick = () => {
      if (this.stopped) return;
      const now = clock();
      for (let due = start + k * interval; due <= now && due < this.endAt; due = start + ++k * interval) {
        const measured = due >= this.measureFrom;
        if (this.startIteration(measured)) {
          if (measured) this.lag.record(now - due);
        } else if (measured) {
          this.measuredDropped++;
          this.recorder.iterationDropped();
        }
      }
      const next = start + k * interval;
      if (next < this.endAt) this.after(Math.ceil(next - clock()), tick);
      else this.stopScheduling();
    };
    tick();
  }
  /** Closed model: every connection loops iterations back to back until the end. */
  runClosed(connections) {
    for (let i = 0; i < connections; i++) this.startIteration(this.measureFrom <= clock());
    this.after(this.endAt - clock(), () => this.stopScheduling());
  }
  stopScheduling() {
    this.schedulingDone = true;
    if (this.inFlight === 0) {
      this.finished();
      return;
    }
    this.after(this.scenario.timeout * 1e3 + 1e3, () => {
      this.interrupted = this.inFlight;
      this.stopped = true;
      this.finished();
    });
  }
  close() {
    clearInterval(this.sweeper);
    for (const timer of this.timers) clearTimeout(timer);
    for (const slot of this.slots) slot.connection.close();
  }
  stats() {
    return {
      measuredIterationsStarted: this.measuredStarted,
      measuredDropped: this.measuredDropped,
      peakInFlight: this.peak,
      requestsSent: this.requestsSent,
      startLag: this.lag,
      measuredSeconds: this.scenario.load.duration,
      interrupted: this.interrupted,
      networkErrors: this.errors,
      timedOut: this.timedOut
    };
  }
};
async function generateLoad(scenario, recorder, timeLimitMs) {
  const start = clock();
  const run = new LoadRun(scenario, recorder, start);
  if (timeLimitMs !== void 0) run.limitTo(timeLimitMs);
  try {
    if (scenario.load.model === "open") run.runOpen(start, scenario.load.rate);
    else run.runClosed(scenario.load.connections);
    await run.done;
  } finally {
    run.close();
  }
  return run.stats();
}

// src/engine/embedded/recorder.ts
var SeriesRecorder = class {
  constructor(series) {
    this.series = series;
  }
  series;
  second = -1;
  bucket;
  latencies = new Float64Array(1024);
  buffered = 0;
  record(endEpochMs, latencyMs, failed) {
    const s = this.series;
    s.requests++;
    const second = Math.floor(endEpochMs / 1e3);
    if (second !== this.second) {
      this.flush();
      this.second = second;
      this.bucket = s.seconds.get(second);
      if (this.bucket === void 0) {
        this.bucket = { requests: 0, failed: 0, latency: new LatencyHistogram() };
        s.seconds.set(second, this.bucket);
      }
    }
    const b = this.bucket;
    b.requests++;
    if (this.buffered === this.latencies.length) {
      const grown = new Float64Array(this.latencies.length * 2);
      grown.set(this.latencies);
      this.latencies = grown;
    }
    this.latencies[this.buffered++] = latencyMs;
    if (failed) {
      s.failed++;
      b.failed++;
    }
  }
  /** Records the buffered latencies into the current second's and the whole run's histograms. */
  flush() {
    if (this.buffered === 0) return;
    this.bucket.latency.recordMany(this.latencies, this.buffered);
    this.series.latency.recordMany(this.latencies, this.buffered);
    this.buffered = 0;
  }
};
var ResultRecorder = class {
  /** one recorder per request of the scenario's list (requests sharing method and name share a series) */
  byRequest;
  result;
  constructor(scenario) {
    const series = /* @__PURE__ */ new Map();
    const recorders = /* @__PURE__ */ new Map();
    this.byRequest = scenario.requests.map((r) => {
      const key = { scenario: scenario.name, group: "", method: r.method, name: r.name };
      const id = seriesId(key);
      let rec = recorders.get(id);
      if (rec === void 0) {
        const s = {
          key,
          id,
          requests: 0,
          failed: 0,
          latency: new LatencyHistogram(),
          seconds: /* @__PURE__ */ new Map()
        };
        series.set(id, s);
        rec = new SeriesRecorder(s);
        recorders.set(id, rec);
      }
      return rec;
    });
    this.result = {
      engine: "embedded",
      fidelity: "distribution",
      loadModel: scenario.load.model,
      loadModelSource: "embedded-scenario",
      sources: ["embedded"],
      startMs: Number.NaN,
      endMs: Number.NaN,
      series,
      lifecycle: /* @__PURE__ */ new Map(),
      totals: { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 },
      thresholds: [],
      skipped: {},
      warnings: [],
      engineVersion: `perf-gate embedded (node ${process.version})`
    };
    if (scenario.load.model === "open") this.result.targetRate = scenario.load.rate;
  }
  /** A measured request: `failed` = network error or unexpected status (also a failed check, as in k6). */
  request(index, endEpochMs, latencyMs, failed) {
    this.byRequest[index].record(endEpochMs, latencyMs, failed);
    const r = this.result;
    if (!(endEpochMs >= r.startMs)) r.startMs = endEpochMs;
    if (!(endEpochMs <= r.endMs)) r.endMs = endEpochMs;
    if (failed) r.totals.checksFailed++;
    else r.totals.checksPassed++;
  }
  iterationCompleted() {
    this.result.totals.iterations++;
  }
  iterationDropped() {
    this.result.totals.droppedIterations++;
  }
  warn(message) {
    this.result.warnings.push(message);
  }
  finish(maxVUs) {
    for (const rec of this.byRequest) rec.flush();
    this.result.totals.maxVUs = maxVUs;
    return this.result;
  }
};

// src/engine/embedded/engine.ts
async function runEmbeddedOnce(scenario, options = {}) {
  const logger = options.logger ?? streamLogger();
  const target = options.baseUrl === void 0 ? scenario : { ...scenario, baseUrl: options.baseUrl };
  const what = runTitle(options.label, "embedded", options.index ?? 1, options.total ?? 1);
  await assertReachable(target.baseUrl);
  const recorder = new ResultRecorder(target);
  const started = performance.now();
  const stats = await logger.group(what, async () => {
    logger.info(`${describeLoad(target)} against ${target.baseUrl}`);
    return await generateLoad(
      target,
      recorder,
      options.timeLimitSeconds === void 0 ? void 0 : options.timeLimitSeconds * 1e3
    );
  });
  if (stats.timedOut) {
    throw new Error(
      `${what} did not finish within the run timeout of ${options.timeLimitSeconds} s and was stopped (${stats.interrupted} requests were still waiting for an answer; raise the run timeout if the test is meant to take longer)`
    );
  }
  for (const w of warningsFor(target, stats)) recorder.warn(w);
  const result = recorder.finish(stats.peakInFlight);
  if (result.warnings.length > 0) for (const w of result.warnings) logger.warning(`${what}: ${w}`);
  const { requests, failed } = measuredRequests(result);
  const rate = target.load.model === "open" ? `, ${(stats.measuredIterationsStarted / stats.measuredSeconds).toFixed(1)} it/s of ${target.load.rate} target` : "";
  logger.info(
    `${what}: ${requests} requests${failed > 0 ? ` (${failed} failed)` : ""}${rate}, ${((performance.now() - started) / 1e3).toFixed(1)} s`
  );
  return result;
}
function describeLoad(s) {
  const warmup = s.warmup > 0 ? ` after ${s.warmup} s warm-up` : "";
  return s.load.model === "open" ? `open model: ${s.load.rate} iterations/s for ${s.load.duration} s${warmup} (at most ${s.load.maxInFlight} in flight)` : `closed model: ${s.load.connections} connections for ${s.load.duration} s${warmup}`;
}
function warningsFor(s, stats) {
  const out = [];
  if (stats.networkErrors.size > 0) {
    const list = [...stats.networkErrors].map(([code, n]) => `${n}\xD7 ${code}`).join(", ");
    out.push(`network errors: ${list}`);
  }
  if (stats.interrupted > 0) {
    out.push(`${stats.interrupted} iterations still running at the end were interrupted`);
  }
  if (s.load.model === "open") {
    const expected = s.load.rate * s.load.duration;
    if (stats.measuredDropped > 0) {
      out.push(
        `${stats.measuredDropped} of ${Math.round(expected)} iterations dropped: all ${s.load.maxInFlight} in-flight slots were busy (the target is slower than the rate allows; raise load.maxInFlight to queue more)`
      );
    }
    const lagP99 = stats.startLag.quantile(0.99);
    if (stats.startLag.count > 0 && lagP99 > Math.max(10, 1e3 / s.load.rate)) {
      out.push(
        `iterations started up to ${lagP99.toFixed(1)} ms late (p99): the load generator itself was short of CPU, so the offered load was burstier than the schedule`
      );
    }
  }
  return out;
}
export {
  runEmbeddedOnce
};
