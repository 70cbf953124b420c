import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary directories named `prefix…` in the system's temp folder, each kept until `remove` deletes them all. */
export class TempDirs {
  private readonly made: string[] = [];

  readonly make = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.made.push(dir);
    return dir;
  };

  readonly remove = (): void => {
    for (const dir of this.made.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * A test file's temporary directories, removed when the file ends, whether its tests passed or not. Call it at
 * the file's top level with vitest's `afterAll` (taken as an argument: helpers that child processes load
 * import this module, and vitest cannot be imported outside its runner); the function it returns makes a
 * directory anywhere: in hooks, tests and the helpers they call.
 */
export function tempDirs(afterAll: (fn: () => void) => void): (prefix: string) => string {
  const dirs = new TempDirs();
  afterAll(dirs.remove);
  return dirs.make;
}
