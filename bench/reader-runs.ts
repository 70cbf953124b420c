import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** What the reader benchmarks share: the bundled measuring child, one run of it, medians. */

export interface Measurement {
  mode: string;
  ms: number;
  cpuMs: number;
  rssMB: number;
  count: number;
}

/** Bundles bench/reader-child.ts into `outDir` with esbuild like the shipped dist/: no TypeScript loader runs in it. */
export async function bundleChild(benchDir: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'reader-child.mjs');
  await build({
    entryPoints: [join(benchDir, 'reader-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}

/** One measurement in its own child process, so its peak RSS is its own. */
export function runChild(child: string, mode: string, file: string): Measurement {
  const out = spawnSync(process.execPath, [child, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`child ${mode} ${file} failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Measurement;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function sameCounts(name: string, runs: Measurement[]): void {
  const counts = new Set(runs.map((r) => r.count));
  if (counts.size > 1)
    throw new Error(`${name}: runs disagree on what they counted: ${[...counts].join(', ')}`);
}
