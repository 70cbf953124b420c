import { describe, expect, it } from 'vitest';
import { readJtlXml } from '../../src/results/jtl-xml.ts';
import type { RunResult } from '../../src/results/types.ts';
import { tempDir, totalRequests } from './helpers.ts';

// The byte-level helpers of the XML reader (markup ends, element and attribute names, values, entities), seen
// through the reader with crafted files.

const { write } = tempDir();
const T = 1_795_850_000_000;
/** the epoch second of `T` */
const SECOND = Math.floor(T / 1000);
const CHUNK_SIZES = [1, 2, 3, 5, 8, 13, 1 << 16];

const results = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testResults version="1.2">\n${body}\n</testResults>\n`;
const read = (xml: string, chunkSize?: number): Promise<RunResult> =>
  readJtlXml(write('run.jtl', xml), { chunkSize });
const keys = (run: RunResult): string[] => [...run.series.keys()].sort();
const latencyMax = (run: RunResult, key: string): number | undefined => run.series.get(key)?.latency.max;

describe('markup that is not an element', () => {
  it('an unfinished comment at the start is what the error shows', async () => {
    await expect(read('<!-- never closed')).rejects.toThrow(
      /no <testResults> element, got: <!-- never closed/,
    );
  });

  it('a comment that ends in "<" before <testResults> ends at its "-->"', async () => {
    const run = await read(
      `<!-- <-->\n<testResults>\n<httpSample t="1" ts="${T}" lb="a" tn="g 1-1"/>\n</testResults>\n`,
    );
    expect(keys(run)).toEqual(['g › a']);
  });

  it('comments, processing instructions, CDATA and a DOCTYPE hide the samples in them, whole or cut in chunks', async () => {
    const ghost = (lb: string) => `<httpSample t="1" ts="${T}" lb="${lb}" tn="g 1-1"/>`;
    const xml = `<?xml version="1.0"?>
<!DOCTYPE testResults>
<testResults version="1.2">
<!-- a > ${ghost('comment')} -->
<?perf-gate note > ${ghost('pi')} ?>
<![CDATA[ a > ${ghost('cdata')} ]]>
<httpSample t="5" ts="${T}" lb="seen" tn="g 1-1">
  <responseData class="java.lang.String"><![CDATA[ <b> ${ghost('cdata in data')} ]]></responseData>
</httpSample>
</testResults>
`;
    for (const chunkSize of CHUNK_SIZES) {
      const run = await read(xml, chunkSize);
      expect(keys(run)).toEqual(['g › seen']);
      expect(run.skipped).toEqual({});
    }
  });
});

describe('element names', () => {
  it('only httpSample and sample are samples, not names that share their start or length', async () => {
    const xml = results(`<sampleResult/>
<httpSample t="5" ts="${T}" s="true" lb="GET /" tn="g 1-1">
  <method class="java.lang.String">GET</method>
  <samplerData class="java.lang.String">GET http://x/</samplerData>
  <samples/><httpSampleX/><java.net.URL>http://x/</java.net.URL>
</httpSample>
<method>top</method>`);
    const run = await read(xml);
    expect(keys(run)).toEqual(['g › GET /']);
    expect(run.skipped).toEqual({});
  });

  it('an element name ends at ":" (prefixes are not resolved)', async () => {
    const run = await read(results(`<sample:x t="5" ts="${T}" lb="colon" tn="g 1-1"/>`));
    expect(keys(run)).toEqual(['g › colon']);
  });
});

describe('attributes', () => {
  // the read ones first, then names that share a prefix or a length with them (a later one of the same name wins)
  const sample = `<httpSample t="1" t\t=\t'42'  ts\n=\n"${T + 1500}" s\r=\r"true" lb = "right" rm="OK" tn='g 1-1' na="7"
  lbx="wrong" tsx="1" tnx="x y" rmx="Number of samples in transaction : 1" nax="99" tx="abc" lt="3" ng="9"
  it="0" ct="2" by="512" sby="100" hn="host" dt="text" de="utf-8" sc="1" ec="0" rc="200" x="abc" xa="99"
  lx="1" nx="1" rd="Number of samples in transaction : 1"/>`;

  it('any order, blanks around "=", both quotes, names that share a prefix; whole or cut in chunks', async () => {
    for (const chunkSize of CHUNK_SIZES) {
      const run = await read(results(sample), chunkSize);
      expect(keys(run)).toEqual(['g › right']);
      expect(latencyMax(run, 'g › right')).toBe(42);
      expect(run.series.get('g › right')!.failed).toBe(0);
      expect([...run.series.get('g › right')!.seconds.keys()]).toEqual([SECOND + 1]);
      expect(run.totals.maxVUs).toBe(7);
      expect(run.skipped).toEqual({});
    }
  });

  it('a value holds the other quote', async () => {
    const run = await read(results(`<httpSample t="1" ts="${T}" lb='say "hi"' tn="g 1-1"/>`));
    expect(keys(run)).toEqual(['g › say "hi"']);
  });

  it('a name character before a name makes another name; other bytes do not', async () => {
    const nameChars = ['a', 'z', 'A', 'Z', '0', '9', '_', '.', ':', '-'];
    const otherBytes = ['~', '{', '^', '[', '`', '@', '/', ';', 'é'];
    const body = [...nameChars, ...otherBytes]
      .map((c, i) => `<httpSample t="12" ts="${T}" lb="c${i}" tn="g 1-1" ${c}t="99"/>`)
      .join('\n');
    const run = await read(results(body));
    for (const [i, c] of nameChars.entries()) expect(latencyMax(run, `g › c${i}`), c).toBe(12);
    for (const [i, c] of otherBytes.entries()) {
      expect(latencyMax(run, `g › c${nameChars.length + i}`), c).toBe(99);
    }
  });

  it('a name without "=", a value without quotes and a quote left open are not read', async () => {
    const run = await read(
      results(`<httpSample t="1" ts="${T}" lb="a" tn="g 1-1" na;"7"/>
<httpSample t="1" ts="${T}" lb="b" tn="g 1-1" na=x2x/>
<httpSample t="1" ts="${T}" tn="g 1-1" lb="open/>
<httpSample t="1" ts="${T}" lb="c" tn="g 1-1"/>`),
    );
    expect(keys(run)).toEqual(['g › ', 'g › a', 'g › b', 'g › c']);
    expect(run.totals.maxVUs).toBe(0);
  });

  it('a quote right after the markup does not close a value left open in it', async () => {
    const run = await read(results(`<httpSample t="1" ts="${T}" tn="g 1-1" lb="open/>"`));
    expect(keys(run)).toEqual(['g › ']);
  });
});

describe('values', () => {
  it('na: digits, a whole number in another spelling, an entity; -1 (no threads) for anything else', async () => {
    const threads = async (na: string) =>
      (await read(results(`<httpSample t="1" ts="${T}" lb="a" tn="g 1-1" na="${na}"/>`))).totals.maxVUs;
    expect(await threads('7')).toBe(7);
    expect(await threads('5.0')).toBe(5);
    expect(await threads('+6')).toBe(6);
    expect(await threads('&#56;')).toBe(8);
    expect(await threads('many')).toBe(0);
  });

  it('the five XML entities and numeric ones, decimal and hex', async () => {
    const lb =
      '&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#60;&#x3C;&#x3c;&#62; &#128512;&#x1F600; &other;';
    const run = await read(results(`<httpSample t="1" ts="${T}" lb="${lb}" tn="g&#32;1-1"/>`));
    expect(keys(run)).toEqual([`g › <a> & "b" 'c' <<<> 😀😀 &other;`]);
  });
});

describe('the end of the file', () => {
  it('a sample right before other text, and a quote left open to the end, still count', async () => {
    const run = await read(
      `<testResults>\n<httpSample t="3" ts="${T}" lb="a" tn="g 1-1"/>x\n<httpSample t="4" ts="${T}" tn="g 1-1" lb="open/>\n</testResults>\n`,
    );
    expect(keys(run)).toEqual(['g › ', 'g › a']);
    expect(totalRequests(run)).toBe(2);
  });
});
