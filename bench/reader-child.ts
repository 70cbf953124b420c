import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { pumpFile } from '../src/results/file-pump.ts';
import { readJtlCsv } from '../src/results/jtl-csv.ts';
import { readJtlXml } from '../src/results/jtl-xml.ts';
import { readK6Json } from '../src/results/k6-json.ts';

/**
 * One measurement in its own process, so its peak RSS is its own: `node reader-child.mjs MODE FILE`.
 * Prints one JSON line: wall ms, CPU ms, peak RSS (MB) and what was counted (so runs can be cross-checked).
 *   reader  – readK6Json (plain or .gz)
 *   jtl     – readJtlCsv (a JMeter CSV results file)
 *   jtl-xml – readJtlXml (a JMeter XML results file)
 *   naive   – the baseline: readline + JSON.parse of every line, summing http_req_duration
 *   scan    – the floor for any JS reader that looks at every byte: a bare byte loop counting commas and
 *             newlines, fed by the readers' own file pump (no fields, numbers or accumulation)
 *   gunzip  – Node zlib streaming decompression of the file to nowhere (same chunk settings as the reader)
 *   idle    – nothing: the RSS of an empty Node process
 */

const [mode, file] = process.argv.slice(2);

async function naive(path: string): Promise<number> {
  let requests = 0;
  let sum = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line === '') continue;
    const o = JSON.parse(line);
    if (o.type === 'Point' && o.metric === 'http_req_duration') {
      requests++;
      sum += o.data.value;
    }
  }
  if (!(sum > 0)) throw new Error('naive: no durations');
  return requests;
}

async function gunzip(path: string): Promise<number> {
  let bytes = 0;
  const chunk = 1 << 20;
  await pipeline(
    createReadStream(path, { highWaterMark: chunk }),
    createGunzip({ chunkSize: chunk, readableHighWaterMark: 4 * chunk } as ZlibOptions),
    async (source) => {
      for await (const c of source as AsyncIterable<Buffer>) bytes += c.length;
    },
  );
  return bytes;
}

async function scan(path: string): Promise<number> {
  let lines = 0;
  let commas = 0;
  await pumpFile(
    path,
    (chunk) => {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x2c) commas++;
        else if (b === 0x0a) lines++;
      }
    },
    {
      onTruncatedGzip: () => {
        throw new Error(`scan: ${path} is a truncated gzip file`);
      },
    },
  );
  if (commas === 0) throw new Error('scan: no commas');
  return lines;
}

async function reader(path: string): Promise<number> {
  const run = await readK6Json(path);
  let requests = 0;
  for (const s of run.series.values()) requests += s.requests;
  for (const s of run.lifecycle.values()) requests += s.requests;
  return requests;
}

/** a JMeter reader: the requests it counted */
const jmeter =
  (read: typeof readJtlCsv) =>
  async (path: string): Promise<number> => {
    const run = await read(path);
    let requests = 0;
    for (const s of run.series.values()) requests += s.requests;
    return requests;
  };

const jobs: Record<string, (path: string) => Promise<number>> = {
  jtl: jmeter(readJtlCsv),
  'jtl-xml': jmeter(readJtlXml),
  naive,
  scan,
  gunzip,
  reader,
  idle: async () => 0,
};
const job = jobs[mode ?? ''];
if (job === undefined || (mode !== 'idle' && file === undefined)) {
  console.error(
    'usage: reader-child MODE FILE (MODE: reader | jtl | jtl-xml | naive | scan | gunzip | idle)',
  );
  process.exit(2);
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const count = await job(file ?? '');
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    mode,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMB: process.resourceUsage().maxRSS / 1024,
    count,
  }),
);
