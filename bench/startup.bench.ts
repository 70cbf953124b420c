import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:startup [-- --runs 15]`
 *
 * How long `node dist/index.js` takes to reach its first input error (no inputs set: the step fails at once
 * with "input 'script': required"), against a bare `node -e 0`, run alternately so neither gets the quieter
 * machine. Target: median ≤ 2× bare node. Also prints the size of dist/ and of what each entry loads at start
 * (the entry and the chunks it imports statically, file by file); the rest loads only when a run needs it.
 * Run `npm run build` first: it measures the committed bundle.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function parseRuns(argv: string[]): number {
  const at = argv.indexOf('--runs');
  if (at === -1) return 15;
  const runs = Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number ≥ 1, got '${argv[at + 1]}'`);
  return runs;
}

function timeMs(args: string[]): { ms: number; stdout: string } {
  const started = process.hrtime.bigint();
  // A clean environment: no INPUT_* variables, so the Action stops at its first input check.
  const result = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH }, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, stdout: result.stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The file and every chunk it imports statically (`import ... from "./chunks/x.js"` or `import "./chunks/x.js"`). */
function startupFiles(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const match of text.matchAll(/^import\s+(?:[^'"();]*?\s+from\s+)?"(\.[^"]+)";/gms)) {
    startupFiles(join(dirname(entry), match[1] as string), seen);
  }
  return seen;
}

function sizeOf(files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += statSync(file).size;
  return bytes;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const runs = parseRuns(process.argv.slice(2));
const first = timeMs([join(dist, 'index.js')]);
if (!first.stdout.includes('::error::invalid inputs') || !first.stdout.includes("input 'script'")) {
  throw new Error(`dist/index.js did not stop at its input check; it printed:\n${first.stdout}`);
}
const action: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  // alternate which goes first, so a burst of load does not always land on the same side
  if (i % 2 === 0) {
    action.push(timeMs([join(dist, 'index.js')]).ms);
    bare.push(timeMs(['-e', '0']).ms);
  } else {
    bare.push(timeMs(['-e', '0']).ms);
    action.push(timeMs([join(dist, 'index.js')]).ms);
  }
}
const mAction = median(action);
const mBare = median(bare);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(`start-up to the first input error, median of ${runs} alternated runs:`);
console.log(`  node dist/index.js  ${mAction.toFixed(0)} ms`);
console.log(`  node -e 0           ${mBare.toFixed(0)} ms`);
console.log(`  ratio               ${(mAction / mBare).toFixed(2)}×  (target ≤ 2×)`);
console.log(`dist/ total ${mb(sizeOf(allFiles(dist)))}`);
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1).padStart(7)} kB`;
for (const entry of ['index.js', 'cli.js']) {
  const files = startupFiles(join(dist, entry));
  console.log(`  ${entry} loads at start ${mb(sizeOf(files))} in ${files.size} files:`);
  for (const file of files) console.log(`    ${kb(sizeOf([file]))}  ${relative(dist, file)}`);
}
console.log(
  `BENCH_JSON ${JSON.stringify({ runs, actionMs: mAction, bareMs: mBare, ratio: mAction / mBare, distBytes: sizeOf(allFiles(dist)) })}`,
);
