import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputsTables, readmeTables } from '../scripts/inputs-table.mjs';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('README', () => {
  it('lists every input and output exactly as action.yml declares them', () => {
    // after editing action.yml: node scripts/inputs-table.mjs --write
    expect(readmeTables(read('README.md'))).toBe(inputsTables(read('action.yml')));
  });

  it('starts with the two commands that install and run the demo, and run the tests', () => {
    const quickStart = read('README.md').split('## Quick start')[1]!.split('##')[0]!;
    const commands = [...quickStart.matchAll(/^(npm [^#\n]+?)\s*(#.*)?$/gm)].map((m) => m[1]);
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('names the test command that .ci/run runs', () => {
    expect(read('.ci/run')).toMatch(/^npm test$/m);
  });
});
