#!/usr/bin/env node
// npm run mutation [-- FOLDER...] [-- stryker flags]: StrykerJS over src/stats, src/results, src/baseline and
// src/inputs (or the folders named), one folder at a time. Each folder keeps its own incremental result file,
// reports/stryker-incremental-<folder>.json (committed). Stryker rewrites that file with only the files it
// mutated in the run, so a run restricted with `--mutate` (a subset of a folder's files, when a whole folder
// takes too long on a busy machine) would drop the others: the results of files left out of the run whose
// source is unchanged are carried over, and the folder's score over every file in its result file is printed.
// A rerun after a small change tests only the mutants that change touches.
// Not part of `npm test` or .ci/run: a full run takes long on a small machine (stryker.config.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FOLDERS = ['stats', 'results', 'baseline', 'inputs'];
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
const mutateAt = passThrough.indexOf('--mutate');
if (mutateAt >= 0 && named.length !== 1) {
  console.error(
    "mutation: --mutate needs exactly one folder named (its files go into that folder's result file)",
  );
  process.exit(2);
}

const readReport = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Puts back the results of files this run left out, where the file is unchanged since they were recorded. */
function carryOver(before, file) {
  const after = readReport(file);
  if (before === undefined || after === undefined) return;
  let carried = 0;
  for (const [path, result] of Object.entries(before.files)) {
    if (path in after.files || !existsSync(path) || readFileSync(path, 'utf8') !== result.source) continue;
    after.files[path] = result;
    carried++;
  }
  after.testFiles ??= {};
  for (const [path, tests] of Object.entries(before.testFiles ?? {})) {
    if (!(path in after.testFiles) && existsSync(path)) after.testFiles[path] = tests;
  }
  if (carried > 0) writeFileSync(file, JSON.stringify(after, null, 2));
}

/** Stryker's mutation score (detected / valid, ignored mutants left out) per file and over the folder. */
function printScore(folder, file) {
  const report = readReport(file);
  if (report === undefined) return;
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0 };
  const rows = [];
  for (const [path, result] of Object.entries(report.files).sort()) {
    const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0 };
    for (const m of result.mutants) c[m.status] = (c[m.status] ?? 0) + 1;
    for (const k of Object.keys(total)) total[k] += c[k] ?? 0;
    rows.push([path, c]);
  }
  const score = (c) => {
    const detected = c.Killed + c.Timeout;
    const valid = detected + c.Survived + c.NoCoverage;
    return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)}%`;
  };
  const line = (name, c) =>
    `${name.padEnd(44)} ${score(c).padStart(7)}  killed ${c.Killed}, timeout ${c.Timeout}, survived ${c.Survived}, no coverage ${c.NoCoverage}, ignored ${c.Ignored}`;
  console.log(`── src/${folder}: score over ${rows.length} file(s) in ${file}`);
  for (const [path, c] of rows) console.log(line(path, c));
  console.log(line(`all of src/${folder}`, total));
}

let failed = 0;
for (const folder of named.length > 0 ? named : FOLDERS) {
  console.log(`── mutation testing src/${folder}`);
  const file = `reports/stryker-incremental-${folder}.json`;
  const before = readReport(file);
  const run = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      ...(mutateAt >= 0 ? [] : ['--mutate', `src/${folder}/**/*.ts,!src/${folder}/types.ts`]),
      '--incrementalFile',
      file,
      ...passThrough,
    ],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failed++;
  else carryOver(before, file);
  printScore(folder, file);
}
process.exit(failed === 0 ? 0 : 1);
