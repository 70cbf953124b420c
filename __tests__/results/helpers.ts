import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll } from 'vitest';
import { spanHash } from '../../src/results/byte-words.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import type { RunResult } from '../../src/results/types.ts';
import { tempDirs } from '../temp-dirs.ts';

/** A DataView of exactly `buf`'s bytes, as the byte-level readers take beside the buffer. */
export const view = (buf: Buffer): DataView => new DataView(buf.buffer, buf.byteOffset, buf.byteLength);

/** spanHash of a whole text (as SpanTable and TagScanner hash a span) */
export const spanHashOf = (text: string): number => {
  const buf = Buffer.from(text);
  return spanHash(view(buf), buf, 0, buf.length);
};

export const FIXTURES = join(import.meta.dirname, '../fixtures/k6-v0.49');
export const FIXTURE_NAMES = [
  'arrival-base',
  'arrival-base-rerun',
  'arrival-users-slower',
  'closed-groups',
  'arrival-errors',
] as const;

export const fixtureJson = (name: string): string => join(FIXTURES, `${name}.json.gz`);
export const fixtureSummaryPath = (name: string): string => join(FIXTURES, `${name}.summary.json`);
// biome-ignore lint/suspicious/noExplicitAny: the summary is read as k6 wrote it
export const fixtureSummary = (name: string): any =>
  JSON.parse(readFileSync(fixtureSummaryPath(name), 'utf8'));
export const fixtureLines = (name: string): string[] =>
  gunzipSync(readFileSync(fixtureJson(name)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');

/**
 * A temporary directory removed after the test file (call it at the file's top level or in a describe);
 * `write` puts a file in it and returns its path.
 */
export function tempDir(): {
  dir: string;
  write: (name: string, content: string | Buffer, gzip?: boolean) => string;
} {
  const dir = tempDirs(afterAll)('perf-gate-results-');
  return {
    dir,
    write: (name, content, gzip = false) => {
      const path = join(dir, name);
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      writeFileSync(path, gzip ? gzipSync(bytes) : bytes);
      return path;
    },
  };
}

/** Every measured request of the run in one histogram. */
export function allRequests(run: RunResult): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const s of run.series.values()) h.merge(s.latency);
  return h;
}

export const totalRequests = (run: RunResult): number =>
  [...run.series.values()].reduce((a, s) => a + s.requests, 0);
export const totalFailed = (run: RunResult): number =>
  [...run.series.values()].reduce((a, s) => a + s.failed, 0);

/** The run's serialized form without its sources, to compare runs read from different files. */
export function content(run: RunResult): unknown {
  const { sources: _sources, warnings, ...rest } = serializeRun(run);
  return { ...rest, warnings: warnings.map((w) => w.replace(/^[^:]*:(\d+:)? /, '')) };
}
