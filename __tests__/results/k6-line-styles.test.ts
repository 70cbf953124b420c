import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { K6LineParser } from '../../src/results/k6-line-parser.ts';
import { LineSplitter } from '../../src/results/line-splitter.ts';
import { RunAccumulator } from '../../src/results/run-accumulator.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import { content, fixtureLines, tempDir } from './helpers.ts';

/**
 * The same samples written the ways different k6 versions write them must read the same. The base is a
 * snippet of a real v0.49 recording; some durations are made tiny so that the v0.x style has to write them
 * with exponents (Go's %g: 1.234e-05) while the v2.x style writes plain decimals.
 */

// biome-ignore lint/suspicious/noExplicitAny: k6 lines as parsed JSON
type Line = any;

const base: Line[] = fixtureLines('arrival-errors')
  .slice(0, 2400)
  .map((l) => JSON.parse(l));
let durations = 0;
for (const line of base) {
  if (line.type === 'Point' && line.metric === 'http_req_duration' && durations++ % 7 === 3) {
    line.data.value = 0.00001234 * durations; // below 1e-4: Go's %g switches to an exponent
  }
}

/** Go strconv.FormatFloat(v, 'g', -1, 64): what k6 v0.x wrote. */
const goG = (v: number): string =>
  v !== 0 && Math.abs(v) < 1e-4 ? v.toExponential().replace(/e([+-])(\d)$/, 'e$10$2') : String(v);
/** k6 v2.x: plain decimals, never an exponent. */
const plain = (v: number): string =>
  v !== 0 && Math.abs(v) < 1e-4 ? v.toFixed(20).replace(/0+$/, '') : String(v);

const sortedTags = (tags: Record<string, string>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : 1))));
const reversedTags = (tags: Record<string, string>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(tags).reverse()));

function write(lines: Line[], point: (l: Line) => string): string {
  return `${lines.map((l) => (l.type === 'Point' ? point(l) : JSON.stringify(l))).join('\n')}\n`;
}

const v0 = (l: Line): string =>
  `{"metric":"${l.metric}","type":"Point","data":{"time":"${l.data.time}","value":${goG(l.data.value)},"tags":${JSON.stringify(l.data.tags)}}}`;
const v2 = (l: Line): string =>
  `{"metric":"${l.metric}","type":"Point","data":{"time":"${l.data.time}","value":${plain(l.data.value)},"tags":${sortedTags(l.data.tags)}}}`;

describe('k6 line styles', () => {
  const { write: put } = tempDir();
  const reference = readK6Json(put('v0.json', write(base, v0)));

  it('the v0.x snippet really carries exponents, and v2.x none', () => {
    expect(write(base, v0)).toMatch(/"value":\d(\.\d+)?e-05/);
    expect(write(base, v2)).not.toMatch(/"value":[\d.]+e/);
  });

  it('v2.x style (sorted tags, no exponents) reads the same as v0.x', async () => {
    const run = await readK6Json(put('v2.json', write(base, v2)));
    expect(content(run)).toEqual(content(await reference));
    expect(serializeRun(run).series[0]!.latency.min).toBeCloseTo(0.00001234 * 4, 15);
  });

  it('keys in any order, tags in any order, and metadata do not matter', async () => {
    const shuffled = (l: Line): string =>
      `{"metric":"${l.metric}","type":"Point","data":{"metadata":{"vu":"3","iter":"12"},"tags":${reversedTags(l.data.tags)},"value":${plain(l.data.value)},"time":"${l.data.time}"}}`;
    const run = await readK6Json(put('shuffled.json', write(base, shuffled)));
    expect(content(run)).toEqual(content(await reference));
  });

  it('whitespace inside the data object (not how k6 writes it) reads the same', async () => {
    const spaced = (l: Line): string =>
      `{"metric":"${l.metric}","type":"Point","data":{ "time":"${l.data.time}", "value":${goG(l.data.value)},"tags":${JSON.stringify(l.data.tags)}} } `;
    const run = await readK6Json(put('spaced.json', write(base, spaced)));
    expect(content(run)).toEqual(content(await reference));
  });

  it('the pre-v0.41 layout ({"type":"Point",…,"metric":…}) and CRLF line ends read the same', async () => {
    const old = (l: Line): string =>
      `{"type":"Point","data":{"time":"${l.data.time}","value":${goG(l.data.value)},"tags":${JSON.stringify(l.data.tags)}},"metric":"${l.metric}"}`;
    const run = await readK6Json(put('old.json', write(base, old).replaceAll('\n', '\r\n')));
    expect(content(run)).toEqual(content(await reference));
  });

  it('time offsets and fraction lengths are read as the same instants', async () => {
    // 2026-11-23T23:04:45.189147296Z written as +02:00 with the fraction cut to milliseconds, and the reverse
    const shifted = (l: Line): string => {
      const t = new Date(l.data.time);
      const local = new Date(t.getTime() + 2 * 3600_000).toISOString().slice(0, 19);
      const frac = l.data.time.slice(19, -1); // ".189147296"
      return `{"metric":"${l.metric}","type":"Point","data":{"time":"${local}${frac}+02:00","value":${goG(l.data.value)},"tags":${JSON.stringify(l.data.tags)}}}`;
    };
    const run = await readK6Json(put('offset.json', write(base, shifted)));
    expect(content(run)).toEqual(content(await reference));
  });

  it('names with escapes and non-ASCII characters keep their text', async () => {
    const named = base.map((l) =>
      l.type === 'Point' && l.data.tags?.name === 'GET /orders'
        ? { ...l, data: { ...l.data, tags: { ...l.data.tags, name: 'GET /órders "quoted" \\ tab\t' } } }
        : l,
    );
    const run = await readK6Json(put('named.json', write(named, v2)));
    expect([...run.series.keys()]).toContain('api › GET GET /órders "quoted" \\ tab\t');
    expect(run.series.get('api › GET GET /órders "quoted" \\ tab\t')!.failed).toBe(
      (await reference).series.get('api › GET GET /orders')!.failed,
    );
  });

  it('very old k6 wrote "tags":null for untagged samples', async () => {
    const text = `${write(base, v0)}{"type":"Point","data":{"time":"2026-11-23T23:04:50Z","value":7,"tags":null},"metric":"vus"}\n`;
    const run = await readK6Json(put('null-tags.json', text));
    expect(run.totals.maxVUs).toBe(7);
  });
});

describe('the fast path', () => {
  const parse = (text: string): K6LineParser => {
    const parser = new K6LineParser(new RunAccumulator(), 'k6.json');
    new LineSplitter(parser.handleLine).push(Buffer.from(text));
    parser.finish();
    return parser;
  };

  it('reads every Point line of a real recording by bytes, and Metric lines and older layouts by JSON.parse', () => {
    const lines = fixtureLines('arrival-errors');
    const points = lines.filter((l) => l.startsWith('{"metric":')).length;
    const real = parse(`${lines.join('\n')}\n`);
    expect([real.fastLines, real.slowLines]).toEqual([points, lines.length - points]);
    expect(points).toBeGreaterThan(1000);
    const old = parse(write(base, (l) => JSON.stringify({ type: l.type, data: l.data, metric: l.metric })));
    expect([old.fastLines, old.slowLines]).toEqual([0, base.length]);
  });

  const T = '2026-11-23T23:04:45Z';
  const point = (metric: string, data: string): string =>
    `{"metric":"${metric}","type":"Point","data":${data}}`;
  const lines = (...texts: string[]): string => `${texts.join('\n')}\n`;

  it('recognises a metric by bytes whatever order the metrics come in', () => {
    // the last line's metric follows one that two others followed before: it is looked up in the trie
    const metrics = ['http_reqs', 'http_req_blocked', 'http_req_waiting', 'http_reqs', 'http_req_waiting'];
    const parser = parse(lines(...metrics.map((m) => point(m, `{"time":"${T}","value":1,"tags":{}}`))));
    expect([parser.fastLines, parser.slowLines]).toEqual([5, 0]);
  });

  it('checks a line of a metric it does not use only for its shape', () => {
    const parser = parse(lines(point('http_reqs', '{"value":1}')));
    expect([parser.fastLines, parser.slowLines]).toEqual([1, 0]);
  });

  it('reads no tags of a request that did not fail, so tags it could not read do not matter there', () => {
    const failed = point('http_req_failed', `{"time":"${T}","value":0,"tags":{"status":200}}`);
    const parser = parse(lines(failed, failed));
    expect([parser.fastLines, parser.slowLines]).toEqual([2, 0]);
  });
});

describe('the fast path and the tags of requests', () => {
  const read = (...texts: string[]): { parser: K6LineParser; acc: RunAccumulator } => {
    const acc = new RunAccumulator();
    const parser = new K6LineParser(acc, 'k6.json');
    new LineSplitter(parser.handleLine).push(Buffer.from(`${texts.join('\n')}\n`));
    return { parser, acc };
  };
  const request = (tags: string): string =>
    `{"metric":"http_req_duration","type":"Point","data":{"time":"2026-11-23T23:04:45Z","value":5,"tags":${tags}}}`;

  it('leaves tags it cannot read (a number) to JSON.parse, making no series of what it read of them', () => {
    const { parser, acc } = read(request('{"error_code":1500,"name":"n"}'));
    expect([parser.fastLines, parser.slowLines]).toEqual([0, 1]);
    expect(acc.seriesCount).toBe(1);
  });

  it('does not read the URL behind a name it has seen, not even a raw tab that JSON.parse would reject', () => {
    const { parser, acc } = read(
      request('{"name":"n","url":"http://h/1"}'),
      request('{"name":"n","url":"http://h/\t2"}'),
    );
    expect([parser.fastLines, parser.slowLines]).toEqual([2, 0]);
    expect(acc.seriesCount).toBe(1);
  });
});

describe('the fast path reads what JSON.parse reads', () => {
  const { write: put } = tempDir();
  // some requests of 0 ms, as k6 writes for a response served at once (the value a skipped failure has too)
  let n = 0;
  const lines: Line[] = base.map((l) =>
    l.type === 'Point' && l.metric === 'http_req_duration' && n++ % 5 === 1
      ? { ...l, data: { ...l.data, value: 0 } }
      : l,
  );
  // the reference: the older layout, which only JSON.parse reads
  const slow = readK6Json(
    put(
      'slow.json',
      write(lines, (l) => JSON.stringify({ type: l.type, data: l.data, metric: l.metric })),
    ),
  );
  const point = (l: Line, data: string) => `{"metric":"${l.metric}","type":"Point","data":${data}}`;
  const time = (l: Line) => `"time":"${l.data.time}"`;
  const value = (l: Line) => `"value":${l.data.value}`;
  const tags = (l: Line) => `"tags":${JSON.stringify(l.data.tags)}`;

  it.each([
    ['tags first', (l: Line) => point(l, `{${tags(l)},${time(l)},${value(l)}}`)],
    ['tags between time and value', (l: Line) => point(l, `{${time(l)},${tags(l)},${value(l)}}`)],
    ['value before time', (l: Line) => point(l, `{${value(l)},${time(l)},${tags(l)}}`)],
    ['an unknown key last', (l: Line) => point(l, `{${time(l)},${value(l)},${tags(l)},"x":{"y":[1]}}`)],
    [
      'an unknown key after the data',
      (l: Line) => `${point(l, `{${time(l)},${value(l)},${tags(l)}}`).slice(0, -1)},"x":1}`,
    ],
    ['CRLF line ends', (l: Line) => `${point(l, `{${time(l)},${value(l)},${tags(l)}}`)}\r`],
  ])('with %s', async (_, style) => {
    const run = await readK6Json(put('styled.json', write(lines, style)));
    expect(content(run)).toEqual(content(await slow));
  });
});

describe('requests without tags', () => {
  const { write: put } = tempDir();
  const untagged = base.map((l) =>
    l.type === 'Point' ? { ...l, data: { time: l.data.time, value: l.data.value } } : l,
  );

  it('read as the one untagged series, by bytes as by JSON.parse', async () => {
    const fast = await readK6Json(
      put(
        'fast.json',
        write(untagged, (l) => JSON.stringify(l)),
      ),
    );
    const slow = await readK6Json(
      put(
        'slow.json',
        write(untagged, (l) => JSON.stringify({ type: l.type, data: l.data, metric: l.metric })),
      ),
    );
    expect(content(fast)).toEqual(content(slow));
    expect([...fast.series.keys()]).toEqual(['']);
  });
});

describe('a Metric line written metric first', () => {
  const { write: put } = tempDir();

  it('is read as a Metric line, its thresholds kept, not skipped as a sample of that metric', async () => {
    const metric =
      '{"metric":"http_reqs","type":"Metric","data":{"name":"http_reqs","type":"counter","contains":"default","thresholds":["count>10"],"submetrics":null}}';
    const text = write(base, v0);
    const run = await readK6Json(put('metric-first.json', `${text}${metric}\n`));
    const without = await readK6Json(put('without.json', text));
    expect(run.thresholds).toEqual([
      ...without.thresholds,
      { metric: 'http_reqs', expressions: ['count>10'] },
    ]);
    expect(run.skipped).toEqual(without.skipped);
  });
});
