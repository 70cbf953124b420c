import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { generateJtl } from './jtl-generator.ts';
import { generateK6Json } from './k6-generator.ts';
import { bundleChild, type Measurement, median, runChild, sameCounts } from './reader-runs.ts';

/**
 * `npm run bench [-- --size-mb 250 --runs 5 --rss-gb 1]`
 *
 * Generates k6-shaped `--out json` input (bench/.data/, cached), then measures, each run in its own child
 * process (so peak RSS is that run's own) and in alternating order:
 *   - the reader on the plain file vs the naive readline + JSON.parse loop (target: ≥ 1 GB/s, ≥ 9× naive);
 *   - the reader on the .gz file vs `gunzip -c > /dev/null` (target: ≤ 1.15×), and vs Node's zlib streaming
 *     decompression alone, a stricter reading of the same target;
 *   - with --rss-gb N: the reader on an N GB plain file, for the peak RSS (target: < 120 MB at 1 GB);
 *   - the JMeter JTL (CSV) reader on a JTL file of the same size (target: keeps up with the k6 reader's MB/s).
 * The child is bundled with esbuild like the shipped dist/, so no TypeScript loader runs inside it.
 * Prints a table of medians and one `BENCH_JSON {...}` line. MB and GB are decimal (10^6, 10^9 bytes).
 */

interface Args {
  sizeMB: number;
  runs: number;
  rssGB: number | undefined;
  seed: number;
}

/** bump when the generator's output changes, so cached inputs are regenerated */
const GENERATOR_VERSION = 2;
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '.data');

function parseArgs(argv: string[]): Args {
  const args: Args = { sizeMB: 250, runs: 5, rssGB: undefined, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    const need = (): number => {
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
      i++;
      return value;
    };
    if (flag === '--size-mb') args.sizeMB = need();
    else if (flag === '--runs') args.runs = Math.round(need());
    else if (flag === '--rss-gb') args.rssGB = need();
    else if (flag === '--seed') args.seed = Math.round(need());
    else throw new Error(`unknown flag ${flag} (use --size-mb N, --runs N, --rss-gb N, --seed N)`);
  }
  return args;
}

async function inputFile(bytes: number, seed: number, gzip: boolean): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const plain = join(dataDir, `k6-${Math.round(bytes / 1e6)}mb-s${seed}-g${GENERATOR_VERSION}.json`);
  if (!existsSync(plain)) {
    process.stdout.write(`generating ${plain} … `);
    const t0 = performance.now();
    const info = generateK6Json(`${plain}.tmp`, bytes, seed);
    renameSync(`${plain}.tmp`, plain);
    console.log(
      `${info.lines} lines, ${info.requests} requests, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  if (!gzip) return plain;
  const gz = `${plain}.gz`;
  if (!existsSync(gz)) {
    process.stdout.write(`gzipping to ${gz} … `);
    const t0 = performance.now();
    await pipeline(createReadStream(plain), createGzip(), createWriteStream(`${gz}.tmp`));
    renameSync(`${gz}.tmp`, gz);
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return gz;
}

function jtlFile(bytes: number, seed: number): string {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, `jmeter-${Math.round(bytes / 1e6)}mb-s${seed}.jtl`);
  if (!existsSync(path)) {
    process.stdout.write(`generating ${path} … `);
    const info = generateJtl(`${path}.tmp`, bytes, seed);
    renameSync(`${path}.tmp`, path);
    console.log(`${info.samples} samples`);
  }
  return path;
}

function runGunzipCli(file: string): Measurement | undefined {
  const t0 = performance.now();
  const out = spawnSync('sh', ['-c', `gunzip -c '${file}' > /dev/null`]);
  const ms = performance.now() - t0;
  return out.status === 0
    ? { mode: 'gunzip-cli', ms, cpuMs: Number.NaN, rssMB: Number.NaN, count: 0 }
    : undefined;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bytes = args.sizeMB * 1e6;
  const plain = await inputFile(bytes, args.seed, false);
  const gz = await inputFile(bytes, args.seed, true);
  const jtl = jtlFile(bytes, args.seed);
  const child = await bundleChild(here, dataDir);
  const plainBytes = statSync(plain).size;
  const gzBytes = statSync(gz).size;

  const results: Record<string, Measurement[]> = {
    reader: [],
    naive: [],
    readerGz: [],
    zlib: [],
    gunzipCli: [],
    jtl: [],
  };
  const idle = runChild(child, 'idle', '');
  const loadBefore = os.loadavg()[0]!;
  for (let i = 0; i < args.runs; i++) {
    process.stdout.write(`run ${i + 1}/${args.runs}\r`);
    // alternate the order so neither side always runs on a warmer cache or a quieter machine
    const plainPair = [
      () => results.reader!.push(runChild(child, 'reader', plain)),
      () => results.naive!.push(runChild(child, 'naive', plain)),
      () => results.jtl!.push(runChild(child, 'jtl', jtl)),
    ];
    const gzPair = [
      () => results.readerGz!.push(runChild(child, 'reader', gz)),
      () => results.zlib!.push(runChild(child, 'gunzip', gz)),
    ];
    for (const pair of [plainPair, gzPair]) {
      if (i % 2 === 1) pair.reverse();
      for (const run of pair) run();
    }
    const cli = runGunzipCli(gz);
    if (cli !== undefined) results.gunzipCli!.push(cli);
  }
  sameCounts('reader', [...results.reader!, ...results.readerGz!]);
  if (results.reader![0]!.count < results.naive![0]!.count) {
    throw new Error(
      `reader counted ${results.reader![0]!.count} requests, naive ${results.naive![0]!.count}`,
    );
  }

  const mbps = (ms: number, b: number): number => b / 1e6 / (ms / 1000);
  const stats = (k: string) => {
    const runs = results[k]!;
    return {
      wall: median(runs.map((m) => m.ms)),
      best: Math.min(...runs.map((m) => m.ms)),
      cpu: median(runs.map((m) => m.cpuMs)),
      rss: Math.max(...runs.map((m) => m.rssMB)),
    };
  };
  const cases: [string, string][] = [
    ['reader', 'reader, plain'],
    ['naive', 'naive readline + JSON.parse'],
    ['readerGz', 'reader, .gz'],
    ['zlib', 'Node zlib gunzip only'],
    ['gunzipCli', 'gunzip -c > /dev/null'],
    ['jtl', 'JTL reader (JMeter CSV)'],
  ];
  const s = Object.fromEntries(cases.filter(([k]) => results[k]!.length > 0).map(([k]) => [k, stats(k)]));

  console.log(
    `\nk6 reader benchmark: ${(plainBytes / 1e6).toFixed(0)} MB plain (${(gzBytes / 1e6).toFixed(0)} MB gzipped), ` +
      `${args.runs} runs each in child processes, alternating order. MB/s of uncompressed bytes, from the median.` +
      `\nload average (1 min) before/after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)} on ` +
      `${os.availableParallelism()} cores; "best" is the least disturbed run`,
  );
  const col = (v: number, unit: string, width: number): string =>
    (Number.isFinite(v) ? `${(v / 1000).toFixed(3)} ${unit}` : '–').padStart(width);
  console.log(
    `${'case'.padEnd(30)}${'median'.padStart(10)}${'MB/s'.padStart(7)}${'best'.padStart(10)}` +
      `${'CPU (med)'.padStart(11)}${'peak RSS'.padStart(10)}`,
  );
  for (const [k, label] of cases) {
    const c = s[k];
    if (c === undefined) continue;
    console.log(
      `${label.padEnd(30)}${col(c.wall, 's', 10)}${mbps(c.wall, plainBytes).toFixed(0).padStart(7)}` +
        `${col(c.best, 's', 10)}${col(c.cpu, 's', 11)}${(Number.isFinite(c.rss) ? `${c.rss.toFixed(0)} MB` : '–').padStart(10)}`,
    );
  }
  console.log(`${'(empty node process)'.padEnd(68)}${`${idle.rssMB.toFixed(0)} MB`.padStart(10)}`);

  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  const medianFigures = {
    readerMBps: mbps(s.reader!.wall, plainBytes),
    speedup: s.naive!.wall / s.reader!.wall,
    gzRatio: s.readerGz!.wall / s.zlib!.wall,
    gzCliRatio: s.readerGz!.wall / (s.gunzipCli?.wall ?? Number.NaN),
  };
  const bestFigures = {
    readerMBps: mbps(s.reader!.best, plainBytes),
    speedup: s.naive!.best / s.reader!.best,
    gzRatio: s.readerGz!.best / s.zlib!.best,
    gzCliRatio: s.readerGz!.best / (s.gunzipCli?.best ?? Number.NaN),
  };
  // The target reads ".gz within 1.15× of plain gunzip": against the gunzip tool it holds with room to spare;
  // against Node's zlib alone (decompression with no parsing at all, the stricter reading) it does not yet.
  for (const [name, f] of [
    ['median', medianFigures],
    ['best', bestFigures],
  ] as const) {
    console.log(
      `${name.padEnd(7)} plain ${f.readerMBps.toFixed(0)} MB/s (≥ 1000: ${verdict(f.readerMBps >= 1000)}), ` +
        `${f.speedup.toFixed(1)}× naive (≥ 9×: ${verdict(f.speedup >= 9)}), ` +
        `.gz ${f.gzCliRatio.toFixed(2)}× gunzip -c (≤ 1.15: ${verdict(f.gzCliRatio <= 1.15)}), ` +
        `${f.gzRatio.toFixed(2)}× Node zlib alone (stricter, ≤ 1.15: ${verdict(f.gzRatio <= 1.15)})`,
    );
  }

  // the JTL reader against the k6 reader: bytes per second (the pace), and samples per second for scale
  const jtlBytes = statSync(jtl).size;
  const jtlFigures = {
    jtlMB: jtlBytes / 1e6,
    jtlMBps: mbps(s.jtl!.wall, jtlBytes),
    k6MBps: mbps(s.reader!.wall, plainBytes),
    jtlSamplesPerS: results.jtl![0]!.count / (s.jtl!.wall / 1000),
    k6RequestsPerS: results.reader![0]!.count / (s.reader!.wall / 1000),
    jtlRssMB: s.jtl!.rss,
  };
  console.log(
    `JTL ${jtlFigures.jtlMB.toFixed(0)} MB: ${jtlFigures.jtlMBps.toFixed(0)} MB/s, ` +
      `${(jtlFigures.jtlSamplesPerS / 1e6).toFixed(2)} M samples/s; k6 reader ${jtlFigures.k6MBps.toFixed(0)} MB/s, ` +
      `${(jtlFigures.k6RequestsPerS / 1e6).toFixed(2)} M requests/s (medians); keeps up with the k6 reader's pace ` +
      `(MB/s ≥ k6's): ${verdict(jtlFigures.jtlMBps >= jtlFigures.k6MBps)}; peak RSS ${jtlFigures.jtlRssMB.toFixed(0)} MB`,
  );

  const summary: Record<string, unknown> = {
    ...jtlFigures,
    plainMB: plainBytes / 1e6,
    gzMB: gzBytes / 1e6,
    runs: args.runs,
    loadBefore,
    median: {
      ...Object.fromEntries(Object.entries(s).map(([k, c]) => [`${k}Ms`, c.wall])),
      ...medianFigures,
    },
    best: { ...Object.fromEntries(Object.entries(s).map(([k, c]) => [`${k}Ms`, c.best])), ...bestFigures },
    readerRssMB: s.reader!.rss,
    idleRssMB: idle.rssMB,
  };

  if (args.rssGB !== undefined) {
    const big = await inputFile(args.rssGB * 1e9, args.seed, false);
    const bigBytes = statSync(big).size;
    const m = runChild(child, 'reader', big);
    console.log(
      `${(bigBytes / 1e9).toFixed(2)} GB plain: ${(m.ms / 1000).toFixed(2)} s (${mbps(m.ms, bigBytes).toFixed(0)} MB/s), ` +
        `peak RSS ${m.rssMB.toFixed(0)} MB (target < 120): ${verdict(m.rssMB < 120)}`,
    );
    Object.assign(summary, { rssInputGB: bigBytes / 1e9, rssReaderMs: m.ms, rssPeakMB: m.rssMB });
  }
  console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
}

await main();
