/**
 * Copies what the real-data cell needs from the shared k6 recordings (../shared/fixtures/k6-v0.49-pairs):
 * each run as a perf-gate run file (per-second histograms per series), gzipped, small enough to commit.
 *
 *   node --import tsx bench/calibration/extract-real.ts [FIXTURES_DIR]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { serializeRun } from '../../src/results/serialize.ts';

const from = process.argv[2] ?? '/work/shared/fixtures/k6-v0.49-pairs';
const out = new URL('./real/', import.meta.url);
for (const set of ['noisy-aa', 'noisy-users1ms']) {
  const manifest = (await readFile(join(from, set, 'manifest.tsv'), 'utf8')).trim().split('\n');
  const pairs: Array<{ pair: number; order: string; base: unknown; pr: unknown }> = [];
  const names = (await readdir(join(from, set))).filter((f) => f.endsWith('.json.gz'));
  for (const line of manifest) {
    const [pair, side, order] = line.split('\t');
    if (side !== 'base') continue;
    const file = (s: string) => join(from, set, `pair-${pair}-${s}.json.gz`);
    if (!names.includes(`pair-${pair}-pr.json.gz`)) throw new Error(`${set}: pair ${pair} has no pr run`);
    pairs.push({
      pair: Number(pair),
      order: order!,
      base: serializeRun(await readRunFile(file('base'))),
      pr: serializeRun(await readRunFile(file('pr'))),
    });
  }
  pairs.sort((a, b) => a.pair - b.pair);
  await writeFile(new URL(`${set}.json.gz`, out), gzipSync(JSON.stringify({ set, pairs })));
  console.log(`${set}: ${pairs.length} pairs`);
}
