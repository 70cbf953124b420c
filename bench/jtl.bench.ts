import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJtl } from './jtl-generator.ts';
import { generateK6Json } from './k6-generator.ts';
import { bundleChild, type Measurement, median, runChild, sameCounts } from './reader-runs.ts';

/**
 * `npm run bench:jtl [-- --size-mb 250 --runs 5 --seed 42]`
 *
 * The JMeter JTL readers against the k6 reader, per byte (issue 15: "the JTL reader keeps up with the k6
 * reader's pace on a 250 MB file"). Generates, seeded, a k6 `--out json` file, a JTL CSV file and a JTL XML
 * file of the same size and the same kind of content (a few endpoints, thread groups or scenarios, ~2%
 * failures) into a fresh temporary directory, reads each with the production reader in its own child process
 * (bundled like dist/), rotating the order every run, and deletes the directory afterwards. Prints the medians
 * in MB/s and the ratios against the k6 reader, and one `BENCH_JSON {...}` line. MB is 10^6 bytes.
 */

interface Args {
  sizeMB: number;
  runs: number;
  seed: number;
}

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: string[]): Args {
  const args: Args = { sizeMB: 250, runs: 5, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[++i]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
    if (flag === '--size-mb') args.sizeMB = value;
    else if (flag === '--runs') args.runs = Math.round(value);
    else if (flag === '--seed') args.seed = Math.round(value);
    else throw new Error(`unknown flag ${flag} (use --size-mb N, --runs N, --seed N)`);
  }
  return args;
}

const CASES = [
  { key: 'k6', mode: 'reader', label: 'k6 reader (--out json)' },
  { key: 'csv', mode: 'jtl', label: 'JTL reader, CSV' },
  { key: 'xml', mode: 'jtl-xml', label: 'JTL reader, XML' },
  { key: 'scan', mode: 'scan', label: 'JS byte loop on the CSV' },
] as const;
type Key = (typeof CASES)[number]['key'];

const bytesPerSample = (f: { MBps: number; samplesPerS: number }): number => (f.MBps * 1e6) / f.samplesPerS;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bytes = args.sizeMB * 1e6;
  const dir = mkdtempSync(join(os.tmpdir(), 'perf-gate-jtl-bench-'));
  try {
    const files: Record<Key, string> = {
      k6: join(dir, 'k6.json'),
      csv: join(dir, 'jmeter.jtl'),
      xml: join(dir, 'jmeter-xml.jtl'),
      scan: join(dir, 'jmeter.jtl'),
    };
    process.stdout.write(`generating ${args.sizeMB} MB each (seed ${args.seed}) in ${dir} … `);
    const k6 = generateK6Json(files.k6, bytes, args.seed);
    const csv = generateJtl(files.csv, bytes, args.seed, 'csv');
    generateJtl(files.xml, bytes, args.seed, 'xml');
    console.log(`k6 ${k6.requests} requests, JTL ${csv.samples} samples`);
    const child = await bundleChild(here, dir);

    const results: Record<Key, Measurement[]> = { k6: [], csv: [], xml: [], scan: [] };
    const loadBefore = os.loadavg()[0]!;
    for (let i = 0; i < args.runs; i++) {
      process.stdout.write(`run ${i + 1}/${args.runs}\r`);
      // rotate the order so no reader always runs first, on a warmer cache or a quieter machine
      for (let j = 0; j < CASES.length; j++) {
        const c = CASES[(i + j) % CASES.length]!;
        results[c.key].push(runChild(child, c.mode, files[c.key]));
      }
    }
    for (const c of CASES) sameCounts(c.label, results[c.key]);
    const fig = Object.fromEntries(
      CASES.map((c) => {
        const runs = results[c.key];
        const size = statSync(files[c.key]).size;
        const wall = median(runs.map((m) => m.ms));
        const cpu = median(runs.map((m) => m.cpuMs));
        return [
          c.key,
          {
            MB: size / 1e6,
            wallMs: wall,
            cpuMs: cpu,
            MBps: size / 1e6 / (wall / 1000),
            cpuMBps: size / 1e6 / (cpu / 1000),
            samplesPerS: runs[0]!.count / (wall / 1000),
            rssMB: Math.max(...runs.map((m) => m.rssMB)),
          },
        ];
      }),
    ) as Record<
      Key,
      {
        MB: number;
        wallMs: number;
        cpuMs: number;
        MBps: number;
        cpuMBps: number;
        samplesPerS: number;
        rssMB: number;
      }
    >;

    console.log(
      `\nJTL vs k6 reader: ${args.runs} runs each in child processes, order rotated; medians. ` +
        `Load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)} on ` +
        `${os.availableParallelism()} cores.`,
    );
    console.log(
      `${'case'.padEnd(26)}${'MB'.padStart(6)}${'wall'.padStart(9)}${'MB/s'.padStart(7)}${'CPU'.padStart(9)}` +
        `${'MB/CPU-s'.padStart(10)}${'M samples/s'.padStart(13)}${'peak RSS'.padStart(10)}`,
    );
    for (const c of CASES) {
      const f = fig[c.key];
      console.log(
        `${c.label.padEnd(26)}${f.MB.toFixed(0).padStart(6)}${`${(f.wallMs / 1000).toFixed(3)} s`.padStart(9)}` +
          `${f.MBps.toFixed(0).padStart(7)}${`${(f.cpuMs / 1000).toFixed(3)} s`.padStart(9)}` +
          `${f.cpuMBps.toFixed(0).padStart(10)}${(f.samplesPerS / 1e6).toFixed(3).padStart(13)}` +
          `${`${f.rssMB.toFixed(0)} MB`.padStart(10)}`,
      );
    }
    const ratio = {
      csvVsK6: fig.csv.MBps / fig.k6.MBps,
      csvVsK6Cpu: fig.csv.cpuMBps / fig.k6.cpuMBps,
      xmlVsK6: fig.xml.MBps / fig.k6.MBps,
      xmlVsK6Cpu: fig.xml.cpuMBps / fig.k6.cpuMBps,
      csvVsK6Samples: fig.csv.samplesPerS / fig.k6.samplesPerS,
      scanVsK6: fig.scan.MBps / fig.k6.MBps,
      scanVsK6Cpu: fig.scan.cpuMBps / fig.k6.cpuMBps,
    };
    const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
    console.log(
      `JTL CSV / k6 MB/s: ${ratio.csvVsK6.toFixed(2)} wall, ${ratio.csvVsK6Cpu.toFixed(2)} CPU ` +
        `(keeps up, ≥ 1: ${verdict(ratio.csvVsK6 >= 1)}); ` +
        `JTL XML / k6: ${ratio.xmlVsK6.toFixed(2)} wall, ${ratio.xmlVsK6Cpu.toFixed(2)} CPU (no target); ` +
        `JTL CSV / k6 samples/s: ${ratio.csvVsK6Samples.toFixed(1)} (bytes per sample: JTL CSV ` +
        `${bytesPerSample(fig.csv).toFixed(0)}, k6 ${bytesPerSample(fig.k6).toFixed(0)})`,
    );
    // a JS reader that looks at every byte of the CSV cannot go faster than the bare loop over them
    console.log(
      `floor: a bare JS byte loop over the JTL CSV / k6 reader MB/s: ${ratio.scanVsK6.toFixed(2)} wall, ` +
        `${ratio.scanVsK6Cpu.toFixed(2)} CPU (below 1: no JS reader that reads every field can keep up per byte)`,
    );
    console.log(`BENCH_JSON ${JSON.stringify({ ...args, loadBefore, ...fig, ...ratio })}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
