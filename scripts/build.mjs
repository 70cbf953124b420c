// Bundles the two faces of perf-gate (the Action and the CLI) into dist/, committed for `uses:`; or into the
// folder given as the one argument (the end-to-end test bundles the current src/ that way).
// Code splitting: what a face loads only when needed (the Actions cache and its storage SDK, Octokit, the k6
// installer) goes into dist/chunks/ and is imported on first use, so start-up reads only what it runs.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

// Some toolkit dependencies are CommonJS; an ESM bundle needs a real `require` for them (in every chunk).
const requireShim =
  "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);";

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: requireShim },
  legalComments: 'none',
  logLevel: 'warning',
});

// The CLI is run as a program (package.json `bin`): its entry starts with a shebang line.
const cli = await readFile(`${outdir}/cli.js`, 'utf8');
await writeFile(`${outdir}/cli.js`, `#!/usr/bin/env node\n${cli}`);
