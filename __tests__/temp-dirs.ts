import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * The temporary directories of one test file, removed when the file ends, whether its tests passed or not.
 * Call it at the file's top level (it registers the file's afterAll hook there); the function it returns makes
 * a fresh directory named `prefix…` anywhere: in hooks, tests and the helpers they call.
 */
export function tempDirs(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
