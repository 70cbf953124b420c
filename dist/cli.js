#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  ExitCode,
  METRIC_ORDER,
  NO_BASELINE_ADVICE,
  SAVED_REPORT_FILE,
  SIDE_LABEL,
  SavedReportError,
  ServiceError,
  VERSION,
  buildReportJson,
  cachedFirstLines,
  capitalize,
  collectEnvironment,
  createMeasurer,
  exitCodeFor,
  formatAge,
  formatChangeWithInterval,
  formatValue,
  gateSettingsOf,
  headlineParts,
  judgeFiles,
  judgePullRequest,
  judgingOf,
  metricFigures,
  metricLabel,
  metricOutcomeText,
  orderedMetrics,
  prepareMeasuring,
  profileLines,
  pullRequestBuilds,
  readSavedReport,
  renderCommentBody,
  renderSnapshot,
  renderSummary,
  reportContext,
  reportHeader,
  reportVerdict,
  savedReportJson,
  shortSha,
  viewOf
} from "./chunks/chunk-RZZTIUID.js";
import {
  RUN_FORMAT,
  UnreadableArtifactError,
  decodeArtifact,
  deserializeRun,
  serializeRun
} from "./chunks/chunk-PVK24CAC.js";
import {
  InputError,
  Inputs,
  InvalidInputsError,
  confirmationText,
  readActionConfig
} from "./chunks/chunk-3F3UN352.js";
import {
  readK6Json
} from "./chunks/chunk-EEIEEOXN.js";
import {
  ScenarioError
} from "./chunks/chunk-2G63RYHN.js";
import "./chunks/chunk-CCUFI3I3.js";
import "./chunks/chunk-OTXEUQ6A.js";
import "./chunks/chunk-CC5NIC6P.js";
import {
  JtlSamples,
  digits,
  isTransactionMessage,
  isTransactionText,
  jtlHeader,
  readJtlCsv
} from "./chunks/chunk-CIRN6MQC.js";
import "./chunks/chunk-3GJX4MQK.js";
import {
  LOCUST_REQUESTS_FORMAT,
  LOCUST_STATS_HEADER,
  readLocustCsv,
  readLocustRequests
} from "./chunks/chunk-3QAMGNTM.js";
import "./chunks/chunk-DM32MEN3.js";
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
  WarmupTooLongError,
  givenLoadModel,
  nameSeriesByTarget,
  pumpFile,
  withLoadModelInput
} from "./chunks/chunk-M4M4PFLN.js";
import {
  RunFileError,
  emptyTotals,
  snippet,
  unreadable
} from "./chunks/chunk-NCT37PKX.js";
import {
  streamLogger
} from "./chunks/chunk-R6BXLMDH.js";
import {
  LatencyHistogram,
  seriesId
} from "./chunks/chunk-DEKW3TL5.js";
import "./chunks/chunk-HMXL2AK5.js";

// src/cli/io.ts
function useColor(env, isTty) {
  return isTty && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb";
}
function processIo() {
  const results = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => typeof chunk === "string" && chunk.startsWith("::debug::") ? true : process.stderr.write(chunk, ...rest));
  return {
    out: (text) => results(text.endsWith("\n") ? text : `${text}
`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`),
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  };
}

// src/inputs/gate-flags.ts
var GATE_FLAGS = {
  tolerance: { multiple: true, input: Inputs.Tolerances },
  slo: { multiple: true, input: Inputs.Slos },
  confidence: {},
  "max-baseline-cv": {},
  "max-error-rate": {},
  seed: {},
  json: { boolean: true },
  help: { boolean: true, short: "h" }
};
var GATE_FLAGS_HELP = `Judging:
  --tolerance RULE         smallest change worth failing for, repeatable: p99=10%, error_rate=0.5pp,
                           "GET /users: p95=5%" (defaults: p50/p90/p95 5%, p99 10%, throughput 5%, 0.5pp)
  --slo RULE               absolute objective, repeatable: "p99 < 300ms", "error_rate < 1%", "throughput > 50/s"
  --confidence P           family-wise confidence across all gated metrics (default 0.95)
  --max-baseline-cv PCT    baseline noise limit per metric (default 10%)
  --max-error-rate PCT     a side with more failed requests is not a valid measurement: a baseline above it
                           is refused, a PR above it is warned about (default 5%)
  --seed N                 seed of every random draw (default: fixed)
  --json                   print the machine-readable report (report.json) instead of the table`;

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

// src/inputs/flags.ts
import { parseArgs } from "node:util";
function flagLabels(specs) {
  return (input) => `--${Object.entries(specs).find(([flag, spec]) => (spec.input ?? flag) === input)?.[0] ?? input}`;
}
var UsageError = class extends Error {
};
function parseFlags(argv, specs) {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.boolean ? "boolean" : "string",
        multiple: spec.multiple ?? false,
        ...spec.short ? { short: spec.short } : {}
      }
    ])
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(error.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
function inputGetter(flags, specs, fixed = {}) {
  const byInput = /* @__PURE__ */ new Map();
  for (const [flag, spec] of Object.entries(specs)) {
    const input = spec.input ?? Object.values(Inputs).find((i) => i === flag);
    const value = flags.values[flag];
    if (input === void 0 || value === void 0) continue;
    byInput.set(input, Array.isArray(value) ? value.join("\n") : String(value));
  }
  return (name) => fixed[name] ?? byInput.get(name) ?? "";
}
function requireOne(flags, what) {
  if (flags.positionals.length !== 1) {
    throw new UsageError(
      `expected one ${what}, got ${flags.positionals.length === 0 ? "none" : flags.positionals.join(" ")}`
    );
  }
  return flags.positionals[0];
}

// src/inputs/run-flags.ts
var RUN_FLAGS = {
  engine: {},
  runs: {},
  "max-runs": {},
  warmup: {},
  "load-model": {},
  "target-url": {},
  "baseline-target-url": {},
  start: {},
  build: {},
  ready: {},
  "ready-timeout": {},
  "working-directory": {},
  "base-ref": {},
  design: {},
  baseline: {},
  profile: {},
  "profile-command": {},
  "service-pid": {},
  "baseline-service-pid": {},
  "service-container": {},
  "baseline-service-container": {},
  "target-env": {},
  env: { multiple: true, short: "e" },
  k6: { input: Inputs.K6Path },
  "k6-version": {},
  "k6-download-url": {},
  "k6-flags": {},
  jmeter: { input: Inputs.JmeterPath },
  locust: { input: Inputs.LocustPath },
  "engine-flags": {},
  "run-timeout": {},
  out: { short: "o" },
  ...GATE_FLAGS
};
var RUN_HELP = `Usage: perf-gate run SCRIPT [options]

Runs a k6 script (or an embedded-engine scenario file .yml/.json, a JMeter plan .jmx, a locustfile .py)
against a build, several times, and
writes each run's result to the output directory. With --baseline-target-url it measures the base and the
PR builds in interleaved pairs (the same-job design) and prints the verdict.

Load:
  --engine auto|k6|embedded|jmeter|locust
                           default auto: .yml/.json \u2192 embedded, .jmx \u2192 jmeter, .py \u2192 locust, else k6
  --runs N                 runs (pairs with --baseline-target-url), default 3
  --max-runs N             same-job: budget of pairs when the planned ones cannot decide (two more at a
                           time, error rates held over all looks), default 15; equal to --runs turns it off
  --warmup DURATION        seconds at the start of each run not measured, e.g. 10s
  --load-model open|closed   the load model, when the script or plan does not show it (or shows it
                           wrongly); default: inferred (k6 inspect, the JMeter plan, Locust wait times)
  --target-url URL         the build under test (k6: the variable named by --target-env; JMeter:
                           -Jprotocol/-Jhost/-Jport/-JbasePath; Locust: --host)
  --baseline-target-url URL  the base build, measured beside it in this job
  --target-env NAME        the variable your k6 script reads its base URL from (default BASE_URL)

Service (perf-gate runs it, and reads its CPU and memory):
  --start CMD              start the service, with PORT set ({port} replaced); --target-url may use {port}
  --build CMD              run first in each checkout, e.g. "npm ci"
  --ready PATH|CMD         an HTTP path answering 2xx (/health) or a command exiting 0 (default: port open)
  --ready-timeout DURATION how long the service may take to get ready (default 60s)
  --working-directory DIR  where build, start and ready run, relative to each checkout (default .)
  --base-ref REF           with --start: also check out REF in a git worktree beside this one and measure
                           it as the base build, in interleaved pairs; stopped and removed afterwards
  --design same-job|cached
                           with --base-ref: same-job (default) measures both builds in pairs; cached
                           measures the PR build alone against --baseline first and confirms a
                           regression, an inconclusive verdict or a missing baseline in the same job
                           (both comparisons are printed; the same job's verdict decides)
  --baseline FILE          a saved baseline (baseline.json as the Action's cache holds it): the PR build
                           is judged against it (cached design); with --base-ref in the same-job design
                           it adds the trend line
  --profile on-regression|always|never
                           with --base-ref: after a regression or SLO breach (default), always or never,
                           one more pair with profilers attached to both builds; the top functions by
                           added self time per request are printed, the profiles, diff.json and flame.svg
                           written to DIR/profile. Built in for Node services; never changes the verdict
  --profile-command CMD    a profiler for any language, run beside each profiled run: {pid}, {seconds},
                           {out} substituted (py-spy, Go pprof, \u2026: docs/profiling.md)
  --service-pid PID|FILE   a service you started: its process tree's CPU and memory (from /proc)
  --baseline-service-pid PID|FILE      the same for the base build (with --baseline-target-url)
  --service-container NAME|ID          a service in a container: its cgroup's CPU and memory
  --baseline-service-container NAME|ID the same for the base build
  -e, --env NAME=VALUE     variable for the k6 script, repeatable
  --k6 PATH                k6 binary to use (otherwise the tool cache or a verified download)
  --k6-version V           k6 version to install (default: the pinned one; 'latest')
  --k6-download-url URL    base URL of k6 release archives (mirrors)
  --k6-flags FLAGS         extra flags for every k6 run
  --jmeter PATH            jmeter to use (default: the one on PATH)
  --locust PATH            locust to use (default: the one on PATH)
  --engine-flags FLAGS     extra flags for every jmeter or locust run (Locust default: -u 10 -r 10 -t 30s)
  --run-timeout DURATION   time limit of one run (default 10m)
  -o, --out DIR            where results go (default ./perf-gate-results). perf-gate owns it: an earlier
                           run's results there are cleared, files it did not write make it refuse, and
                           a second run into it at the same time is refused

${GATE_FLAGS_HELP}

Exit codes: 0 measured (same-job: pass), 1 regression or SLO breach, 2 usage or input error,
3 inconclusive, 4 the measurement failed (k6, JMeter or Locust error, target unreachable, every request of
a run failed, the target died during a run, a run past --run-timeout).`;

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
    const raw = buf.toString("utf8", this.starts[i], this.ends[i]);
    return this.entities[i] === 0 ? raw : decodeEntities(raw);
  }
  /** the value as a whole number, or -1 when it is not one (or absent) */
  wholeNumber(buf, i) {
    if (!this.has(i)) return -1;
    if (this.entities[i] === 0) {
      const n = digits(buf, this.starts[i], this.ends[i]);
      if (n >= 0 || this.ends[i] - this.starts[i] <= 15) return n;
    }
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
      for (let take = Math.min(chunk.length, 4096); ; take = Math.min(chunk.length, take * 4)) {
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
    if (rest.trim() !== "" || this.stack.length > 0) {
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
    const ok = attrs.entities[S] === 0 ? attrs.has(S) && sameBytes(buf, attrs.starts[S], attrs.ends[S], TRUE) : attrs.text(buf, S) === "true";
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
  if (attrs.entities[NA] === 0) {
    const n = digits(buf, attrs.starts[NA], attrs.ends[NA]);
    if (n >= 0) return n;
  }
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
  if (startsWith(buf, lt, "<!--")) return close("-->");
  if (startsWith(buf, lt, "<![CDATA[")) return close("]]>");
  if (next === QUESTION) return close("?>");
  return close(">");
}
function startsWith(buf, at, text) {
  if (at + text.length > buf.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
function sameBytes(buf, start, end, bytes) {
  if (end - start !== bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[start + i] !== bytes[i]) return false;
  return true;
}
function elementNameEnd(buf, start, limit) {
  const c = buf[start];
  if (!(isNameChar(c) && c !== 58 && !(c >= 48 && c <= 57) && c !== 46 && c !== 45)) return start;
  let end = start + 1;
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
    while (p < end && isNameChar(buf[p])) p++;
    const nameEnd = p;
    while (p < end && isBlank(buf[p])) p++;
    if (p >= end || buf[p] !== EQUALS) continue;
    p++;
    while (p < end && isBlank(buf[p])) p++;
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
    if (!metrics.used.has(metric) && skipped[`summary metric ${metric}`] === void 0)
      skipped[`summary metric ${metric}`] = 1;
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
  for (const [stat4, v] of Object.entries(values)) {
    const name = stat4 === "med" ? "p50" : stat4 === "min" ? "p0" : stat4 === "max" ? "p100" : /^p\(([\d.]+)\)$/.exec(stat4)?.[1];
    if (name === void 0) continue;
    if (typeof v !== "number")
      fail(`metric ${metric}: expected "${stat4}" to be a number, got ${JSON.stringify(v)}`);
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
  const open3 = name.indexOf("{");
  if (open3 < 0 || !name.endsWith("}")) return void 0;
  const tags = {};
  for (const part of name.slice(open3 + 1, -1).split(",")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    tags[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return { metric: name.slice(0, open3), tags };
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
  if (isK6Line(firstLine) && text.includes("\n")) return readK6Json(path, opts);
  const whole = await readFile(path, "utf8");
  let json;
  try {
    json = JSON.parse(whole);
  } catch (err) {
    if (isK6Line(firstLine)) return readK6Json(path, opts);
    throw new RunFileError(
      path,
      void 0,
      `not a run file (${snippet(err.message, 120)}): expected k6 --out json NDJSON, a JMeter .jtl (CSV with a header line, or XML), a Locust _stats.csv or per-request file, a k6 --summary-export JSON or a perf-gate run JSON, got: ${snippet(whole)}`
    );
  }
  if (isRecord(json) && json.format === RUN_FORMAT)
    return nameSeriesByTarget(deserializeRun(json, path), opts.targetUrl);
  if (isRecord(json) && isRecord(json.metrics)) return summaryToRun(json, path, opts);
  if (isK6Line(firstLine)) return readK6Json(path, opts);
  throw new RunFileError(
    path,
    void 0,
    `not a run file: expected k6 --out json NDJSON, a k6 --summary-export JSON (with "metrics") or a perf-gate run JSON (with "format": "${RUN_FORMAT}"), got: ${snippet(whole)}`
  );
}
function isK6Line(line) {
  if (!line.startsWith("{")) return false;
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

// src/report/terminal.ts
var ANSI = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  dim: [2, 22],
  bold: [1, 22]
};
var VERDICT_LABEL = {
  pass: { text: "PASS", style: "green" },
  fail: { text: "FAIL", style: "red" },
  inconclusive: { text: "INCONCLUSIVE", style: "yellow" },
  "no-baseline": { text: "NO BASELINE", style: "dim" }
};
var TERMINAL_NAME_MAX = 60;
function renderCliReport(ctx, options) {
  return options.json ? JSON.stringify(buildReportJson(ctx), null, 2) : renderTerminalTable(ctx, { color: options.color });
}
function renderTerminalTable(ctx, options) {
  const view = viewOf(ctx);
  const paint = (text, style) => {
    if (!options.color) return text;
    const [on, off] = ANSI[style];
    return `\x1B[${on}m${text}\x1B[${off}m`;
  };
  const verdict = VERDICT_LABEL[reportVerdict(ctx)];
  const blocks = [
    [`${paint(verdict.text, verdict.style)}  perf-gate: ${headlineParts(view).text}`, metaText(view)]
  ];
  const c = view.comparison;
  const first = cachedFirstLines(view, {
    sha: (sha) => view.sanitize.plain(shortSha(sha)),
    text: view.sanitize.plain,
    label: (s) => s
  });
  if (first.length > 0) blocks.push(first);
  if (!c) {
    const nb = ctx.noBaseline;
    const advice = NO_BASELINE_ADVICE[nb.reason];
    blocks.push([
      advice.what,
      `What to do: ${advice.todo}`,
      ...nb.detail ? [`Details: ${view.sanitize.plain(nb.detail, 500)}`] : []
    ]);
    if (ctx.candidateSnapshot?.length) blocks.push(snapshotGrid(view));
  } else if (c.series.length > 0) {
    blocks.push(resultsGrid(view, paint));
  }
  const notes = [
    ...(c?.reasons ?? []).map((r) => `- ${view.sanitize.plain(r, 500)}`),
    ...(c?.warnings ?? ctx.snapshotWarnings ?? []).map((w) => `! ${view.sanitize.plain(w, 500)}`)
  ];
  if (notes.length > 0) blocks.push(notes);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}
`;
}
function metaText(view) {
  const { ctx, sanitize } = view;
  const parts = [sanitize.plain(ctx.scenario.name, TERMINAL_NAME_MAX)];
  const b = ctx.baseline;
  if (b && b.source !== "none") {
    parts.push(
      `baseline ${sanitize.plain(shortSha(b.commit))} (${sanitize.plain(b.ref)}, ${formatAge(ctx.nowMs, b.timeMs)})`
    );
  }
  parts.push(`PR ${sanitize.plain(shortSha(ctx.candidate.commit))}`);
  if (view.comparison)
    parts.push(`${view.comparison.runs.baseline} vs ${view.comparison.runs.candidate} runs`);
  if (view.comparison?.confirmation) parts.push(confirmationText(view.comparison.confirmation));
  return parts.join(" \xB7 ");
}
function outcomeStyle(metric) {
  if (!metric.gated) return "dim";
  return { regression: "red", improvement: "green", inconclusive: "yellow", "no-change": "dim" }[metric.outcome];
}
function resultsGrid(view, paint) {
  const header = ["Series", "Metric", "Baseline", "PR", "Change [interval]", "Outcome"];
  const rows = view.sorted.flatMap(
    (series) => orderedMetrics(series).map((m, i) => [
      { text: i === 0 ? view.sanitize.plain(view.name(series.key), TERMINAL_NAME_MAX) : "" },
      { text: metricLabel(m.metric) },
      { text: formatValue(m.baseline, m.unit) },
      { text: formatValue(m.candidate, m.unit) },
      { text: formatChangeWithInterval(m) },
      { text: view.sanitize.plain(metricOutcomeText(m), 200), style: outcomeStyle(m) }
    ])
  );
  return grid(header, rows, [false, false, true, true, true, false], paint);
}
function snapshotGrid(view) {
  const header = ["Series", "Requests", ...METRIC_ORDER.map((m) => capitalize(metricLabel(m)))];
  const rows = (view.ctx.candidateSnapshot ?? []).map((x) => [
    { text: view.sanitize.plain(view.name(x.key), TERMINAL_NAME_MAX) },
    { text: String(x.requests) },
    ...metricFigures(x.values).map((text) => ({ text }))
  ]);
  return grid(header, rows, [false, ...header.slice(1).map(() => true)], (t) => t);
}
function grid(header, rows, rightAlign, paint) {
  const width = (s) => [...s].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]?.text ?? ""))));
  const last = header.length - 1;
  const pad = (text, i) => {
    if (i === last && !rightAlign[i]) return text;
    const fill = " ".repeat(widths[i] - width(text));
    return rightAlign[i] ? fill + text : text + fill;
  };
  const line = (cells) => cells.map((cell, i) => {
    const padded = pad(cell.text, i);
    return cell.style ? paint(padded, cell.style) : padded;
  }).join("  ");
  return [
    line(header.map((text) => ({ text, style: "bold" }))),
    line(widths.map((w) => ({ text: "-".repeat(w) }))),
    ...rows.map(line)
  ];
}

// src/cli/commands/compare.ts
async function compareCommand(argv, io2, color) {
  const flags = parseFlags(argv, COMPARE_FLAGS);
  if (flags.values.help) {
    io2.out(COMPARE_HELP);
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
    (flag) => flags.values[flag] === void 0 ? [] : [{ flag, path: resolve2(io2.cwd, String(flags.values[flag])) }]
  );
  for (const { flag, path } of outputs) await assertWritableFile(flag, path);
  const { warmupSeconds, loadModel } = config;
  const baseline = await loadSide(baselineSpec, io2.cwd, {
    warmupSeconds,
    loadModel,
    targetUrl: config.baselineTargetUrl ?? config.targetUrl
  });
  const candidate = await loadSide(candidateSpec, io2.cwd, {
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
    streamLogger(io2.stderr)
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
  io2.out(renderCliReport(ctx, { json: flags.values.json === true, color }));
  return exitCodeFor(reportVerdict(ctx));
}

// src/cli/commands/report.ts
import { resolve as resolve3 } from "node:path";
var FORMATS = ["terminal", "markdown", "comment", "json"];
var FLAGS = {
  format: { short: "f" },
  help: { boolean: true, short: "h" }
};
var REPORT_HELP = `Usage: perf-gate report SAVED [--format terminal|markdown|comment|json]

Renders a saved comparison again: the ${SAVED_REPORT_FILE} that \`perf-gate compare --save\` or the Action
(in its report-dir) wrote. SAVED is that file or the directory holding it.

  -f, --format F   terminal (default): the verdict table; markdown: the full report (job summary);
                   comment: the PR comment; json: report.json

Exit codes: the saved verdict's (0 pass, 1 fail, 3 inconclusive or no baseline), 2 usage or input error.`;
async function reportCommand(argv, io2, color) {
  const flags = parseFlags(argv, FLAGS);
  if (flags.values.help) {
    io2.out(REPORT_HELP);
    return ExitCode.Pass;
  }
  const format = String(flags.values.format ?? "terminal");
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format: '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  const path = resolve3(io2.cwd, requireOne(flags, "saved report"));
  const saved = await readSavedReport(path);
  const ctx = saved.context;
  const render = {
    terminal: () => renderTerminalTable(ctx, { color }),
    markdown: () => renderSummary(ctx),
    comment: () => renderCommentBody(ctx),
    json: () => JSON.stringify(buildReportJson(ctx), null, 2)
  }[format];
  let text;
  try {
    text = render();
  } catch (error) {
    throw new SavedReportError(
      `${path} could not be rendered (${error.message}): the file is damaged`
    );
  }
  io2.out(text);
  return exitCodeFor(reportVerdict(ctx));
}

// src/cli/commands/run.ts
import { join as join4, resolve as resolve5 } from "node:path";

// src/baseline/given-file.ts
import { readFile as readFile3 } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";
async function givenBaseline(file, design, cwd, nowMs) {
  if (file === void 0) {
    return design === "cached" ? { status: "missing", cause: "first-run", reason: "no --baseline was given" } : void 0;
  }
  const path = resolve4(cwd, file);
  const bytes = await readFile3(path).catch((error) => {
    throw new UsageError(`--baseline: cannot read ${path} (${error.code ?? error.message})`);
  });
  let artifact;
  try {
    artifact = decodeArtifact(bytes, path);
  } catch (error) {
    throw new UsageError(`--baseline: ${error.message}`);
  }
  return {
    status: "found",
    artifact,
    key: path,
    exact: true,
    commit: artifact.commit,
    ageMs: nowMs - artifact.timeMs
  };
}

// src/delivery/out-dir.ts
import { mkdir, open as open2, readdir as readdir2, readFile as readFile4, rm, stat as stat3, unlink } from "node:fs/promises";
import { join as join2 } from "node:path";
var LOCK_FILE = ".perf-gate.lock";
var OWNED = /* @__PURE__ */ new Set(["pr", "base", "raw", "profile"]);
async function claimOutDir(dir) {
  const info = await stat3(dir).catch((error) => {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`--out ${dir}: ${error.code ?? error.message}`);
  });
  if (info !== void 0 && !info.isDirectory()) {
    throw new UsageError(`--out ${dir} is a file, not a directory: choose a directory for the results`);
  }
  await mkdir(dir, { recursive: true }).catch((error) => {
    throw new UsageError(`--out ${dir}: cannot create it (${error.code ?? error.message})`);
  });
  const lock = join2(dir, LOCK_FILE);
  const staleLockPid = await takeLock(dir, lock);
  const release = () => unlink(lock).catch(() => void 0);
  try {
    const entries = (await readdir2(dir)).filter((name) => name !== LOCK_FILE);
    const foreign = entries.filter((name) => !OWNED.has(name));
    if (foreign.length > 0) {
      const shown = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? `, \u2026 (${foreign.length} in all)` : "");
      throw new UsageError(
        `--out ${dir} holds files perf-gate did not write (${shown}): choose an empty or new directory, or remove them`
      );
    }
    for (const name of entries) await rm(join2(dir, name), { recursive: true, force: true });
    return { cleared: entries, ...staleLockPid !== void 0 ? { staleLockPid } : {}, release };
  } catch (error) {
    await release();
    throw error;
  }
}
async function takeLock(dir, lock) {
  let stale;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open2(lock, "wx");
      await handle.writeFile(`${process.pid}
`);
      await handle.close();
      return stale;
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new UsageError(`--out ${dir}: cannot lock it (${error.code})`);
      }
    }
    const pid = Number.parseInt(await readFile4(lock, "utf8").catch(() => ""), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new UsageError(
        `--out ${dir} is in use by another perf-gate run (pid ${pid}): wait for it to finish, or choose another directory`
      );
    }
    stale = Number.isInteger(pid) ? pid : void 0;
    await unlink(lock).catch(() => void 0);
  }
  throw new UsageError(`--out ${dir}: another run took its lock at the same moment; try again`);
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/results/write-runs.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
async function writeRuns(dir, runs) {
  await mkdir2(dir, { recursive: true });
  for (const [i, run] of runs.entries()) {
    await writeFile2(join3(dir, `run-${i + 1}.result.json`), `${JSON.stringify(serializeRun(run))}
`);
  }
}

// src/cli/commands/run.ts
async function runCommand(argv, io2, color) {
  const flags = parseFlags(argv, RUN_FLAGS);
  if (flags.values.help) {
    io2.out(RUN_HELP);
    return ExitCode.Pass;
  }
  const script = requireOne(flags, "script or scenario file");
  const config = readActionConfig(
    inputGetter(flags, RUN_FLAGS, { [Inputs.Script]: script, [Inputs.Mode]: "compare" }),
    flagLabels(RUN_FLAGS)
  );
  const outDir = resolve5(io2.cwd, String(flags.values.out ?? "perf-gate-results"));
  const claimed = await claimOutDir(outDir);
  if (claimed.staleLockPid !== void 0) {
    io2.err(
      `${outDir}: took over the lock of perf-gate run ${claimed.staleLockPid}, which is no longer running`
    );
  }
  if (claimed.cleared.length > 0) {
    io2.err(`${outDir}: cleared the results of an earlier run (${claimed.cleared.join(", ")})`);
  }
  try {
    return await measureInto(outDir, config, flags, script, io2, color);
  } finally {
    await claimed.release();
  }
}
async function measureInto(outDir, config, flags, script, io2, color) {
  const logger = streamLogger(io2.stderr);
  const token = io2.env.GITHUB_TOKEN ?? "";
  const place = {
    outDir: join4(outDir, "raw"),
    logger,
    apiUrl: io2.env.GITHUB_API_URL,
    token,
    processEnv: io2.env
  };
  const measure = await prepareMeasuring(config, { ...place, workspace: io2.cwd, createMeasurer });
  const seed = config.seed ?? 1;
  const baseRef = flags.values["base-ref"];
  if (baseRef !== void 0 && config.service === void 0)
    throw new UsageError("--base-ref needs --start (perf-gate starts the base build from that commit)");
  const measuring = { environment: collectEnvironment(), version: VERSION };
  const judging = judgingOf(config, seed, { measuring, logger, now: Date.now });
  const baselineFile = flags.values.baseline;
  const restored = await givenBaseline(baselineFile, config.design, io2.cwd, judging.now());
  const baseSha = typeof baseRef === "string" ? baseRef : void 0;
  const profiles = { dir: join4(outDir, "profile"), env: io2.env };
  let step;
  try {
    step = await measure(seed, pullRequestBuilds(config, restored, judging, baseSha, profiles));
  } catch (error) {
    if (error instanceof ServiceError && error.output.trim() !== "")
      io2.err(`last lines of the ${SIDE_LABEL[error.side]}'s output:
${error.output}`);
    throw error;
  }
  const { measurement } = step;
  if (measurement.baseline === void 0 && restored?.status !== "found")
    return await printSnapshot(step, outDir, flags, io2, logger);
  if (measurement.baseline) await writeRuns(join4(outDir, "base"), measurement.baseline);
  await writeRuns(join4(outDir, "pr"), measurement.candidate);
  const baseName = baseSha ?? config.baselineTargetUrl ?? "base";
  const judgement = judgePullRequest(step, restored, { commit: "base", ref: baseName }, judging);
  const judged = {
    scenario: { id: config.scenarioId, name: script },
    candidate: { commit: "PR", ref: config.targetUrl ?? io2.cwd }
  };
  const ctx = reportContext(
    reportHeader(config, judged, { nowMs: Date.now(), version: VERSION }),
    judgement,
    step
  );
  io2.out(renderCliReport(ctx, { json: flags.values.json === true, color }));
  if (measurement.profile && !flags.values.json) {
    io2.out(profileLines(measurement.profile).join("\n"));
    if (measurement.profile.files.length > 0) io2.err(`profiles: ${join4(outDir, "profile")}`);
  }
  for (const s of ctx.services ?? []) io2.err(`service, ${s.side}: ${s.bottleneck}`);
  return exitCodeFor(reportVerdict(ctx));
}
async function printSnapshot({ measurement }, outDir, flags, io2, logger) {
  for (const w of measurement.generatorWarnings) logger.warning(w);
  const snapshot = renderSnapshot(
    measurement.candidate,
    measurement.cpu?.cpuCount ?? 1,
    flags.values.json === true
  );
  for (const line of snapshot.services) io2.err(line);
  await writeRuns(join4(outDir, "pr"), measurement.candidate);
  io2.out(snapshot.figures);
  io2.err(`results: ${join4(outDir, "pr")}`);
  return ExitCode.Pass;
}

// src/cli/main.ts
var MAIN_HELP = `perf-gate ${VERSION}: gate changes on load-test results, with statistics that know CI is noisy.

Usage: perf-gate COMMAND [options]   (perf-gate COMMAND --help for each)

Commands:
  run SCRIPT                 run a k6 script or a scenario file several times; with --baseline-target-url,
                             measure base and PR builds in interleaved pairs and judge
  compare BASELINE CANDIDATE compare two sets of runs (k6 --out json files, .gz, summary exports, saved
                             runs or baselines; a directory or a comma-separated list per side)
  report SAVED               render a saved comparison as a table, markdown, the PR comment or JSON

Exit codes: 0 pass, 1 regression or SLO breach, 2 usage or input error, 3 inconclusive,
4 the measurement failed (k6 error, target unreachable).
Progress goes to stderr, results to stdout. NO_COLOR disables colour.`;
var COMMANDS = {
  run: { run: runCommand, help: RUN_HELP },
  compare: { run: compareCommand, help: COMPARE_HELP },
  report: { run: reportCommand, help: REPORT_HELP }
};
var INPUT_ERRORS = [
  UsageError,
  InputError,
  InvalidInputsError,
  ScenarioError,
  RunFileError,
  SavedReportError,
  WarmupTooLongError
];
async function runCli(argv, io2, color) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.out(MAIN_HELP);
    return name === void 0 ? ExitCode.Usage : ExitCode.Pass;
  }
  if (name === "--version" || name === "-v") {
    io2.out(VERSION);
    return ExitCode.Pass;
  }
  const command = COMMANDS[name];
  if (command === void 0) {
    io2.err(
      `perf-gate: unknown command '${name}' (commands: ${Object.keys(COMMANDS).join(", ")}; see perf-gate --help)`
    );
    return ExitCode.Usage;
  }
  try {
    return await command.run(rest, io2, color);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io2.err(`perf-gate ${name}: ${message}`);
    if (INPUT_ERRORS.some((kind) => error instanceof kind)) {
      if (error instanceof UsageError) io2.err(`see perf-gate ${name} --help`);
      return ExitCode.Usage;
    }
    return ExitCode.MeasurementFailed;
  }
}

// src/cli.ts
var io = processIo();
process.exitCode = await runCli(process.argv.slice(2), io, useColor(io.env, process.stdout.isTTY === true));
