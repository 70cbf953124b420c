#!/usr/bin/env node
// npm run mutation [-- FOLDER...] [-- stryker flags]: StrykerJS over src/stats, src/results, src/baseline and
// src/inputs (or the folders named), one folder at a time. Each folder keeps its own incremental result file,
// reports/stryker-incremental-<folder>.json (committed), because Stryker rewrites that file with only the files
// it mutated in the run: so a rerun after a small change tests only the mutants that change touches.
// A run may name a subset (`-- inputs --mutate 'src/inputs/values.ts,src/inputs/gate-rules.ts:5-23'`, when a
// whole folder takes too long on a busy machine): the result file keeps the earlier results of what it leaves out.
// Mutants of module-level constants (static) that survived are not retested when a test is added, so rerun
// their lines with `--force --mutate file:L1-L2`. On a busy machine `--checkers ''` skips the TypeScript
// checker (its type check of each mutant is slower than the mutant's tests); a mutant that does not compile
// then runs its tests instead of counting as a compile error.
// Not part of `npm test` or .ci/run: a full run takes long on a small machine (stryker.config.mjs).
import { spawnSync } from 'node:child_process';

const FOLDERS = ['stats', 'results', 'baseline', 'inputs'];
// generated from a WAT source (npm run wasm): its mutants would be base64 strings, and a test checks it is
// exactly what the source compiles to
const GENERATED = '!src/results/jtl-csv-pass-wasm.ts';
const args = process.argv.slice(2);
const named = args.filter((a) => FOLDERS.includes(a));
const passThrough = args.filter((a) => !FOLDERS.includes(a));
const unknown = passThrough.find(
  (a) => !a.startsWith('-') && !passThrough[passThrough.indexOf(a) - 1]?.startsWith('--'),
);
if (unknown !== undefined) {
  console.error(`mutation: unknown folder '${unknown}' (one of: ${FOLDERS.join(', ')})`);
  process.exit(2);
}
let failed = 0;
for (const folder of named.length > 0 ? named : FOLDERS) {
  console.log(`── mutation testing src/${folder}`);
  const run = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      '--mutate',
      `src/${folder}/**/*.ts,!src/${folder}/types.ts,${GENERATED}`,
      '--incrementalFile',
      `reports/stryker-incremental-${folder}.json`,
      ...passThrough,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
