import { CLOSE_BRACE, QUOTE } from './ascii.ts';
import { numberOut, scanNumber, skipString, skipValue } from './byte-json.ts';
import { BytePattern, SpanTable } from './byte-words.ts';
import { RunFileError, snippet } from './errors.ts';
import { TagScanner, urlTagStart } from './k6-tags.ts';
import { MALFORMED_NAME, MetricNameTrie, UNKNOWN_NAME } from './metric-name-trie.ts';
import { Rfc3339Parser } from './rfc3339.ts';
import type { RequestTags, RunAccumulator, TagSet } from './run-accumulator.ts';

/**
 * Reads the lines of k6's `--out json` NDJSON into a `RunAccumulator`.
 *
 * Fast path (every Point line of k6 ≥ v0.41 starts with `{"metric":"`): the metric is recognised from the
 * line's first bytes, usually by one comparison with the metric that followed the previous line's metric before
 * (k6 writes a request's samples in a fixed order), else through a byte trie. Lines of metrics the reader does
 * not use (7 of the 9 per request) are only checked for their shape and counted. For the used ones the `data`
 * object is scanned byte by byte in any key order: `value` as a JSON number, `time` with its second cached, and
 * `tags` looked up by their exact bytes (tag sets repeat; the text before a final `url` tag when there is a
 * `name`), so only a new tag set is scanned for the few tags that matter.
 * Slow path, for everything else (Metric lines, older key orders, anything unexpected): `JSON.parse`, which also
 * gives the error message when the line is bad.
 */

const ROLE_SKIP = 0;
const ROLE_DURATION = 1;
const ROLE_FAILED = 2;
const ROLE_ITERATIONS = 3;
const ROLE_DROPPED = 4;
const ROLE_CHECKS = 5;
const ROLE_VUS = 6;
const ROLE_VUS_MAX = 7;

const ROLES = new Map<string, number>([
  ['http_req_duration', ROLE_DURATION],
  ['http_req_failed', ROLE_FAILED],
  ['iterations', ROLE_ITERATIONS],
  ['dropped_iterations', ROLE_DROPPED],
  ['checks', ROLE_CHECKS],
  ['vus', ROLE_VUS],
  ['vus_max', ROLE_VUS_MAX],
]);

interface MetricEntry {
  id: number;
  name: string;
  role: number;
  /** lines of this metric that the reader did not use */
  skippedLines: number;
  /** `{"metric":"NAME","type":"Point"`: how every fast-path line of this metric starts */
  head: BytePattern;
  /**
   * the metrics that followed this one the last two times (k6 writes a request's 9 samples in a fixed order;
   * what follows a request alternates between a few metrics)
   */
  next: MetricEntry;
  nextButOne: MetricEntry;
}

const POINT_PREFIX = new BytePattern(Buffer.from('{"metric":"'));
const TYPE_POINT = new BytePattern(Buffer.from('","type":"Point"'));
const DATA_OPEN = new BytePattern(Buffer.from(',"data":{'));
const TIME_KEY = new BytePattern(Buffer.from('"time":"'));
const VALUE_KEY = new BytePattern(Buffer.from('"value":'));
const TAGS_KEY = new BytePattern(Buffer.from('"tags":'));

/** Exact tag-object texts cached beyond this many are dropped (bounds memory whatever the tags hold). */
const TAG_TEXT_CACHE_LIMIT = 20_000;
/** Distinct texts remembered per tag set (status codes, error codes … vary; unique URLs would not stop). */
const TEXTS_PER_TAG_SET = 16;

export class K6LineParser {
  private readonly acc: RunAccumulator;
  private readonly file: string;
  private readonly trie = new MetricNameTrie();
  private readonly metrics: MetricEntry[] = [];
  private readonly metricsByName = new Map<string, MetricEntry>();
  private readonly time = new Rfc3339Parser();
  private readonly tagScanner = new TagScanner<TagSet>();
  /** exact bytes of a whole `tags` object → its tag set */
  private readonly tagTexts = new SpanTable<TagSet>();
  private readonly textsPerSet = new Map<TagSet, number>();
  /** texts cached whole although they end with a url tag (no `name`): lookups must try the whole text too */
  private namelessTexts = 0;
  private viewBuffer: Buffer | undefined;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /** the metric of the previous line; at first `none`, a stand-in whose pattern matches no line */
  private previous: MetricEntry;
  private blankLines = 0;
  /** results of the last scanned `data` object */
  private value = 0;
  private tags: TagSet | undefined;
  /** lines read by each path, for the benchmark and tests */
  fastLines = 0;
  slowLines = 0;

  constructor(acc: RunAccumulator, file: string) {
    this.acc = acc;
    this.file = file;
    // fields that always hold an entry (never undefined) keep V8's optimised code of the hot path valid
    // Stryker disable next-line UnaryOperator,StringLiteral: the stand-in's id and name are never read
    this.previous = newEntry(-1, '', ROLE_SKIP, new BytePattern(Buffer.from('\n')));
  }

  /** The `LineHandler` to give the `LineSplitter`. */
  readonly handleLine = (buf: Buffer, start: number, end: number, lineNo: number): void => {
    let e = end;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at e = start the byte before is the previous line's newline or outside the buffer, never a CR
    if (e > start && buf[e - 1] === 0x0d) e--;
    if (e === start) {
      this.blankLines++;
      return;
    }
    // Stryker disable next-line ConditionalExpression: a new view of the same buffer reads the same bytes
    if (buf !== this.viewBuffer) {
      this.viewBuffer = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const view = this.view;
    // most lines are a metric that followed the previous line's metric before: one or two pattern checks
    const previous = this.previous;
    let entry = previous.next;
    // Stryker disable next-line ConditionalExpression: when the guessed next metric is not tried, the line is identified by name: the same entry
    if (!entry.head.matches(view, buf, start, e)) {
      const other = previous.nextButOne;
      // Stryker disable next-line ConditionalExpression: when the second guess is not tried, the line is identified by name: the same entry
      if (other.head.matches(view, buf, start, e)) {
        entry = other;
      } else {
        const identified = this.identify(view, buf, start, e);
        if (identified === undefined) {
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
      // shape only: a complete line ends with the brace that closes it
      if (buf[e - 1] !== CLOSE_BRACE) {
        this.slowLine(buf, start, e, lineNo);
        return;
      }
      entry.skippedLines++;
      this.fastLines++;
      return;
    }
    const dataStart = start + entry.head.length;
    if (
      !DATA_OPEN.matches(view, buf, dataStart, e) ||
      !this.scanData(view, buf, dataStart + DATA_OPEN.length, e, role)
    ) {
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
  handleFinalLine(buf: Buffer, start: number, end: number, lineNo: number): void {
    let e = end;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at e = start the byte before is the previous line's newline or outside the buffer, never a CR
    if (e > start && buf[e - 1] === 0x0d) e--;
    if (e === start) this.blankLines++;
    else this.slowLine(buf, start, e, lineNo);
  }

  /** Adds the per-metric skip counts to the accumulator; call once at the end. */
  finish(): void {
    for (const m of this.metrics) this.acc.skip(`metric ${m.name}`, m.skippedLines);
    this.acc.skip('blank line', this.blankLines);
  }

  /** The metric of a line that starts `{"metric":"NAME","type":"Point"`, or undefined. */
  private identify(view: DataView, buf: Buffer, start: number, e: number): MetricEntry | undefined {
    if (!POINT_PREFIX.matches(view, buf, start, e)) return undefined;
    const nameStart = start + POINT_PREFIX.length;
    let id = this.trie.lookup(buf, nameStart, e);
    // Stryker disable next-line ConditionalExpression: this.metrics[MALFORMED_NAME] is undefined too
    if (id === MALFORMED_NAME) return undefined;
    const nameEnd = this.trie.end;
    // Stryker disable next-line ConditionalExpression: a known name registered again keeps its entry
    if (id === UNKNOWN_NAME) {
      id = this.entryFor(buf.toString('utf8', nameStart, nameEnd)).id;
      this.trie.insert(buf, nameStart, nameEnd, id); // when the trie is full, the name is looked up by string
    }
    return TYPE_POINT.matches(view, buf, nameEnd, e) ? this.metrics[id] : undefined;
  }

  /**
   * Scans a `data` object from just after its `{` to the end of the line. Returns false (slow path) on anything
   * unexpected, including a missing `time`, `value` or needed `tags`.
   */
  private scanData(view: DataView, buf: Buffer, p: number, e: number, role: number): boolean {
    const needsTags = role === ROLE_DURATION || role === ROLE_FAILED;
    let haveTime = false;
    let haveValue = false;
    let haveTags = !needsTags;
    this.tags = undefined;
    let i = p;
    for (;;) {
      // Stryker disable next-line ConditionalExpression: a key not starting with a quote fails the key checks and skipString just after
      if (buf[i] !== QUOTE) return false;
      if (TIME_KEY.matches(view, buf, i, e)) {
        i = this.time.parse(view, buf, i + TIME_KEY.length, e);
        // Stryker disable next-line EqualityOperator: equivalent for `i <= 0`, the parser gives -1 or the index of the closing quote, never 0 (`i >= 0` is tested)
        if (i < 0) return false;
        i++;
        haveTime = true;
      } else if (VALUE_KEY.matches(view, buf, i, e)) {
        i = scanNumber(buf, i + VALUE_KEY.length, e);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: at i = -1 the next byte read, buf[-1], is neither `}` nor `,`: false all the same
        if (i < 0) return false;
        this.value = numberOut.value;
        haveValue = true;
      } else if (needsTags && TAGS_KEY.matches(view, buf, i, e)) {
        const tagsStart = i + TAGS_KEY.length;
        const lineClosed = buf[e - 1] === CLOSE_BRACE && buf[e - 2] === CLOSE_BRACE;
        // a request that did not fail needs no tags for http_req_failed
        if (role === ROLE_FAILED && haveTime && haveValue && this.value === 0 && lineClosed) return true;
        // k6 writes tags last in data and data last in the line: then the tags text is all up to the final `}}`
        if (haveTime && haveValue && lineClosed) {
          const known = this.knownTags(view, buf, tagsStart, e - 2);
          if (known !== undefined) {
            this.tags = known;
            return true;
          }
        }

        i = this.tagScanner.scan(buf, tagsStart, e);
        // Stryker disable next-line EqualityOperator: equivalent for `i <= 0`, the scanner gives -1 or the index after the tags, never 0 (`i >= 0` is tested)
        if (i < 0) return false;
        this.tags = this.resolveTags(view, buf, tagsStart, i, e);
        haveTags = true;
      } else {
        const keyEnd = skipString(buf, i, e);
        if (keyEnd < 0 || buf[keyEnd] !== 0x3a) return false;
        i = skipValue(buf, keyEnd + 1, e);
        if (i < 0) return false;
      }
      const c = buf[i];
      if (c === CLOSE_BRACE) break;
      if (c !== 0x2c) return false;
      // without tags to read, the rest is only checked for shape, like the lines of unused metrics
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
  private knownTags(view: DataView, buf: Buffer, start: number, end: number): TagSet | undefined {
    const cut = urlTagStart(buf, start, end);
    if (cut < 0) return this.tagTexts.get(view, buf, start, end);
    return (
      this.tagTexts.get(view, buf, start, cut) ??
      (this.namelessTexts > 0 ? this.tagTexts.get(view, buf, start, end) : undefined)
    );
  }

  private resolveTags(
    view: DataView,
    buf: Buffer,
    tagsStart: number,
    tagsEnd: number,
    lineEnd: number,
  ): TagSet {
    const set = this.tagScanner.resolve(view, buf, (tags) => this.acc.tagSet(tags));
    // Remember the whole tags text for the one-step lookup, unless this tag set already has many texts:
    // then they differ in a tag the reader ignores (a unique URL behind a `name`) and would not repeat.
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

  private apply(entry: MetricEntry, lineNo: number): void {
    const value = this.value;
    const second = this.time.second;
    switch (entry.role) {
      case ROLE_DURATION:
        if (!(value >= 0)) {
          throw new RunFileError(
            this.file,
            lineNo,
            `http_req_duration value ${value}: expected a duration ≥ 0 ms`,
          );
        }
        this.acc.request(this.tags!, second, this.time.msInSecond, value);
        break;
      case ROLE_FAILED: {
        this.acc.failureSamples++;
        const tags = this.tags;
        // a failure is counted from its request's expected_response tag when it has one, never twice
        if (value !== 0 && tags !== undefined && !tags.hasExpectedResponse) this.acc.failure(tags, second);
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

  private entryFor(name: string): MetricEntry {
    let entry = this.metricsByName.get(name);
    if (entry === undefined) {
      const head = new BytePattern(Buffer.from(`{"metric":${JSON.stringify(name)},"type":"Point"`));
      entry = newEntry(this.metrics.length, name, ROLES.get(name) ?? ROLE_SKIP, head);
      this.metrics.push(entry);
      this.metricsByName.set(name, entry);
    }
    return entry;
  }

  /** Any line the fast path did not take: parsed with JSON.parse, with a clear error when it is not k6's. */
  private slowLine(buf: Buffer, start: number, end: number, lineNo: number): void {
    this.slowLines++;
    const text = buf.toString('utf8', start, end);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new RunFileError(
        this.file,
        lineNo,
        `not JSON (${snippet((err as Error).message, 120)}): expected one k6 JSON object per line (k6 --out json), got: ${snippet(text)}`,
      );
    }
    const line = isObject(parsed) ? parsed : undefined;
    const data = line !== undefined && isObject(line.data) ? line.data : undefined;
    if (line === undefined || data === undefined || (line.type !== 'Point' && line.type !== 'Metric')) {
      throw new RunFileError(
        this.file,
        lineNo,
        `not a k6 metric line: expected {"metric":…,"type":"Point" or "Metric","data":{…}} as k6 --out json writes it, got: ${snippet(text)}`,
      );
    }
    const bad = (what: string): RunFileError =>
      new RunFileError(this.file, lineNo, `k6 ${line.type} line: ${what}`);
    if (line.type === 'Metric') {
      const name = typeof line.metric === 'string' ? line.metric : data.name;
      if (typeof name !== 'string') throw bad('expected a metric name in "metric" or "data.name"');
      this.acc.threshold(name, thresholdExpressions(data.thresholds, bad));
      return;
    }
    if (typeof line.metric !== 'string') throw bad('expected "metric" to be the metric name (a string)');
    const entry = this.entryFor(line.metric);
    if (entry.role === ROLE_SKIP) {
      entry.skippedLines++;
      return;
    }
    if (typeof data.time !== 'string') throw bad('expected "data.time" to be an RFC 3339 timestamp string');
    const timeBytes = Buffer.from(`${data.time}"`);
    const timeView = new DataView(timeBytes.buffer, timeBytes.byteOffset, timeBytes.length);
    if (this.time.parse(timeView, timeBytes, 0, timeBytes.length) !== timeBytes.length - 1) {
      throw bad(`"data.time" ${JSON.stringify(data.time)} is not an RFC 3339 timestamp`);
    }
    if (typeof data.value !== 'number') throw bad('expected "data.value" to be a number');
    this.value = data.value;
    this.tags = undefined;
    if (entry.role === ROLE_DURATION || entry.role === ROLE_FAILED) {
      const tags = data.tags ?? {};
      if (!isObject(tags)) throw bad('expected "data.tags" to be an object');
      this.tags = this.acc.tagSet(requestTags(tags));
    }
    this.apply(entry, lineNo);
  }
}

/** A metric entry that predicts itself until it has seen what follows it. */
function newEntry(id: number, name: string, role: number, head: BytePattern): MetricEntry {
  const entry = { id, name, role, skippedLines: 0, head } as MetricEntry;
  entry.next = entry;
  entry.nextButOne = entry;
  return entry;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function requestTags(tags: Record<string, unknown>): RequestTags {
  const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
  return {
    scenario: str(tags.scenario),
    group: str(tags.group),
    method: str(tags.method),
    name: str(tags.name),
    url: str(tags.url),
    expectedResponse: str(tags.expected_response),
  };
}

/** k6 writes thresholds as strings, or as objects `{threshold, abortOnFail, …}` when options are set. */
function thresholdExpressions(raw: unknown, bad: (what: string) => Error): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw bad('expected "data.thresholds" to be an array');
  return raw.map((t) => {
    if (typeof t === 'string') return t;
    if (isObject(t) && typeof t.threshold === 'string') return t.threshold;
    throw bad(`threshold ${JSON.stringify(t)}: expected a string or {"threshold": …}`);
  });
}
