import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readJtlXml } from '../../src/results/jtl-xml.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import type { RunResult } from '../../src/results/types.ts';
import { tempDir, totalFailed, totalRequests } from './helpers.ts';

const { write } = tempDir();
const T = 1_795_850_000_000;
const REAL_GZ = readFileSync(join(import.meta.dirname, '../fixtures/jmeter-locust/jmeter-base-xml.jtl.gz'));

/** A results file of the given samples, as JMeter writes it. */
const results = (...samples: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testResults version="1.2">\n${samples.join('\n')}\n</testResults>\n`;

const read = (text: string, chunkSize?: number): Promise<RunResult> =>
  readJtlXml(write('r.xml', text), { chunkSize });

const requestsBySeries = (run: RunResult) =>
  Object.fromEntries([...run.series].map(([name, s]) => [name, [s.requests, s.failed]]));

describe('JMeter XML JTL: reads', () => {
  it('a real recording alike whatever the read boundaries (a tag carried over to the next read)', async () => {
    const real = gunzipSync(REAL_GZ);
    const whole = JSON.stringify(serializeRun(await read(real.toString('utf8'))));
    // 5000: past the 4 KiB first join, so a boundary's carried tag is finished there and the rest read in place
    for (const chunkSize of [61, 5000]) {
      expect(JSON.stringify(serializeRun(await read(real.toString('utf8'), chunkSize)))).toBe(whole);
    }
    expect(JSON.parse(whole).series.length).toBe(2);
  });

  it('a tag longer than two reads (a long label): the join grows until it holds the whole tag', async () => {
    // about 14 KB: the second read of 5000 bytes lies wholly inside the tag
    const long = `GET /${Array.from({ length: 3000 }, (_, i) => i).join('/')}`;
    const text = results(
      `<httpSample t="5" ts="${T}" s="true" lb="${long}" rm="OK" tn="api 1-1"/>`,
      `<httpSample t="7" ts="${T + 1}" s="false" lb="GET /b" rm="OK" tn="api 1-1"/>`,
    );
    for (const chunkSize of [5000, 1 << 20]) {
      const run = await read(text, chunkSize);
      expect(requestsBySeries(run)).toEqual({ [`api › ${long}`]: [1, 0], 'api › GET /b': [1, 1] });
    }
  });

  it('entities in any read attribute, decoded', async () => {
    const run = await read(
      results(
        `<httpSample t="&#49;2" ts="${T}" s="&#116;rue" lb="&lt;a&gt; &quot;b&quot; &apos;c&apos; &amp; &#65;&#x42;" tn="api 1-1"/>`,
        `<httpSample t="3" ts="${T}" s="fals&#101;" lb="GET /x" tn="api &amp; co 1-1"/>`,
        `<sample t="9" ts="${T}" s="true" lb="tc" rm="Number&#32;of samples in transaction : 1, number of failing samples : 0" tn="api 1-1"/>`,
      ),
    );
    expect(requestsBySeries(run)).toEqual({
      'api › <a> "b" \'c\' & AB': [1, 0],
      'api & co › GET /x': [1, 1],
    });
    expect(run.series.get('api › <a> "b" \'c\' & AB')!.latency.max).toBeCloseTo(12, 1);
    expect(run.skipped['Transaction Controller sample']).toBe(1);
  });

  it('a sample without a label whose thread name has an entity: an empty label, not the last sample’s', async () => {
    const run = await read(
      results(
        `<httpSample t="1" ts="${T}" s="true" lb="GET /users/with/a/long/label" tn="api 1-1"/>`,
        `<httpSample t="2" ts="${T}" s="true" tn="a&amp;b 1-1"/>`,
      ),
    );
    expect(Object.keys(requestsBySeries(run)).sort()).toEqual([
      'a&b › ',
      'api › GET /users/with/a/long/label',
    ]);
  });

  it('whole numbers: 0, leading zeros past 15 digits; the millisecond within the second', async () => {
    const run = await read(
      results(
        `<httpSample t="0" ts="${T + 123}" s="true" lb="a" tn="api 1-1"/>`,
        `<httpSample t="4" ts="000${T + 456}" s="true" lb="a" tn="api 1-1"/>`,
      ),
    );
    expect(totalRequests(run)).toBe(2);
    expect([run.startMs, run.endMs]).toEqual([T + 123, T + 456]);
    const epoch = await read(results(`<httpSample t="3" ts="0" s="true" lb="a" tn="api 1-1"/>`));
    expect([epoch.startMs, totalRequests(epoch)]).toEqual([0, 1]);
  });

  it('comments and declarations before the root, Transaction Controller parents and sub-results counted once', async () => {
    const text = `<?xml version="1.0"?>\n<!-- saved by hand -->\n<!DOCTYPE testResults>\n${results(
      `<sample t="40" ts="${T}" s="false" lb="checkout" rm="Number of samples in transaction : 2, number of failing samples : 1" tn="api 1-1">`,
      `  <httpSample t="15" ts="${T}" s="true" lb="GET /cart" rm="OK" tn="api 1-1">`,
      `    <httpSample t="5" ts="${T}" s="true" lb="GET /cart-0" rm="Found" tn="api 1-1"/>`,
      '  </httpSample>',
      `  <httpSample t="25" ts="${T + 15}" s="false" lb="POST /order" rm="Error" tn="api 1-1"/>`,
      '</sample>',
    ).replace(/^<\?xml[^>]*>\n/, '')}`;
    for (const chunkSize of [3, 1 << 20]) {
      const run = await read(text, chunkSize);
      expect(requestsBySeries(run)).toEqual({ 'api › GET /cart': [1, 0], 'api › POST /order': [1, 1] });
      expect(run.skipped).toEqual({ 'Transaction Controller sample': 1, 'sub-result sample': 1 });
      expect(run.cutFiles).toBeUndefined();
    }
  });
});

describe('JMeter XML JTL: bad and cut input', () => {
  it('a sample without whole-number t or ts', async () => {
    const bad = (attrs: string) => read(results(`<httpSample ${attrs} lb="a"/>`));
    for (const attrs of [`t="5"`, `ts="${T}"`, `t="1&amp;2" ts="${T}"`, `t="abc" ts="${T}"`]) {
      await expect(bad(attrs)).rejects.toThrow(
        `r.xml: a sample without whole-number ts (start, epoch ms) and t (elapsed ms) attributes: <httpSample ${attrs} lb="a"/>`,
      );
    }
  });

  it('no <testResults>: says so, quoting what was there', async () => {
    await expect(read('')).rejects.toThrow(
      /r\.xml: not a JMeter XML results file: no <testResults> element$/,
    );
    await expect(read('<testRes')).rejects.toThrow(
      /r\.xml: not a JMeter XML results file: no <testResults> element, got: <testRes$/,
    );
    await expect(read('<!-- a comment -->')).rejects.toThrow(/no <testResults> element$/);
  });

  const first = `<httpSample t="1" ts="${T}" s="true" lb="a" tn="api 1-1"/>`;
  const cutWarning =
    'r.xml: the file ends inside a sample (JMeter was probably stopped while writing); ignored it';

  it('a file cut inside a tag: what was read is kept, the run is partial', async () => {
    const run = await read(`<testResults>\n${first}\n<httpSample t="2" ts=`);
    expect(totalRequests(run)).toBe(1);
    expect(run.cutFiles).toEqual([run.sources[0]]);
    expect(run.warnings.some((w) => w.endsWith(cutWarning))).toBe(true);
    expect(run.skipped).toEqual({ 'truncated last sample': 1 });
  });

  it('a file cut inside a sample’s children (after whole tags)', async () => {
    const run = await read(
      `<testResults>\n${first}\n<httpSample t="2" ts="${T}" s="true" lb="b" tn="api 1-1">\n<responseData>x</responseData>\n`,
    );
    expect(totalRequests(run)).toBe(2);
    expect(run.cutFiles).toHaveLength(1);
    expect(run.skipped).toEqual({ 'truncated last sample': 1 });
  });

  it('a truncated gzip stream: warns, keeps what was read', async () => {
    const path = write('cut.jtl.gz', REAL_GZ.subarray(0, Math.floor(REAL_GZ.length * 0.6)));
    const run = await readJtlXml(path);
    expect(run.cutFiles).toEqual([path]);
    expect(run.warnings).toContain(
      `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`,
    );
    expect(totalRequests(run)).toBeGreaterThan(1000);
    expect(totalFailed(run)).toBe(0);
  });
});
