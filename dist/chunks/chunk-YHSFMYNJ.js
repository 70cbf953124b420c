import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  BytePattern,
  SpanTable,
  matchBytes,
  numberOut,
  scanNumber,
  skipString,
  skipValue,
  spanHash,
  stringOut
} from "./chunk-MWCUCVEZ.js";
import {
  BACKSLASH,
  CLOSE_BRACE,
  LineSplitter,
  QUOTE,
  ZERO,
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

// src/results/k6-tags.ts
var TAG_KEYS = ["scenario", "group", "method", "name", "url", "expected_response"];
var TAG_COUNT = TAG_KEYS.length;
var TAG_NAME = TAG_KEYS.indexOf("name");
var TAG_URL = TAG_KEYS.indexOf("url");
var KEYS = TAG_KEYS.map((key) => Buffer.from(key));
var COMBINATION_LIMIT = 5e4;
var TagScanner = class {
  /**
   * value span of each used tag: first byte after the opening quote … closing quote; -1 when absent. A value
   * starts after `{"url":"` at least, never at 0, so `s < 0` and `s <= 0` agree (as do `>= 0` and `> 0`): those
   * mutants are listed as equivalent where they occur, the other comparisons are tested.
   */
  start = new Int32Array(TAG_COUNT);
  end = new Int32Array(TAG_COUNT);
  /** whether the value holds a backslash escape (then it must be JSON-decoded) */
  escaped = new Uint8Array(TAG_COUNT);
  combinations = /* @__PURE__ */ new Map();
  /**
   * Scans the `tags` value at `p`: an object of string values, or `null` as very old k6 wrote for untagged
   * samples. Returns the index after it, or -1 when it is anything else (the caller then uses `JSON.parse`).
   */
  scan(buf, p, limit) {
    this.start.fill(-1);
    if (buf[p] === 110) return skipValue(buf, p, limit);
    if (buf[p] !== 123) return -1;
    let i = p + 1;
    if (buf[i] === 125) return i + 1;
    for (; ; ) {
      const keyEnd = skipString(buf, i, limit);
      if (keyEnd < 0 || buf[keyEnd] !== 58) return -1;
      const which = stringOut.escaped ? -1 : tagIndex(buf, i + 1, keyEnd - 1);
      const valueStart = keyEnd + 1;
      const valueEnd = skipString(buf, valueStart, limit);
      if (valueEnd < 0) return -1;
      if (which >= 0) {
        this.start[which] = valueStart + 1;
        this.end[which] = valueEnd - 1;
        this.escaped[which] = stringOut.escaped ? 1 : 0;
      }
      const c = buf[valueEnd];
      if (c === 125) return valueEnd + 1;
      if (c !== 44) return -1;
      i = valueEnd + 1;
    }
  }
  /**
   * The result for the used tags of the last scan: looked up by their bytes, or made by `create` from their
   * decoded values the first time this combination is seen. `url` counts only when there is no `name`.
   */
  resolve(view, buf, create) {
    if (this.start[TAG_NAME] >= 0) this.start[TAG_URL] = -1;
    let h = 0;
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t];
      h = Math.imul(h ^ (s < 0 ? t : spanHash(view, buf, s, this.end[t])), 1540483477);
    }
    for (let c = this.combinations.get(h); c !== void 0; c = c.next) {
      if (this.sameValues(c.values, view, buf)) return c.result;
    }
    const decoded = [];
    const values = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t];
      const e = this.end[t];
      decoded.push(this.value(buf, t));
      values.push(s < 0 ? void 0 : new BytePattern(buf.subarray(s, e)));
    }
    const [scenario, group, method, name, url, expectedResponse] = decoded;
    const result = create({ scenario, group, method, name, url, expectedResponse });
    if (this.combinations.size >= COMBINATION_LIMIT) this.combinations.clear();
    this.combinations.set(h, { values, result, next: this.combinations.get(h) });
    return result;
  }
  sameValues(values, view, buf) {
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t];
      const v = values[t];
      if (v === void 0 ? (
        // Stryker disable next-line EqualityOperator: equivalent for `s > 0`, a start is never 0 (see `start`)
        s >= 0
      ) : (
        // Stryker disable next-line EqualityOperator: equivalent for `s <= 0`, a start is never 0 (see `start`)
        s < 0 || v.length !== this.end[t] - s || !v.matches(view, buf, s, this.end[t])
      )) {
        return false;
      }
    }
    return true;
  }
  /** Whether the last scan found a `name` tag. */
  hasName() {
    return this.start[TAG_NAME] >= 0;
  }
  value(buf, which) {
    const s = this.start[which];
    if (s < 0) return void 0;
    const e = this.end[which];
    return this.escaped[which] ? JSON.parse(buf.toString("utf8", s - 1, e + 1)) : buf.toString("utf8", s, e);
  }
};
function tagIndex(buf, start, end) {
  const length = end - start;
  for (let index = 0; index < TAG_COUNT; index++) {
    const key = KEYS[index];
    if (key.length === length && matchBytes(buf, start, end, key)) return index;
  }
  return -1;
}
var URL_KEY = Buffer.from(',"url":');
function urlTagStart(buf, start, end) {
  if (buf[end - 1] !== 125 || buf[end - 2] !== 34) return -1;
  let k = end - 3;
  for (; k > start; k--) {
    const c = buf[k];
    if (c === 34) break;
    if (c === 92) return -1;
  }
  const keyStart = k - URL_KEY.length;
  return keyStart > start && matchBytes(buf, keyStart, end, URL_KEY) ? keyStart : -1;
}

// src/results/metric-name-trie.ts
var UNKNOWN_NAME = -1;
var MALFORMED_NAME = -2;
var MetricNameTrie = class {
  /** index of the closing quote found by the last `lookup` */
  end = 0;
  children = new Int32Array(256 * 32);
  /** id + 1 of the name ending at each node, 0 for none */
  terminal = new Int32Array(32);
  nodes = 1;
  // node 0 is the root
  maxNodes;
  constructor(maxNodes = 4096) {
    this.maxNodes = maxNodes;
  }
  /** The id of the name whose first byte is at `p` (it ends at a `"` before `limit`), or a negative code. */
  lookup(buf, p, limit) {
    const children = this.children;
    let node = 0;
    for (let i = p; i < limit; i++) {
      const c = buf[i];
      if (c === QUOTE) {
        this.end = i;
        return this.terminal[node] - 1;
      }
      if (c === BACKSLASH || c < 32) return MALFORMED_NAME;
      node = children[node * 256 + c];
      if (node === 0) return this.findEnd(buf, i + 1, limit);
    }
    return MALFORMED_NAME;
  }
  /** Adds the name bytes `buf[start, end)` with `id` (≥ 0); returns false when the trie is full. */
  insert(buf, start, end, id) {
    let node = 0;
    for (let i = start; i < end; i++) {
      const slot = node * 256 + buf[i];
      let child = this.children[slot];
      if (child === 0) {
        if (this.nodes >= this.maxNodes) return false;
        child = this.nodes++;
        this.grow();
        this.children[slot] = child;
      }
      node = child;
    }
    this.terminal[node] = id + 1;
    return true;
  }
  findEnd(buf, p, limit) {
    for (let i = p; i < limit; i++) {
      const c = buf[i];
      if (c === QUOTE) {
        this.end = i;
        return UNKNOWN_NAME;
      }
      if (c === BACKSLASH || c < 32) return MALFORMED_NAME;
    }
    return MALFORMED_NAME;
  }
  grow() {
    if (this.nodes <= this.terminal.length) return;
    const terminal = new Int32Array(this.terminal.length * 2);
    terminal.set(this.terminal);
    this.terminal = terminal;
    const children = new Int32Array(this.children.length * 2);
    children.set(this.children);
    this.children = children;
  }
};

// src/results/rfc3339.ts
var PREFIX = 19;
var Rfc3339Parser = class {
  /** epoch second (UTC) of the last parsed timestamp */
  second = 0;
  /** milliseconds within that second (fractional) */
  msInSecond = 0;
  /** the cached prefix as four little-endian words (bytes 0–15) and its last three bytes (the seconds) */
  cachedWords = new Int32Array(4);
  cachedTail = new Uint8Array(3);
  cachedLocalSecond = 0;
  hasCache = false;
  /**
   * Parses the timestamp whose first digit is at `p` and which must end with a `"` before `limit`. Returns the
   * index of that closing quote, or -1 when the bytes are not an RFC 3339 date-time.
   */
  parse(view, buf, p, limit) {
    if (p + PREFIX + 2 > limit) return -1;
    const tail = this.cachedTail;
    const words = this.cachedWords;
    const same = (
      // Stryker disable next-line ConditionalExpression: equivalent, the cache misses (above)
      buf[p + 18] === tail[2] && buf[p + 17] === tail[1] && buf[p + 16] === tail[0] && view.getInt32(p + 12, true) === words[3] && view.getInt32(p + 8, true) === words[2] && view.getInt32(p + 4, true) === words[1] && view.getInt32(p, true) === words[0] && this.hasCache
    );
    if (!same && !this.cachePrefix(view, buf, p)) return -1;
    let i = p + PREFIX;
    let c = buf[i];
    let ms = 0;
    if (c === 46) {
      let fraction = 0;
      let scale = 1;
      c = buf[++i];
      if (!(c >= ZERO && c <= 57)) return -1;
      while (c >= ZERO && c <= 57 && i < limit) {
        if (scale < 1e15) {
          fraction = fraction * 10 + (c - ZERO);
          scale *= 10;
        }
        c = buf[++i];
      }
      ms = fraction * 1e3 / scale;
    }
    let offsetSeconds = 0;
    if (c === 90 || c === 122) {
      i++;
    } else if (c === 43 || c === 45) {
      if (i + 7 > limit || buf[i + 3] !== 58) return -1;
      const hh = twoDigits(buf, i + 1);
      const mm = twoDigits(buf, i + 4);
      if (hh < 0 || mm < 0 || hh > 23 || mm > 59) return -1;
      offsetSeconds = (c === 45 ? -1 : 1) * (hh * 3600 + mm * 60);
      i += 6;
    } else {
      return -1;
    }
    if (i >= limit || buf[i] !== 34) return -1;
    this.second = this.cachedLocalSecond - offsetSeconds;
    this.msInSecond = ms;
    return i;
  }
  cachePrefix(view, buf, p) {
    const century = twoDigits(buf, p);
    const yearInCentury = twoDigits(buf, p + 2);
    const month = twoDigits(buf, p + 5);
    const day = twoDigits(buf, p + 8);
    const hour = twoDigits(buf, p + 11);
    const minute = twoDigits(buf, p + 14);
    const second = twoDigits(buf, p + 17);
    const t = buf[p + 10];
    if (buf[p + 4] !== 45 || buf[p + 7] !== 45 || t !== 84 && t !== 116 || buf[p + 13] !== 58 || buf[p + 16] !== 58 || century < 0 || yearInCentury < 0 || month < 1 || month > 12 || // Stryker disable next-line ConditionalExpression: equivalent, a day 0 or an hour past 23 moves the date to another day, which the day check below rejects
    day < 1 || // Stryker disable next-line ConditionalExpression: equivalent (day check)
    day > 31 || // Stryker disable next-line ConditionalExpression: equivalent (day check)
    hour < 0 || // Stryker disable next-line ConditionalExpression: equivalent (day check)
    hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return false;
    }
    const date = /* @__PURE__ */ new Date(0);
    date.setUTCFullYear(century * 100 + yearInCentury, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    if (date.getUTCDate() !== day) return false;
    this.cachedLocalSecond = date.getTime() / 1e3;
    this.hasCache = true;
    for (let k = 0; k < 4; k++) this.cachedWords[k] = view.getInt32(p + k * 4, true);
    this.cachedTail.set(buf.subarray(p + 16, p + PREFIX));
    return true;
  }
};
function twoDigits(buf, p) {
  const a = buf[p] - ZERO;
  const b = buf[p + 1] - ZERO;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

// src/results/k6-line-parser.ts
var ROLE_SKIP = 0;
var ROLE_DURATION = 1;
var ROLE_FAILED = 2;
var ROLE_ITERATIONS = 3;
var ROLE_DROPPED = 4;
var ROLE_CHECKS = 5;
var ROLE_VUS = 6;
var ROLE_VUS_MAX = 7;
var ROLES = /* @__PURE__ */ new Map([
  ["http_req_duration", ROLE_DURATION],
  ["http_req_failed", ROLE_FAILED],
  ["iterations", ROLE_ITERATIONS],
  ["dropped_iterations", ROLE_DROPPED],
  ["checks", ROLE_CHECKS],
  ["vus", ROLE_VUS],
  ["vus_max", ROLE_VUS_MAX]
]);
var POINT_PREFIX = new BytePattern(Buffer.from('{"metric":"'));
var TYPE_POINT = new BytePattern(Buffer.from('","type":"Point"'));
var DATA_OPEN = new BytePattern(Buffer.from(',"data":{'));
var TIME_KEY = new BytePattern(Buffer.from('"time":"'));
var VALUE_KEY = new BytePattern(Buffer.from('"value":'));
var TAGS_KEY = new BytePattern(Buffer.from('"tags":'));
var TAG_TEXT_CACHE_LIMIT = 2e4;
var TEXTS_PER_TAG_SET = 16;
var K6LineParser = class {
  acc;
  file;
  trie = new MetricNameTrie();
  metrics = [];
  metricsByName = /* @__PURE__ */ new Map();
  time = new Rfc3339Parser();
  tagScanner = new TagScanner();
  /** exact bytes of a whole `tags` object → its tag set */
  tagTexts = new SpanTable();
  textsPerSet = /* @__PURE__ */ new Map();
  /** texts cached whole although they end with a url tag (no `name`): lookups must try the whole text too */
  namelessTexts = 0;
  viewBuffer;
  view = new DataView(new ArrayBuffer(0));
  /** the metric of the previous line; at first `none`, a stand-in whose pattern matches no line */
  previous;
  blankLines = 0;
  /** results of the last scanned `data` object */
  value = 0;
  tags;
  /** lines read by each path, for the benchmark and tests */
  fastLines = 0;
  slowLines = 0;
  constructor(acc, file) {
    this.acc = acc;
    this.file = file;
    this.previous = newEntry(-1, "", ROLE_SKIP, new BytePattern(Buffer.from("\n")));
  }
  /** The `LineHandler` to give the `LineSplitter`. */
  handleLine = (buf, start, end, lineNo) => {
    let e = end;
    if (e > start && buf[e - 1] === 13) e--;
    if (e === start) {
      this.blankLines++;
      return;
    }
    if (buf !== this.viewBuffer) {
      this.viewBuffer = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const view = this.view;
    const previous = this.previous;
    let entry = previous.next;
    if (!entry.head.matches(view, buf, start, e)) {
      const other = previous.nextButOne;
      if (other.head.matches(view, buf, start, e)) {
        entry = other;
      } else {
        const identified = this.identify(view, buf, start, e);
        if (identified === void 0) {
          this.slowLine(buf, start, e, lineNo);
          return;
        }
        entry = identified;
      }
      previous.nextButOne = previous.next;
      previous.next = entry;
    }
    this.previous = entry;
    const role = entry.role;
    if (role === ROLE_SKIP) {
      if (buf[e - 1] !== CLOSE_BRACE) {
        this.slowLine(buf, start, e, lineNo);
        return;
      }
      entry.skippedLines++;
      this.fastLines++;
      return;
    }
    const dataStart = start + entry.head.length;
    if (!DATA_OPEN.matches(view, buf, dataStart, e) || !this.scanData(view, buf, dataStart + DATA_OPEN.length, e, role)) {
      this.slowLine(buf, start, e, lineNo);
      return;
    }
    this.fastLines++;
    this.apply(entry, lineNo);
  };
  /**
   * The last line of a file that does not end with a newline: it may have been cut short, so it is parsed
   * strictly (`JSON.parse`) rather than checked for shape.
   */
  handleFinalLine(buf, start, end, lineNo) {
    let e = end;
    if (e > start && buf[e - 1] === 13) e--;
    if (e === start) this.blankLines++;
    else this.slowLine(buf, start, e, lineNo);
  }
  /** Adds the per-metric skip counts to the accumulator; call once at the end. */
  finish() {
    for (const m of this.metrics) this.acc.skip(`metric ${m.name}`, m.skippedLines);
    this.acc.skip("blank line", this.blankLines);
  }
  /** The metric of a line that starts `{"metric":"NAME","type":"Point"`, or undefined. */
  identify(view, buf, start, e) {
    if (!POINT_PREFIX.matches(view, buf, start, e)) return void 0;
    const nameStart = start + POINT_PREFIX.length;
    let id = this.trie.lookup(buf, nameStart, e);
    if (id === MALFORMED_NAME) return void 0;
    const nameEnd = this.trie.end;
    if (id === UNKNOWN_NAME) {
      id = this.entryFor(buf.toString("utf8", nameStart, nameEnd)).id;
      this.trie.insert(buf, nameStart, nameEnd, id);
    }
    return TYPE_POINT.matches(view, buf, nameEnd, e) ? this.metrics[id] : void 0;
  }
  /**
   * Scans a `data` object from just after its `{` to the end of the line. Returns false (slow path) on anything
   * unexpected, including a missing `time`, `value` or needed `tags`.
   */
  scanData(view, buf, p, e, role) {
    const needsTags = role === ROLE_DURATION || role === ROLE_FAILED;
    let haveTime = false;
    let haveValue = false;
    let haveTags = !needsTags;
    this.tags = void 0;
    let i = p;
    for (; ; ) {
      if (buf[i] !== QUOTE) return false;
      if (TIME_KEY.matches(view, buf, i, e)) {
        i = this.time.parse(view, buf, i + TIME_KEY.length, e);
        if (i < 0) return false;
        i++;
        haveTime = true;
      } else if (VALUE_KEY.matches(view, buf, i, e)) {
        i = scanNumber(buf, i + VALUE_KEY.length, e);
        if (i < 0) return false;
        this.value = numberOut.value;
        haveValue = true;
      } else if (needsTags && TAGS_KEY.matches(view, buf, i, e)) {
        const tagsStart = i + TAGS_KEY.length;
        const lineClosed = buf[e - 1] === CLOSE_BRACE && buf[e - 2] === CLOSE_BRACE;
        if (role === ROLE_FAILED && haveTime && haveValue && this.value === 0 && lineClosed) return true;
        if (haveTime && haveValue && lineClosed) {
          const known = this.knownTags(view, buf, tagsStart, e - 2);
          if (known !== void 0) {
            this.tags = known;
            return true;
          }
        }
        i = this.tagScanner.scan(buf, tagsStart, e);
        if (i < 0) return false;
        this.tags = this.resolveTags(view, buf, tagsStart, i, e);
        haveTags = true;
      } else {
        const keyEnd = skipString(buf, i, e);
        if (keyEnd < 0 || buf[keyEnd] !== 58) return false;
        i = skipValue(buf, keyEnd + 1, e);
        if (i < 0) return false;
      }
      const c = buf[i];
      if (c === CLOSE_BRACE) break;
      if (c !== 44) return false;
      if (!needsTags && haveTime && haveValue)
        return buf[e - 1] === CLOSE_BRACE && buf[e - 2] === CLOSE_BRACE;
      i++;
    }
    return i + 2 === e && buf[i + 1] === CLOSE_BRACE && haveTime && haveValue && haveTags;
  }
  /**
   * The tag set of the tags text `buf[start, end)` if it was seen before. When `url` is the last tag the text
   * before it is the key (with a `name` tag the URL does not matter); texts without a `name` are kept whole.
   */
  knownTags(view, buf, start, end) {
    const cut = urlTagStart(buf, start, end);
    if (cut < 0) return this.tagTexts.get(view, buf, start, end);
    return this.tagTexts.get(view, buf, start, cut) ?? (this.namelessTexts > 0 ? this.tagTexts.get(view, buf, start, end) : void 0);
  }
  resolveTags(view, buf, tagsStart, tagsEnd, lineEnd) {
    const set = this.tagScanner.resolve(view, buf, (tags) => this.acc.tagSet(tags));
    if (tagsEnd === lineEnd - 2) {
      const texts = this.textsPerSet.get(set) ?? 0;
      if (texts < TEXTS_PER_TAG_SET) {
        this.textsPerSet.set(set, texts + 1);
        if (this.tagTexts.size >= TAG_TEXT_CACHE_LIMIT) {
          this.tagTexts.clear();
          this.textsPerSet.clear();
          this.namelessTexts = 0;
        }
        const cut = urlTagStart(buf, tagsStart, tagsEnd);
        if (cut >= 0 && this.tagScanner.hasName()) {
          this.tagTexts.set(view, buf, tagsStart, cut, set);
        } else {
          if (cut >= 0) this.namelessTexts++;
          this.tagTexts.set(view, buf, tagsStart, tagsEnd, set);
        }
      }
    }
    return set;
  }
  apply(entry, lineNo) {
    const value = this.value;
    const second = this.time.second;
    switch (entry.role) {
      case ROLE_DURATION:
        if (!(value >= 0)) {
          throw new RunFileError(
            this.file,
            lineNo,
            `http_req_duration value ${value}: expected a duration \u2265 0 ms`
          );
        }
        this.acc.request(this.tags, second, this.time.msInSecond, value);
        break;
      case ROLE_FAILED: {
        this.acc.failureSamples++;
        const tags = this.tags;
        if (value !== 0 && tags !== void 0 && !tags.hasExpectedResponse) this.acc.failure(tags, second);
        else entry.skippedLines++;
        break;
      }
      case ROLE_ITERATIONS:
        this.acc.totalsAt(second).iterations += value;
        break;
      case ROLE_DROPPED:
        this.acc.totalsAt(second).droppedIterations += value;
        break;
      case ROLE_CHECKS: {
        const totals = this.acc.totalsAt(second);
        if (value !== 0) totals.checksPassed++;
        else totals.checksFailed++;
        break;
      }
      case ROLE_VUS: {
        const totals = this.acc.totalsAt(second);
        if (value > totals.maxVUs) totals.maxVUs = value;
        break;
      }
      case ROLE_VUS_MAX: {
        const totals = this.acc.totalsAt(second);
        if (value > totals.maxVUsAllocated) totals.maxVUsAllocated = value;
        break;
      }
      default:
        entry.skippedLines++;
    }
  }
  entryFor(name) {
    let entry = this.metricsByName.get(name);
    if (entry === void 0) {
      const head = new BytePattern(Buffer.from(`{"metric":${JSON.stringify(name)},"type":"Point"`));
      entry = newEntry(this.metrics.length, name, ROLES.get(name) ?? ROLE_SKIP, head);
      this.metrics.push(entry);
      this.metricsByName.set(name, entry);
    }
    return entry;
  }
  /** Any line the fast path did not take: parsed with JSON.parse, with a clear error when it is not k6's. */
  slowLine(buf, start, end, lineNo) {
    this.slowLines++;
    const text = buf.toString("utf8", start, end);
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new RunFileError(
        this.file,
        lineNo,
        `not JSON (${snippet(err.message, 120)}): expected one k6 JSON object per line (k6 --out json), got: ${snippet(text)}`
      );
    }
    const line = isObject(parsed) ? parsed : void 0;
    const data = line !== void 0 && isObject(line.data) ? line.data : void 0;
    if (line === void 0 || data === void 0 || line.type !== "Point" && line.type !== "Metric") {
      throw new RunFileError(
        this.file,
        lineNo,
        `not a k6 metric line: expected {"metric":\u2026,"type":"Point" or "Metric","data":{\u2026}} as k6 --out json writes it, got: ${snippet(text)}`
      );
    }
    const bad = (what) => new RunFileError(this.file, lineNo, `k6 ${line.type} line: ${what}`);
    if (line.type === "Metric") {
      const name = typeof line.metric === "string" ? line.metric : data.name;
      if (typeof name !== "string") throw bad('expected a metric name in "metric" or "data.name"');
      this.acc.threshold(name, thresholdExpressions(data.thresholds, bad));
      return;
    }
    if (typeof line.metric !== "string") throw bad('expected "metric" to be the metric name (a string)');
    const entry = this.entryFor(line.metric);
    if (entry.role === ROLE_SKIP) {
      entry.skippedLines++;
      return;
    }
    if (typeof data.time !== "string") throw bad('expected "data.time" to be an RFC 3339 timestamp string');
    const timeBytes = Buffer.from(`${data.time}"`);
    const timeView = new DataView(timeBytes.buffer, timeBytes.byteOffset, timeBytes.length);
    if (this.time.parse(timeView, timeBytes, 0, timeBytes.length) !== timeBytes.length - 1) {
      throw bad(`"data.time" ${JSON.stringify(data.time)} is not an RFC 3339 timestamp`);
    }
    if (typeof data.value !== "number") throw bad('expected "data.value" to be a number');
    this.value = data.value;
    this.tags = void 0;
    if (entry.role === ROLE_DURATION || entry.role === ROLE_FAILED) {
      const tags = data.tags ?? {};
      if (!isObject(tags)) throw bad('expected "data.tags" to be an object');
      this.tags = this.acc.tagSet(requestTags(tags));
    }
    this.apply(entry, lineNo);
  }
};
function newEntry(id, name, role, head) {
  const entry = { id, name, role, skippedLines: 0, head };
  entry.next = entry;
  entry.nextButOne = entry;
  return entry;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function requestTags(tags) {
  const str = (v) => v === void 0 || v === null ? void 0 : String(v);
  return {
    scenario: str(tags.scenario),
    group: str(tags.group),
    method: str(tags.method),
    name: str(tags.name),
    url: str(tags.url),
    expectedResponse: str(tags.expected_response)
  };
}
function thresholdExpressions(raw, bad) {
  if (raw === void 0 || raw === null) return [];
  if (!Array.isArray(raw)) throw bad('expected "data.thresholds" to be an array');
  return raw.map((t) => {
    if (typeof t === "string") return t;
    if (isObject(t) && typeof t.threshold === "string") return t.threshold;
    throw bad(`threshold ${JSON.stringify(t)}: expected a string or {"threshold": \u2026}`);
  });
}

// src/results/k6-warmup.ts
var primed = false;
var T = "2026-01-01T00:00:00.5Z";
var T2 = "2026-01-01T00:00:01.25+01:00";
var TAGS = '{"expected_response":"true","group":"::g","method":"GET","name":"GET /a","proto":"HTTP/1.1","scenario":"s","status":"200","url":"http://h/a/1"}';
var TAGS_URL2 = TAGS.replace("/a/1", "/a/2");
var FAILED_TAGS = '{"error_code":"1500","expected_response":"false","group":"","method":"POST","name":"POST /b","scenario":"s","status":"500","url":"http://h/b"}';
var UNTAGGED = '{"group":"","method":"GET","scenario":"s","status":"200","url":"http://h/c"}';
var point = (metric, time, value, tags) => `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}}}`;
var SAMPLE = [
  '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":["p(95)<1"],"submetrics":null},"metric":"http_req_duration"}',
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point("vus", T, "1", "{}"),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point("vus_max", T, "2", "{}"),
  ...[TAGS, TAGS_URL2, TAGS, FAILED_TAGS, UNTAGGED, TAGS].flatMap((tags, i) => [
    // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
    point("http_reqs", T, "1", tags),
    point("http_req_duration", i % 2 === 0 ? T : T2, "7.25", tags),
    // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
    point("http_req_blocked", T, "1.2e-05", tags),
    // Stryker disable next-line ConditionalExpression: a request with expected_response is counted failed from it, whatever its http_req_failed value
    point("http_req_failed", T, tags === FAILED_TAGS || tags === UNTAGGED ? "1" : "0", tags),
    // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
    point("checks", T, tags === FAILED_TAGS ? "0" : "1", '{"check":"ok","group":"","scenario":"s"}')
  ]),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point("group_duration", T, "9.5", '{"group":"::g","scenario":"s"}'),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point("iterations", T2, "1", '{"group":"","scenario":"s"}'),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point("dropped_iterations", T2, "1", '{"scenario":"s"}'),
  ""
];
function primeK6Reader() {
  if (primed) return;
  primed = true;
  const acc = new RunAccumulator();
  const parser = new K6LineParser(acc, "(warm-up sample)");
  const splitter = new LineSplitter(parser.handleLine);
  const bytes = Buffer.from(`${SAMPLE.join("\n")}
`);
  for (let round = 0; round < 2; round++) splitter.push(bytes);
  parser.finish();
  acc.finish({ engine: "k6", sources: [], loadModel: "unknown", loadModelSource: "unknown" });
}

// src/results/k6-json.ts
async function readK6Json(path, opts = {}) {
  primeK6Reader();
  const acc = new RunAccumulator(opts.maxSeries);
  const parser = new K6LineParser(acc, path);
  const splitter = new LineSplitter(parser.handleLine);
  let cut = false;
  await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => {
      acc.warn(
        `${path}: the gzip stream is truncated (k6 was probably stopped while writing); kept what was read`
      );
      cut = true;
    }
  });
  const last = splitter.unterminatedLine();
  if (last !== void 0) {
    try {
      parser.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      acc.warn(
        `${path}:${last.lineNo}: the last line is incomplete (k6 was probably stopped while writing it); ignored it`
      );
      acc.skip("truncated last line");
      cut = true;
    }
  }
  parser.finish();
  if (parser.fastLines + parser.slowLines === 0) {
    throw new RunFileError(
      path,
      void 0,
      "empty file: expected k6 --out json output (one JSON object per line)"
    );
  }
  if (acc.seriesCount === 0) {
    throw new RunFileError(path, void 0, "no HTTP requests were recorded: is the target reachable?");
  }
  if (acc.requestsWithoutExpectedResponse > 0 && acc.failureSamples === 0) {
    acc.warn(
      `${path}: ${acc.requestsWithoutExpectedResponse} requests carry no expected_response tag and there are no http_req_failed samples for them: their failures cannot be counted (failed = 0)`
    );
  }
  const run = nameSeriesByTarget(
    acc.finish({
      engine: "k6",
      sources: [path],
      ...givenLoadModel(opts),
      targetRate: opts.targetRate
    }),
    opts.targetUrl
  );
  if (cut) run.cutFiles = [path];
  if (run.loadModel === "unknown") inferLoadModel(run);
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}
function inferLoadModel(run) {
  const scenarios = new Set([...run.series.values()].map((s) => s.key.scenario));
  if (scenarios.size !== 1 || !scenarios.has("default") || run.totals.droppedIterations > 0) return;
  run.loadModel = "closed";
  run.loadModelSource = "k6-default-scenario";
}

export {
  readK6Json
};
