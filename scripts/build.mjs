// Bundles the two faces of perf-gate (the Action and the CLI) into dist/, committed for `uses:`.
import { build } from 'esbuild';

// Some toolkit dependencies are CommonJS; an ESM bundle needs a real `require` for them.
const banner = {
  js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);",
};

for (const [entry, outfile] of [
  ['src/index.ts', 'dist/index.js'],
  ['src/cli.ts', 'dist/cli.js'],
]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: outfile.endsWith('cli.js') ? { js: `#!/usr/bin/env node\n${banner.js}` } : banner,
    legalComments: 'none',
    // DDSketch's protobuf (de)serialisation, which perf-gate never calls (histograms are stored as JSON), loads
    // protobufjs lazily and the package does not depend on it: leave that require unresolved.
    external: ['protobufjs/minimal'],
    logLevel: 'warning',
  });
}
