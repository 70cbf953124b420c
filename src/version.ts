import pkg from '../package.json' with { type: 'json' };

/** perf-gate's own version, from package.json (bundled into dist/). */
export const VERSION: string = pkg.version;
