/**
 * perf-gate's own version, recorded in baselines and reports. Kept equal to package.json's by a test; a
 * literal, so the bundle does not carry (and change with) the whole package.json.
 */
export const VERSION = '0.1.0';
