/**
 * Copies what the real-data cells need from real same-job recordings: each run as a perf-gate run file
 * (per-second histograms per series), gzipped, small enough to commit. Two sources, each a folder of sets
 * with a manifest.tsv (pair, side, order, hog start, hog length):
 * - the shared k6 recordings (../shared/fixtures/k6-v0.49-pairs: k6 `--out json` files pair-<i>-<side>.json.gz);
 * - our own (record/record-pairs.sh, through perf-gate's CLI with k6 or the embedded engine: perf-gate run
 *   files pair-<i>-<side>.result.json).
 *
 *   node --import tsx bench/calibration/extract-real.ts [FIXTURES_DIR] [RECORDINGS_DIR]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import { RECORDED_SETS, SHARED_SETS } from './real-data.ts';

const fixtures = process.argv[2] ?? '/work/shared/fixtures/k6-v0.49-pairs';
const recordings = process.argv[3];
const out = new URL('./real/', import.meta.url);

async function extract(folder: string, set: string): Promise<void> {
  const manifest = (await readFile(join(folder, 'manifest.tsv'), 'utf8')).trim().split('\n');
  const names = await readdir(folder);
  const file = (pair: string, side: string) => {
    const name = [`pair-${pair}-${side}.json.gz`, `pair-${pair}-${side}.result.json`].find((n) =>
      names.includes(n),
    );
    if (name === undefined) throw new Error(`${set}: pair ${pair} has no ${side} run in ${folder}`);
    return join(folder, name);
  };
  const pairs: Array<{ pair: number; order: string; base: unknown; pr: unknown }> = [];
  for (const line of manifest) {
    const [pair, side, order] = line.split('\t');
    if (side !== 'base') continue;
    pairs.push({
      pair: Number(pair),
      order: order!,
      base: serializeRun(await readRunFile(file(pair!, 'base'))),
      pr: serializeRun(await readRunFile(file(pair!, 'pr'))),
    });
  }
  pairs.sort((a, b) => a.pair - b.pair);
  await writeFile(new URL(`${set}.json.gz`, out), gzipSync(JSON.stringify({ set, pairs })));
  console.log(`${set}: ${pairs.length} pairs`);
}

for (const set of SHARED_SETS) await extract(join(fixtures, set), set);
if (recordings !== undefined) for (const set of RECORDED_SETS) await extract(join(recordings, set), set);
