import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

/** Every relative import of every module in src/, as folder-to-folder arrows ('report' -> 'posting'). */
function arrows(): { from: string; to: string; file: string }[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  const folderOf = (path: string) => relative(SRC, path).split('/')[0] as string;
  return files(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => ({
      from: folderOf(file),
      to: folderOf(resolve(dirname(file), m[1] as string)),
      file: relative(SRC, file),
    })),
  );
}

/** Folders that must not import another folder: the arrows that would run back up. */
const FORBIDDEN: [from: string, to: string][] = [
  ['github', 'report'],
  ['report', 'github'],
  ['inputs', 'github'],
  ['engine', 'inputs'],
  ['posting', 'report'],
  ['posting', 'github'],
  // the CLI and the Action share judging through judge/, never through each other
  ['cli', 'action'],
  ['action', 'cli'],
  ['judge', 'action'],
  ['judge', 'cli'],
  // judging sits above measuring and below nothing it renders
  ['measure', 'judge'],
  ['report', 'judge'],
  ['stats', 'judge'],
  // delivery puts a judged report where it belongs; nothing it serves is imported back
  ['delivery', 'action'],
  ['delivery', 'cli'],
  ['judge', 'delivery'],
  ['report', 'delivery'],
  ['github', 'delivery'],
];

describe('the direction of imports in src/', () => {
  it.each(FORBIDDEN)('%s/ imports nothing from %s/', (from, to) => {
    const offending = arrows().filter((a) => a.from === from && a.to === to);
    expect(offending.map((a) => a.file)).toEqual([]);
  });

  it('sees the arrows it checks (the scanner finds report/ -> posting/)', () => {
    expect(arrows().some((a) => a.from === 'report' && a.to === 'posting')).toBe(true);
  });
});
